import { randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db, type Tx } from '#app/db/client.server';
import { boardNoteQuotes, boardNotes, boards, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { newJoinCode } from '#app/features/board/domain/join-code';
import { looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { variantDefaults } from '#app/features/trajectory/domain/variants';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { newToken } from '#app/utils/tokens.server';
import { reflectionNote } from '../domain/reflection';
import { isUuid, readInsights } from './insights-records.server';
import { once } from '#app/utils/submissions.server';

/**
 * Starts an organisation-wide reflection session (care-organisation variant): a trajectory of its
 * own kind, led by the person who starts it, with its follow-up board open. The board's notes are
 * the insights of the chosen trajectories (one note each), linked to the parents' literal quotes in
 * the finalised minutes they came from. All in one transaction, once per submission key.
 */
export async function createReflection({ orgId, actor, title, trajectoryIds }: OrgScope & { title: string; trajectoryIds: readonly string[] }) {
  authorize({ actor }, 'org.reflect');
  const ids = [...new Set(trajectoryIds)];
  if (!ids.every(isUuid)) notFound();
  if (ids.length < 2) throw new RuleError('insights.reflectionChooseTwo', 'trajectoryIds');
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'insights.createReflection', async () => {
      const chosen = await tx
        .select({ id: trajectories.id })
        .from(trajectories)
        .where(inOrg(trajectories, orgId, and(inArray(trajectories.id, ids), eq(trajectories.kind, 'trajectory'))));
      if (chosen.length !== ids.length) notFound();
      const notes = (await readInsights(tx, orgId, { trajectoryIds: ids })).flatMap((insight) => {
        if (insight.text === null) return [];
        const text = reflectionNote({ themeName: insight.themeName, text: insight.text, source: insight.team?.name ?? insight.trajectory.title });
        return looksIdentifying(text) ? [] : [{ text, quotes: insight.quotes }];
      });
      if (notes.length === 0) throw new RuleError('insights.reflectionNoInsights', 'trajectoryIds');

      // The care variant's targets; the rest of its defaults are advice, not columns.
      const { outerCircleRound: _round, suggestedPrepMeetings: _meetings, ...targets } = variantDefaults('care');
      const [created] = await tx
        .insert(trajectories)
        .values({
          orgId,
          title: title.trim(),
          variant: 'care',
          kind: 'reflection',
          ...targets,
          createdBy: actor.userId,
        })
        .returning({ id: trajectories.id });
      const trajectoryId = created!.id;
      await tx.insert(trajectoryRoles).values({ orgId, trajectoryId, userId: actor.userId, role: 'lead' });
      const boardId = await insertBoard(tx, orgId, trajectoryId, actor.userId);
      // Written for the room by the facilitator, as the board's notes of what was heard.
      const keyed = notes.map((note) => ({ ...note, key: newToken() }));
      const inserted = await tx
        .insert(boardNotes)
        .values(keyed.map((note) => ({ orgId, boardId, column: 'difficult' as const, text: note.text, onBehalf: true, idempotencyKey: note.key })))
        .returning({ id: boardNotes.id, key: boardNotes.idempotencyKey });
      const noteId = new Map(inserted.map((row) => [row.key, row.id]));
      const links = keyed.flatMap((note) =>
        note.quotes.map((q) => ({
          orgId,
          noteId: noteId.get(note.key)!,
          minuteNoteId: q.minuteNoteId,
          quoteIndex: q.quoteIndex,
          quote: q.quote,
          linkedBy: actor.userId,
        })),
      );
      if (links.length > 0) await tx.insert(boardNoteQuotes).values(links).onConflictDoNothing();
      return { id: trajectoryId, boardId, notes: notes.length };
    }),
  );
}

/**
 * The new trajectory's board, at "what did we hear": what was heard is already on it, so the session
 * starts by clustering (the facilitator can still go back to "what touched you"). A join code
 * another board has is skipped (no error, so the transaction goes on).
 */
async function insertBoard(tx: Tx, orgId: string, trajectoryId: string, userId: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const [board] = await tx
      .insert(boards)
      .values({ orgId, trajectoryId, joinCode: newJoinCode(randomInt), openedBy: userId, phase: 'heard' })
      .onConflictDoNothing()
      .returning({ id: boards.id });
    if (board) return board.id;
  }
  throw new Error('No free join code found');
}
