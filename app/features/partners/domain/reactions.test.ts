import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countReactions, REACTION_CHOICES } from './reactions';

describe('countReactions', () => {
  it('counts each choice', () => {
    expect(countReactions([])).toEqual({ agree: 0, disagree: 0, unsure: 0 });
    expect(countReactions([{ choice: 'agree' }, { choice: 'agree' }, { choice: 'unsure' }])).toEqual({ agree: 2, disagree: 0, unsure: 1 });
  });

  it('adds up to the number of reactions', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ choice: fc.constantFrom(...REACTION_CHOICES) })), (list) => {
        const c = countReactions(list);
        expect(c.agree + c.disagree + c.unsure).toBe(list.length);
      }),
    );
  });
});
