import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLeaks, fold, type KnownPerson, phoneDigits } from './name-guard';

const people: KnownPerson[] = [
  {
    name: 'Zoë de Wit',
    phone: '06-12345678',
    email: 'zoe.dewit@example.nl',
    pseudonym: 'Ouder B',
  },
  { name: 'Ali', phone: '', email: '', pseudonym: 'Ouder C' },
  {
    name: 'Anne-Marie',
    phone: '+31 20 123 4567',
    email: '',
    pseudonym: 'Ouder D',
  },
];

describe('name guard', () => {
  it('finds a first name whatever the case or accents, and names the pseudonym to use', () => {
    expect(findLeaks('Zoë vertelt over school', people)).toEqual([{ kind: 'name', found: 'Zoë', pseudonym: 'Ouder B' }]);
    expect(findLeaks('ZOE zegt dat', people)).toEqual([{ kind: 'name', found: 'ZOE', pseudonym: 'Ouder B' }]);
    expect(findLeaks('zoe', people)[0]?.kind).toBe('name');
    expect(findLeaks('Volgens marie was het fijn', people)).toEqual([{ kind: 'name', found: 'marie', pseudonym: 'Ouder D' }]);
  });

  it('matches whole words only', () => {
    expect(findLeaks('In de alinea over Alibaba staat niets', people)).toEqual([]);
    expect(findLeaks('(Ali) zei: "nee".', people)).toEqual([{ kind: 'name', found: 'Ali', pseudonym: 'Ouder C' }]);
    // A surname is not a first name; "de" and "wit" are ordinary words.
    expect(findLeaks('De muur is wit', people)).toEqual([]);
  });

  it('finds phone numbers in the usual formats', () => {
    for (const text of ['bel 06-12345678', 'bel +31 6 1234 5678', 'bel 0612345678', 'bel 06 12 34 56 78', 'bel 0031612345678']) {
      expect(findLeaks(text, people), text).toEqual([{ kind: 'phone', found: expect.any(String), pseudonym: 'Ouder B' }]);
    }
    expect(findLeaks('nummer 020-1234567', people)).toEqual([{ kind: 'phone', found: '020-1234567', pseudonym: 'Ouder D' }]);
    // Any mobile number is contact data, even of someone unknown.
    expect(findLeaks('haar buurvrouw: 06 9876 5432', people)).toEqual([{ kind: 'phone', found: '06 9876 5432', pseudonym: null }]);
    // Years and counts are not phone numbers.
    expect(findLeaks('In 2023-2024 waren er 12 ouders', people)).toEqual([]);
  });

  it('finds e-mail addresses, known or not', () => {
    // The address holds the first name too: both are reported.
    expect(findLeaks('mail: Zoe.DeWit@example.nl', people)).toContainEqual({
      kind: 'email',
      found: 'Zoe.DeWit@example.nl',
      pseudonym: 'Ouder B',
    });
    expect(findLeaks('iemand@voorbeeld.nl', people)).toEqual([{ kind: 'email', found: 'iemand@voorbeeld.nl', pseudonym: null }]);
  });

  it('reports each finding once', () => {
    expect(findLeaks('Ali en ali en ALI', people)).toHaveLength(1);
  });

  it('never finds anything in text made of pseudonyms and plain words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Ouder', 'B', 'vertelt', 'over', 'de', 'school', 'wijkteam', 'fijn', 'moeilijk', '.', ',')), (words) => {
        expect(findLeaks(words.join(' '), people)).toEqual([]);
      }),
    );
  });

  it('normalises', () => {
    expect(fold('Çelik Zoë')).toBe('celik zoe');
    expect(phoneDigits('+31 6 1234 5678')).toBe('0612345678');
    expect(phoneDigits('06-12345678')).toBe('0612345678');
  });
});
