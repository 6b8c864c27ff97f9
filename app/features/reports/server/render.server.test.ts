// The two renderers open as what they claim to be, with every script the parents write in intact.
import { describe, expect, it } from 'vitest';
import { pdfText, readZipEntry } from '#tests/files';
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
});
