// The organisation's colour and logo in both renderers: the accent is the fill of the title, the
// headings and the quote bar; the logo sits at the top right of the first page; the files stay valid.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jpegImage, pdfText, pngImage, readZipEntry, zipEntryNames } from '#tests/files';
import { DEFAULT_ACCENT } from '#app/features/organisations/domain/branding';
import { updateAccent } from '#app/features/organisations/server/update-accent.server';
import { uploadLogo } from '#app/features/organisations/server/upload-logo.server';
import { trajectoryWith } from '#tests/factories';
import type { Report, ReportBranding } from '../domain/report';
import { exportReport } from './export-report.server';
import { renderDocx } from './render-docx-records.server';
import { renderPdf } from './render-pdf-records.server';

const PLUM = '#7a1f5c';

const report = (branding?: ReportBranding, paper: 'A4' | 'A3' = 'A4'): Report => ({
  title: 'Verslag van het spiegelgesprek',
  subtitle: 'Coalitie Noord · Terugkomen in Noord',
  language: 'nl',
  filename: 'verslag',
  paper,
  blocks: [
    { kind: 'heading', level: 2, text: 'Wat gaat goed?' },
    { kind: 'quote', text: 'Ik werd eindelijk gehoord.', by: 'Ouder A' },
  ],
  ...(branding ? { branding } : {}),
});

const logo = (data: Buffer, mediaType: 'image/png' | 'image/jpeg', width: number, height: number) => ({
  data,
  mediaType,
  width,
  height,
  alt: 'Logo van Coalitie Noord',
});

/** The page's drawing instructions: every stream of the PDF, unpacked. */
function contentStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/\/Length (\d+)[^>]*>>\nstream\n/g)) {
    const start = match.index + match[0].length;
    const data = pdf.subarray(start, start + Number(match[1]));
    try {
      streams.push(inflateSync(data).toString('latin1'));
    } catch {
      // Not a Flate stream (a JPEG's own bytes).
    }
  }
  return streams.filter((s) => /\b(?:scn|rg)\b/.test(s)).join('\n');
}

/** The RGB fill colours set in the drawing instructions, as #rrggbb. */
function fills(pdf: Buffer): string[] {
  return [...contentStreams(pdf).matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b/g)].map(
    (m) =>
      `#${[m[1], m[2], m[3]]
        .map((n) =>
          Math.round(Number(n) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`,
  );
}

/** Where images are drawn: width, height, left and bottom (PDF units, from the page's bottom) of each `w 0 0 -h x y cm /I Do`. */
function drawnImages(pdf: Buffer, pageHeight: number) {
  return [...contentStreams(pdf).matchAll(/([\d.]+) 0 0 -([\d.]+) ([\d.]+) ([\d.]+) cm\s*\/I\d+ Do/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    left: Number(m[3]),
    top: Number(m[4]) - Number(m[2]),
    pageHeight,
  }));
}

