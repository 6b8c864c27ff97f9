import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from './join-code';

/** A random source fed by fast-check, so generated codes cover the whole alphabet. */
const codeArb = fc.array(fc.nat(), { minLength: 6, maxLength: 6 }).map((numbers) => {
  let i = 0;
  return newJoinCode((max) => numbers[i++]! % max);
});

describe('join codes', () => {
  it('makes six characters from the alphabet, which has no look-alikes and no digits', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode(randomInt)).toMatch(/^[A-HJ-NPR-Z]{6}$/);
    for (const c of ['0', 'O', 'Q', '1', 'I', '5', '8', '2']) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('uses every letter of the alphabet, first and last included', () => {
    expect(newJoinCode(() => 0)).toBe('AAAAAA');
    expect(newJoinCode((max) => max - 1)).toBe('ZZZZZZ');
  });

  it('normalises every generated code to itself', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(normaliseJoinCode(code)).toBe(code);
      }),
    );
  });

  it('accepts lower case, spaces and dashes around and inside the code', () => {
    fc.assert(
      fc.property(codeArb, fc.array(fc.constantFrom(' ', '-', '  ', '\t'), { minLength: 7, maxLength: 7 }), (code, gaps) => {
        const typed = [...code.toLowerCase()].map((c, i) => gaps[i] + c).join('') + gaps[6];
        expect(normaliseJoinCode(typed)).toBe(code);
      }),
    );
    expect(normaliseJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normaliseJoinCode('ABC DEF')).toBe('ABCDEF');
  });

  it('reads digits that look like a letter of the code as that letter', () => {
    expect(normaliseJoinCode('8AS2G6')).toBe('BASZGG');
    expect(normaliseJoinCode('5tuvw2')).toBe('STUVWZ');
  });

  it('gives null for anything that cannot be a code', () => {
    for (const input of ['', 'ABCDE', 'ABCDEFG', 'ABCDE0', 'ABCDEO', 'ABCDEI', 'ABC!EF', 'ABCDÉF', '      ']) expect(normaliseJoinCode(input)).toBeNull();
  });
});
