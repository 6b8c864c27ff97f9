// Figures for the theme-suggestion evaluation (npm run eval:themes): how far suggested groups agree
// with a labelled set (adjusted Rand index) and how many notes were left out.
import type { ThemeSuggestion } from './types';

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index of two labellings of the same items (Hubert & Arabie): 1 for the same
 * partition (whatever the label names), about 0 for a chance agreement, negative below chance.
 * When both partitions are trivial in the same way (all in one group, or all apart) it is 1.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new Error('adjustedRandIndex: labellings of different length');
  const n = a.length;
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const cell = `${a[i]}\u0000${b[i]}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    columns.set(b[i]!, (columns.get(b[i]!) ?? 0) + 1);
  }
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((total, count) => total + pairs(count), 0);
  const index = sum(cells);
  const [rowPairs, columnPairs] = [sum(rows), sum(columns)];
  const expected = n < 2 ? 0 : (rowPairs * columnPairs) / pairs(n);
  const max = (rowPairs + columnPairs) / 2;
  if (max === expected) return index === max ? 1 : 0;
  return (index - expected) / (max - expected);
}

export type EvalNote = { id: string; theme: string };

export type EvalFigures = {
  notes: number;
  /** Share of the notes that no suggestion holds (0..1). */
  unassigned: number;
  /** ARI over the notes that a suggestion holds only. */
  ariAssigned: number;
  /** ARI over all notes, each unassigned note counted as a group of its own. */
  ariAll: number;
  /** Number of suggested groups. */
  groups: number;
  /** Of the notes suggested for an existing theme: the share whose label is that theme (null when none were). */
  rightTheme: number | null;
};

/** Figures for suggestions made for `notes` (all unassigned at the start), against their labels. */
export function evaluate(notes: readonly EvalNote[], suggestions: readonly ThemeSuggestion[]): EvalFigures {
  const groupOf = new Map<string, string>();
  suggestions.forEach((s, i) => {
    for (const id of s.noteIds) groupOf.set(id, s.themeId ?? `new-${i}`);
  });
  const assigned = notes.filter((n) => groupOf.has(n.id));
  const toTheme = suggestions.filter((s) => s.themeId !== null).flatMap((s) => s.noteIds.map((id) => ({ id, themeId: s.themeId! })));
  const label = new Map(notes.map((n) => [n.id, n.theme]));
  return {
    notes: notes.length,
    unassigned: notes.length === 0 ? 0 : 1 - assigned.length / notes.length,
    ariAssigned: adjustedRandIndex(
      assigned.map((n) => n.theme),
      assigned.map((n) => groupOf.get(n.id)!),
    ),
    ariAll: adjustedRandIndex(
      notes.map((n) => n.theme),
      notes.map((n) => groupOf.get(n.id) ?? `alone-${n.id}`),
    ),
    groups: suggestions.length,
    rightTheme: toTheme.length === 0 ? null : toTheme.filter((t) => label.get(t.id) === t.themeId).length / toTheme.length,
  };
}
