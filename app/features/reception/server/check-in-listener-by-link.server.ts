import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { meetings, receptions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { findListenerByToken } from '#app/features/listeners/server/find-listener-by-token.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { isMeetingDay } from '../domain/rules';
import { setListenerPresent } from './reception-row.server';

/** What the listener's own page needs for the self check-in: is it the day, and are they in already. */
export async function getListenerCheckIn({ token }: { token: string }, now = new Date()) {
  const database = await db();
  const listener = await findListenerByToken(database, token);
  const [meeting] = await database
    .select({ date: meetings.date })
    .from(meetings)
    .where(inOrg(meetings, listener.orgId, and(eq(meetings.trajectoryId, listener.trajectoryId), eq(meetings.kind, 'mirror'))));
  const [reception] = await database
    .select({ present: receptions.listenersPresent })
    .from(receptions)
    .where(inOrg(receptions, listener.orgId, eq(receptions.trajectoryId, listener.trajectoryId)));
  return {
    meetingDay: isMeetingDay(meeting?.date, todayInAmsterdam(now)),
    present: reception?.present.includes(listener.id) ?? false,
  };
}

/**
 * The listener checks in through the personal link from the invitation (or a QR code of it).
 * Any day is accepted, so a meeting moved at the last minute does not lock anyone out; the page
 * says which day it is meant for.
 */
export async function checkInListenerByLink({ token }: { token: string }): Promise<void> {
  const database = await db();
  const listener = await findListenerByToken(database, token);
  await database.transaction((tx) =>
    setListenerPresent(tx, {
      orgId: listener.orgId,
      trajectoryId: listener.trajectoryId,
      listenerId: listener.id,
      present: true,
    }),
  );
}
