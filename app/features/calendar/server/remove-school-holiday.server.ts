import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { schoolHolidays } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes one of the organisation's school holidays (admins only); another organisation's is a 404. */
export async function removeSchoolHoliday({ orgId, actor, holidayId }: OrgScope & { holidayId: string }) {
  authorize({ actor }, 'org.manage');
  if (!z.uuid().safeParse(holidayId).success) notFound();
  const removed = await (
    await db()
  )
    .delete(schoolHolidays)
    .where(inOrg(schoolHolidays, orgId, eq(schoolHolidays.id, holidayId)))
    .returning({ id: schoolHolidays.id });
  if (removed.length === 0) notFound();
}
