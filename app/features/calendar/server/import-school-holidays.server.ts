import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { parseHolidayFile } from '#app/features/calendar/domain/rijksoverheid-holidays';
import { RuleError } from '#app/utils/rule-error';
import { applyHolidayFile } from './calendar-records.server';

/**
 * Reads an uploaded school holiday file of the Rijksoverheid (open data, JSON) into the
 * organisation's list (admins only), in one transaction: its rows replace those of the same
 * school year, holiday and region. A file that is not in that format changes nothing and is
 * refused next to the upload field. Answers how many holidays it read and for which school years.
 */
export async function importSchoolHolidays({ orgId, actor, text, now = new Date() }: OrgScope & { text: string; now?: Date }) {
  authorize({ actor }, 'org.manage');
  if (text.trim() === '') throw new RuleError('calendar.importNoFile', 'file');
  const parsed = parseHolidayFile(text);
  if (!parsed.ok) throw new RuleError(parsed.problem, 'file');
  const count = await (await db()).transaction((tx) => applyHolidayFile(tx, orgId, parsed.file, now));
  return { count, schoolYears: [...new Set(parsed.file.holidays.map((h) => h.schoolYear))].sort() };
}
