import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayAttribute, onWithdrawal } from './consent';

describe('minutes consent', () => {
  it('refuses only a recorded "no"', () => {
    expect(mayAttribute(false)).toBe(false);
    expect(mayAttribute(true)).toBe(true);
    // Not asked yet: allowed; a later "no" takes the notes out again.
    expect(mayAttribute(null)).toBe(true);
    expect(mayAttribute(undefined)).toBe(true);
  });

  it('lets every answer but "no" through', () => {
    fc.assert(
      fc.property(
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.boolean()),
        (a, b) => mayAttribute(a) === (a !== false) && mayAttribute(b) === (b !== false),
      ),
    );
  });

  it('deletes from a draft and flags in final minutes', () => {
    expect(onWithdrawal('draft')).toBe('delete');
    expect(onWithdrawal('finalised')).toBe('flag');
  });
});
