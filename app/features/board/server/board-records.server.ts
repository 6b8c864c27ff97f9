// Shared reads and checks for the board operations: every id is checked against the board and
// the organisation, so an id from another board or organisation is a 404.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '#app/db/client.server';
import { boardIdeas, boardMembers, boardNotes, boards, boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { boardChannel } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { BoardRuleError } from '../domain/errors';
import { type BoardAction, phaseAllows } from '../domain/phases';
import type { VoteCriterion } from '../domain/types';

export type Board = typeof boards.$inferSelect;
type Reader = Db | Tx;

const uuid = z.uuid();
export const isUuid = (value: string | null | undefined): value is string => typeof value === 'string' && uuid.safeParse(value).success;

/** The board of this organisation, or a 404. `lock` takes a row lock for the rest of the transaction. */
export async function requireBoard(reader: Reader, orgId: string, boardId: string, lock?: 'update' | 'share'): Promise<Board> {
  if (!isUuid(boardId)) notFound();
  const query = reader
    .select()
    .from(boards)
    .where(inOrg(boards, orgId, eq(boards.id, boardId)));
  const [board] = lock ? await query.for(lock) : await query;
  if (!board) notFound();
  return board;
}

export async function requireNote(reader: Reader, orgId: string, boardId: string, noteId: string) {
  if (!isUuid(noteId)) notFound();
  const [note] = await reader
    .select()
    .from(boardNotes)
    .where(inOrg(boardNotes, orgId, and(eq(boardNotes.id, noteId), eq(boardNotes.boardId, boardId))));
  if (!note) notFound();
  return note;
}

export async function requireTheme(reader: Reader, orgId: string, boardId: string, themeId: string) {
  if (!isUuid(themeId)) notFound();
  const [theme] = await reader
    .select()
    .from(boardThemes)
    .where(inOrg(boardThemes, orgId, and(eq(boardThemes.id, themeId), eq(boardThemes.boardId, boardId))));
  if (!theme) notFound();
  return theme;
}

export async function requireIdea(reader: Reader, orgId: string, boardId: string, ideaId: string) {
  if (!isUuid(ideaId)) notFound();
  const [idea] = await reader
    .select()
    .from(boardIdeas)
    .where(inOrg(boardIdeas, orgId, and(eq(boardIdeas.id, ideaId), eq(boardIdeas.boardId, boardId))));
  if (!idea) notFound();
  return idea;
}

/** A member id given by the route must be of this board (or null: written on behalf of the room). */
export async function requireMemberOrNull(reader: Reader, orgId: string, boardId: string, memberId: string | null) {
  if (memberId === null) return null;
  if (!isUuid(memberId)) notFound();
  const [member] = await reader
    .select({ id: boardMembers.id })
    .from(boardMembers)
    .where(inOrg(boardMembers, orgId, and(eq(boardMembers.id, memberId), eq(boardMembers.boardId, boardId))));
  if (!member) notFound();
  return member.id;
}

export function assertPhase(board: Board, action: BoardAction) {
  if (!phaseAllows(board.phase, action)) throw new BoardRuleError('board.wrongPhase');
}

/** The criteria a board votes on: one budget without criteria, or one per criterion. */
export const criteriaOf = (board: Pick<Board, 'byCriteria'>): VoteCriterion[] => (board.byCriteria ? ['urgent', 'feasible', 'meaningful'] : ['']);

export function assertCriterion(board: Board, criterion: VoteCriterion) {
  if (!criteriaOf(board).includes(criterion)) throw new BoardRuleError('board.criterionInvalid', 'criterion');
}

export function assertText(text: string, field = 'text'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BoardRuleError('board.noteRequired', field);
  if (trimmed.length > 280) throw new BoardRuleError('board.noteTooLong', field);
  return trimmed;
}

/** One event per mutation on the board's channel: only the idempotency key, never content or tallies. */
export function publishBoard(tx: Tx, orgId: string, boardId: string, kind: string, key?: string) {
  return publish(tx, { orgId, channel: boardChannel(boardId), kind, payload: key ? { key } : {} });
}
