import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useContext } from 'react';
import type { nl } from './nl';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Catalogue = typeof nl;
export type MessageKey = {
  [A in keyof Catalogue]: `${A & string}.${keyof Catalogue[A] & string}`;
}[keyof Catalogue];
export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;
/** Texts by key ("area.name"), as a route's bundle or the server's whole catalogue provides them. */
export type Texts = Partial<Record<Locale, Record<string, string>>>;

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
export const TIME_ZONE = 'Europe/Amsterdam';

// The texts known to this process: on the server the whole catalogue (catalogue.server.ts); in the
// browser only what the loaded route modules brought (docs/decisions/0027-texts-per-route.md).
const known: Record<Locale, Map<string, string>> = { nl: new Map(), en: new Map() };

/** Adds texts; a route module's bundle calls this when it loads, before anything renders. */
export function provideTexts(texts: Texts): void {
  for (const locale of locales) for (const [key, text] of Object.entries(texts[locale] ?? {})) known[locale].set(key, text);
}

/** Whether a text with this key is known here (every key on the server). */
export function hasText(key: string, locale: Locale = 'nl'): boolean {
  return known[locale].has(key);
}

const reported = new Set<string>();
function missing(key: string, locale: Locale): string {
  // In the browser a key without its text means the route's bundle missed it: say so once (journeys fail on it).
  if (typeof document !== 'undefined' && !reported.has(`${locale}:${key}`)) {
    reported.add(`${locale}:${key}`);
    console.error(`[texts] not loaded: ${locale} ${key}`);
  }
  return key;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const cache = new Map<string, IntlMessageFormat>();

export function createTranslator(locale: Locale): Translate {
  return (key, values) => {
    const text = known[locale].get(key);
    const source = text === undefined ? missing(key, locale) : endOnce(text, values);
    if (!values && !source.includes('{')) return source;
    const cacheKey = `${locale}\u0000${source}`;
    let format = cache.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(source, intlLocale[locale], undefined, { ignoreTag: true });
      cache.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}

/**
 * A value that ends its own sentence (a theme "Wat helpt ouders?") swallows the full stop or
 * question mark the message puts right after it, so no text reads "ouders?." (issue 14, item 7).
 */
function endOnce(source: string, values: Values | undefined): string {
  if (!values) return source;
  let text = source;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && /[.?!]\s*$/.test(value)) text = text.replaceAll(`{${name}}.`, `{${name}}`).replaceAll(`{${name}}?`, `{${name}}`);
  }
  return text;
}

/** One ICU message in a language, for texts that travel with a page's data instead of a catalogue. */
export function formatMessage(source: string, language: string, values?: Values): string {
  if (!values && !source.includes('{')) return source;
  const cacheKey = `${language}\u0000${source}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, language, undefined, { ignoreTag: true });
    cache.set(cacheKey, format);
  }
  return String(format.format(values));
}

/** Dates are shown for nl-NL (or en-GB) in Europe/Amsterdam time. */
export function formatDate(value: Date | string, locale: Locale, withTime = false): string {
  // A plain YYYY-MM-DD is a calendar day, not an instant: show it as such.
  const isDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = isDay ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'long',
    ...(withTime && !isDay ? { timeStyle: 'short' } : {}),
    timeZone: isDay ? 'UTC' : TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** Today's calendar day in Amsterdam, as YYYY-MM-DD. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

type I18n = { locale: Locale; t: Translate };
export const I18nContext = createContext<I18n>({ locale: 'nl', t: createTranslator('nl') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
