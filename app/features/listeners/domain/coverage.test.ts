import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { categoryCoverage, uncoveredPlannedCategories, yesCoverageAdvice } from './coverage';

const l = (category: string, rsvpMirror = 'yes') => ({ category, invitedAt: null, rsvpMirror, rsvpFollowUp: '' });

describe('categoryCoverage', () => {
  it('holds the yes-list against the plan, only for planned or listed categories', () => {
    const rows = categoryCoverage(
      [l('welfare'), l('welfare', 'no'), l('midwife', 'maybe')],
      [
        { category: 'welfare', plannedCount: 2 },
        { category: 'youth_health', plannedCount: 3 },
        { category: 'library', plannedCount: 0 },
      ],
    );
    expect(rows).toEqual([
      { category: 'midwife', planned: 0, listed: 1, yes: 0 },
      { category: 'youth_health', planned: 3, listed: 0, yes: 0 },
      { category: 'welfare', planned: 2, listed: 2, yes: 1 },
    ]);
    expect(uncoveredPlannedCategories(rows)).toEqual(['youth_health']);
  });

  it('counts an unknown category as other', () => {
    expect(categoryCoverage([l('astronaut')], [])).toEqual([{ category: 'other', planned: 0, listed: 1, yes: 1 }]);
  });

  it('loses no listener (property)', () => {
    const listener = fc.record({
      category: fc.constantFrom(...LISTENER_CATEGORIES, 'unknown'),
      invitedAt: fc.constant(null),
      rsvpMirror: fc.constantFrom('', 'yes', 'no', 'maybe'),
      rsvpFollowUp: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(listener, { maxLength: 50 }), (list) => {
        const rows = categoryCoverage(list, []);
        expect(rows.reduce((sum, r) => sum + r.listed, 0)).toBe(list.length);
        expect(rows.reduce((sum, r) => sum + r.yes, 0)).toBe(list.filter((x) => x.rsvpMirror === 'yes').length);
      }),
    );
  });
});

describe('yesCoverageAdvice', () => {
  it('only counts listeners who said yes to the mirror meeting', () => {
    expect(yesCoverageAdvice([l('welfare', 'maybe'), l('experience_expert_parent', 'no')])).toEqual(['noWelfareOrCommunityWork', 'noExperienceExpert']);
    expect(yesCoverageAdvice([l('community_work'), l('experience_expert_parent')])).toEqual([]);
    expect(yesCoverageAdvice([l('welfare')])).toEqual(['noExperienceExpert']);
  });
});
