import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_VERDICTS, INVOLVEMENT_CHOICES } from '#app/db/schema';
import { contactAfter, countInvolvement, countVerdicts, normaliseInvolvement, staysInvolved } from './verdicts';

const items = ['a', 'b', 'c'];
const reaction = fc.record({ itemId: fc.constantFrom(...items, 'elsewhere'), verdict: fc.constantFrom(...FEEDBACK_VERDICTS) });

describe('countVerdicts', () => {
  it('counts every reaction to an asked item once, under its verdict', () => {
    fc.assert(
      fc.property(fc.array(reaction), (reactions) => {
        const counts = countVerdicts(items, reactions);
        expect([...counts.keys()]).toEqual(items);
        for (const id of items) {
          const mine = reactions.filter((r) => r.itemId === id);
          const c = counts.get(id)!;
          expect(c.total).toBe(mine.length);
          expect(c.heard + c.partly + c.missing).toBe(c.total);
          for (const verdict of FEEDBACK_VERDICTS) expect(c[verdict]).toBe(mine.filter((r) => r.verdict === verdict).length);
        }
      }),
    );
  });

  it('shows zeros for an item nobody reacted to, and ignores items that are not asked about', () => {
    expect(countVerdicts(['a'], [{ itemId: 'x', verdict: 'heard' }]).get('a')).toEqual({ heard: 0, partly: 0, missing: 0, total: 0 });
  });
});

describe('staying involved', () => {
  const answers = fc.array(fc.subarray([...INVOLVEMENT_CHOICES]));

  it('counts each parent once per choice', () => {
    fc.assert(
      fc.property(answers, (all) => {
        const counts = countInvolvement(all);
        for (const choice of INVOLVEMENT_CHOICES) expect(counts[choice]).toBe(all.filter((a) => a.includes(choice)).length);
      }),
    );
  });

  it('drops a "no" next to a "yes", keeps a lone "no", and keeps the order of the list', () => {
    expect(normaliseInvolvement(['none', 'coalition', 'sounding_board'])).toEqual(['sounding_board', 'coalition']);
    expect(normaliseInvolvement(['none', 'none'])).toEqual(['none']);
    expect(normaliseInvolvement([])).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INVOLVEMENT_CHOICES)), (choices) => {
        const result = normaliseInvolvement(choices);
        expect(new Set(result).size).toBe(result.length);
        expect(result.includes('none') && result.length > 1).toBe(false);
        expect(staysInvolved(result)).toBe(staysInvolved(choices));
      }),
    );
  });

  it('keeps a way to reach a parent only while they want to stay involved; an empty field keeps the old one', () => {
    expect(contactAfter(['sounding_board'], ' 06 1234 5678 ', '')).toBe('06 1234 5678');
    expect(contactAfter(['coalition'], '', 'mail@ouder.test')).toBe('mail@ouder.test');
    expect(contactAfter(['coalition'], 'nieuw@ouder.test', 'oud@ouder.test')).toBe('nieuw@ouder.test');
    expect(contactAfter(['none'], '06 1234 5678', 'oud@ouder.test')).toBe('');
    expect(contactAfter([], '06 1234 5678', '')).toBe('');
  });
});
