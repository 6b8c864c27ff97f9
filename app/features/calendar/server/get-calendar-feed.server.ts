import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { meetings, memberships, organisations, trajectories, trajectoryRoles, users } from '#app/db/schema';
import { calendarFeed } from '#app/features/calendar/domain/meeting-ics';
import { createTranslator } from '#app/i18n/catalogue.server';
import { isLocale } from '#app/i18n/i18n';
import { notFound } from '#app/utils/http.server';
import { hashToken } from '#app/utils/tokens.server';
import { meetingEntry } from './calendar-records.server';

/** A feed token is 43 characters of base64url (32 random bytes). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The personal calendar feed behind `/calendar/<token>.ics`: every dated meeting of every
 * trajectory where the token's owner holds a role, in an organisation they still belong to, in
 * their language. Authorised by the unguessable token (stored hashed); 404 for any other.
 */
export async function getCalendarFeed({ token }: { token: string }): Promise<string> {
  if (!FEED_TOKEN.test(token)) notFound();
  const database = await db();
  const [user] = await database
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(eq(users.calendarTokenHash, hashToken(token)));
  if (!user) notFound();
  const rows = await database
    .selectDistinct({ meeting: meetings, trajectoryTitle: trajectories.title, orgSlug: organisations.slug })
    .from(trajectoryRoles)
    .innerJoin(memberships, and(eq(memberships.orgId, trajectoryRoles.orgId), eq(memberships.userId, trajectoryRoles.userId)))
    .innerJoin(trajectories, and(eq(trajectories.id, trajectoryRoles.trajectoryId), eq(trajectories.orgId, trajectoryRoles.orgId)))
    .innerJoin(meetings, and(eq(meetings.trajectoryId, trajectories.id), eq(meetings.orgId, trajectories.orgId)))
    .innerJoin(organisations, eq(organisations.id, meetings.orgId))
    .where(and(eq(trajectoryRoles.userId, user.id), isNotNull(meetings.date)))
    .orderBy(meetings.date, meetings.id);
  const locale = isLocale(user.locale) ? user.locale : 'nl';
  return calendarFeed(
    createTranslator(locale)('calendar.feedName'),
    rows.map((row) => meetingEntry(row, locale).ics),
  );
}
