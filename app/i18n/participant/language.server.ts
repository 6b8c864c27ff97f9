import { flyerLanguage, textDirection } from '#app/features/materials/domain/languages';
import { preferredLanguage } from '#app/i18n/accept-language';
import { langCookie } from '#app/i18n/locale.server';
import {
  isParticipantLanguage,
  ownText,
  type ParticipantArea,
  PARTICIPANT_KEYS,
  PARTICIPANT_LANGUAGES,
  type ParticipantLanguage,
  participantTexts,
} from './index';

/**
 * Whether a request is a participant's (a parent's or young person's link, the board's phones, a
 * refusal of one of those): its error and refusal pages then speak the participant's language.
 */
export function isParticipantRequest(request: Request, signedIn: boolean): boolean {
  const { pathname } = new URL(request.url);
  return pathname.startsWith('/p/') || (!signedIn && pathname === '/too-many-requests');
}

/**
 * The language asked for in the address (?lang=), else the one chosen with the language switch (its
 * cookie), else the browser's first participant language, else Dutch.
 */
export async function participantLanguageOf(request: Request): Promise<ParticipantLanguage> {
  const asked = new URL(request.url).searchParams.get('lang');
  if (isParticipantLanguage(asked)) return asked;
  const chosen: unknown = await langCookie.parse(request.headers.get('cookie'));
  if (isParticipantLanguage(chosen)) return chosen;
  return preferredLanguage(request.headers.get('accept-language'), PARTICIPANT_LANGUAGES) ?? 'nl';
}

/** The texts of some areas in a language (Dutch where it has none), as ICU messages by full key. */
export type ParticipantBundle = { lang: ParticipantLanguage; dir: 'ltr' | 'rtl'; texts: Record<string, string> };

/**
 * What a participant's page sends with its data: only its areas, in its one language, so a phone
 * that runs the page's JavaScript does not download all six languages (issue 15, light pages).
 */
export function participantBundle(language: string, areas: readonly ParticipantArea[]): ParticipantBundle {
  const { lang, dir } = participantTexts(language);
  const texts = Object.fromEntries(
    PARTICIPANT_KEYS.filter((key) => areas.some((area) => key.startsWith(`${area}.`))).map((key) => [key, ownText(lang, key) ?? ownText('nl', key)!]),
  );
  return { lang, dir, texts };
}

/** The error and refusal pages' texts (the `page` area) in a language, as ICU messages, key without the area. */
export type ParticipantPageTexts = { lang: ParticipantLanguage; dir: 'ltr' | 'rtl'; texts: Record<string, string> };

/**
 * Sent with the root's data, so the browser needs no catalogue for a participant's error page: the
 * page's few texts travel with it, not all six languages in every page's JavaScript.
 */
export function participantPageTexts(language: ParticipantLanguage): ParticipantPageTexts {
  const { lang, dir } = participantTexts(language);
  const texts = Object.fromEntries(
    PARTICIPANT_KEYS.filter((key) => key.startsWith('page.')).map((key) => [key.slice('page.'.length), ownText(lang, key) ?? ownText('nl', key)!]),
  );
  return { lang, dir, texts };
}

/**
 * A board phone's language: asked for in the address (then kept in the language cookie, since its
 * forms post without the address), else chosen before (the cookie), else the browser's, else Dutch.
 */
export async function phoneLanguage(request: Request): Promise<{ language: ParticipantLanguage; headers: Headers }> {
  const headers = new Headers();
  const asked = new URL(request.url).searchParams.get('lang');
  if (isParticipantLanguage(asked)) {
    headers.append('Set-Cookie', await langCookie.serialize(asked));
    return { language: asked, headers };
  }
  return { language: await participantLanguageOf(request), headers };
}

/** The languages a phone can switch to, each in its own name and direction (for LanguageLinks). */
export function phoneLanguages(): { code: ParticipantLanguage; endonym: string; dir: 'ltr' | 'rtl' }[] {
  return PARTICIPANT_LANGUAGES.map((code) => ({ code, endonym: flyerLanguage(code)?.endonym ?? code, dir: textDirection(code) }));
}
