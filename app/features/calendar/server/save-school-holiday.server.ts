import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { schoolHolidays } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { schoolYearOf, type SchoolRegion } from '#app/features/calendar/domain/school-holidays-nl';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { ensureSchoolHolidays } from './calendar-records.server';
import { once } from '#app/utils/submissions.server';

export type SchoolHolidayInput = { name: string; region: SchoolRegion | 'all'; startsOn: string; endsOn: string };

/**
 * Adds a school holiday (no id) or changes one of the organisation's (admins only); it may not end
 * before it starts. The school year follows from the first day; the source says the organisation entered it,
 * and the row counts as hand-made (not checked) and edited by hand: the import of the government's
 * file leaves it as the admin saved it (decision 0025).
 * A new one once per submission key.
 */
export async function saveSchoolHoliday({ orgId, actor, holidayId, ...input }: OrgScope & SchoolHolidayInput & { holidayId?: string; source: string }) {
  authorize({ actor }, 'org.manage');
  if (holidayId !== undefined && !z.uuid().safeParse(holidayId).success) notFound();
  if (input.endsOn < input.startsOn) throw new RuleError('calendar.endBeforeStart', 'endsOn');
  // Typed in, so not checked against the source, even when it changes an imported row.
  const now = new Date();
  const values = {
    ...input,
    schoolYear: schoolYearOf(input.startsOn),
    origin: 'handmatig' as const,
    sourceUrl: '',
    sourceDate: null,
    recordedAt: now,
    editedAt: now,
  };
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'calendar.saveHoliday', async () => {
      await ensureSchoolHolidays(tx, orgId);
      if (holidayId === undefined) {
        const [row] = await tx
          .insert(schoolHolidays)
          .values({ orgId, ...values })
          .returning({ id: schoolHolidays.id });
        return row!.id;
      }
      const updated = await tx
        .update(schoolHolidays)
        .set(values)
        .where(inOrg(schoolHolidays, orgId, eq(schoolHolidays.id, holidayId)))
        .returning({ id: schoolHolidays.id });
      if (updated.length === 0) notFound();
      return holidayId;
    }),
  );
}
