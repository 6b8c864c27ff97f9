import { describe, expect, it } from 'vitest';
import { langCookie, localeFor } from './locale.server';

const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers });

describe('localeFor', () => {
  it('takes the language cookie first, then the user’s setting, then the browser’s, then Dutch', async () => {
    const cookie = await langCookie.serialize('en');
    expect(await localeFor(request({ cookie, 'accept-language': 'nl' }), 'nl')).toBe('en');
    expect(await localeFor(request({ 'accept-language': 'en-GB' }), 'nl')).toBe('nl');
    expect(await localeFor(request({ 'accept-language': 'en-GB,en;q=0.9' }))).toBe('en');
    expect(await localeFor(request({ 'accept-language': 'ar, fr;q=0.5' }))).toBe('nl');
    expect(await localeFor(request({}))).toBe('nl');
  });
});