describe('the organisation’s colour and logo in the PDF', () => {
  it('uses Spiegel’s colour and draws no image without branding', async () => {
    const pdf = await renderPdf(report());
    expect(fills(pdf).filter((c) => c === DEFAULT_ACCENT).length).toBeGreaterThanOrEqual(3);
    expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('fills the title, headings and quote bar with the organisation’s accent', async () => {
    const pdf = await renderPdf(report({ accent: PLUM }));
    const colours = fills(pdf);
    // Title, the level-2 heading and the bar beside the quote.
    expect(colours.filter((c) => c === PLUM).length).toBeGreaterThanOrEqual(3);
    expect(colours).not.toContain(DEFAULT_ACCENT);
  });

  it('puts a PNG logo (also transparent or interlaced) at the top right of the first page, at most 40 pt high, and stays a readable PDF', async () => {
    const pngs = [
      pngImage({ width: 300, height: 100 }),
      pngImage({ width: 300, height: 100, alpha: 128 }),
      pngImage({ width: 300, height: 100, alpha: 128, interlaced: true }),
    ];
    for (const png of pngs) {
      const pdf = await renderPdf(report({ accent: PLUM, logo: logo(png, 'image/png', 300, 100) }));
      const raw = pdf.toString('latin1');
      expect(raw).toMatch(/\/Type \/XObject\s*\/Subtype \/Image/);
      const [image] = drawnImages(pdf, 841.89);
      // A4 is 595.28 wide with margins of 56: the logo ends at the right margin, on the top margin.
      expect(image).toMatchObject({ width: 120, height: 40 });
      expect(image!.left + image!.width).toBeCloseTo(595.28 - 56, 1);
      expect(image!.top).toBeCloseTo(56, 1);
      const text = await pdfText(pdf);
      for (const expected of ['Verslag van het spiegelgesprek', 'Coalitie Noord', 'Ik werd eindelijk gehoord.']) expect(text).toContain(expected);
    }
  });

  it('embeds a JPEG logo as it is, and keeps a tall logo within the height', async () => {
    const pdf = await renderPdf(report({ accent: PLUM, logo: logo(jpegImage(), 'image/jpeg', 8, 8) }));
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image[\s\S]*?\/Filter \/DCTDecode/);
    expect(drawnImages(pdf, 841.89)[0]).toMatchObject({ width: 40, height: 40 });
    expect(await pdfText(pdf)).toContain('Verslag van het spiegelgesprek');
  });

  it('grows the logo with the A3 poster', async () => {
    const pdf = await renderPdf(report({ accent: PLUM, logo: logo(pngImage({ width: 300, height: 100 }), 'image/png', 300, 100) }, 'A3'));
    expect(drawnImages(pdf, 1190.55)[0]).toMatchObject({ width: 192, height: 64 });
  });
});

describe('the organisation’s colour and logo in the Word file', () => {
  it('has no picture without a logo, and Spiegel’s colour in the heading styles', async () => {
    const docx = await renderDocx(report());
    expect(zipEntryNames(docx).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(readZipEntry(docx, 'word/styles.xml')!.toLowerCase()).toContain(`w:color w:val="${DEFAULT_ACCENT.slice(1)}"`);
  });

  it('puts the logo with its description above the title and the accent in headings and quote bars', async () => {
    const png = pngImage({ width: 300, height: 100 });
    const docx = await renderDocx(report({ accent: PLUM, logo: logo(png, 'image/png', 300, 100) }));
    const media = zipEntryNames(docx).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const body = readZipEntry(docx, 'word/document.xml')!;
    expect(body).toContain('descr="Logo van Coalitie Noord"');
    // The picture comes before the title.
    expect(body.indexOf('<w:drawing>')).toBeLessThan(body.indexOf('Verslag van het spiegelgesprek'));
    expect(body.toLowerCase()).toContain(`w:color="${PLUM.slice(1)}"`);
    const styles = readZipEntry(docx, 'word/styles.xml')!.toLowerCase();
    expect(styles).toContain(`w:color w:val="${PLUM.slice(1)}"`);
    expect(styles).not.toContain(`w:color w:val="${DEFAULT_ACCENT.slice(1)}"`);

    const jpeg = await renderDocx(report({ accent: PLUM, logo: logo(jpegImage(), 'image/jpeg', 8, 8) }));
    expect(zipEntryNames(jpeg).filter((name) => name.startsWith('word/media/'))[0]).toMatch(/\.jpe?g$/);
  });
});

describe('a report downloaded by a member', () => {
  it('carries the colour and logo its organisation set, and another organisation’s report does not', async () => {
    const { people } = await trajectoryWith({ admin: ['admin'], member: ['member'] });
    const { people: others } = await trajectoryWith({ member: ['member'] });
    await updateAccent({ ...people.admin, accent: PLUM });
    await uploadLogo({ ...people.admin, bytes: pngImage({ width: 300, height: 100 }) });

    const pdf = (await exportReport({ ...people.member.scope, kind: 'trajectory', format: 'pdf' })).body;
    expect(pdf.toString('latin1')).toMatch(/\/Type \/XObject\s*\/Subtype \/Image/);
    expect(fills(pdf)).toContain(PLUM);
    const docx = (await exportReport({ ...people.member.scope, kind: 'trajectory', format: 'docx' })).body;
    expect(zipEntryNames(docx).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(readZipEntry(docx, 'word/document.xml')).toMatch(/descr="Logo van Organisatie org-[0-9a-f]+"/);

    const plain = (await exportReport({ ...others.member.scope, kind: 'trajectory', format: 'pdf' })).body;
    expect(plain.toString('latin1')).not.toContain('/Subtype /Image');
    expect(fills(plain)).not.toContain(PLUM);
  });
});
