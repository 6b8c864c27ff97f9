import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRefusal, encodeRefusal, REFUSALS } from './refusal';

describe('the detail of a refusal', () => {
  it('says why and how many whole minutes to wait, at least one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFUSALS), fc.integer({ min: 0, max: 3600 }), (reason, seconds) => {
        const detail = decodeRefusal(encodeRefusal(reason, seconds));
        expect(detail?.reason).toBe(reason);
        expect(detail!.minutes * 60).toBeGreaterThanOrEqual(seconds);
        expect(detail!.minutes).toBe(Math.max(1, Math.ceil(seconds / 60)));
      }),
    );
  });

  it('reads nothing from anything else', () => {
    for (const value of [
      null,
      undefined,
      '',
      'Too many requests',
      '{"reason":"other","minutes":3}',
      '{"reason":"token","minutes":0}',
      '{"reason":"token","minutes":1.5}',
      '{"reason":"token"}',
    ])
      expect(decodeRefusal(value)).toBeNull();
  });
});
