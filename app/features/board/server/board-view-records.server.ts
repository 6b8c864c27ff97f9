// What one screen of the board shows (the phone, the facilitator's page, the projector), read by
// the operations that hand it out after their own check.
import { asc, count, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { db, type Tx } from '#app/db/client.server';
import { boardDots, boardIdeas, boardMembers, boardNoteQuotes, boardNotes, boardPledges, boardThemes, boardVotes, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { boardChannel } from '#app/realtime/channels';
import { notFound } from '#app/utils/http.server';
import { noteVisibleTo } from '../domain/moderation';
import { sumTally, type Tally } from '../domain/tally';
import type { Audience, BoardIdeaView, BoardNoteView, BoardView, VoteCriterion } from '../domain/types';
import { boardTallies, criteriaOf, isUuid, requireBoard } from './board-records.server';
import { rankBoard } from './closing-records.server';

/** Everything one screen shows, filtered for its audience (hidden ideas and tallies stay hidden), in its own snapshot. */
export async function loadBoardView({
  orgId,
  boardId,
  audience,
  memberId,
}: {
  orgId: string;
  boardId: string;
  audience: Audience;
  memberId: string | null;
}): Promise<BoardView> {
  // One read-only snapshot: ideas, tallies and dots left agree with each other.
  return (await db()).transaction((tx) => buildView(tx, { orgId, boardId, audience, memberId }), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

export async function buildView(
  tx: Tx,
  { orgId, boardId, audience, memberId }: { orgId: string; boardId: string; audience: Audience; memberId: string | null },
): Promise<BoardView> {
  const board = await requireBoard(tx, { orgId, boardId });
  // The projector is nobody: it never has a member, so nothing is "mine" there.
  const me = audience !== 'projector' && isUuid(memberId) ? memberId : null;
  const byBoard = (table: { orgId: PgColumn; boardId: PgColumn }) => inOrg(table, orgId, eq(table.boardId, boardId));

  const [trajectory] = await tx
    .select({ title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, board.trajectoryId)));
  if (!trajectory) notFound();
  const [members] = await tx.select({ n: count() }).from(boardMembers).where(byBoard(boardMembers));
  // In the order the room saw them; notes waiting for the facilitator last, in the order written.
  const notes = await tx
    .select()
    .from(boardNotes)
    .where(byBoard(boardNotes))
    .orderBy(sql`${boardNotes.shownAt} ASC NULLS LAST`, asc(boardNotes.createdAt), asc(boardNotes.id));
  const links = await tx
    .select({
      noteId: boardNoteQuotes.noteId,
      minuteNoteId: boardNoteQuotes.minuteNoteId,
      quoteIndex: boardNoteQuotes.quoteIndex,
      quote: boardNoteQuotes.quote,
    })
    .from(boardNoteQuotes)
    .innerJoin(boardNotes, eq(boardNotes.id, boardNoteQuotes.noteId))
    .where(inOrg(boardNoteQuotes, orgId, eq(boardNotes.boardId, boardId)))
    .orderBy(asc(boardNoteQuotes.createdAt));
  const themes = await tx.select().from(boardThemes).where(byBoard(boardThemes)).orderBy(asc(boardThemes.position), asc(boardThemes.createdAt));
  const ideas = await tx.select().from(boardIdeas).where(byBoard(boardIdeas)).orderBy(asc(boardIdeas.createdAt), asc(boardIdeas.id));
  const tallies = await boardTallies(tx, orgId, boardId);
  const myVotes = me
    ? await tx
        .select({ ideaId: boardVotes.ideaId, criterion: boardVotes.criterion, dots: boardVotes.dots })
        .from(boardVotes)
        .where(inOrg(boardVotes, orgId, eq(boardVotes.memberId, me)))
    : [];
  const myDots = me
    ? await tx
        .select({ criterion: boardDots.criterion, used: boardDots.used, budget: boardDots.budget })
        .from(boardDots)
        .where(inOrg(boardDots, orgId, eq(boardDots.memberId, me)))
    : [];
  const pledges = await tx
    .select({ id: boardPledges.id, text: boardPledges.text, memberId: boardPledges.memberId })
    .from(boardPledges)
    .where(byBoard(boardPledges))
    .orderBy(asc(boardPledges.createdAt), asc(boardPledges.id));

  const closed = board.phase === 'closed';
  const criteria = criteriaOf(board);
  const showTallies = audience === 'facilitator' || board.talliesLive || closed;

  // A hidden note is the facilitator's alone (dimmed there, to restore); phones and the projector never get it.
  // A waiting note is the facilitator's and its writer's (issue 14, 5e).
  const shownNotes = notes.filter((n) =>
    noteVisibleTo({ hidden: n.hiddenAt !== null, waiting: n.shownAt === null, mine: me !== null && n.memberId === me }, audience),
  );
  const noteViews: BoardNoteView[] = shownNotes.map((n) => ({
    id: n.id,
    column: n.column,
    text: n.text,
    themeId: n.themeId,
    onBehalf: n.onBehalf,
    interpretation: n.interpretation,
    interpretationComment: n.interpretationComment,
    quotes: links.filter((l) => l.noteId === n.id).map(({ minuteNoteId, quoteIndex, quote }) => ({ minuteNoteId, quoteIndex, quote })),
    mine: me !== null && n.memberId === me,
    hidden: n.hiddenAt !== null,
    waiting: n.shownAt === null,
  }));

  const visibleIdeas = ideas.filter((idea) => {
    if (audience === 'facilitator' || board.ideasRevealed) return true;
    return audience === 'participant' && me !== null && idea.memberId === me;
  });
  const ideaViews: BoardIdeaView[] = visibleIdeas.map((idea) => {
    const member = tallies.member.get(idea.id);
    const paper = tallies.paper.get(idea.id);
    const tally: Tally = {};
    for (const c of criteria) tally[c] = (member?.[c] ?? 0) + (paper?.[c] ?? 0);
    const mine: Tally = {};
    for (const v of myVotes) if (v.ideaId === idea.id) mine[v.criterion] = v.dots;
    return {
      id: idea.id,
      themeId: idea.themeId,
      text: idea.text,
      onBehalf: idea.onBehalf,
      mine: me !== null && idea.memberId === me,
      tally: showTallies ? tally : null,
      total: showTallies ? sumTally(member, paper) : null,
      paper: audience === 'facilitator' ? { ...paper } : {},
      myDots: mine,
    };
  });

  let dotsLeft: Partial<Record<VoteCriterion, number>> | null = null;
  if (me) {
    dotsLeft = {};
    for (const c of criteria) {
      const row = myDots.find((d) => d.criterion === c);
      dotsLeft[c] = row ? row.budget - row.used : board.dotsPerPerson;
    }
  }

  return {
    id: board.id,
    trajectoryId: board.trajectoryId,
    trajectoryTitle: trajectory.title,
    joinCode: board.joinCode,
    channel: boardChannel(board.id),
    version: board.version,
    phase: board.phase,
    ideasRevealed: board.ideasRevealed,
    moderated: board.moderateNotes,
    settings: { dotsPerPerson: board.dotsPerPerson, maxDotsPerIdea: board.maxDotsPerIdea, byCriteria: board.byCriteria, talliesLive: board.talliesLive },
    closed,
    memberCount: members?.n ?? 0,
    notes: noteViews,
    themes: themes.map(({ id, name, position }) => ({ id, name, position })),
    ideas: ideaViews,
    ideaCount: ideas.length,
    criteria,
    dotsLeft,
    // A participant sees only their own pledges; the room's screens show the texts, never who or an address.
    pledges: pledges
      .filter((p) => audience !== 'participant' || (me !== null && p.memberId === me))
      .map((p) => ({ id: p.id, text: p.text, mine: me !== null && p.memberId === me })),
    top: closed ? await rankBoard(tx, orgId, boardId) : null,
  };
}
