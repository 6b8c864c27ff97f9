import { z } from 'zod';
import { db } from '#app/db/client.server';
import { boardPledges } from '#app/db/schema';
import { enqueueJob } from '#app/jobs/enqueue-job.server';
import { RuleError } from '#app/utils/rule-error';
import { noteText } from '../domain/texts';
import { addOnce, assertPhase, type DeviceMember, knownOnBoard, requireBoard, requireMember } from './board-records.server';

const DEFAULT_WEEKS = 4;
const DAY_MS = 24 * 3600 * 1000;

/**
 * A personal pledge, by a phone (authorised by its device token); with an e-mail address, a
 * reminder job is queued for reminderWeeks later.
 */
export async function addPledge(
  input: DeviceMember & { text: string; reminderEmail: string; reminderWeeks: number | null; key: string },
): Promise<{ id: string; duplicate: boolean }> {
  const { orgId, boardId, memberId, key } = input;
  const email = input.reminderEmail.trim();
  if (email !== '' && !z.email().safeParse(email).success) throw new RuleError('board.pledgeEmailInvalid', 'email');
  const weeks = email === '' ? null : (input.reminderWeeks ?? DEFAULT_WEEKS);
  if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > 26)) throw new RuleError('board.pledgeWeeksInvalid', 'weeks');
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    const added = await addOnce(
      tx,
      boardPledges,
      { orgId, boardId, key, kind: 'pledge', writer: input, sent: { text: input.text.trim(), reminderEmail: email } },
      async () => {
        assertPhase(board, 'pledge');
        return {
          memberId: await requireMember(tx, orgId, boardId, memberId),
          text: noteText(input.text, await knownOnBoard(tx, board)),
          reminderEmail: email,
          reminderWeeks: weeks,
        };
        // Another phone sees nobody's pledge but its own.
      },
      () => ({ kind: 'quiet' }),
    );
    if (!added.duplicate && weeks !== null) {
      // The job carries ids only; the address stays in the pledge until the reminder is sent.
      await enqueueJob(tx, { kind: 'pledge-reminder', payload: { orgId, pledgeId: added.id }, runAt: new Date(Date.now() + weeks * 7 * DAY_MS) });
    }
    return added;
  });
}
