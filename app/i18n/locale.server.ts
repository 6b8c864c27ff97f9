import { createCookie } from 'react-router';
import { config } from '#app/utils/config.server';
import { preferredLanguage } from './accept-language';
import { isLocale, type Locale, locales } from './i18n';

export const langCookie = createCookie('spiegel_lang', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: config.secureCookies,
  maxAge: 365 * 24 * 60 * 60,
});

/** The chosen language: the language cookie, else the user's preference, else the browser's (Accept-Language), else Dutch. */
export async function localeFor(request: Request, userLocale?: string): Promise<Locale> {
  const chosen: unknown = await langCookie.parse(request.headers.get('cookie'));
  if (isLocale(chosen)) return chosen;
  if (isLocale(userLocale)) return userLocale;
  return preferredLanguage(request.headers.get('accept-language'), locales) ?? 'nl';
}
