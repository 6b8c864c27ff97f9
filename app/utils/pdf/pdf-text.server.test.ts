// Every PDF the app makes is set by this writer: what a reader copies, searches or hears must be the
// text that was meant, in every language the app offers a PDF in. Each PDF goes through pdf.js (the
// text extractor of Firefox and of pdf-parse) and its text is compared with the text that was put in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARENT_TEXT_CATALOGUES } from '#app/features/feedback/domain/parent-texts';
import { FLYER_LANGUAGES, pdfSupported, textDirection } from '#app/features/materials/domain/languages';
import { lettersOf, pdfText } from '#tests/files';
import { newPdf, PdfTextWriter, type TextOptions } from './pdf-text.server';

/** A PDF with one paragraph per text, in a narrow column so the longer ones wrap over several lines. */
async function pdfOf(texts: readonly string[], lang: string, options: Partial<TextOptions> = {}): Promise<Buffer> {
  const { doc, root, bytes } = newPdf({ size: 'A4', margin: 50, lang, title: 'Test' });
  const writer = new PdfTextWriter(doc, { left: 50, width: 260, top: 50, bottom: 790 }, textDirection(lang), root);
  for (const text of texts) writer.paragraph(text, { size: 12, ...options });
  doc.end();
  return bytes;
}

/** The text pdf.js gets out of the PDF, without pdf-parse's page footer. */
async function extracted(pdf: Buffer): Promise<string> {
  return (await pdfText(pdf)).replace(/ -- \d+ of \d+ -- /g, ' ').trim();
}

// The languages of the issue, each with its own letters, wrapping over several lines.
const SENTENCES: Record<string, string> = {
  nl: 'Wij nodigen ouders uit voor een gesprek in een kleine groep – „gewoon” praten over opvoeden; café, coördinator, één, ideeën.',
  en: 'We invite parents to talk in a small group about raising children: school, health, money and what helps.',
  ar: 'تحدث معنا عن تربية الأطفال. ندعو الآباء والأمهات إلى حديث في مجموعة صغيرة، ونستمع إلى ما تقولونه عن المدرسة والصحة.',
  tr: 'Ebeveynlerle küçük bir grupta sohbet: çocuk yetiştirme, okul ve sağlık. Ağır İşler, ığdır, şöyle, öğretmen.',
  pl: 'Zapraszamy rodziców na rozmowę w małej grupie: żłobek, szkoła, zdrowie. Łódź, Gdańsk, źródło, gęś, ćma.',
};

describe('text in a PDF reads back as written', () => {
  for (const [lang, sentence] of Object.entries(SENTENCES)) {
    it(`in ${lang}: the same letters in the same order${textDirection(lang) === 'ltr' ? ', and the same words' : ''}`, async () => {
      const text = await extracted(await pdfOf([sentence], lang));
      expect(lettersOf(text)).toBe(lettersOf(sentence));
      // Left to right the spaces come back too (the wrapped lines joined by the space at each break).
      if (textDirection(lang) === 'ltr') expect(text).toBe(sentence);
    });
  }

  it('keeps the dotted Arabic letters apart (ب ت ث ن ي share one shape in some fonts)', async () => {
    const letters = 'بيت تبن ثبت نبت بنت يثبت';
    expect(lettersOf(await extracted(await pdfOf([letters], 'ar')))).toBe(lettersOf(letters));
  });

  it('keeps numbers, times and Latin names in Arabic text in their place', async () => {
    const mixed = ['الموعد الساعة 14:00 في De Schans، يوم الأربعاء 18 مارس 2026.', 'هل لديك سؤال؟ اتصل بـ فاطمة: 06 12345678'];
    const text = await extracted(await pdfOf(mixed, 'ar'));
    expect(lettersOf(text)).toBe(lettersOf(mixed.join('')));
  });

  it('sets the name of every language the app offers a PDF in', async () => {
    const offered = FLYER_LANGUAGES.filter((language) => pdfSupported(language.code));
    expect(offered.map((language) => language.code)).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl']));
    for (const language of offered) {
      const text = await extracted(await pdfOf([language.endonym], language.code));
      expect(lettersOf(text), language.code).toBe(lettersOf(language.endonym));
    }
  });

  // One test per language: each PDF is a few seconds on a busy machine.
  it.each(['ar', 'tr', 'pl', 'uk'] as const)("reads back every fixed text of the parents' pages in %s", async (lang) => {
    const texts = Object.values(PARENT_TEXT_CATALOGUES[lang]);
    const text = await extracted(await pdfOf(texts, lang));
    expect(lettersOf(text), lang).toBe(lettersOf(texts.join('')));
  });

  it('reads back any sentence of Arabic words and of Turkish, Polish and Dutch letters', async () => {
    // Arabic as it is written (the words of the parents' texts): random letter strings make pairs no
    // word has, which pdf.js splits in the wrong order where the font tucks them under each other.
    const arabicWords = [
      ...new Set(
        Object.values(PARENT_TEXT_CATALOGUES.ar)
          .join(' ')
          .split(/[\s{}.,:;!?()،؟]+/),
      ),
    ].filter((w) => /^[\u0600-\u06FF]+$/.test(w));
    const word = (alphabet: string) => fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''));
    const sentence = (words: fc.Arbitrary<string>) => fc.array(words, { minLength: 1, maxLength: 14 }).map((list) => list.join(' '));
    const scripts = [
      { lang: 'ar', words: fc.constantFrom(...arabicWords) },
      { lang: 'tr', words: word('abcçdefgğhıijklmnoöprsştuüvyzÇĞİÖŞÜ') },
      { lang: 'pl', words: word('aąbcćdeęfghijklłmnńoóprsśtuwyzźżĄĆĘŁŃÓŚŹŻ') },
      { lang: 'nl', words: word('abcdefghijklmnopqrstuvwxyzëéèïöüĳ0123456789') },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...scripts).chain((script) => sentence(script.words).map((text) => ({ lang: script.lang, text }))),
        async ({ lang, text }) => {
          expect(lettersOf(await extracted(await pdfOf([text], lang)))).toBe(lettersOf(text));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a tagged PDF', () => {
  it('has a structure tree with headings, its language and a title shown by readers', async () => {
    const { doc, root, bytes } = newPdf({ size: 'A4', margin: 50, lang: 'ar', title: 'عنوان' });
    const writer = new PdfTextWriter(doc, { left: 50, width: 495, top: 50, bottom: 790 }, 'rtl', root);
    writer.paragraph('عنوان', { size: 20, tag: 'H1' });
    writer.paragraph('Aanmelden', { size: 12, tag: 'H2', lang: 'nl', base: 'ltr' });
    writer.group('L', (list) => writer.paragraph('• طعام وشراب.', { size: 12, tag: 'LI' }, undefined, list));
    writer.figure('QR-code naar https://example.org', () => doc.rect(50, 300, 20, 20).fill('#000'));
    writer.artifact(() => doc.rect(50, 400, 100, 1).fill('#ccc'));
    doc.end();
    const raw = (await bytes).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toContain('/Marked true');
    expect(raw).toContain('/Lang (ar)');
    expect(raw).toContain('/DisplayDocTitle true');
    for (const tag of ['/S /Document', '/S /H1', '/S /H2', '/S /L', '/S /LI', '/S /Figure']) expect(raw).toContain(tag);
    // The Dutch heading on the Arabic page says it is Dutch.
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toContain('/Alt (QR-code naar https://example.org)');
  });
});
