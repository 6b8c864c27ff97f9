// Shared reads and checks for the board operations: every id is checked against the board and
// the organisation, so an id from another board or organisation is a 404. Staff operations pass
// their scope along, so a board of another trajectory is a 404 too (in the same query).
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from '#app/db/client.server';
import {
  boardIdeas,
  boardMembers,
  boardNotes,
  boardPaperVotes,
  boardPledges,
  boards,
  boardThemes,
  boardVotes,
  minuteNotes,
  minutes,
  voices,
} from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { cachedKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { boardChannel } from '#app/realtime/channels';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import type { BoardChange } from '../domain/live';
import { type BoardAction, phaseAllows } from '../domain/phases';
import type { QuoteSource } from '../domain/quote-match';
import type { Tally } from '../domain/tally';
import type { VoteCriterion } from '../domain/types';

export type Board = typeof boards.$inferSelect;
type Reader = Db | Tx;

/** What a phone's device token was looked up to: the board and the member on it. */
export type DeviceMember = { orgId: string; boardId: string; memberId: string };
/** A staff operation on the board of the scope's trajectory. */
export type StaffOnBoard = TrajectoryScope & { boardId: string };
/** Written by a phone, or by the facilitator for the room (then marked "on behalf of the room"). */
export type Writer = DeviceMember | StaffOnBoard;
export const isStaff = (input: Writer): input is StaffOnBoard => 'roles' in input;

const uuid = z.uuid();
export const isUuid = (value: string | null | undefined): value is string => typeof value === 'string' && uuid.safeParse(value).success;

/**
 * The board of this organisation (and, for staff, of the scope's trajectory), or a 404.
 * `lock` takes a row lock for the rest of the transaction (a share lock would deadlock with publishBoard).
 */
export async function requireBoard(
  reader: Reader,
  { orgId, boardId, trajectoryId }: { orgId: string; boardId: string; trajectoryId?: string },
  lock?: 'update',
): Promise<Board> {
  if (!isUuid(boardId)) notFound();
  const query = reader
    .select()
    .from(boards)
    .where(inOrg(boards, orgId, eq(boards.id, boardId), trajectoryId === undefined ? undefined : eq(boards.trajectoryId, trajectoryId)));
  const [board] = lock ? await query.for(lock) : await query;
  if (!board) notFound();
  return board;
}

/** The board of a trajectory, or null when none is open yet. */
export async function boardOfTrajectory(reader: Reader, orgId: string, trajectoryId: string) {
  if (!isUuid(trajectoryId)) notFound();
  const [row] = await reader
    .select({ id: boards.id, joinCode: boards.joinCode })
    .from(boards)
    .where(inOrg(boards, orgId, eq(boards.trajectoryId, trajectoryId)));
  return row ?? null;
}

/** One row of a board's table by id, or a 404 (also for an id of another board or organisation). */
async function requireRow<T extends PgTable & { id: PgColumn; orgId: PgColumn; boardId: PgColumn }>(
  reader: Reader,
  table: T,
  orgId: string,
  boardId: string,
  id: string,
) {
  if (!isUuid(id)) notFound();
  const [row] = await reader
    .select()
    .from(table as PgTable)
    .where(inOrg(table, orgId, and(eq(table.id, id), eq(table.boardId, boardId))));
  if (!row) notFound();
  return row as T['$inferSelect'];
}

export const requireNote = (reader: Reader, orgId: string, boardId: string, noteId: string) => requireRow(reader, boardNotes, orgId, boardId, noteId);
export const requireTheme = (reader: Reader, orgId: string, boardId: string, themeId: string) => requireRow(reader, boardThemes, orgId, boardId, themeId);
export const requireIdea = (reader: Reader, orgId: string, boardId: string, ideaId: string) => requireRow(reader, boardIdeas, orgId, boardId, ideaId);

/** The member a device lookup gave must be of this board (a 404 otherwise). */
export async function requireMember(reader: Reader, orgId: string, boardId: string, memberId: string) {
  if (!isUuid(memberId)) notFound();
  const [member] = await reader
    .select({ id: boardMembers.id })
    .from(boardMembers)
    .where(inOrg(boardMembers, orgId, and(eq(boardMembers.id, memberId), eq(boardMembers.boardId, boardId))));
  if (!member) notFound();
  return member.id;
}

/** Who wrote it: the phone's member, or nobody (the facilitator writing for the room). */
export const writerOf = async (reader: Reader, input: Writer) =>
  isStaff(input) ? { memberId: null, onBehalf: true } : { memberId: await requireMember(reader, input.orgId, input.boardId, input.memberId), onBehalf: false };

type KeyedTable = typeof boardNotes | typeof boardIdeas | typeof boardPledges;

/**
 * Stores what a phone (or the facilitator) sent once per idempotency key, with one event carrying
 * the key and the change. Keys are the writer's own: unique per board and member (the facilitator,
 * member null, is one writer). `check` applies the rules and gives the row; when it refuses, a row already stored
 * under this key (a retry after the phase moved on) is answered instead. The key is looked up only
 * then, or when the insert finds it taken: one query less for every note that is simply new. A key
 * used before for other content (`sent`: what this submission says, by column) is a RuleError (409).
 */
export async function addOnce(
  tx: Tx,
  table: KeyedTable,
  {
    orgId,
    boardId,
    key,
    kind,
    writer,
    sent,
  }: { orgId: string; boardId: string; key: string; kind: 'note' | 'idea' | 'pledge'; writer: Writer; sent: Record<string, unknown> },
  check: () => Promise<Record<string, unknown>>,
  /** What the other phones see of the new row (decision 0011). */
  changeOf: (id: string, values: Record<string, unknown>) => BoardChange,
): Promise<{ id: string; duplicate: boolean }> {
  const memberId = isStaff(writer) ? null : writer.memberId;
  if (memberId !== null && !isUuid(memberId)) notFound();
  const byKey = async () => {
    const [row] = await tx
      .select()
      .from(table as PgTable)
      .where(
        inOrg(
          table,
          orgId,
          and(eq(table.boardId, boardId), memberId === null ? isNull(table.memberId) : eq(table.memberId, memberId), eq(table.idempotencyKey, key)),
        ),
      );
    if (!row) return undefined;
    const stored = row as Record<string, unknown>;
    if (Object.entries(sent).some(([column, value]) => stored[column] !== value)) throw new RuleError('board.keyReused');
    return stored as { id: string };
  };
  let values: Record<string, unknown>;
  try {
    values = await check();
  } catch (error) {
    if (!(error instanceof RuleError || error instanceof Response)) throw error;
    const stored = await byKey();
    if (stored) return { id: stored.id, duplicate: true };
    throw error;
  }
  const [inserted] = (await tx
    .insert(table)
    .values({ ...values, orgId, boardId, idempotencyKey: key } as never)
    .onConflictDoNothing({ target: [table.boardId, table.memberId, table.idempotencyKey] })
    .returning({ id: table.id })) as { id: string }[];
  if (!inserted) {
    // Stored meanwhile by a parallel retry.
    const again = await byKey();
    if (!again) notFound();
    return { id: again.id, duplicate: true };
  }
  await publishBoard(tx, orgId, boardId, kind, { key, change: changeOf(inserted.id, values) });
  return { id: inserted.id, duplicate: false };
}

/**
 * The guard's lists for what people write on this board: the trajectory's participants, from the
 * process's short-lived copy (no read of personal data for every note sent from a phone).
 */
export const knownOnBoard = (reader: Reader, board: Board) => cachedKnownIdentifiers(reader, board.orgId, board.trajectoryId);

export function assertPhase(board: Board, action: BoardAction) {
  if (!phaseAllows(board.phase, action)) throw new RuleError('board.wrongPhase');
}

/** The criteria a board votes on: one budget without criteria, or one per criterion. */
export const criteriaOf = (board: Pick<Board, 'byCriteria'>): VoteCriterion[] => (board.byCriteria ? ['urgent', 'feasible', 'meaningful'] : ['']);

export function assertCriterion(board: Board, criterion: VoteCriterion) {
  // Shown with the form (the criterion is a hidden field): settings may have changed since the page loaded.
  if (!criteriaOf(board).includes(criterion)) throw new RuleError('board.criterionInvalid');
}

/**
 * One event per mutation on the board's channel, in one statement (the database function
 * `board_publish`, migration 0010): raises the board's version (the row lock it takes is held to the
 * commit, so versions commit in order) and records the event with that version, the idempotency key
 * and what every phone may see of the change. Without a change, phones read the whole view once
 * (rare changes: phase, themes, settings).
 */
export async function publishBoard(tx: Tx, orgId: string, boardId: string, kind: string, { key, change }: { key?: string; change?: BoardChange } = {}) {
  const payload = JSON.stringify({ ...(key ? { key } : {}), ...(change ? { change } : {}) });
  const result = await tx.execute(sql`SELECT board_publish(${orgId}, ${boardId}, ${boardChannel(boardId)}, ${kind}, ${payload}::jsonb) AS id`);
  // Both drivers answer raw SQL with { rows }.
  const [row] = (result as unknown as { rows: { id: number | string | null }[] }).rows;
  if (row?.id == null) notFound();
  return Number(row.id);
}

/** Moves the given notes of this board into a theme, leaving alone those that people grouped meanwhile. */
export async function moveUnassignedNotes(tx: Tx, orgId: string, boardId: string, themeId: string, noteIds: readonly string[]) {
  if (noteIds.length === 0) return;
  if (!noteIds.every(isUuid)) notFound();
  const ids = [...new Set(noteIds)];
  const found = await tx
    .select({ id: boardNotes.id })
    .from(boardNotes)
    .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), inArray(boardNotes.id, ids))));
  if (found.length !== ids.length) notFound();
  await tx
    .update(boardNotes)
    .set({ themeId })
    .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), inArray(boardNotes.id, ids), isNull(boardNotes.themeId))));
}

