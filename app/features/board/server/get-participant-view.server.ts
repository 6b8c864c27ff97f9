import { sql } from 'drizzle-orm';
import { db, type Tx } from '#app/db/client.server';
import { type OwnParts, personalise } from '../domain/live';
import type { BoardView } from '../domain/types';
import { type DeviceMember, isUuid, requireBoard } from './board-records.server';
import { buildView } from './board-view-records.server';
import { cachedSharedView, rememberSharedView } from './shared-view-records.server';

/**
 * What a phone shows: authorised by its device token, so it takes the member that token was looked
 * up to. The board's shared part comes from this instance's copy at the board's version when it
 * has one (decision 0011); the phone's own parts are read for it, in the same snapshot.
 */
export async function getParticipantView({ orgId, boardId, memberId }: DeviceMember): Promise<BoardView> {
  return (await db()).transaction(
    async (tx) => {
      const board = await requireBoard(tx, { orgId, boardId });
      const own = await ownParts(tx, { orgId, boardId, memberId });
      // Before the reveal a phone sees its own ideas, with their tallies: the full read.
      if (!board.ideasRevealed && own.ideaIds.length > 0) return buildView(tx, { orgId, boardId, audience: 'participant', memberId });
      const shared = cachedSharedView(board) ?? rememberSharedView(orgId, await buildView(tx, { orgId, boardId, audience: 'participant', memberId: null }));
      return personalise(shared, own);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The phone's own notes, ideas, dots and pledges on this board, in one statement. */
async function ownParts(tx: Tx, { orgId, boardId, memberId }: DeviceMember): Promise<OwnParts> {
  if (!isUuid(memberId)) return { noteIds: [], waitingNotes: [], ideaIds: [], votes: [], dots: [], pledges: [] };
  const result = await tx.execute(sql`
    SELECT
      (SELECT coalesce(json_agg(id), '[]') FROM board_notes WHERE org_id = ${orgId} AND board_id = ${boardId} AND member_id = ${memberId}) AS "noteIds",
      (SELECT coalesce(json_agg(json_build_object('id', n.id, 'column', n."column", 'text', n.text, 'themeId', n.theme_id, 'onBehalf', n.on_behalf,
           'interpretation', n.interpretation, 'interpretationComment', n.interpretation_comment,
           'quotes', (SELECT coalesce(json_agg(json_build_object('minuteNoteId', q.minute_note_id, 'quoteIndex', q.quote_index, 'quote', q.quote) ORDER BY q.created_at), '[]')
                      FROM board_note_quotes q WHERE q.org_id = ${orgId} AND q.note_id = n.id)) ORDER BY n.created_at, n.id), '[]')
         FROM board_notes n
         WHERE n.org_id = ${orgId} AND n.board_id = ${boardId} AND n.member_id = ${memberId} AND n.shown_at IS NULL AND n.hidden_at IS NULL) AS "waitingNotes",
      (SELECT coalesce(json_agg(id), '[]') FROM board_ideas WHERE org_id = ${orgId} AND board_id = ${boardId} AND member_id = ${memberId}) AS "ideaIds",
      (SELECT coalesce(json_agg(json_build_object('ideaId', idea_id, 'criterion', criterion, 'dots', dots)), '[]')
         FROM board_votes WHERE org_id = ${orgId} AND member_id = ${memberId}) AS votes,
      (SELECT coalesce(json_agg(json_build_object('criterion', criterion, 'used', used, 'budget', budget)), '[]')
         FROM board_dots WHERE org_id = ${orgId} AND member_id = ${memberId}) AS dots,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'text', text) ORDER BY created_at, id), '[]')
         FROM board_pledges WHERE org_id = ${orgId} AND board_id = ${boardId} AND member_id = ${memberId}) AS pledges`);
  // Both drivers answer raw SQL with { rows }; json columns arrive parsed.
  return (result as unknown as { rows: OwnParts[] }).rows[0]!;
}
