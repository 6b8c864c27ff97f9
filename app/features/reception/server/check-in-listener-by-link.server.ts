// The listener's self check-in through their personal link. Authorised by the link's token: these
// operations take the listener that findListenerByToken() returned, and check no role.
import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { meetings, receptions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { LinkedListener } from '#app/features/listeners/server/find-listener-by-token.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { isMeetingDay } from '../domain/rules';
import { setListenerPresent } from './reception-records.server';

type ByLink = { listener: Pick<LinkedListener, 'id' | 'orgId' | 'trajectoryId'> };

/** What the listener's own page needs for the self check-in: is it the day, and are they in already. */
export async function getListenerCheckIn({ listener, now = new Date() }: ByLink & { now?: Date }) {
  const database = await db();
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
export async function checkInListenerByLink({ listener }: ByLink): Promise<void> {
  await (
    await db()
  ).transaction((tx) => setListenerPresent(tx, { orgId: listener.orgId, trajectoryId: listener.trajectoryId, listenerId: listener.id, present: true }));
}
