// Filing agreed items of different trajectories under shared themes, with the follow-up board's own
// theme engine (suggestThemes in board/domain/cluster.ts): items are its notes, the shared themes
// in use are its themes. Pure: the server passes the engine's answer back in.
import { themeKey } from './library';

export type ThemedItem = { id: string; themeName: string; title: string; plainText: string; sharedTheme: string };

/** What the engine takes: an item is a note, grouped when it has a shared theme; a shared theme is a theme (its key is its id). */
export type EngineInput = {
  notes: { id: string; text: string; themeId: string | null }[];
  themes: { id: string; name: string }[];
};

/** What the engine answers: unassigned notes that belong to an existing theme (themeId) or together under a new name. */
export type EngineSuggestion = { themeId: string | null; name: string; noteIds: readonly string[] };

/** The words the engine compares: the board's theme, the item's title and its plain-language text. */
export const itemText = (item: Pick<ThemedItem, 'themeName' | 'title' | 'plainText'>) =>
  [item.themeName, item.title, item.plainText]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('. ');

export function engineInput(items: readonly ThemedItem[]): EngineInput {
  const themes = new Map<string, string>();
  for (const item of items) {
    const key = themeKey(item.sharedTheme);
    if (key && !themes.has(key)) themes.set(key, item.sharedTheme.trim().replace(/\s+/g, ' '));
  }
  return {
    notes: items.map((item) => ({ id: item.id, text: itemText(item), themeId: themeKey(item.sharedTheme) || null })),
    themes: [...themes.entries()].map(([id, name]) => ({ id, name })),
  };
}

/**
 * The shared theme to give each item that has none yet: the theme the engine suggests it joins, or
 * the name it proposes for a new group. Items that already have a shared theme (set by a person or
 * matched before) are never in the answer, and an item the engine leaves out stays "Nog niet ingedeeld".
 */
export function assignments(items: readonly ThemedItem[], input: EngineInput, suggestions: readonly EngineSuggestion[]): Map<string, string> {
  const open = new Set(items.filter((i) => !themeKey(i.sharedTheme)).map((i) => i.id));
  const themeNames = new Map(input.themes.map((t) => [t.id, t.name]));
  const result = new Map<string, string>();
  for (const suggestion of suggestions) {
    const name = (suggestion.themeId !== null ? themeNames.get(suggestion.themeId) : suggestion.name)?.trim() ?? '';
    if (!name) continue;
    for (const id of suggestion.noteIds) if (open.has(id) && !result.has(id)) result.set(id, name.slice(0, SHARED_THEME_MAX));
  }
  return result;
}

/** As long as a theme on the board may be. */
export const SHARED_THEME_MAX = 80;
