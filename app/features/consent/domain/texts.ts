// The consent texts Spiegel shows until an organisation writes its own (version 1 of each). The
// migration 0014_consent-backfill.sql wrote the same texts for the organisations that existed then.
import type { CONSENT_KINDS } from '#app/db/schema';

export type ConsentKind = (typeof CONSENT_KINDS)[number];
// The participant languages (app/i18n/participant): a parent consents to a sentence they can read.
export const CONSENT_TEXT_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type ConsentTextLanguage = (typeof CONSENT_TEXT_LANGUAGES)[number];

export const BUILT_IN_CONSENT_TEXTS: Record<ConsentKind, Record<ConsentTextLanguage, string>> = {
  signup: {
    nl: 'Ik vind het goed dat de organisatoren mijn gegevens hiervoor gebruiken.',
    en: 'I agree that the organisers use my details for this.',
    ar: 'أوافق على أن يستعمل المنظِّمون معلوماتي لهذا الغرض.',
    tr: 'Organizatörlerin bilgilerimi bunun için kullanmasını kabul ediyorum.',
    pl: 'Zgadzam się, żeby organizatorzy wykorzystali w tym celu moje dane.',
    uk: 'Я погоджуюся, щоб організатори використали для цього мої дані.',
  },
  minutes: {
    nl: 'Mijn woorden mogen in het verslag, alleen onder schuilnaam.',
    en: 'My words may be in the minutes, only under a pseudonym.',
    ar: 'يمكن أن تُكتب كلماتي في التقرير، فقط باسم مستعار.',
    tr: 'Sözlerim rapora yazılabilir, sadece takma adla.',
    pl: 'Moje słowa mogą znaleźć się w sprawozdaniu, tylko pod pseudonimem.',
    uk: 'Мої слова можуть бути у звіті, лише під псевдонімом.',
  },
  photos: {
    nl: "Er mogen foto's gemaakt worden waar ik op sta.",
    en: 'Photos may be taken with me in them.',
    ar: 'يمكن التقاط صور أظهر فيها.',
    tr: 'Benim de bulunduğum fotoğraflar çekilebilir.',
    pl: 'Można robić zdjęcia, na których jestem.',
    uk: 'Можна робити фото, на яких є я.',
  },
  stay_involved: {
    nl: 'Ik wil betrokken blijven. U mag mij daarvoor benaderen zoals ik heb opgegeven.',
    en: 'I want to stay involved. You may contact me for this the way I gave.',
    ar: 'أريد أن أبقى مشاركًا. يمكنكم التواصل معي لذلك بالطريقة التي ذكرتها.',
    tr: 'Sürece dahil olmaya devam etmek istiyorum. Bunun için benimle belirttiğim şekilde iletişime geçebilirsiniz.',
    pl: 'Chcę nadal brać udział. Mogą się Państwo ze mną w tej sprawie kontaktować tak, jak podałem/podałam.',
    uk: 'Я хочу й далі брати участь. Ви можете звʼязатися зі мною для цього так, як я вказав(ла).',
  },
};

/** The language a consent text is kept in for a page shown in `language`: that language when Spiegel has texts in it, else Dutch. */
export const consentTextLanguage = (language: string): ConsentTextLanguage =>
  (CONSENT_TEXT_LANGUAGES as readonly string[]).includes(language) ? (language as ConsentTextLanguage) : 'nl';
