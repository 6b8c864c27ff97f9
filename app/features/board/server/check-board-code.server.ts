import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import { normaliseJoinCode } from '../domain/join-code';

/**
 * Whether a typed code belongs to a board, before the phone is sent there: a wrong code is answered
 * next to the field, keeping what was typed (a RuleError), not with a dead end. Public like the
 * code itself; it says no more than the board's own address would.
 */
export async function checkBoardCode(code: string): Promise<string> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) throw new RuleError('board.enterCodeInvalid', 'code');
  // The code is what tells us the organisation, as in findBoardByCode.
  const [row] = await (await db()).select({ id: boards.id }).from(boards).where(eq(boards.joinCode, joinCode));
  if (!row) throw new RuleError('board.enterCodeUnknown', 'code');
  return joinCode;
}
