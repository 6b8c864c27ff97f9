import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erasedValues, scrubbed } from './erasure';

const person = {
  name: 'Fatima',
  surname: 'El Idrissi',
  phone: '06-12345678',
  email: 'f.idrissi@voorbeeld.nl',
  address: 'Dorpsstraat 1',
  stayInvolvedContact: '',
};

describe('erasing from texts that stay', () => {
  it('takes the identifying values, the full name first, without empty ones', () => {
    expect(erasedValues(person)).toEqual(['f.idrissi@voorbeeld.nl', 'Fatima El Idrissi', 'Dorpsstraat 1', '06-12345678', 'El Idrissi', 'Fatima']);
    expect(erasedValues(null)).toEqual([]);
  });

  it('replaces every value in any case, the full name as one', () => {
    expect(scrubbed('Toen zei fatima el idrissi (06-12345678): bel FATIMA.', erasedValues(person))).toBe(
      'Toen zei [verwijderd] ([verwijderd]): bel [verwijderd].',
    );
    expect(scrubbed('Niemand belde terug', erasedValues(person))).toBe('Niemand belde terug');
    expect(scrubbed('a.b*c', ['.b*'])).toBe('a[verwijderd]c');
  });

  it('leaves none of the values in the text', () => {
    const word = fc.stringMatching(/^[a-z0-9 .@+-]{2,12}$/).filter((v) => !'[verwijderd]'.includes(v.toLowerCase()) && v.trim().length >= 2);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(word, fc.string({ maxLength: 8 })), { maxLength: 8 }), (values, pieces) => {
        const sorted = [...values].sort((a, b) => b.length - a.length);
        const text = pieces.join(' ') + values.map((v) => v.toUpperCase()).join(' ');
        const result = scrubbed(text, sorted).toLowerCase();
        for (const v of values) expect(result.replaceAll('[verwijderd]', '\u0000')).not.toContain(v.toLowerCase());
      }),
    );
  });
});
