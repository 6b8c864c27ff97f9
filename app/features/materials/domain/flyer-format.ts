import type { ParticipantLanguage } from '#app/i18n/participant';
import { dateLocale } from './languages';

/** The meeting day in the flyer's own language (e.g. "woensdag 18 maart 2026", "الأربعاء 18 مارس 2026"). */
export function formatFlyerDate(day: string | null, language: string): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return new Intl.DateTimeFormat(dateLocale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Splits a text field into its non-empty lines (the flyer shows each line as its own sentence). */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Joins the parts of a line ("date, time") with the comma of the writing direction. */
export function joinParts(parts: readonly string[], dir: 'ltr' | 'rtl'): string {
  return parts.filter((p) => p.trim() !== '').join(dir === 'rtl' ? '، ' : ', ');
}

/**
 * Wraps a name in a bidi isolate, so an Arabic name in a Dutch sentence does not pull the
 * phone number after it into its right-to-left order ("Of bel فاطمة: 06 12345678").
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Everything a printed flyer shows, in one language. */
export type FlyerView = {
  language: string;
  dir: 'ltr' | 'rtl';
  /** The language of the flyer's own labels: the flyer's, when the participant texts have it, else Dutch. */
  labelLocale: ParticipantLanguage;
  /** Those labels ("Wanneer?", "Waar?"), the participant catalogue's `flyer` area in that language: the page needs no catalogue. */
  labelTexts: Record<string, string>;
  title: string;
  whatHappens: string[];
  whatYouGet: string[];
  contactName: string;
  contactPhone: string;
  dateText: string | null;
  startTime: string;
  venueName: string;
  venueAddress: string;
  signupUrl: string;
  signupCode: string;
  /** The anonymous contribution link (X1) while it is switched on: a small line and QR code, in the flyer's language where we have it. */
  contribution?: { url: string; line: string; qrLabel: string; lang: string; dir: 'ltr' | 'rtl' } | null;
};
