import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, useBrowser, useFreshOrg, asCoordinator } from './fixtures';

// The e2e server uses the default minimum fill time of the sign-up form (SIGNUP_MIN_SECONDS, 3 s).
const MIN_FILL_MS = 3_000;

describe('materials: flyer, sign-up page and recruiter sheet (S5e)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('edits the flyers, prints an Arabic one, and a parent signs up on a phone', async () => {
    const suffix = Date.now().toString(36);
    const { page, base } = await asCoordinator(browser, org);

    // The materials page: the Dutch flyer is prefilled from the trajectory.
    await page.goto(`${base}/materials`);
    await page.getByRole('heading', { level: 1, name: 'Flyer en aanmelden' }).waitFor();
    const dutch = page.getByTestId('flyer-nl');
    expect(await dutch.getByLabel('Titel').inputValue()).toContain('Praat mee!');
    expect(await dutch.getByLabel('Wat krijgt u?').inputValue()).toContain('Opvang voor uw kinderen.');
    await page.getByRole('img', { name: 'QR-code naar de aanmeldpagina' }).waitFor();
    const signupPath = new URL((await page.getByTestId('signup-url').textContent())!).pathname;
    expect(signupPath).toMatch(/^\/p\/signup\/[A-Z2-9]{8}$/);
    const countBefore = (await page.getByTestId('signup-count').textContent())!;
    await expectAccessible(page);

    // Edit the Dutch flyer; an empty title is refused with a message next to the field.
    const dutchTitle = `Praat mee over opgroeien ${suffix}`;
    await dutch.getByLabel('Titel').fill('');
    await dutch.getByLabel('Telefoonnummer contactpersoon').fill('06 12345678');
    await dutch.getByRole('button', { name: 'Flyer opslaan' }).click();
    await dutch.getByText('Vul dit veld in.').waitFor();
    expect(await dutch.getByLabel('Telefoonnummer contactpersoon').inputValue()).toBe('06 12345678');
    await expectAccessible(page);
    await dutch.getByLabel('Titel').fill(dutchTitle);
    await dutch.getByRole('button', { name: 'Flyer opslaan' }).click();
    await dutch.getByText('De flyer is opgeslagen.').waitFor();

    // Add Arabic and write its text (the workgroup writes the translation).
    if ((await page.getByTestId('flyer-ar').count()) === 0) {
      await page.getByLabel('Taal', { exact: true }).selectOption({ label: 'Arabisch (العربية)' });
      await page.getByRole('button', { name: 'Taal toevoegen' }).click();
      await page.getByText('De taal is toegevoegd. Vul nu de tekst in.').waitFor();
    }
    const arabic = page.getByTestId('flyer-ar');
    const arabicTitle = `تحدث معنا عن تربية الأطفال ${suffix}`;
    await arabic.getByLabel('Titel').fill(arabicTitle);
    await arabic.getByLabel('Wat gebeurt er?').fill('ندعو الآباء والأمهات إلى حديث في مجموعة صغيرة.');
    await arabic.getByLabel('Wat krijgt u?').fill('طعام وشراب.\nمكافأة.');
    await arabic.getByRole('button', { name: 'Flyer opslaan' }).click();
    await arabic.getByText('De flyer is opgeslagen.').waitFor();
    await expectAccessible(page);

    // The Arabic print page: right to left, with the QR code.
    await page.getByRole('link', { name: 'Printen op A4 (Arabisch)' }).click();
    const flyer = page.getByTestId('flyer');
    await flyer.getByRole('heading', { level: 1, name: arabicTitle }).waitFor();
    expect(await flyer.getAttribute('dir')).toBe('rtl');
    expect(await flyer.getAttribute('lang')).toBe('ar');
    // Its own labels are Arabic too, right to left; the address stays left to right.
    await flyer.getByRole('img', { name: 'رمز QR إلى صفحة التسجيل' }).waitFor();
    expect(await flyer.getByText('متى؟').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => flyer.getByText('Wanneer?').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Andere maat: A5' }).click();
    await page.waitForURL((url) => url.search === '?size=a5');
    await page.getByTestId('flyer').getByRole('heading', { level: 1, name: arabicTitle }).waitFor();

    // The PDFs download.
    for (const path of [`${base}/materials/flyer/ar/pdf?size=a5`, `${base}/materials/flyer/nl/pdf?size=a4`]) {
      const pdf = await page.request.get(path);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // The recruiter sheet.
    await page.goto(`${base}/materials/recruiters`);
    await page.getByRole('heading', { level: 1, name: 'Instructie voor wervers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wie zoeken we?' }).waitFor();
    await page.getByText(dutchTitle).waitFor();
    await expectAccessible(page);

    // A parent opens the sign-up link on a phone, not signed in.
    const phone = await newPage(browser, { width: 360 });
    await phone.goto(signupPath);
    await phone.getByRole('heading', { level: 1, name: 'Aanmelden voor het gesprek' }).waitFor();
    await phone.getByTestId('invitation').getByRole('heading', { name: dutchTitle }).waitFor();
    expect(await phone.locator('script[src]').count()).toBe(0);
    await expectAccessible(phone);

    // The invitation in Arabic, and the whole page with it (issue 15): right to left, Arabic labels,
    // messages, the consent sentence (the organisation's, in Arabic) and the thank-you page.
    await phone.getByRole('link', { name: 'العربية' }).click();
    await phone.getByTestId('invitation').getByRole('heading', { name: arabicTitle }).waitFor();
    // The form's signed timestamp is from this page load (it is kept when the form comes back with a message).
    const openedAt = Date.now();
    expect(await phone.getByTestId('invitation').getAttribute('dir')).toBe('rtl');
    expect(await phone.getByTestId('invitation').getAttribute('lang')).toBe('ar');
    await phone.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await phone.getByRole('heading', { level: 1, name: 'التسجيل في الحوار' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(phone);

    // Without consent: a message next to the field, what was typed stays, nothing saved.
    const name = `Amina ${suffix}`;
    await phone.getByLabel('اسمكم الأول أو الاسم الذي تُنادَون به').fill(name);
    await phone.getByLabel('اسم العائلة').fill('El Amrani');
    await phone.getByLabel('رقم هاتفكم').fill('06 11112222');
    await phone.getByLabel('أب أو أم', { exact: true }).check();
    await phone.getByLabel('ما اللغات التي تتحدثونها؟').fill('Arabisch en Nederlands');
    await phone.getByRole('button', { name: 'التسجيل' }).click();
    await phone.getByText('ضعوا علامة إذا كنتم موافقين. وإلا لا نستطيع الاتصال بكم.').waitFor();
    await phone.getByText('لم يُملأ كل شيء بشكل صحيح.', { exact: false }).waitFor();
    expect(await phone.getByLabel('اسمكم الأول أو الاسم الذي تُنادَون به').inputValue()).toBe(name);
    expect(await phone.getByLabel('ما اللغات التي تتحدثونها؟').inputValue()).toBe('Arabisch en Nederlands');
    expect(await phone.getByLabel('اسم العائلة').inputValue()).toBe('El Amrani');
    await expectAccessible(phone);

    // With consent. The form must have been open for the minimum time: wait only for what is left.
    await phone.getByLabel('أوافق على أن يستعمل المنظِّمون معلوماتي لهذا الغرض.').check();
    const left = openedAt + MIN_FILL_MS + 200 - Date.now();
    if (left > 0) await phone.waitForTimeout(left);
    await phone.getByRole('button', { name: 'التسجيل' }).click();
    await phone.getByRole('heading', { level: 1, name: 'شكرًا على تسجيلكم!' }).waitFor();
    await phone.getByText('قريبًا للتعارف', { exact: false }).waitFor();
    await expectAccessible(phone);
    await phone.context().close();

    // The workgroup sees one more sign-up.
    await page.goto(`${base}/materials`);
    await expect.poll(() => page.getByTestId('signup-count').textContent()).not.toBe(countBefore);
    expect(signupCount(await page.getByTestId('signup-count').textContent())).toBe(signupCount(countBefore) + 1);

    // The lead finds the parent among the participants under their full name.
    await page.goto(`${base}/participants`);
    await page
      .getByTestId('participant')
      .filter({ hasText: `${name} El Amrani` })
      .waitFor();

    // An unknown code is a 404.
    const missing = await page.request.get('/p/signup/ZZZZ2222');
    expect(missing.status()).toBe(404);
  });
});

function signupCount(text: string | null): number {
  const n = /^(\d+)/.exec(text ?? '')?.[1];
  return n ? Number(n) : 0;
}
