// The console's keyboard shortcuts: one key per turn button, so the leader keeps one hand free.
// A key typed into a field, or pressed with a modifier, is never a shortcut.

export type ShortcutIntent = 'answeredNext' | 'passedNext' | 'next' | 'nextQuestion';

/** The keys per button, as shown on the page and in `aria-keyshortcuts`. */
export const SHORTCUT_KEYS: Record<ShortcutIntent, readonly string[]> = {
  answeredNext: ['Enter', 'N'],
  passedNext: ['P'],
  next: ['S'],
  nextQuestion: ['V'],
};

export type KeyPress = {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
  /** The focused element's tag name (upper case, as the DOM gives it), if any. */
  targetTag?: string;
  /** The focused element takes text (contenteditable). */
  targetEditable?: boolean;
};

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// On these Enter already does something of its own (press the focused button, follow the link).
const OWN_ENTER = new Set(['BUTTON', 'A', 'SUMMARY']);

/** The turn button a key press stands for, or null when the key is not a shortcut here. */
export function shortcutFor(press: KeyPress): ShortcutIntent | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat) return null;
  if (press.targetEditable || (press.targetTag && TYPING.has(press.targetTag))) return null;
  if (press.key === 'Enter') return press.targetTag && OWN_ENTER.has(press.targetTag) ? null : 'answeredNext';
  const letter = press.key.length === 1 ? press.key.toUpperCase() : '';
  for (const [intent, keys] of Object.entries(SHORTCUT_KEYS) as [ShortcutIntent, readonly string[]][]) {
    if (letter && keys.includes(letter)) return intent;
  }
  return null;
}
