// "Start een volgend traject": the theme of a next round, made from the themes and open actions the
// coordinator chose from an earlier trajectory. Pure.
import type { ActionStatus } from '#app/db/schema';

/** As long as a trajectory's theme may be (the new-trajectory form's limit). */
export const THEME_MAX = 500;

/** Cuts at a word boundary and marks the cut with an ellipsis; text that fits is returned as is. */
export function shorten(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}

/**
 * The next trajectory's theme: what the person typed, or else the chosen themes and open actions
 * ("Bereikbaarheid, Wachtlijsten. Verder met: Eén vast aanspreekpunt"), in the labels' language.
 */
export function composeTheme({
  typed,
  themes,
  actions,
  continueLabel,
}: {
  typed: string;
  themes: readonly string[];
  actions: readonly string[];
  continueLabel: string;
}): string {
  if (typed.trim()) return shorten(typed, THEME_MAX);
  const unique = (list: readonly string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  const parts = [unique(themes).join(', '), unique(actions).length > 0 ? `${continueLabel} ${unique(actions).join('; ')}` : ''].filter(Boolean);
  return shorten(parts.join('. '), THEME_MAX);
}

export type CarryOver = {
  previous: { id: string; title: string; teamId: string | null; variant: 'coalition' | 'care' };
  /** The themes of its agreed items (the shared theme where there is one). */
  themes: string[];
  /** Its actions that are not done or stopped. */
  actions: { id: string; title: string; status: ActionStatus }[];
};
