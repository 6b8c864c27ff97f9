// The listener's self check-in through their personal link. Authorised by the link's token: these
// operations take the listener that findListenerByToken() returned, and check no role.
import { and, eq } from 'drizzle-orm';
import { type Db, db, type Tx } from '#app/db/client.server';
import { meetings, receptions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { LinkedListener } from '#app/features/listeners/server/find-listener-by-token.server';
import { RuleError } from '#app/utils/rule-error';
import { selfCheckInWindow } from '../domain/rules';
import { setListenerPresent } from './reception-records.server';

type ByLink = { listener: Pick<LinkedListener, 'id' | 'orgId' | 'trajectoryId'>; now?: Date };

async function mirrorMeetingDate(tx: Db | Tx, listener: ByLink['listener']) {
  const [meeting] = await tx
    .select({ date: meetings.date })
    .from(meetings)
    .where(inOrg(meetings, listener.orgId, and(eq(meetings.trajectoryId, listener.trajectoryId), eq(meetings.kind, 'mirror'))));
  return meeting?.date;
}

/** What the listener's own page needs for the self check-in: may they check in now, and are they in already. */
export async function getListenerCheckIn({ listener, now = new Date() }: ByLink) {
  const database = await db();
  const date = await mirrorMeetingDate(database, listener);
  const [reception] = await database
    .select({ present: receptions.listenersPresent })
    .from(receptions)
    .where(inOrg(receptions, listener.orgId, eq(receptions.trajectoryId, listener.trajectoryId)));
  return {
    window: selfCheckInWindow(date, now),
    present: reception?.present.includes(listener.id) ?? false,
  };
}

/**
 * The listener checks in through the personal link from the invitation (or a QR code of it), on
 * the day of the mirror meeting only (selfCheckInWindow): pressed weeks before, it would count
 * them as present. The desk can check anyone in on any day.
 */
export async function checkInListenerByLink({ listener, now = new Date() }: ByLink): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    if (selfCheckInWindow(await mirrorMeetingDate(tx, listener), now).state !== 'open') throw new RuleError('reception.selfClosed');
    await setListenerPresent(tx, { orgId: listener.orgId, trajectoryId: listener.trajectoryId, listenerId: listener.id, present: true });
  });
}
