import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifying, findingsIn, fold, identifiersOf, normalise, phoneDigits } from './name-guard';

const known = identifiersOf([
  { name: 'Fenna Bakker', phone: '06-11223344', email: 'fenna.bakker@voorbeeld.nl', address: 'Dorpsstraat 12a, 3811 AB Amersfoort' },
  { name: 'Ali Yılmaz', phone: '+31 20 123 4567' },
  { name: 'Anne-Marie Visser', address: 'Kerkweg 3-II' },
]);
const kinds = (text: string) => findIdentifying(text, known).map((f) => f.kind);
const pieces = (text: string) => findIdentifying(text, known).map((f) => text.slice(f.start, f.end));

describe('privacy guard', () => {
  it('answers where and what kind, in the original text, and nothing about who', () => {
    const text = 'Toen zei Fe\u200bnna: bel 06-11223344.';
    const found = findIdentifying(text, known);
    expect(found).toEqual([
      { start: 9, end: 15, kind: 'name' },
      { start: 21, end: 32, kind: 'phone' },
    ]);
    for (const f of found) expect(Object.keys(f).sort()).toEqual(['end', 'kind', 'start']);
  });

  it('finds names through invisible characters, look-alikes, spaced letters, suffixes and slips', () => {
    for (const text of [
      'Fenna',
      'fenna',
      'FENNA',
      'Fe\u200bnna',
      'Fen\u00adna',
      'F\u0435nna',
      'F e n n a',
      'F-e-n-n-a',
      "Fenna's",
      'Fennas',
      'Fennatje',
      'Fenne',
      'Ｆｅｎｎａ',
    ]) {
      expect(kinds(`Toen zei ${text} iets.`), text).toEqual(['name']);
    }
    expect(pieces('Volgens Anne-Marie en annemarie')).toEqual(['Anne', 'Marie', 'annemarie']);
    // Short names: exact only, whole words only.
    expect(kinds('In de alinea over Alibaba staat niets')).toEqual([]);
    expect(kinds('(Ali) zei nee')).toEqual(['name']);
  });

  it('counts an ordinary-word surname only with a title, initials or "familie"', () => {
    expect(kinds('De bakker en de visser')).toEqual([]);
    for (const text of ['mevrouw Bakker', 'Mw. Visser', 'de heer Bakker', 'familie Visser', 'J. Bakker', 'A.M. Visser', 'meneer De Wit']) {
      expect(kinds(`Toen kwam ${text} binnen.`), text).toEqual(['name']);
    }
    expect(kinds('Mevrouw van de gemeente')).toEqual([]);
    expect(kinds('Yilmaz vertelde')).toEqual(['name']);
  });

  it('finds any Dutch phone notation, known or not', () => {
    for (const text of [
      '06-12345678',
      '06 12 34 56 78',
      '+31 (0)6 1234 5678',
      '+31 6 12345678',
      '0031 6 12345678',
      '06\u201312345678',
      '06.12.34.56.78',
      '020 - 123 45 67',
      '(010) 765 43 21',
    ]) {
      expect(pieces(`bel ${text} vandaag`), text).toEqual([text]);
    }
    expect(kinds('nummer 06 1234 en dan 5678')).toEqual(['phone']);
    // A report's subtitle: digits in a code, a title and a date are no phone number in fragments.
    expect(kinds('Organisatie org-d0684ef9 · Traject · 3 december 2026')).toEqual([]);
    expect(kinds('Organisatie 06955 · Traject · 3 december 2026')).toEqual([]);
    expect(kinds('In 2023-2024 waren er 12 ouders, 0-4 jaar, groep 8, zaterdag 12 maart')).toEqual([]);
  });

  it('finds e-mail addresses, also spelled out', () => {
    for (const text of ['iemand@voorbeeld.nl', 'fenna at gmail dot com', 'jan[at]hotmail[dot]nl', 'ouder (at) school punt nl']) {
      expect(kinds(`mail ${text} graag`), text).toEqual(['email']);
    }
    expect(kinds('kijk at home')).toEqual([]);
  });

  it('finds street addresses with a house number, and postcodes', () => {
    for (const text of ['Dorpsstraat 12a', 'Kerkweg 3-II', 'Lindenlaan 45', 'Oudegracht 210bis', '3811 AB']) {
      expect(kinds(`Ze woont ${text} sinds kort`), text).toEqual(['address']);
    }
    expect(kinds('Het schoolplein is 3 keer verbouwd; de weg 2 km verder')).toEqual([]);
  });

  it('keeps offsets on the original text when normalising changes lengths', () => {
    const n = normalise('ﬁ\u200bx');
    expect(n.text).toBe('fix');
    expect(n.from).toEqual([0, 0, 2]);
    expect(fold('Çelik Zoë')).toBe('celik zoe');
    expect(phoneDigits('+31 (0)6 1234 5678')).toBe('0612345678');
  });

  it("lists findings over several texts once each, with the piece of the writer's own text", () => {
    expect(findingsIn(['Goed', 'Fenna en fenna'], known)).toEqual([{ kind: 'name', text: 1, start: 0, end: 5, found: 'Fenna' }]);
  });

  // A known name written in any variation of case, accents, spacing and invisible characters stays found.
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff'];
  const ACCENTS: Record<string, string[]> = { e: ['é', 'ë', 'è', 'ê', '\u0435'], a: ['á', 'ä', 'à', 'â', '\u0430'], n: ['ñ'] };
  const variant = fc
    .array(fc.record({ upper: fc.boolean(), accent: fc.nat(5), invisible: fc.option(fc.constantFrom(...INVISIBLE), { nil: undefined }) }), {
      minLength: 5,
      maxLength: 5,
    })
    .chain((letters) =>
      fc.constantFrom('', ' ', '-').map((spacer) =>
        [...'fenna']
          .map((c, i) => {
            const l = letters[i]!;
            const options = ACCENTS[c] ?? [];
            let out = l.accent < options.length ? options[l.accent]! : c;
            if (l.upper) out = out.toUpperCase();
            return out + (l.invisible ?? '');
          })
          .join(spacer),
      ),
    );

  it('finds a known name under any variation of case, accents, spacing and invisible characters', () => {
    fc.assert(
      fc.property(variant, fc.constantFrom('', 'Toen zei ', 'Volgens '), fc.constantFrom('', ' iets.', ', de moeder.'), (name, before, after) => {
        const text = `${before}${name}${after}`;
        const found = findIdentifying(text, known);
        expect(found.some((f) => f.kind === 'name' && f.start <= before.length && f.end >= before.length + name.length - 1)).toBe(true);
      }),
    );
  });

  const SAFE = [
    'Ouder',
    'A',
    'B',
    'vertelt',
    'over',
    'de',
    'school',
    'wijkteam',
    'bakker',
    'visser',
    'fijn',
    'moeilijk',
    'groep',
    '8',
    'jaar',
    '0-4',
    'zaterdag',
    '12',
    'maart',
    'Jeugdgezondheidszorg',
    'consultatiebureau',
    'huisarts',
    'wachtlijst',
    '3',
    'keer',
    'mevrouw',
    'van',
    'gemeente',
    'wit',
    'huis',
    '.',
    ',',
  ];

  it('never flags a text made of safe words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAFE), { maxLength: 30 }), (words) => {
        expect(findIdentifying(words.join(' '), known)).toEqual([]);
      }),
    );
  });
});
