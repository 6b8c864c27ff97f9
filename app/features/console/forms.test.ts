import { describe, expect, it } from 'vitest';
import { consoleUrl, needsResetConfirmation, toConsoleAction, ZConsoleForm } from './forms';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('the console forms', () => {
  it('turns the one-press buttons into one rule: mark and move on', () => {
    expect(toConsoleAction(ZConsoleForm.parse({ intent: 'answeredNext', expectedVersion: '3' }))).toEqual({ type: 'markAndNext', mark: 'answered' });
    expect(toConsoleAction(ZConsoleForm.parse({ intent: 'passedNext', expectedVersion: '3' }))).toEqual({ type: 'markAndNext', mark: 'passed' });
    expect(toConsoleAction(ZConsoleForm.parse({ intent: 'next', expectedVersion: '3' }))).toEqual({ type: 'next' });
  });

  it('starts over only when confirmed', () => {
    expect(ZConsoleForm.safeParse({ intent: 'reset', expectedVersion: '3' }).success).toBe(false);
    expect(ZConsoleForm.safeParse({ intent: 'reset', confirmed: 'no', expectedVersion: '3' }).success).toBe(false);
    expect(toConsoleAction(ZConsoleForm.parse({ intent: 'reset', confirmed: 'yes', expectedVersion: '3' }))).toEqual({ type: 'reset' });
    expect(needsResetConfirmation(form({ intent: 'reset', expectedVersion: '3' }))).toBe(true);
    expect(needsResetConfirmation(form({ intent: 'reset', confirmed: 'yes', expectedVersion: '3' }))).toBe(false);
    expect(needsResetConfirmation(form({ intent: 'next', expectedVersion: '3' }))).toBe(false);
  });

  it('comes back to the same view, never to the confirmation step', () => {
    const at = (q: string) => new URL(`http://x/o/a/t/b/console${q}`);
    expect(consoleUrl(at(''))).toBe('/o/a/t/b/console');
    expect(consoleUrl(at('?focus=1&confirm=reset'))).toBe('/o/a/t/b/console?focus=1');
    expect(consoleUrl(at('?confirm=reset&other=x'))).toBe('/o/a/t/b/console');
    expect(consoleUrl(at('?focus=1'), true)).toBe('/o/a/t/b/console?focus=1&confirm=reset');
  });
});
