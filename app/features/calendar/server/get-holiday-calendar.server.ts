import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations, schoolHolidays } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { config } from '#app/utils/config.server';
import type { SchoolRegion } from '#app/features/calendar/domain/school-holidays-nl';
import { ensureSchoolHolidays } from './calendar-records.server';

export type SchoolHoliday = Pick<
  typeof schoolHolidays.$inferSelect,
  'id' | 'region' | 'name' | 'startsOn' | 'endsOn' | 'schoolYear' | 'source' | 'origin' | 'sourceUrl' | 'sourceDate' | 'recordedAt' | 'editedAt'
>;

/** The organisation's region and its school holidays (copied from the shipped list on first use), each with where it came from and when. */
export async function getHolidayCalendar({
  orgId,
  actor,
}: OrgScope): Promise<{ region: SchoolRegion; schoolHolidays: SchoolHoliday[]; fetchedDaily: boolean }> {
  authorize({ actor }, 'org.view');
  return (await db()).transaction(async (tx) => {
    await ensureSchoolHolidays(tx, orgId);
    const [org] = await tx.select({ region: organisations.schoolRegion }).from(organisations).where(eq(organisations.id, orgId));
    const rows = await tx
      .select({
        id: schoolHolidays.id,
        region: schoolHolidays.region,
        name: schoolHolidays.name,
        startsOn: schoolHolidays.startsOn,
        endsOn: schoolHolidays.endsOn,
        schoolYear: schoolHolidays.schoolYear,
        source: schoolHolidays.source,
        origin: schoolHolidays.origin,
        sourceUrl: schoolHolidays.sourceUrl,
        sourceDate: schoolHolidays.sourceDate,
        recordedAt: schoolHolidays.recordedAt,
        editedAt: schoolHolidays.editedAt,
      })
      .from(schoolHolidays)
      .where(inOrg(schoolHolidays, orgId))
      .orderBy(asc(schoolHolidays.startsOn), asc(schoolHolidays.region), asc(schoolHolidays.name));
    return { region: org?.region ?? 'midden', schoolHolidays: rows, fetchedDaily: config.schoolHolidaysUrl !== '' };
  });
}
