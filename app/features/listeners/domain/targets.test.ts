import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listenerTargetWarnings } from './targets';

const base = { invited: 40, yesMirror: 35, yesFollowUp: 20, targetMirror: 35, targetFollowUp: 20 };

describe('listenerTargetWarnings', () => {
  it('is quiet within the method’s ranges', () => {
    expect(listenerTargetWarnings(base)).toEqual([]);
    expect(listenerTargetWarnings({ ...base, yesMirror: 30, yesFollowUp: 15 })).toEqual([]);
    expect(listenerTargetWarnings({ ...base, yesMirror: 40, yesFollowUp: 25 })).toEqual([]);
  });

  it('warns at the edges of about 30–40 and about 20', () => {
    expect(listenerTargetWarnings({ ...base, yesMirror: 29 })).toEqual(['mirrorFew']);
    expect(listenerTargetWarnings({ ...base, invited: 50, yesMirror: 41 })).toEqual(['mirrorMany']);
    expect(listenerTargetWarnings({ ...base, yesFollowUp: 14 })).toEqual(['followUpFew']);
    expect(listenerTargetWarnings({ ...base, yesFollowUp: 26 })).toEqual(['followUpMany']);
  });

  it('before any invitation only asks to invite enough people', () => {
    expect(listenerTargetWarnings({ ...base, invited: 0, yesMirror: 0, yesFollowUp: 0 })).toEqual(['invitedBelowTarget']);
    expect(listenerTargetWarnings({ ...base, invited: 10, yesMirror: 0, yesFollowUp: 0 })).toEqual(['invitedBelowTarget', 'mirrorFew', 'followUpFew']);
  });

  it('never warns both few and many for one meeting (property)', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(60), fc.nat(40), (invited, yesMirror, yesFollowUp, targetMirror, targetFollowUp) => {
        const w = listenerTargetWarnings({ invited, yesMirror, yesFollowUp, targetMirror, targetFollowUp });
        expect(w.includes('mirrorFew') && w.includes('mirrorMany')).toBe(false);
        expect(w.includes('followUpFew') && w.includes('followUpMany')).toBe(false);
      }),
    );
  });
});
