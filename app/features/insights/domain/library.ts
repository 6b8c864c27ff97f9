// The insights library (S8c): what an organisation learned across its trajectories. An insight is
// an agreed agenda item with the parents' words it came from and the actions it led to. Pure:
// filters and grouping only; the server reads the rows and guards every text before they get here.
import type { ActionStatus } from '#app/db/schema';

export { ACTION_STATUSES, type ActionStatus } from '#app/db/schema';
/** Still to do: counts as overdue after its due date, and can be carried into a next trajectory. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['idea', 'planned', 'running'];
export const isOpen = (status: ActionStatus) => OPEN_STATUSES.includes(status);

/** The theme filter's value for insights without a shared theme ("Nog niet ingedeeld"). */
export const UNASSIGNED = '-';
/** The status filter's value for insights that led to no action yet. */
export const NO_ACTION = 'none';

export type InsightAction = {
  id: string;
  /** null when the privacy guard flagged it (then it is not shown). */
  title: string | null;
  status: ActionStatus;
  dueOn: string | null;
  /** The latest update's text; null when there is none, or when the privacy guard flagged it. */
  outcome: string | null;
};

export type Insight = {
  id: string;
  /** What was agreed, in plain words; null when the privacy guard flagged it (then it is not shown). */
  text: string | null;
  /** The theme the item had on the follow-up board of its own trajectory. */
  themeName: string;
  /** The theme the library files it under across trajectories; '' until matched or set by a person. */
  sharedTheme: string;
  trajectory: { id: string; title: string; kind: 'trajectory' | 'reflection' };
  team: { id: string; name: string; kind: 'team' | 'neighbourhood' } | null;
  /** The day it belongs to: its trajectory's mirror meeting, or else the day the item was made (YYYY-MM-DD). */
  date: string;
  /** One literal quote from the finalised minutes that the guard let through; null when there is none. */
  quote: string | null;
  actions: InsightAction[];
};

export type LibraryFilters = {
  /** A shared theme, UNASSIGNED, or '' for all. */
  theme: string;
  /** A team or neighbourhood id, or '' for all. */
  team: string;
  /** YYYY-MM-DD or ''; both ends count. */
  from: string;
  to: string;
  /** An action status, NO_ACTION, or '' for all. */
  status: ActionStatus | typeof NO_ACTION | '';
};

export const NO_FILTERS: LibraryFilters = { theme: '', team: '', from: '', to: '', status: '' };

/** Themes typed by different people count as one when they differ only in case and spaces. */
export function themeKey(theme: string): string {
  return theme.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');
}

export function matchesFilters(insight: Insight, filters: LibraryFilters): boolean {
  if (filters.theme === UNASSIGNED ? themeKey(insight.sharedTheme) !== '' : filters.theme && themeKey(insight.sharedTheme) !== themeKey(filters.theme))
    return false;
  if (filters.team && insight.team?.id !== filters.team) return false;
  if (filters.from && insight.date < filters.from) return false;
  if (filters.to && insight.date > filters.to) return false;
  if (filters.status === NO_ACTION) return insight.actions.length === 0;
  if (filters.status && !insight.actions.some((a) => a.status === filters.status)) return false;
  return true;
}

export const filterInsights = (insights: readonly Insight[], filters: LibraryFilters) => insights.filter((i) => matchesFilters(i, filters));

export type InsightGroup = {
  /** The shared theme as shown (its most used spelling); '' for "Nog niet ingedeeld". */
  theme: string;
  insights: Insight[];
};

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** The most used spelling of each shared theme, alphabetically (the spelling that sorts first wins a tie). */
export function sharedThemes(insights: readonly Insight[]): string[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const insight of insights) {
    const key = themeKey(insight.sharedTheme);
    if (!key) continue;
    const shown = insight.sharedTheme.trim().replace(/\s+/g, ' ');
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(shown, (forms.get(shown) ?? 0) + 1);
    spellings.set(key, forms);
  }
  return [...spellings.values()]
    .map((forms) => [...forms.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0])
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1));
}

/**
 * Insights under their shared theme, themes alphabetically and "Nog niet ingedeeld" last; within a
 * theme the newest first, so the same theme from different trajectories and teams sits together.
 */
export function groupByTheme(insights: readonly Insight[]): InsightGroup[] {
  const groups = new Map<string, InsightGroup>(sharedThemes(insights).map((theme) => [themeKey(theme), { theme, insights: [] }]));
  const unassigned: InsightGroup = { theme: '', insights: [] };
  for (const insight of insights) (groups.get(themeKey(insight.sharedTheme)) ?? unassigned).insights.push(insight);
  const newestFirst = (a: Insight, b: Insight) => (a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1);
  return [...groups.values(), unassigned].filter((g) => g.insights.length > 0).map((g) => ({ ...g, insights: [...g.insights].sort(newestFirst) }));
}
