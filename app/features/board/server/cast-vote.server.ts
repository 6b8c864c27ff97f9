import { sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardChannel } from '#app/realtime/channels';
import { notFound } from '#app/utils/http.server';
import type { MessageKey } from '#app/i18n/i18n';
import { RuleError } from '#app/utils/rule-error';
import { BOARD_PHASES } from '#app/db/schema';
import { phaseAllows } from '../domain/phases';
import type { VoteCriterion } from '../domain/types';
import { checkViolation, criteriaOf, databaseError, type DeviceMember, isUuid } from './board-records.server';

/** The phases that take votes and the criteria of a board that votes by criteria, for the database function. */
const VOTE_PHASES = BOARD_PHASES.filter((phase) => phaseAllows(phase, 'vote'));
const CRITERIA = criteriaOf({ byCriteria: true });

/**
 * A phone's vote (authorised by its device token): sets this member's dots on one idea (per criterion) to an absolute number, so a retried request
 * changes nothing. One round trip (issue 12; it was nine statements plus begin and commit): the
 * database function `board_cast_vote` (migration 0010) locks the board, so votes on one board take
 * turns, checks phase, criterion and member, writes vote, budget and event. The budget and the
 * maximum per idea are enforced by the database's CHECKs.
 */
export async function castVote(
  input: DeviceMember & { ideaId: string; criterion: VoteCriterion; dots: number; key?: string },
): Promise<{ dotsLeft: number; version: number }> {
  const { orgId, boardId, memberId, ideaId, criterion, dots, key } = input;
  // Shown with the form: the number of dots is the button pressed, not a field.
  if (!Number.isInteger(dots) || dots < 0) throw new RuleError('board.voteDotsInvalid');
  if (![boardId, memberId, ideaId].every(isUuid)) notFound();
  try {
    const result = await (
      await db()
    ).execute(
      sql`SELECT board_cast_vote(${orgId}, ${boardId}, ${memberId}, ${ideaId}, ${criterion}, ${dots}, ${sql.param(VOTE_PHASES)}::text[], ${sql.param(CRITERIA)}::text[], ${boardChannel(boardId)}, ${key ?? null}) AS left`,
    );
    // Both drivers answer raw SQL with { rows }; jsonb arrives parsed.
    const [row] = (result as unknown as { rows: { left: { dotsLeft: number; version: number } }[] }).rows;
    return row!.left;
  } catch (error) {
    const broken = checkViolation(error);
    if (broken === 'board_dots_budget') throw new RuleError('board.voteNoDotsLeft');
    if (broken === 'board_votes_max') throw new RuleError('board.voteMaxPerIdea');
    const refusal = databaseError(error);
    if (refusal?.code === 'SP404') notFound();
    if (refusal?.code === 'SPRUL') throw new RuleError(String(refusal.message) as MessageKey);
    throw error;
  }
}