/** Every literal quote in the trajectory's minutes, once they are finalised (a draft may still change). */
export async function finalisedQuotes(reader: Reader, orgId: string, trajectoryId: string): Promise<QuoteSource[]> {
  const rows = await reader
    .select({ id: minuteNotes.id, questionText: minuteNotes.questionText, quotes: minuteNotes.quotes, source: voices.kind })
    .from(minuteNotes)
    .innerJoin(minutes, and(eq(minutes.trajectoryId, minuteNotes.trajectoryId), eq(minutes.orgId, orgId), eq(minutes.status, 'finalised')))
    // Words given outside the group (X1) are quotes like the others, marked with their source.
    .leftJoin(voices, and(eq(voices.id, minuteNotes.voiceId), eq(voices.orgId, orgId)))
    .where(inOrg(minuteNotes, orgId, eq(minuteNotes.trajectoryId, trajectoryId)))
    .orderBy(minuteNotes.createdAt, minuteNotes.id);
  return rows.flatMap((row) =>
    row.quotes.map((quote, quoteIndex) => ({ minuteNoteId: row.id, quoteIndex, quote, questionText: row.questionText, source: row.source })),
  );
}

/** Dots per idea and criterion: the members' dots and the counted paper stickers, apart. */
export async function boardTallies(reader: Reader, orgId: string, boardId: string) {
  // One query after the other: the reader may be a transaction, which has one connection.
  const member = await reader
    .select({ ideaId: boardVotes.ideaId, criterion: boardVotes.criterion, dots: sql<number>`sum(${boardVotes.dots})::int` })
    .from(boardVotes)
    .where(inOrg(boardVotes, orgId, eq(boardVotes.boardId, boardId)))
    .groupBy(boardVotes.ideaId, boardVotes.criterion);
  const paper = await reader
    .select({ ideaId: boardPaperVotes.ideaId, criterion: boardPaperVotes.criterion, dots: boardPaperVotes.dots })
    .from(boardPaperVotes)
    .where(inOrg(boardPaperVotes, orgId, eq(boardPaperVotes.boardId, boardId)));
  const byIdea = (rows: { ideaId: string; criterion: VoteCriterion; dots: number }[]) => {
    const map = new Map<string, Tally>();
    for (const row of rows) map.set(row.ideaId, { ...map.get(row.ideaId), [row.criterion]: row.dots });
    return map;
  };
  return { member: byIdea(member), paper: byIdea(paper) };
}

/** The database's own error (with its SQLSTATE code) behind Drizzle's wrapper, if there is one. */
export function databaseError(error: unknown): { code: string; constraint?: unknown; message?: unknown } | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e as { code: string };
  }
  return null;
}

/** The name of the CHECK constraint that refused a statement (PostgreSQL code 23514). */
export function checkViolation(error: unknown): string | null {
  const e = databaseError(error);
  if (e?.code !== '23514') return null;
  if (typeof e.constraint === 'string') return e.constraint;
  const named = /check constraint "([^"]+)"/.exec(String(e.message));
  return named ? named[1]! : null;
}
