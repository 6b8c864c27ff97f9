// STUB (helper A): suggested themes by meaning (Dutch stemming, stop words, TF-IDF similarity).
import type { ThemeSuggestion } from './types';

export type ClusterNote = { id: string; text: string; themeId: string | null };
export type ClusterTheme = { id: string; name: string };

/**
 * Suggestions for the unassigned notes only: join an existing theme when similar enough to its
 * notes, or form a new theme with other unassigned notes; a note that fits nowhere stays out.
 * Deterministic: the same input gives the same output.
 */
export function suggestThemes(_notes: readonly ClusterNote[], _themes: readonly ClusterTheme[]): ThemeSuggestion[] {
  throw new Error('todo');
}
