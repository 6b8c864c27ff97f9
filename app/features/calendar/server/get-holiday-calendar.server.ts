import { asc, count, eq } from 'drizzle-orm';
import { db, type Tx } from '#app/db/client.server';
import { organisations, schoolHolidays } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { SCHOOL_HOLIDAYS_NL, sourceOf, type SchoolRegion } from '#app/features/calendar/domain/school-holidays-nl';

/**
 * Gives an organisation its own copy of the shipped school holidays the first time they are
 * needed. Runs inside the caller's transaction; the organisation row is locked so two first
 * visits at once do not copy twice. (An organisation that removes every row gets the list back.)
 */
export async function ensureSchoolHolidays(tx: Tx, orgId: string): Promise<void> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).for('update');
  const [row] = await tx.select({ n: count() }).from(schoolHolidays).where(inOrg(schoolHolidays, orgId));
  if ((row?.n ?? 0) > 0) return;
  await tx.insert(schoolHolidays).values(
    SCHOOL_HOLIDAYS_NL.map((h) => ({
      orgId,
      region: h.region,
      name: h.name,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      schoolYear: h.schoolYear,
      source: sourceOf(h),
    })),
  );
}

export type SchoolHoliday = Pick<typeof schoolHolidays.$inferSelect, 'id' | 'region' | 'name' | 'startsOn' | 'endsOn' | 'schoolYear' | 'source'>;

/** The organisation's region and its school holidays (copied from the shipped list on first use). */
export async function getHolidayCalendar({ orgId }: OrgScope): Promise<{ region: SchoolRegion; schoolHolidays: SchoolHoliday[] }> {
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
      })
      .from(schoolHolidays)
      .where(inOrg(schoolHolidays, orgId))
      .orderBy(asc(schoolHolidays.startsOn), asc(schoolHolidays.region), asc(schoolHolidays.name));
    return { region: org?.region ?? 'midden', schoolHolidays: rows };
  });
}
