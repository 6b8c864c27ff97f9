import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { boardNotes, boards, minuteNotes } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { replaceSpan } from '../domain/report-guard';
import type { ReplaceLeakInput } from '../forms';

// Shared by the two one-click replacements (minutes notes, board notes): the span replaced only while the guard still flags it.
export type ReplaceScope = TrajectoryScope & ReplaceLeakInput;
type Scope = ReplaceScope;

/** The span replaced in the text, when the guard still flags exactly that span; a RuleError otherwise. */
async function replaced(tx: Tx, scope: Scope, text: string | undefined): Promise<string> {
  if (text === undefined) notFound();
  const known = await knownIdentifiers(tx, scope.orgId, scope.trajectoryId);
  const finding = findIdentifying(text, known).find((f) => f.start === scope.start && f.end === scope.end);
  if (!finding) throw new RuleError('reports.placeChanged');
  return replaceSpan(text, finding);
}

export async function inMinuteNote(tx: Tx, scope: Scope) {
  const where = inOrg(minuteNotes, scope.orgId, and(eq(minuteNotes.id, scope.noteId), eq(minuteNotes.trajectoryId, scope.trajectoryId)));
  const [note] = await tx.select({ summary: minuteNotes.summary, quotes: minuteNotes.quotes }).from(minuteNotes).where(where).for('update');
  if (!note) notFound();
  const next = await replaced(tx, scope, scope.field === 'quote' ? note.quotes[scope.index] : note.summary);
  const change = scope.field === 'quote' ? { quotes: note.quotes.map((q, i) => (i === scope.index ? next : q)) } : { summary: next };
  await tx
    .update(minuteNotes)
    .set({ ...change, updatedAt: sql`now()` })
    .where(where);
  await publish(tx, { orgId: scope.orgId, channel: channelFor(scope.trajectoryId, 'minutes'), kind: 'note-updated', payload: { id: scope.noteId } });
}

export async function inBoardNote(tx: Tx, scope: Scope) {
  const [note] = await tx
    .select({ id: boardNotes.id, text: boardNotes.text })
    .from(boardNotes)
    .innerJoin(boards, eq(boards.id, boardNotes.boardId))
    .where(inOrg(boardNotes, scope.orgId, and(eq(boardNotes.id, scope.noteId), eq(boards.trajectoryId, scope.trajectoryId))))
    .for('update');
  if (!note) notFound();
  await tx
    .update(boardNotes)
    .set({ text: await replaced(tx, scope, note.text) })
    .where(inOrg(boardNotes, scope.orgId, eq(boardNotes.id, note.id)));
}
