import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completePlan, FORMAL_CATEGORIES, INFORMAL_CATEGORIES, LISTENER_CATEGORIES, listenerCoverageAdvice, plannedTotal } from './listener-plan';

describe('listener categories', () => {
  it('has each category once, in two groups', () => {
    expect(new Set(LISTENER_CATEGORIES).size).toBe(LISTENER_CATEGORIES.length);
    expect(LISTENER_CATEGORIES).toHaveLength(INFORMAL_CATEGORIES.length + FORMAL_CATEGORIES.length);
  });
});

describe('listenerCoverageAdvice', () => {
  it('asks for welfare or community work and an experience-expert parent in an empty plan', () => {
    expect(listenerCoverageAdvice([])).toEqual(['noWelfareOrCommunityWork', 'noExperienceExpert']);
  });

  it('is satisfied by community work alone or welfare alone, with one experience expert', () => {
    const expert = { category: 'experience_expert_parent', plannedCount: 1 };
    expect(listenerCoverageAdvice([expert, { category: 'community_work', plannedCount: 2 }])).toEqual([]);
    expect(listenerCoverageAdvice([expert, { category: 'welfare', plannedCount: 1 }])).toEqual([]);
  });

  it('does not count a row planned at zero', () => {
    expect(
      listenerCoverageAdvice([
        { category: 'welfare', plannedCount: 0 },
        { category: 'experience_expert_parent', plannedCount: 0 },
      ]),
    ).toEqual(['noWelfareOrCommunityWork', 'noExperienceExpert']);
  });

  const plan = fc.array(fc.record({ category: fc.constantFrom(...LISTENER_CATEGORIES), plannedCount: fc.integer({ min: 0, max: 50 }) }), { maxLength: 30 });

  it('raising a number never adds advice (property)', () => {
    fc.assert(
      fc.property(plan, fc.nat({ max: 29 }), fc.integer({ min: 1, max: 10 }), (rows, index, extra) => {
        fc.pre(rows.length > 0);
        const i = index % rows.length;
        const more = rows.map((r, j) => (j === i ? { ...r, plannedCount: r.plannedCount + extra } : r));
        const before = listenerCoverageAdvice(rows);
        for (const advice of listenerCoverageAdvice(more)) expect(before).toContain(advice);
      }),
    );
  });

  it('the total is the sum of the planned numbers (property)', () => {
    fc.assert(
      fc.property(plan, (rows) => {
        expect(plannedTotal(rows)).toBe(rows.reduce((s, r) => s + r.plannedCount, 0));
      }),
    );
  });
});

describe('completePlan', () => {
  it('gives every category in order, with saved numbers and zero elsewhere', () => {
    const rows = completePlan([
      { category: 'welfare', plannedCount: 3, note: 'buurtwerk' },
      { category: 'gone', plannedCount: 9, note: '' },
    ]);
    expect(rows.map((r) => r.category)).toEqual(LISTENER_CATEGORIES);
    expect(rows.find((r) => r.category === 'welfare')).toEqual({ category: 'welfare', plannedCount: 3, note: 'buurtwerk' });
    expect(plannedTotal(rows)).toBe(3);
  });
});
