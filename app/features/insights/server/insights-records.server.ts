// Shared reads of the insights operations: the organisation's insights with every text they show
// passed through the privacy guard, and the literal quotes they may show traced back to finalised
// minutes. Not for routes or other features.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { actionUpdates, actions, agendaItems, meetings, minuteNotes, minutes, teams, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers, knownIdentifiersPerTrajectory } from '#app/privacy/known-identifiers.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { z } from 'zod';
import { type Insight, type InsightAction, OPEN_STATUSES, themeKey } from '../domain/library';
import type { CarryOver } from '../domain/next-trajectory';
import { notFound } from '#app/utils/http.server';

type Reader = Db | Tx;

/** Where a quote stands in the finalised minutes. */
export type QuoteSource = { trajectoryId: string; minuteNoteId: string; quoteIndex: number; quote: string };

/** An insight, with every quote of it that may be shown and where it stands in the minutes. */
export type InsightRecord = Insight & { quotes: QuoteSource[] };

const uuid = z.uuid();
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success;

/** Every literal quote of the organisation's finalised minutes, by its words; notes whose parent withdrew consent are left out. */
async function finalisedQuotes(reader: Reader, orgId: string): Promise<Map<string, QuoteSource[]>> {
  const rows = await reader
    .select({ id: minuteNotes.id, trajectoryId: minuteNotes.trajectoryId, quotes: minuteNotes.quotes })
    .from(minuteNotes)
    .innerJoin(minutes, and(eq(minutes.trajectoryId, minuteNotes.trajectoryId), eq(minutes.orgId, orgId), eq(minutes.status, 'finalised')))
    .where(inOrg(minuteNotes, orgId, isNull(minuteNotes.consentWithdrawnAt)))
    .orderBy(asc(minuteNotes.createdAt), asc(minuteNotes.id));
  const byWords = new Map<string, QuoteSource[]>();
  for (const row of rows) {
    row.quotes.forEach((quote, quoteIndex) => {
      const key = quote.trim();
      if (key) byWords.set(key, [...(byWords.get(key) ?? []), { trajectoryId: row.trajectoryId, minuteNoteId: row.id, quoteIndex, quote }]);
    });
  }
  return byWords;
}

/**
 * The organisation's insights: agreed agenda items with their trajectory, team, date, quotes and
 * actions (oldest first). A quote counts only when its words stand in finalised minutes (of the
 * item's own trajectory; for a reflection session, of any trajectory) and the guard finds nothing
 * identifying in it; texts the guard flags are not shown (null).
 */
