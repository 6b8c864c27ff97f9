// The two renderers open as what they claim to be, with every script the parents write in intact.
import { describe, expect, it } from 'vitest';
import { docxParagraphs, lettersOf, pdfText, readZipEntry } from '#tests/files';
import type { Report } from '../domain/report';
import { renderDocx } from './render-docx-records.server';
import { renderPdf } from './render-pdf-records.server';

const DUTCH = 'Ik werd eindelijk gehoord op het consultatiebureau.';
const TURKISH = 'Öğretmen şöyle dedi: İyi gidiyor, ğ ş İ.';
const POLISH = 'Żłobek jest za drogi, ale pani była miła: ł ż ą.';

const report: Report = {
  title: 'Verslag van het spiegelgesprek',
  subtitle: 'Coalitie Noord · Terugkomen in Noord',
  language: 'nl',
  filename: 'verslag',
  blocks: [
    { kind: 'heading', level: 2, text: 'Wat gaat goed?' },
    { kind: 'paragraph', text: 'Ouders vertellen over de school.' },
    { kind: 'quote', text: DUTCH, by: 'Ouder A' },
    { kind: 'quote', text: TURKISH, by: 'Ouder B' },
    { kind: 'quote', text: POLISH, by: 'Ouder C' },
    { kind: 'list', items: ['Eerste punt', 'Tweede punt'] },
    { kind: 'table', header: ['Thema', 'Stippen'], rows: [['Opvoeden', '12']] },
  ],
};

describe('report renderers', () => {
  it('writes a Word file with the title, the language and every text', async () => {
    const docx = await renderDocx(report);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const body = readZipEntry(docx, 'word/document.xml')!;
    for (const text of ['Wat gaat goed?', 'Ouders vertellen over de school.', DUTCH, TURKISH, POLISH, '(Ouder B)', 'Tweede punt', 'Opvoeden'])
      expect(body).toContain(text);
    expect(readZipEntry(docx, 'docProps/core.xml')).toContain('<dc:title>Verslag van het spiegelgesprek</dc:title>');
    expect(readZipEntry(docx, 'word/styles.xml')).toContain('w:lang w:val="nl"');
  });

  it('writes a PDF with the title, the language and Dutch, Turkish and Polish quotes intact', async () => {
    const pdf = await renderPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    const text = await pdfText(pdf);
    for (const expected of ['Verslag van het spiegelgesprek', 'Wat gaat goed?', DUTCH, TURKISH, POLISH, 'Opvoeden']) expect(text).toContain(expected);
  });

  // A whole report in each of the languages of the issue: the parents' agenda is made in their languages.
  const SAMPLES = {
    en: { title: 'What we heard and what we do with it', text: 'Parents want one person they can always call, also in the evening.' },
    ar: { title: 'ما قاله الأهالي وما نفعله به', text: 'يريد الأهالي شخصًا واحدًا ثابتًا يمكنهم الاتصال به، حتى في المساء (بعد الساعة 18:00).' },
    tr: {
      title: 'Ebeveynlerin anlattıkları ve yaptıklarımız',
      text: 'Ebeveynler her zaman arayabilecekleri tek bir kişi istiyor: öğretmen, doktor, ağır işler.',
    },
    pl: { title: 'Co powiedzieli rodzice i co z tym robimy', text: 'Rodzice chcą jednej osoby, do której zawsze mogą zadzwonić: żłobek, szkoła, zdrowie.' },
  } as const;

  for (const [language, sample] of Object.entries(SAMPLES)) {
    const rtl = language === 'ar';
    const translated: Report = {
      title: sample.title,
      subtitle: 'Coalitie Noord · Terugkomen in Noord · 2 december 2026',
      language,
      filename: `agenda-${language}`,
      blocks: [
        { kind: 'heading', level: 2, text: `1 · ${sample.title}` },
        { kind: 'paragraph', text: sample.text },
        { kind: 'list', items: [sample.text] },
        { kind: 'table', header: [sample.title, '#'], rows: [[sample.text, '12']] },
        { kind: 'quote', text: DUTCH, lang: 'nl' },
      ],
    };

    it(`writes a report in ${language} as a PDF that reads back as written, tagged and in its language`, async () => {
      const pdf = await renderPdf(translated);
      const text = await pdfText(pdf);
      for (const expected of [sample.title, sample.text]) {
        if (rtl) expect(lettersOf(text)).toContain(lettersOf(expected));
        else expect(text).toContain(expected);
      }
      expect(text).toContain(DUTCH);
      const raw = pdf.toString('latin1');
      expect(raw).toContain(`/Lang (${language})`);
      for (const tag of ['/S /H1', '/S /H3', '/S /L', '/S /LI', '/S /Table', '/S /TR', '/S /TH', '/S /TD']) expect(raw).toContain(tag);
      // The Dutch quote in the report says it is Dutch.
      expect(raw).toContain('/Lang (nl)');
    });

    it(`writes a report in ${language} as a Word file with its text, language and direction`, async () => {
      const docx = await renderDocx(translated);
      const paragraphs = docxParagraphs(docx);
      expect(paragraphs).toEqual(expect.arrayContaining([sample.title, sample.text, `“${DUTCH}”`]));
      const body = readZipEntry(docx, 'word/document.xml')!;
      if (rtl) {
        expect(body).toContain('<w:bidi/>');
        expect(body).toContain('<w:rtl/>');
        expect(body).toContain('w:bidi="ar"');
      } else {
        expect(body).not.toContain('<w:rtl/>');
        expect(readZipEntry(docx, 'word/styles.xml')).toContain(`w:lang w:val="${language}"`);
      }
    });
  }
});
