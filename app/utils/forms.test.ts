import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { f, FIRST_DAY, hasControlChars, LAST_DAY, parseForm } from './forms';

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
// Control characters a person never types; tab, newline and carriage return are allowed.
const control = fc.constantFrom(
  ...[...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].filter((c) => ![9, 10, 13].includes(c)).map((c) => String.fromCharCode(c)),
);
const clean = fc.string({ unit: 'grapheme', maxLength: 50 }).filter((s) => !hasControlChars(s));

describe('parseForm refuses control characters (issue 13, item 3)', () => {
  it('refuses any field holding a control character, next to that field, keeping the rest of the text', () => {
    fc.assert(
      fc.property(clean, control, clean, (before, bad, after) => {
        const result = parseForm(z.object({ text: z.string() }), form({ text: before + bad + after, other: 'fine' }));
        expect(result).toEqual({ ok: false, errors: { text: 'validation.controlChars' }, values: { text: before + after, other: 'fine' } });
      }),
    );
  });

  it('passes any text without one unchanged, with tab, newline and carriage return', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(clean, fc.constantFrom('\t', '\n', '\r\n')), { maxLength: 5 }), (parts) => {
        const text = parts.join('');
        expect(parseForm(z.object({ text: z.string() }), form({ text }))).toEqual({ ok: true, data: { text } });
      }),
    );
  });

  it('also checks every value of a repeated field', () => {
    const result = parseForm(z.object({ ids: z.array(z.string()) }), form({ ids: ['a', 'b\u0000'] }));
    expect(result).toMatchObject({ ok: false, errors: { ids: 'validation.controlChars' }, values: { ids: ['a', 'b'] } });
  });
});

describe('f.day', () => {
  const day = f.day();
  it('accepts real calendar days from 1900 to 2100', () => {
    for (const v of [FIRST_DAY, '2024-02-29', '2026-12-02', LAST_DAY]) expect(day.safeParse(v).success, v).toBe(true);
  });
  it('refuses days outside that range or not on the calendar', () => {
    for (const v of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '2023-02-29', '2026-13-01', '2026-1-1'])
      expect(day.safeParse(v).success, v).toBe(false);
    expect(day.safeParse('0000-01-01').error?.issues[0]?.message).toBe('validation.dateRange');
  });
  it('refuses every generated day outside the range', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const v = date.toISOString().slice(0, 10);
        expect(day.safeParse(v).success).toBe(v >= FIRST_DAY && v <= LAST_DAY);
      }),
    );
  });
});
