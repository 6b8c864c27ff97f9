// Languages a flyer can be written in: common home languages of parents in the Netherlands.
// Each is shown in its own name (endonym) so a parent recognises it.

export type FlyerScript = 'latin' | 'cyrillic' | 'arabic' | 'other';
export type FlyerLanguage = { code: string; endonym: string; dutchName: string; script: FlyerScript };

export const FLYER_LANGUAGES: readonly FlyerLanguage[] = [
  { code: 'nl', endonym: 'Nederlands', dutchName: 'Nederlands', script: 'latin' },
  { code: 'en', endonym: 'English', dutchName: 'Engels', script: 'latin' },
  { code: 'ar', endonym: 'العربية', dutchName: 'Arabisch', script: 'arabic' },
  { code: 'tr', endonym: 'Türkçe', dutchName: 'Turks', script: 'latin' },
  { code: 'ber', endonym: 'Tamaziɣt', dutchName: 'Tamazight (Berbers)', script: 'latin' },
  { code: 'pl', endonym: 'Polski', dutchName: 'Pools', script: 'latin' },
  { code: 'uk', endonym: 'Українська', dutchName: 'Oekraïens', script: 'cyrillic' },
  { code: 'bg', endonym: 'Български', dutchName: 'Bulgaars', script: 'cyrillic' },
  { code: 'ro', endonym: 'Română', dutchName: 'Roemeens', script: 'latin' },
  { code: 'ti', endonym: 'ትግርኛ', dutchName: 'Tigrinya', script: 'other' },
  { code: 'so', endonym: 'Soomaali', dutchName: 'Somalisch', script: 'latin' },
  { code: 'fa', endonym: 'فارسی', dutchName: 'Perzisch (Farsi)', script: 'arabic' },
  { code: 'prs', endonym: 'دری', dutchName: 'Dari', script: 'arabic' },
  { code: 'ps', endonym: 'پښتو', dutchName: 'Pasjtoe', script: 'arabic' },
  { code: 'ur', endonym: 'اردو', dutchName: 'Urdu', script: 'arabic' },
  { code: 'zh', endonym: '中文', dutchName: 'Chinees', script: 'other' },
  { code: 'es', endonym: 'Español', dutchName: 'Spaans', script: 'latin' },
  { code: 'pt', endonym: 'Português', dutchName: 'Portugees', script: 'latin' },
  { code: 'fr', endonym: 'Français', dutchName: 'Frans', script: 'latin' },
  { code: 'pap', endonym: 'Papiamentu', dutchName: 'Papiaments', script: 'latin' },
  { code: 'srn', endonym: 'Sranantongo', dutchName: 'Sranantongo (Surinaams)', script: 'latin' },
];

export const FLYER_LANGUAGE_CODES = FLYER_LANGUAGES.map((l) => l.code) as [string, ...string[]];

const byCode = new Map(FLYER_LANGUAGES.map((l) => [l.code, l]));

export function flyerLanguage(code: string): FlyerLanguage | undefined {
  return byCode.get(code);
}

export function isFlyerLanguage(code: string): boolean {
  return byCode.has(code);
}

// Languages written from right to left (also those we do not list, e.g. Hebrew).
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'yi', 'ckb', 'sd', 'ug', 'dv']);

/** Writing direction of a language code, by its primary subtag ("ar-MA" → rtl). */
export function textDirection(code: string): 'ltr' | 'rtl' {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

/** Whether the PDF can set this language with the fonts the app ships (Noto Sans, Noto Naskh Arabic). */
export function pdfSupported(code: string): boolean {
  const language = byCode.get(code);
  return !!language && language.script !== 'other';
}

/** Languages first in the order of the list, so flyers appear in a stable order (Dutch first). */
export function sortLanguages(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const i = FLYER_LANGUAGES.findIndex((l) => l.code === code);
    return i === -1 ? FLYER_LANGUAGES.length : i;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The locale to format the meeting date in. Intl knows most of our languages; for the rest
 * (Papiamentu, Tamazight, …) Dutch is the safe choice. The Gregorian calendar and Western digits
 * everywhere (Persian would otherwise get the solar calendar):
 * that is what parents in the Netherlands read on letters and phones.
 */
export function dateLocale(code: string): string {
  let supported: string | undefined;
  try {
    [supported] = Intl.DateTimeFormat.supportedLocalesOf([code]);
  } catch {
    // Not a valid language tag.
  }
  return `${supported ?? 'nl-NL'}-u-ca-gregory-nu-latn`;
}
