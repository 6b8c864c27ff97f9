// R1, the organisation's colours and logo on its reports: an admin sets a colour and uploads a
// logo on the settings page (a wrong file or a too light colour is refused next to the field, the
// colour typed kept), sees the logo there, and the downloaded report carries both. Without
// JavaScript the upload works the same.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngImage } from '#tests/files';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

/** Whether the PDF fills something with this #rrggbb colour (pdfkit writes each channel as a fraction of 1). */
function fillsWith(pdf: Buffer, hex: string): boolean {
  const want = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/\/Length (\d+)[^>]*>>\nstream\n/g)) {
    const start = match.index + match[0].length;
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b/g))
      if ([m[1], m[2], m[3]].every((n, i) => Math.abs(Number(n) - want[i]!) < 0.002)) return true;
  }
  return false;
}

describe('the organisation’s colour and logo (R1)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('an admin sets a colour and a logo, sees the logo, and the report PDF carries both', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.admin.email);
    await page.goto(`/o/${org.slug}/settings`);
    const section = page.getByRole('region', { name: 'Huisstijl' });
    await section.waitFor();
    await section.getByText('Er staat nog geen logo op de verslagen.').waitFor();
    await expectAccessible(page);

    // Too light for white paper: refused next to the field, the code kept.
    const code = section.getByLabel('Of typ de kleurcode');
    await code.fill('#ffd700');
    await section.getByRole('button', { name: 'Kleur opslaan' }).click();
    await section.getByText('Deze kleur is te licht').waitFor();
    expect(await code.inputValue()).toBe('#ffd700');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    // The picker fills in the code beside it.
    await section.getByLabel('Kies een kleur').fill('#7a1f5c');
    expect(await code.inputValue()).toBe('#7a1f5c');

    // A text file called logo.png is no logo: refused next to the field, the colour typed kept.
    const file = section.getByLabel('Kies een logo');
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('Dit is geen plaatje.') });
    await section.getByRole('button', { name: 'Logo opslaan' }).click();
    await section.getByText('Dit bestand is geen PNG- of JPG-plaatje.').waitFor();
    expect(await code.inputValue()).toBe('#7a1f5c');
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await section.getByRole('button', { name: 'Kleur opslaan' }).click();
    await section.getByText('De kleur is opgeslagen.').waitFor();
    await section.getByText('Nu: #7a1f5c').waitFor();

    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngImage({ width: 90, height: 30, rgb: [0x7a, 0x1f, 0x5c] }) });
    await section.getByRole('button', { name: 'Logo opslaan' }).click();
    await section.getByText('Het logo is opgeslagen.').waitFor();
    const logo = section.getByRole('img', { name: `Logo van ${org.name}` });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(90);
    await expectAccessible(page);

    // The trajectory report in PDF: the logo as an image, the accent as a fill colour.
    const response = await page.request.get(`${org.trajectories.schans.path}/reports/trajectory.pdf`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/XObject\s*\/Subtype \/Image/);
    expect(fillsWith(pdf, '#7a1f5c')).toBe(true);
    expect(fillsWith(pdf, '#154273')).toBe(false);
    await page.context().close();
  });

  it('uploads and removes the logo without JavaScript', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'nl-NL', javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.admin.email);
    await page.goto(`/o/${org.slug}/settings`);
    const section = page.getByRole('region', { name: 'Huisstijl' });
    await section.getByLabel('Kies een logo').setInputFiles({ name: 'zonder-js.png', mimeType: 'image/png', buffer: pngImage({ width: 60, height: 20 }) });
    await section.getByRole('button', { name: 'Logo opslaan' }).click();
    await section.getByText('Het logo is opgeslagen.').waitFor();
    const src = await section.getByRole('img', { name: `Logo van ${org.name}` }).getAttribute('src');
    const served = await page.request.get(src!);
    expect(served.headers()['content-type']).toBe('image/png');
    expect((await served.body()).readUInt32BE(16)).toBe(60);

    await section.getByRole('button', { name: 'Logo verwijderen' }).click();
    await section.getByText('Het logo is verwijderd.').waitFor();
    await section.getByText('Er staat nog geen logo op de verslagen.').waitFor();
    expect((await page.request.get(`/o/${org.slug}/settings/logo`)).status()).toBe(404);
    await context.close();
  });
});
