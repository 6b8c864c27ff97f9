import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { MAX_IMPORT_LINES, parseListenerLines } from './paste-import';

const labels = [
  { category: 'welfare' as const, label: 'Welzijn' },
  { category: 'experience_expert_parent' as const, label: 'Ervaringsdeskundige ouder' },
];

describe('parseListenerLines', () => {
  it('reads name, organisation, category and e-mail; skips blank lines', () => {
    const result = parseListenerLines(
      'Sanne Bakker; Welzijn Oost; welzijn; Sanne@Welzijn.test\n\n  Fatma Yilmaz ; ; ervaringsdeskundige ouder;\nPiet\tGGD\tyouth_health\tpiet@ggd.test\nKees',
      labels,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { name: 'Sanne Bakker', organisation: 'Welzijn Oost', category: 'welfare', email: 'sanne@welzijn.test' },
        { name: 'Fatma Yilmaz', organisation: '', category: 'experience_expert_parent', email: '' },
        { name: 'Piet', organisation: 'GGD', category: 'youth_health', email: 'piet@ggd.test' },
        { name: 'Kees', organisation: '', category: 'other', email: '' },
      ],
    });
  });

  it('says per line what is wrong and adds no one', () => {
    const result = parseListenerLines(
      ['Goed; Org; welfare; goed@org.test', '; Org; welfare;', 'Anna; Org; astronaut;', 'Bob; Org; welfare; bob@', 'a;b;c;d;e', 'x'.repeat(201)].join('\n'),
      labels,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, problem: 'nameMissing' },
        { line: 3, problem: 'categoryUnknown' },
        { line: 4, problem: 'emailInvalid' },
        { line: 5, problem: 'tooManyFields' },
        { line: 5, problem: 'categoryUnknown' },
        { line: 5, problem: 'emailInvalid' },
        { line: 6, problem: 'tooLong' },
      ],
    });
  });

  it('reports every problem of one line, not only the first', () => {
    expect(parseListenerLines('; Org; astronaut; bob@')).toEqual({
      ok: false,
      problems: [
        { line: 1, problem: 'nameMissing' },
        { line: 1, problem: 'categoryUnknown' },
        { line: 1, problem: 'emailInvalid' },
      ],
    });
  });

  it('refuses an empty paste and a very long one', () => {
    expect(parseListenerLines(' \n \n')).toMatchObject({ ok: false, empty: true });
    expect(parseListenerLines(Array.from({ length: MAX_IMPORT_LINES + 1 }, (_, i) => `Naam ${i}`).join('\n'))).toMatchObject({ ok: false, tooMany: true });
  });

  it('accepts a trailing separator', () => {
    expect(parseListenerLines('Ans; Org; welfare; ans@org.test;')).toMatchObject({ ok: true });
  });

  it('round-trips well-formed lines (property)', () => {
    const field = fc.string({ maxLength: 30 }).map((s) => s.replace(/[;\t\r\n]/g, '').trim());
    const row = fc.record({
      name: field.filter((s) => s !== ''),
      organisation: field,
      category: fc.constantFrom(...LISTENER_CATEGORIES),
      email: fc.constantFrom('', 'a@b.nl', 'jan.de.vries@gemeente.test'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const text = rows.map((r) => [r.name, r.organisation, r.category, r.email].join('; ')).join('\n');
        expect(parseListenerLines(text)).toEqual({ ok: true, rows });
      }),
    );
  });

  it('never accepts a line without a name, and numbers problems within the paste (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 30 }), (lines) => {
        const result = parseListenerLines(lines.join('\n'));
        if (result.ok) for (const r of result.rows) expect(r.name).not.toBe('');
        else for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1);
        if (!result.ok) for (const p of result.problems) expect(p.line).toBeLessThanOrEqual(lines.length);
      }),
    );
  });
});
