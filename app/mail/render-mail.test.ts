import { describe, expect, it } from 'vitest';
import { mailAccent, renderMailHtml } from './render-mail';

const text =
  'Beste <Sanne> & "Jan",\n\nKlik op deze link om in te loggen bij Spiegel:\n\nhttps://spiegel.example/login/confirm?token=abc&x=1\n\nWanneer: 10 maart\nMeer informatie over de data: https://spiegel.example/o/x/t/1/dates\n\nZie ook https://spiegel.example/help.';

describe('renderMailHtml', () => {
  const html = renderMailHtml({ lang: 'en', subject: 'Uitnodiging <test>', text, accent: '#1a6b3a' });

  it('is a whole document in the recipient language with a heading and paragraphs', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>Uitnodiging &lt;test&gt;</title>');
    expect(html).toMatch(/<h1[^>]*>Uitnodiging &lt;test&gt;<\/h1>/);
    expect(html.match(/<p /g)?.length).toBe(4);
  });

  it('writes Arabic right to left', () => {
    expect(renderMailHtml({ lang: 'ar', subject: 's', text: 'مرحبا' })).toContain('<html lang="ar" dir="rtl">');
  });

  it('escapes names and text', () => {
    expect(html).toContain('Beste &lt;Sanne&gt; &amp; &quot;Jan&quot;,');
    expect(html).not.toContain('<Sanne>');
  });

  it('gives links a meaningful text', () => {
    expect(html).toContain(
      '<a href="https://spiegel.example/login/confirm?token=abc&amp;x=1" style="color:#1a6b3a;text-decoration:underline">Klik op deze link om in te loggen bij Spiegel</a>',
    );
    expect(html).toContain('>Meer informatie over de data</a>');
    // A sentence's full stop is not part of the address.
    expect(html).toContain('href="https://spiegel.example/help"');
    const labelled = renderMailHtml({
      lang: 'nl',
      subject: 's',
      text: 'Uw pagina: https://x.example/p/1',
      links: { 'https://x.example/p/1': 'Open uw pagina' },
    });
    expect(labelled).toContain('>Open uw pagina</a>');
  });

  it("uses the organisation's colour only where it reads on white", () => {
    expect(mailAccent('#1A6B3A')).toBe('#1a6b3a');
    expect(mailAccent('#ffdd00')).toBe('#154273');
    expect(mailAccent('')).toBe('#154273');
    expect(mailAccent('red')).toBe('#154273');
    expect(renderMailHtml({ lang: 'nl', subject: 's', text: 't', accent: '#ffdd00' })).not.toContain('#ffdd00');
  });
});
