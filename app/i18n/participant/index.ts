// The texts parents and young people read, in the languages parents in the Netherlands often read
// best (issue 15). One file per language beside this one, registered below; Dutch is the source and
// the fallback for a text a language does not have yet (`npm run translations -- missing` lists them).
// Written by people, not a machine: a native speaker reads a new language before it is added.
import { IntlMessageFormat } from 'intl-messageformat';
import { textDirection } from '#app/features/materials/domain/languages';
import { preferredLanguage } from '#app/i18n/accept-language';
import { ar } from './ar';
import { en } from './en';
import { nl } from './nl';
import { pl } from './pl';
import { tr } from './tr';
import type { ParticipantArea, ParticipantCatalogue, ParticipantKey, ParticipantTexts } from './types';
import { uk } from './uk';

export type { ParticipantArea, ParticipantCatalogue, ParticipantKey, ParticipantTexts };

const catalogues = { nl, en, ar, tr, pl, uk } satisfies Record<string, ParticipantTexts>;
export type ParticipantLanguage = keyof typeof catalogues;
export const PARTICIPANT_LANGUAGES = Object.keys(catalogues) as ParticipantLanguage[];

export function isParticipantLanguage(code: unknown): code is ParticipantLanguage {
  return typeof code === 'string' && Object.hasOwn(catalogues, code);
}

/** The text of a key in a language as written there, or undefined when the language lacks it. */
export function ownText(language: ParticipantLanguage, key: ParticipantKey): string | undefined {
  const [area, name] = key.split('.') as [ParticipantArea, string];
  return (catalogues[language] as ParticipantTexts)[area]?.[name as never];
}

/** Every key, in the order of the Dutch source. */
export const PARTICIPANT_KEYS = Object.entries(nl).flatMap(([area, texts]) => Object.keys(texts).map((name) => `${area}.${name}` as ParticipantKey));

/** The keys a language has no text for yet (they are shown in Dutch). */
export function missingTexts(language: ParticipantLanguage): ParticipantKey[] {
  return PARTICIPANT_KEYS.filter((key) => ownText(language, key) === undefined);
}

/**
 * The language a participant's page speaks: the one asked for in the address, else the browser's
 * first participant language (Accept-Language), else the page's content language, when we have
 * texts in them; else Dutch.
 */
export function pageLanguage(asked: string | null | undefined, accepted: string | null | undefined, content: string): ParticipantLanguage {
  if (isParticipantLanguage(asked)) return asked;
  return preferredLanguage(accepted, PARTICIPANT_LANGUAGES) ?? (isParticipantLanguage(content) ? content : 'nl');
}

export type ParticipantTranslate = (key: ParticipantKey, values?: Record<string, string | number | Date>) => string;

export type ParticipantI18n = {
  /** The language of the page: the one asked for, or Dutch when we have none in it. */
  lang: ParticipantLanguage;
  dir: 'ltr' | 'rtl';
  t: ParticipantTranslate;
  /** The language a key's text is really in (Dutch where the page's language lacks it), for `lang` attributes. */
  langOf: (key: ParticipantKey) => ParticipantLanguage;
};

const formats = new Map<string, IntlMessageFormat>();

/** The texts in a language (Dutch where it has none), as ICU messages: plurals follow `Intl.PluralRules` of that language. */
export function participantTexts(language: string | null | undefined): ParticipantI18n {
  const lang = isParticipantLanguage(language) ? language : 'nl';
  const langOf = (key: ParticipantKey) => (ownText(lang, key) === undefined ? 'nl' : lang);
  return {
    lang,
    dir: textDirection(lang),
    langOf,
    t: (key, values) => {
      const source = ownText(lang, key) ?? ownText('nl', key) ?? key;
      if (!values && !source.includes('{')) return source;
      const cacheKey = `${langOf(key)}\u0000${source}`;
      let format = formats.get(cacheKey);
      if (!format) {
        format = new IntlMessageFormat(source, langOf(key), undefined, { ignoreTag: true });
        formats.set(cacheKey, format);
      }
      return String(format.format(values));
    },
  };
}

/** One area's texts in a language (Dutch where it has none), keys without the area, for a page built around one area. */
export function areaTexts<A extends ParticipantArea>(area: A, language: string) {
  const { lang, dir, t } = participantTexts(language);
  return {
    lang,
    dir,
    t: (key: keyof ParticipantCatalogue[A] & string, values?: Record<string, string | number>) => t(`${area}.${key}` as ParticipantKey, values),
  };
}

/** Each language's texts of one area (Dutch where a language has none), for checks over every text. */
export function areaCatalogues<A extends ParticipantArea>(area: A) {
  const keys = PARTICIPANT_KEYS.filter((key) => key.startsWith(`${area}.`));
  return Object.fromEntries(
    PARTICIPANT_LANGUAGES.map((lang) => [lang, Object.fromEntries(keys.map((key) => [key.slice(area.length + 1), ownText(lang, key) ?? ownText('nl', key)!]))]),
  ) as Record<ParticipantLanguage, Record<keyof ParticipantCatalogue[A] & string, string>>;
}

export const participantCatalogues: Record<ParticipantLanguage, ParticipantTexts> = catalogues;