export async function readInsights(reader: Reader, orgId: string, only?: { trajectoryIds: readonly string[] }): Promise<InsightRecord[]> {
  if (only && only.trajectoryIds.length === 0) return [];
  // One query after the other: the reader may be a transaction, which has one connection.
  const items = await reader
    .select({
      id: agendaItems.id,
      title: agendaItems.title,
      plainText: agendaItems.plainText,
      themeName: agendaItems.themeName,
      sharedTheme: agendaItems.sharedTheme,
      quotes: agendaItems.quotes,
      createdAt: agendaItems.createdAt,
      trajectoryId: trajectories.id,
      trajectoryTitle: trajectories.title,
      trajectoryKind: trajectories.kind,
      teamId: teams.id,
      teamName: teams.name,
      teamKind: teams.kind,
    })
    .from(agendaItems)
    .innerJoin(trajectories, and(eq(trajectories.id, agendaItems.trajectoryId), eq(trajectories.orgId, orgId)))
    .leftJoin(teams, and(eq(teams.id, trajectories.teamId), eq(teams.orgId, orgId)))
    .where(inOrg(agendaItems, orgId, eq(agendaItems.status, 'agreed'), only ? inArray(agendaItems.trajectoryId, [...only.trajectoryIds]) : undefined))
    .orderBy(asc(agendaItems.createdAt), asc(agendaItems.id));
  if (items.length === 0) return [];
  const trajectoryIds = [...new Set(items.map((i) => i.trajectoryId))];
  const mirrorRows = await reader
    .select({ trajectoryId: meetings.trajectoryId, date: meetings.date })
    .from(meetings)
    .where(inOrg(meetings, orgId, eq(meetings.kind, 'mirror'), inArray(meetings.trajectoryId, trajectoryIds)));
  const mirrorDate = new Map(mirrorRows.map((m) => [m.trajectoryId, m.date]));
  const itemIds = items.map((i) => i.id);
  const actionRows = await reader
    .select({ id: actions.id, itemId: actions.agendaItemId, title: actions.title, status: actions.status, dueOn: actions.dueOn })
    .from(actions)
    .where(inOrg(actions, orgId, inArray(actions.agendaItemId, itemIds)))
    .orderBy(asc(actions.createdAt), asc(actions.id));
  const actionIds = actionRows.map((a) => a.id);
  const updateRows =
    actionIds.length === 0
      ? []
      : await reader
          .select({ actionId: actionUpdates.actionId, text: actionUpdates.text })
          .from(actionUpdates)
          .where(inOrg(actionUpdates, orgId, inArray(actionUpdates.actionId, actionIds)))
          .orderBy(desc(actionUpdates.createdAt), desc(actionUpdates.id));
  const latest = new Map<string, string>();
  for (const update of updateRows) if (!latest.has(update.actionId)) latest.set(update.actionId, update.text);
  const quotes = await finalisedQuotes(reader, orgId);
  // A reflection session's quotes come from other trajectories: those are checked against the whole organisation's names.
  const [known, everyone] = await Promise.all([knownIdentifiersPerTrajectory(reader, orgId), knownIdentifiers(reader, orgId)]);
  const identifiersFor = (trajectoryId: string) => known.get(trajectoryId) ?? everyone;
  const shown = (text: string, trajectoryId: string) => {
    const trimmed = text.trim();
    return trimmed && !looksIdentifying(trimmed, identifiersFor(trajectoryId)) ? trimmed : null;
  };

  return items.map((item): InsightRecord => {
    const reflection = item.trajectoryKind === 'reflection';
    // For a reflection session the guard knows the names of every trajectory's parents.
    const own = reflection ? '' : item.trajectoryId;
    const itemActions: InsightAction[] = actionRows
      .filter((a) => a.itemId === item.id)
      .map((a) => ({ id: a.id, title: shown(a.title, own), status: a.status, dueOn: a.dueOn, outcome: shown(latest.get(a.id) ?? '', own) }));
    const sources = item.quotes.flatMap((words) => {
      const found = (quotes.get(words.trim()) ?? []).filter((s) => reflection || s.trajectoryId === item.trajectoryId);
      const source = found.find((s) => !looksIdentifying(s.quote, identifiersFor(s.trajectoryId)));
      return source ? [source] : [];
    });
    return {
      id: item.id,
      text: shown(item.plainText || item.title, own),
      themeName: item.themeName,
      sharedTheme: item.sharedTheme,
      trajectory: { id: item.trajectoryId, title: item.trajectoryTitle, kind: item.trajectoryKind },
      team: item.teamId && item.teamName && item.teamKind ? { id: item.teamId, name: item.teamName, kind: item.teamKind } : null,
      date: mirrorDate.get(item.trajectoryId) ?? todayInAmsterdam(item.createdAt),
      quote: sources[0]?.quote.trim() ?? null,
      quotes: sources,
      actions: itemActions,
    };
  });
}

/** What a next trajectory can carry over from an earlier one: its themes and open actions; 404 outside the organisation. */
export async function readCarryOver(database: Reader, orgId: string, trajectoryId: string): Promise<CarryOver> {
  if (!isUuid(trajectoryId)) notFound();
  const [previous] = await database
    .select({ id: trajectories.id, title: trajectories.title, teamId: trajectories.teamId, variant: trajectories.variant })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, and(eq(trajectories.id, trajectoryId), eq(trajectories.kind, 'trajectory'))));
  if (!previous) notFound();
  const items = await database
    .select({ themeName: agendaItems.themeName, sharedTheme: agendaItems.sharedTheme })
    .from(agendaItems)
    .where(inOrg(agendaItems, orgId, and(eq(agendaItems.trajectoryId, trajectoryId), eq(agendaItems.status, 'agreed'))))
    .orderBy(asc(agendaItems.position), asc(agendaItems.rank));
  const open = await database
    .select({ id: actions.id, title: actions.title, status: actions.status })
    .from(actions)
    .where(inOrg(actions, orgId, and(eq(actions.trajectoryId, trajectoryId), inArray(actions.status, [...OPEN_STATUSES]))))
    .orderBy(desc(actions.updatedAt), asc(actions.id));
  const known = await knownIdentifiers(database, orgId, trajectoryId);
  const themes = new Map<string, string>();
  for (const item of items) {
    const theme = (item.sharedTheme || item.themeName).trim();
    if (theme && !themes.has(themeKey(theme)) && !looksIdentifying(theme, known)) themes.set(themeKey(theme), theme);
  }
  return {
    previous,
    themes: [...themes.values()],
    actions: open.filter((a) => !looksIdentifying(a.title, known)).map((a) => ({ id: a.id, title: a.title.trim(), status: a.status })),
  };
}
