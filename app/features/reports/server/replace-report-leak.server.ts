import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { minuteNotes } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { replaceSpan } from '../domain/report-guard';
import type { ReplaceLeakInput } from '../forms';

/**
 * One click on a flagged place of a report: exactly that span of the stored note becomes "[naam]"
 * (or the placeholder of its kind), in one transaction. Refused when the guard no longer flags that
 * very span (someone changed the text meanwhile), so nothing else in the note is ever touched.
 */
export async function replaceReportLeak(scope: TrajectoryScope & ReplaceLeakInput): Promise<void> {
  authorize(scope, 'minutes.write');
  const { orgId, trajectoryId } = scope;
  await (
    await db()
  ).transaction(async (tx) => {
    const where = inOrg(minuteNotes, orgId, and(eq(minuteNotes.id, scope.noteId), eq(minuteNotes.trajectoryId, trajectoryId)));
    const [note] = await tx.select({ summary: minuteNotes.summary, quotes: minuteNotes.quotes }).from(minuteNotes).where(where).for('update');
    if (!note) notFound();
    const text = scope.field === 'summary' ? note.summary : note.quotes[scope.index];
    if (text === undefined) notFound();
    const finding = findIdentifying(text, await knownIdentifiers(tx, orgId, trajectoryId)).find((f) => f.start === scope.start && f.end === scope.end);
    if (!finding) throw new RuleError('reports.placeChanged');
    const replaced = replaceSpan(text, finding);
    const change = scope.field === 'summary' ? { summary: replaced } : { quotes: note.quotes.map((q, i) => (i === scope.index ? replaced : q)) };
    await tx
      .update(minuteNotes)
      .set({ ...change, updatedAt: sql`now()` })
      .where(where);
    await publish(tx, { orgId, channel: channelFor(trajectoryId, 'minutes'), kind: 'note-updated', payload: { id: scope.noteId } });
  });
}
