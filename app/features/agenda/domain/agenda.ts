// The parents' agenda (S8a): the order of its items, what merging, splitting and removing do,
// and when it is ready to share. Pure: the operations read the rows and write what these return.
import { moveInOrder, positionsFor } from '#app/features/questions/domain/ordering';

export type Position = { id: string; position: number };
type Ordered = { id: string; position: number; createdAt: Date | string };
type Drafted = { id: string; rank: number; dots: number; title: string };

const time = (value: Date | string) => new Date(value).getTime();

/** The items on the agenda as the parents read them: by position, then by age (and id, so the order is total). */
export function inAgendaOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position || time(a.createdAt) - time(b.createdAt) || a.id.localeCompare(b.id));
}

/** The board's draft as it was ranked: best first; ties by dots, then by title. */
export function inDraftOrder<T extends Drafted>(drafts: readonly T[]): T[] {
  return [...drafts].sort((a, b) => a.rank - b.rank || b.dots - a.dots || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id));
}

/** Adopted drafts come after what is already on the agenda, in the draft's order. */
export function planAdopt(agendaIds: readonly string[], draftIds: readonly string[]): Position[] {
  return positionsFor([...agendaIds, ...draftIds.filter((id) => !agendaIds.includes(id))]);
}

/** One place up or down; positions stay 1..n. */
export function planMove(agendaIds: readonly string[], id: string, direction: 'up' | 'down'): Position[] {
  return positionsFor(moveInOrder(agendaIds, id, direction));
}

/** An item leaves the agenda; the others close up. */
export function planRemove(agendaIds: readonly string[], id: string): Position[] {
  return positionsFor(agendaIds.filter((other) => other !== id));
}

/** Both lists in order, each text once (trimmed, empty ones left out). */
export function unite(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of [...first, ...second].map((s) => s.trim())) if (text && !out.includes(text)) out.push(text);
  return out;
}

/** Two texts as one, separated by an empty line; an empty one adds nothing. */
export function joinTexts(first: string, second: string): string {
  return unite([first], [second]).join('\n\n');
}

export type MergeSource = { id: string; plainText: string; notes: readonly string[]; quotes: readonly string[]; dots: number; themeName: string };

export type MergePlan =
  | { ok: false; reason: 'same' }
  | {
      ok: true;
      /** What the first (kept) item becomes: both texts, all notes and quotes, the dots of both. */
      kept: { plainText: string; notes: string[]; quotes: string[]; dots: number; themeName: string };
      /** The agenda without the second item, closed up. */
      positions: Position[];
    };

/** Merging `second` into `first`: the first keeps its title and place and takes everything of the second. */
export function planMerge(agendaIds: readonly string[], first: MergeSource, second: MergeSource): MergePlan {
  if (first.id === second.id) return { ok: false, reason: 'same' };
  return {
    ok: true,
    kept: {
      plainText: joinTexts(first.plainText, second.plainText),
      notes: unite(first.notes, second.notes),
      quotes: unite(first.quotes, second.quotes),
      dots: first.dots + second.dots,
      themeName: unite([first.themeName], [second.themeName]).join(' / '),
    },
    positions: planRemove(agendaIds, second.id),
  };
}

/** Per language, the translations of both items as one text. */
export function mergeTranslations(first: Readonly<Record<string, string>>, second: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of new Set([...Object.keys(first), ...Object.keys(second)])) {
    const text = joinTexts(first[language] ?? '', second[language] ?? '');
    if (text) out[language] = text;
  }
  return out;
}

export type SplitPlan =
  { ok: false; reason: 'quoteLost' | 'unknownQuote' } | { ok: true; firstQuotes: string[]; secondQuotes: string[]; positions: Position[] };

/**
 * Splitting an item in two: the first part stays in its place, the second comes right after it.
 * Each quote goes with one part or both; none may be lost (dropping a quote is an edit of its own).
 */
export function planSplit(
  agendaIds: readonly string[],
  itemId: string,
  newId: string,
  quotes: readonly string[],
  chosen: { first: readonly string[]; second: readonly string[] },
): SplitPlan {
  const known = new Set(quotes);
  if ([...chosen.first, ...chosen.second].some((q) => !known.has(q))) return { ok: false, reason: 'unknownQuote' };
  const firstQuotes = quotes.filter((q) => chosen.first.includes(q));
  const secondQuotes = quotes.filter((q) => chosen.second.includes(q));
  if (quotes.some((q) => !firstQuotes.includes(q) && !secondQuotes.includes(q))) return { ok: false, reason: 'quoteLost' };
  const order = agendaIds.flatMap((id) => (id === itemId ? [id, newId] : [id]));
  return { ok: true, firstQuotes, secondQuotes, positions: positionsFor(order) };
}

/** Which quotes an edit takes away and which it adds. */
export function quoteChanges(before: readonly string[], after: readonly string[]) {
  return { removed: before.filter((q) => !after.includes(q)), added: after.filter((q) => !before.includes(q)) };
}

export type ShareReadiness = { ready: true } | { ready: false; problem: 'empty' } | { ready: false; problem: 'missingPlainText'; count: number };

/** The agenda can go to the parents when it has items and each has a text in plain language. */
export function shareReadiness(items: readonly { plainText: string }[]): ShareReadiness {
  if (items.length === 0) return { ready: false, problem: 'empty' };
  const count = items.filter((item) => !item.plainText.trim()).length;
  return count > 0 ? { ready: false, problem: 'missingPlainText', count } : { ready: true };
}

/** Per chosen language, how many items still have no translation. */
export function missingTranslations(
  itemIds: readonly string[],
  languages: readonly string[],
  translations: readonly { itemId: string; language: string; text: string }[],
): { language: string; missing: number }[] {
  const done = new Set(translations.filter((t) => t.text.trim()).map((t) => `${t.itemId}\u0000${t.language}`));
  return languages.map((language) => ({ language, missing: itemIds.filter((id) => !done.has(`${id}\u0000${language}`)).length }));
}
