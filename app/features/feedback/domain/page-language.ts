// Which language a parent reads their page in, and where each text comes from.
import { dateLocale, FLYER_LANGUAGES, isFlyerLanguage, sortLanguages } from '#app/features/materials/domain/languages';
import { fold } from '#app/features/privacy/domain/name-guard';
import { preferredLanguage } from '#app/i18n/accept-language';
import { TIME_ZONE } from '#app/i18n/i18n';

/** The languages the page offers: Dutch, the trajectory's feedback languages, and the parent's own. */
export function offeredLanguages(feedbackLanguages: readonly string[], own?: string): string[] {
  return sortLanguages([...new Set(['nl', ...feedbackLanguages, ...(own ? [own] : [])])]);
}

/**
 * The language asked for in the address when it is offered, else the parent's own, else the
 * browser's first offered language (its Accept-Language header), else Dutch.
 */
export function chooseLanguage({
  requested,
  own,
  accepted,
  offered,
}: {
  requested: string | null | undefined;
  own?: string;
  accepted?: string | null;
  offered: readonly string[];
}): string {
  if (requested && offered.includes(requested)) return requested;
  if (own && offered.includes(own)) return own;
  return preferredLanguage(accepted, offered) ?? 'nl';
}

const english = new Intl.DisplayNames(['en'], { type: 'language' });

/** The ways a language may be written down: its code, its own name, its Dutch names ("Perzisch (Farsi)": both) and English name. */
function namesOf(language: (typeof FLYER_LANGUAGES)[number]): string[] {
  let inEnglish = '';
  try {
    inEnglish = english.of(language.code) ?? '';
  } catch {
    // Not a code Intl knows.
  }
  const [dutch = '', alias = ''] = language.dutchName.split(/\s*[()]\s*/);
  return [language.code, language.endonym, language.dutchName, dutch, alias, inEnglish].filter(Boolean).map(fold);
}

/**
 * The first language in the free text of a participant's personal data ("Arabisch, Nederlands",
 * "Turkish", "العربية", "pl") when it is one we know, else Dutch: the default language of their link.
 */
export function firstKnownLanguage(spoken: string): string {
  const first = spoken.split(/[,;/&+\n]|\s+(?:en|and|of|or)\s+/i)[0]?.trim() ?? '';
  if (!first) return 'nl';
  const folded = fold(first);
  const found = FLYER_LANGUAGES.find((l) => namesOf(l).includes(folded));
  return found?.code ?? (isFlyerLanguage(folded) ? folded : 'nl');
}

/** An agenda item's text in a language: the person-made translation when there is one, else the Dutch text. */
export function textIn(dutch: string, translations: ReadonlyMap<string, string>, language: string): { text: string; lang: string } {
  const translated = language === 'nl' ? undefined : translations.get(language)?.trim();
  return translated ? { text: translated, lang: language } : { text: dutch, lang: 'nl' };
}

/** A calendar day or a moment as a date in the page's language (Western digits, Gregorian calendar). */
export function formatDay(value: string, language: string): string {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: isDay ? 'UTC' : TIME_ZONE }).format(
    new Date(isDay ? `${value}T12:00:00Z` : value),
  );
}
