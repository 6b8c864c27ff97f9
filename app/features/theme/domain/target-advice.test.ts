import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variantDefaults, variants } from '#app/features/trajectory/domain/variants';
import { FOLLOW_UP_LISTENERS, MIRROR_LISTENERS, participantRange, targetAdvice, type Targets } from './target-advice';

const base = (variant: 'coalition' | 'care'): Targets => {
  const d = variantDefaults(variant);
  return {
    participantTargetMin: d.participantTargetMin,
    participantTargetMax: d.participantTargetMax,
    mirrorListenerTarget: d.mirrorListenerTarget,
    followUpListenerTarget: d.followUpListenerTarget,
  };
};

describe('targetAdvice', () => {
  it('is quiet for the defaults of each variant', () => {
    for (const v of variants) expect(targetAdvice(v, base(v))).toEqual([]);
  });

  it('uses 5–8 participants for a coalition and 8–12 for a care organisation', () => {
    expect(targetAdvice('coalition', { ...base('coalition'), participantTargetMin: 4 })).toEqual(['participantsFew']);
    expect(targetAdvice('coalition', { ...base('coalition'), participantTargetMin: 5, participantTargetMax: 8 })).toEqual([]);
    expect(targetAdvice('coalition', { ...base('coalition'), participantTargetMax: 9 })).toEqual(['participantsMany']);
    expect(targetAdvice('care', { ...base('care'), participantTargetMin: 7 })).toEqual(['participantsFew']);
    expect(targetAdvice('care', { ...base('care'), participantTargetMax: 12 })).toEqual([]);
    expect(targetAdvice('care', { ...base('care'), participantTargetMax: 13 })).toEqual(['participantsMany']);
  });

  it('checks listeners at the boundaries of 30–40 and about 20', () => {
    const c = base('coalition');
    expect(targetAdvice('coalition', { ...c, mirrorListenerTarget: 29 })).toEqual(['mirrorListenersFew']);
    expect(targetAdvice('coalition', { ...c, mirrorListenerTarget: 30 })).toEqual([]);
    expect(targetAdvice('coalition', { ...c, mirrorListenerTarget: 40 })).toEqual([]);
    expect(targetAdvice('coalition', { ...c, mirrorListenerTarget: 41 })).toEqual(['mirrorListenersMany']);
    expect(targetAdvice('coalition', { ...c, followUpListenerTarget: 14 })).toEqual(['followUpListenersFew']);
    expect(targetAdvice('coalition', { ...c, followUpListenerTarget: 26 })).toEqual(['followUpListenersMany']);
  });

  it('warns exactly when a number is outside the method range (property)', () => {
    const n = fc.integer({ min: 0, max: 200 });
    fc.assert(
      fc.property(fc.constantFrom(...variants), n, n, n, n, (variant, a, b, mirror, followUp) => {
        const targets = {
          participantTargetMin: Math.min(a, b),
          participantTargetMax: Math.max(a, b),
          mirrorListenerTarget: mirror,
          followUpListenerTarget: followUp,
        };
        const advice = targetAdvice(variant, targets);
        const range = participantRange(variant);
        expect(advice.includes('participantsFew')).toBe(targets.participantTargetMin < range.min);
        expect(advice.includes('participantsMany')).toBe(targets.participantTargetMax > range.max);
        expect(advice.includes('mirrorListenersFew')).toBe(mirror < MIRROR_LISTENERS.min);
        expect(advice.includes('mirrorListenersMany')).toBe(mirror > MIRROR_LISTENERS.max);
        expect(advice.includes('followUpListenersFew')).toBe(followUp < FOLLOW_UP_LISTENERS.min);
        expect(advice.includes('followUpListenersMany')).toBe(followUp > FOLLOW_UP_LISTENERS.max);
        // Never both too few and too many of the same thing.
        expect(advice.includes('mirrorListenersFew') && advice.includes('mirrorListenersMany')).toBe(false);
      }),
    );
  });
});
