import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { publishBoard } from '#app/features/board/server/board-records.server';
import { actions, agendaItemReasons, agendaItems, boardNotes, boards, boardThemes, minuteNotes } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { reasonText } from '#app/features/agenda/domain/history';
import { findIdentifying, type FindingKind } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { replaceSpan } from '../domain/report-guard';
import type { ReplaceLeakInput } from '../forms';
import { reportT } from './reports-records.server';

// Shared by the one-click replacements (minutes notes, the board's notes and themes, agenda items,
// actions): the span replaced only while the guard still flags it, so nothing else is ever touched.
export type ReplaceScope = TrajectoryScope & ReplaceLeakInput;
type Scope = ReplaceScope;

/** The span replaced in the text, when the guard still flags exactly that span; a RuleError otherwise. */
async function replaced(tx: Tx, scope: Scope, text: string | undefined): Promise<{ text: string; kind: FindingKind }> {
  if (text === undefined) notFound();
  const known = await knownIdentifiers(tx, scope.orgId, scope.trajectoryId);
  const finding = findIdentifying(text, known).find((f) => f.start === scope.start && f.end === scope.end);
  if (!finding) throw new RuleError('reports.placeChanged');
  return { text: replaceSpan(text, finding), kind: finding.kind };
}

export async function inMinuteNote(tx: Tx, scope: Scope) {
  if (scope.field !== 'summary' && scope.field !== 'quote') notFound();
  const where = inOrg(minuteNotes, scope.orgId, and(eq(minuteNotes.id, scope.recordId), eq(minuteNotes.trajectoryId, scope.trajectoryId)));
  const [note] = await tx.select({ summary: minuteNotes.summary, quotes: minuteNotes.quotes }).from(minuteNotes).where(where).for('update');
  if (!note) notFound();
  const { text: next } = await replaced(tx, scope, scope.field === 'quote' ? note.quotes[scope.index] : note.summary);
  const change = scope.field === 'quote' ? { quotes: note.quotes.map((q, i) => (i === scope.index ? next : q)) } : { summary: next };
  await tx
    .update(minuteNotes)
    .set({ ...change, updatedAt: sql`now()` })
    .where(where);
  await publish(tx, { orgId: scope.orgId, channel: channelFor(scope.trajectoryId, 'minutes'), kind: 'note-updated', payload: { id: scope.recordId } });
}

export async function inBoardNote(tx: Tx, scope: Scope) {
  if (scope.field !== 'text') notFound();
  const [note] = await tx
    .select({ id: boardNotes.id, text: boardNotes.text, boardId: boards.id })
    .from(boardNotes)
    .innerJoin(boards, eq(boards.id, boardNotes.boardId))
    .where(inOrg(boardNotes, scope.orgId, and(eq(boardNotes.id, scope.recordId), eq(boards.trajectoryId, scope.trajectoryId))))
    .for('update');
  if (!note) notFound();
  const { text } = await replaced(tx, scope, note.text);
  await tx
    .update(boardNotes)
    .set({ text })
    .where(inOrg(boardNotes, scope.orgId, eq(boardNotes.id, note.id)));
  // The phones and the board's shared copies read the board again.
  await publishBoard(tx, scope.orgId, note.boardId, 'note');
}

export async function inBoardTheme(tx: Tx, scope: Scope) {
  if (scope.field !== 'name') notFound();
  const [theme] = await tx
    .select({ id: boardThemes.id, name: boardThemes.name, boardId: boards.id })
    .from(boardThemes)
    .innerJoin(boards, eq(boards.id, boardThemes.boardId))
    .where(inOrg(boardThemes, scope.orgId, and(eq(boardThemes.id, scope.recordId), eq(boards.trajectoryId, scope.trajectoryId))))
    .for('update');
  if (!theme) notFound();
  const { text } = await replaced(tx, scope, theme.name);
  await tx
    .update(boardThemes)
    .set({ name: text })
    .where(inOrg(boardThemes, scope.orgId, eq(boardThemes.id, theme.id)));
  await publishBoard(tx, scope.orgId, theme.boardId, 'theme');
}

const AGENDA_FIELDS = { title: 'title', plainText: 'plainText', themeName: 'themeName', quote: 'quote' } as const;

/** In an agenda item (draft or agreed): the change goes into the item's history with an automatic reason, as every agenda change does. */
export async function inAgendaItem(tx: Tx, scope: Scope) {
  const field = AGENDA_FIELDS[scope.field as keyof typeof AGENDA_FIELDS];
  if (!field) notFound();
  const where = inOrg(agendaItems, scope.orgId, and(eq(agendaItems.id, scope.recordId), eq(agendaItems.trajectoryId, scope.trajectoryId)));
  const [item] = await tx
    .select({ title: agendaItems.title, plainText: agendaItems.plainText, themeName: agendaItems.themeName, quotes: agendaItems.quotes })
    .from(agendaItems)
    .where(where)
    .for('update');
  if (!item) notFound();
  const { text, kind } = await replaced(tx, scope, field === 'quote' ? item.quotes[scope.index] : item[field]);
  const change = field === 'quote' ? { quotes: item.quotes.map((q, i) => (i === scope.index ? text : q)) } : { [field]: text };
  await tx
    .update(agendaItems)
    .set({ ...change, updatedAt: new Date() })
    .where(where);
  // The history is written in Dutch, like the agenda's own entries.
  const reason = reasonText(reportT, { kind: 'privacy', field }, reportT(`reports.privacyReason_${kind}`));
  await tx.insert(agendaItemReasons).values({ orgId: scope.orgId, itemId: scope.recordId, text: reason, authorId: scope.actor.userId });
}

export async function inAction(tx: Tx, scope: Scope) {
  if (scope.field !== 'title') notFound();
  const where = inOrg(actions, scope.orgId, and(eq(actions.id, scope.recordId), eq(actions.trajectoryId, scope.trajectoryId)));
  const [action] = await tx.select({ title: actions.title }).from(actions).where(where).for('update');
  if (!action) notFound();
  const { text } = await replaced(tx, scope, action.title);
  await tx.update(actions).set({ title: text, updatedAt: new Date() }).where(where);
}
