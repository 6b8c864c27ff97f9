import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

describe('the console shortcuts', () => {
  it('maps Enter and N to answered-and-next, P to passed, S to skip, V to the next question', () => {
    expect(shortcutFor({ key: 'Enter', targetTag: 'BODY' })).toBe('answeredNext');
    expect(shortcutFor({ key: 'n' })).toBe('answeredNext');
    expect(shortcutFor({ key: 'N' })).toBe('answeredNext');
    expect(shortcutFor({ key: 'p' })).toBe('passedNext');
    expect(shortcutFor({ key: 's', targetTag: 'BUTTON' })).toBe('next');
    expect(shortcutFor({ key: 'v' })).toBe('nextQuestion');
    expect(shortcutFor({ key: 'x' })).toBeNull();
    expect(shortcutFor({ key: 'Escape' })).toBeNull();
  });

  it('leaves Enter to a focused button or link, which it presses itself', () => {
    for (const targetTag of ['BUTTON', 'A', 'SUMMARY']) expect(shortcutFor({ key: 'Enter', targetTag })).toBeNull();
  });

  it('never fires while typing in a field, with a modifier or on a held key', () => {
    const key = fc.constantFrom('Enter', 'n', 'N', 'p', 's', 'S', 'v');
    fc.assert(
      fc.property(key, fc.constantFrom('INPUT', 'TEXTAREA', 'SELECT'), (k, targetTag) => {
        expect(shortcutFor({ key: k, targetTag })).toBeNull();
        expect(shortcutFor({ key: k, targetTag: 'DIV', targetEditable: true })).toBeNull();
      }),
    );
    fc.assert(
      fc.property(key, fc.constantFrom('ctrlKey', 'altKey', 'metaKey', 'repeat'), (k, flag) => {
        expect(shortcutFor({ key: k, [flag]: true })).toBeNull();
      }),
    );
  });
});
