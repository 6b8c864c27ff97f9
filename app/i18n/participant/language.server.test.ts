import { describe, expect, it } from 'vitest';
import { langCookie } from '#app/i18n/locale.server';
import { isParticipantRequest, participantLanguageOf, participantPageTexts, phoneLanguages } from './language.server';

const request = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });

describe('a participant request’s language', () => {
  it('is a participant’s on their links and on a refusal seen by someone not signed in', () => {
    expect(isParticipantRequest(request('/p/board/ABC'), false)).toBe(true);
    expect(isParticipantRequest(request('/too-many-requests'), false)).toBe(true);
    expect(isParticipantRequest(request('/too-many-requests'), true)).toBe(false);
    expect(isParticipantRequest(request('/o/demo/t/1'), false)).toBe(false);
  });

  it('comes from the address, then the language switch, then the browser, then Dutch', async () => {
    const cookie = await langCookie.serialize('en');
    expect(await participantLanguageOf(request('/p/x?lang=uk', { cookie, 'accept-language': 'ar' }))).toBe('uk');
    expect(await participantLanguageOf(request('/p/x?lang=so', { cookie, 'accept-language': 'ar' }))).toBe('en');
    expect(await participantLanguageOf(request('/p/x', { 'accept-language': 'fr, pl;q=0.8' }))).toBe('pl');
    expect(await participantLanguageOf(request('/p/x', { 'accept-language': 'fr' }))).toBe('nl');
  });

  it('sends the error pages’ texts of one language with the page, right to left in Arabic', () => {
    const arabic = participantPageTexts('ar');
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(arabic.texts.notFoundTitle).toBe('هذه الصفحة غير موجودة');
    expect(Object.keys(arabic.texts)).toEqual(Object.keys(participantPageTexts('nl').texts));
  });

  it('offers a phone every participant language, each in its own name and direction (LanguageLinks)', () => {
    expect(phoneLanguages()).toEqual([
      { code: 'nl', endonym: 'Nederlands', dir: 'ltr' },
      { code: 'en', endonym: 'English', dir: 'ltr' },
      { code: 'ar', endonym: 'العربية', dir: 'rtl' },
      { code: 'tr', endonym: 'Türkçe', dir: 'ltr' },
      { code: 'pl', endonym: 'Polski', dir: 'ltr' },
      { code: 'uk', endonym: 'Українська', dir: 'ltr' },
    ]);
  });
});
