import { PDFParse } from 'pdf-parse';
import { lettersOf } from '#tests/files';
import { describe, expect, it } from 'vitest';
import { contributionTexts } from '#app/features/voices/domain/contribution-texts';
import type { FlyerView } from '../domain/flyer-format';
import { renderFlyerPdf } from './flyer-pdf-records.server';

const base: FlyerView = {
  language: 'nl',
  dir: 'ltr',
  labelLocale: 'nl',
  labelTexts: {},
  title: 'Praat mee! Opgroeien in De Schans',
  whatHappens: ['Wij nodigen ouders uit voor een gesprek in een kleine groep.', 'U hoeft niets voor te bereiden.'],
  whatYouGet: ['Eten en drinken.', 'Een vergoeding van 25 euro.'],
  contactName: 'Fatma Yılmaz',
  contactPhone: '06 12345678',
  dateText: 'woensdag 18 maart 2026',
  startTime: '14:00',
  venueName: 'Buurthuis De Schans',
  venueAddress: 'Schansplein 1, Demostad',
  signupUrl: 'http://localhost:3000/p/signup/ABCD2345',
  signupCode: 'ABCD2345',
};

const arabic: FlyerView = {
  ...base,
  language: 'ar',
  dir: 'rtl',
  labelLocale: 'ar',
  labelTexts: {},
  title: 'تحدث معنا عن تربية الأطفال',
  whatHappens: ['ندعو الآباء والأمهات إلى حديث في مجموعة صغيرة.', 'الموعد الساعة 14:00 في De Schans.'],
  whatYouGet: ['طعام وشراب.', 'مكافأة 25 يورو.'],
  contactName: 'فاطمة',
  dateText: 'الأربعاء، 18 مارس 2026',
};

async function extract(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text, pages: info.total };
  } finally {
    await parser.destroy();
  }
}

/** The names of the fonts embedded in the PDF (pdfkit subsets them as e.g. /BAAAAA+NotoNaskhArabic-Regular). */
function embeddedFonts(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]!))];
}

describe('flyer PDF', () => {
  it('has the Dutch flyer text on one A4 page, with the sign-up link and code', async () => {
    const pdf = await renderFlyerPdf(base, 'a4');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await extract(pdf);
    expect(pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Praat mee! Opgroeien in De Schans',
      'Wij nodigen ouders uit voor een gesprek in een kleine groep.',
      'Wanneer?',
      'woensdag 18 maart 2026, 14:00',
      'Buurthuis De Schans, Schansplein 1, Demostad',
      'Een vergoeding van 25 euro.',
      'http://localhost:3000/p/signup/ABCD2345',
      'Code: ABCD2345',
      // ı (dotless i) is only in the latin-ext subset: the font switches mid-word.
      'Of bel Fatma Yılmaz: 06 12345678',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['NotoSans-Bold', 'NotoSans-Regular']));
  });

  it('makes an A5 flyer too', async () => {
    const pdf = await renderFlyerPdf(base, 'a5');
    const { text, pages } = await extract(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Praat mee!');
  });

  it('sets an Arabic flyer right to left with the Arabic font embedded', async () => {
    const pdf = await renderFlyerPdf(arabic, 'a4');
    const { text, pages } = await extract(pdf);
    expect(pages).toBe(1);
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['Amiri-Regular', 'Amiri-Bold']));
    const flat = text.replace(/\s+/g, ' ');
    // The Latin parts come out as written.
    expect(flat).toContain('http://localhost:3000/p/signup/ABCD2345');
    expect(flat).toContain('ABCD2345');
    // The labels are Arabic too (issue 15), not Dutch.
    expect(flat).not.toContain('Wanneer?');
    expect(flat).not.toContain('Code:');
    expect(flat).toContain('2026');
    expect(flat).toContain('De Schans');
    // Arabic letters are in the text layer (shaped glyphs map back to their letters).
    expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  it('prints the anonymous contribution link (X1) small, with its own QR code, in the flyer language, still on one page', async () => {
    for (const [flyer, size] of [
      [base, 'a5'],
      [arabic, 'a4'],
    ] as const) {
      const texts = contributionTexts(flyer.language);
      const url = 'http://localhost:3000/p/contribution/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
      const contribution = { url, line: texts.t('flyerLine'), qrLabel: texts.t('flyerQr', { url }), lang: texts.lang, dir: texts.dir };
      const { text, pages } = await extract(await renderFlyerPdf({ ...flyer, contribution }, size));
      expect(pages).toBe(1);
      expect(text.replace(/\s+/g, '')).toContain(url);
      expect(lettersOf(text)).toContain(lettersOf(contribution.line));
    }
  });

  // The flyer's own texts in each language of the issue: they must read back as written (copy,
  // search, screen readers), not only look right.
  const FLYERS: FlyerView[] = [
    {
      ...base,
      language: 'en',
      labelLocale: 'en',
      labelTexts: {},
      title: 'Talk with us! Growing up in De Schans',
      whatHappens: ['We invite parents to talk in a small group.'],
      whatYouGet: ['Food and drinks.'],
    },
    arabic,
    {
      ...base,
      language: 'tr',
      title: 'Bizimle konuşun! De Schans’ta büyümek',
      whatHappens: ['Ebeveynleri küçük bir grupta sohbete davet ediyoruz: çocuk yetiştirme, okul ve sağlık.'],
      whatYouGet: ['Yiyecek ve içecek, ağır işler yok.'],
      dateText: '18 Mart 2026 Çarşamba',
    },
    {
      ...base,
      language: 'pl',
      title: 'Porozmawiaj z nami! Dorastanie w De Schans',
      whatHappens: ['Zapraszamy rodziców na rozmowę w małej grupie: żłobek, szkoła, zdrowie.'],
      whatYouGet: ['Jedzenie i napoje, źródło wiedzy.'],
      dateText: 'środa, 18 marca 2026',
    },
  ];
  for (const flyer of [base, ...FLYERS]) {
    it(`reads back every text of a flyer in ${flyer.language} as written`, async () => {
      const { text } = await extract(await renderFlyerPdf(flyer, 'a4'));
      for (const written of [flyer.title, ...flyer.whatHappens, ...flyer.whatYouGet, flyer.dateText ?? '']) {
        if (flyer.dir === 'rtl') expect(lettersOf(text)).toContain(lettersOf(written));
        else expect(text.replace(/\s+/g, ' ')).toContain(written);
      }
    });
  }
});
