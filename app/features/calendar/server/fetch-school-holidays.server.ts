import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Tx } from '#app/db/client.server';
import { jobs, organisations } from '#app/db/schema';
import { type HolidayFile, parseHolidayFile, SCHOOL_HOLIDAYS_JOB, schoolYearsToFetch } from '#app/features/calendar/domain/rijksoverheid-holidays';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { enqueueJob } from '#app/jobs/enqueue-job.server';
import { config } from '#app/utils/config.server';
import { applyHolidayFile } from './calendar-records.server';

// The job's payload is empty (this school year and the next, every organisation); tests name the years and one organisation.
const payloadSchema = z.object({ schoolYears: z.array(z.string().regex(/^\d{4}-\d{4}$/)).optional(), orgId: z.uuid().optional() });
const DAY_MS = 86_400_000;
const TIMEOUT_MS = 30_000;

/** The address of one school year's file: the configured template with {schoolyear} filled in. */
const schoolHolidaysUrl = (template: string, schoolYear: string) => template.replaceAll('{schoolyear}', encodeURIComponent(schoolYear));

/**
 * The fetch job ('school-holidays-fetch', run by app/jobs, no caller): when SCHOOL_HOLIDAYS_URL is
 * set, fetches the government's file of this school year and the next, and reads each into every
 * organisation's list (one transaction per organisation). A school year the source does not have
 * yet (404) is skipped; any other failure or a file in the wrong format fails the job, which is
 * retried, and changes nothing. Queues the next fetch a day later.
 */
export async function fetchSchoolHolidays(payload: Record<string, unknown>, now = new Date(), template = config.schoolHolidaysUrl): Promise<void> {
  if (!template) return;
  const { schoolYears = schoolYearsToFetch(todayInAmsterdam(now)), orgId } = payloadSchema.parse(payload);
  const files: HolidayFile[] = [];
  for (const year of schoolYears) {
    const response = await fetch(schoolHolidaysUrl(template, year), { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (response.status === 404) continue;
    if (!response.ok) throw new Error(`School holidays ${year}: HTTP ${response.status}`);
    const parsed = parseHolidayFile(await response.text());
    if (!parsed.ok) throw new Error(`School holidays ${year}: ${parsed.problem}`);
    files.push(parsed.file);
  }
  const database = await db();
  const orgIds = orgId ? [orgId] : (await database.select({ id: organisations.id }).from(organisations)).map((o) => o.id);
  for (const id of orgIds) {
    await database.transaction(async (tx) => {
      for (const file of files) await applyHolidayFile(tx, id, file, now);
    });
  }
  if (!orgId) await database.transaction((tx) => keepSchoolHolidayFetch(tx, new Date(now.getTime() + DAY_MS)));
}

/** At start-up: queues a fetch now when SCHOOL_HOLIDAYS_URL is set and none is queued. */
export async function scheduleSchoolHolidayFetch(now = new Date()) {
  if (!config.schoolHolidaysUrl) return;
  await (await db()).transaction((tx) => keepSchoolHolidayFetch(tx, now));
}

/** Makes sure one fetch is queued for `runAt` (or one open since the day before). */
async function keepSchoolHolidayFetch(tx: Tx, runAt: Date) {
  const [pending] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, SCHOOL_HOLIDAYS_JOB), isNull(jobs.doneAt), gt(jobs.runAt, new Date(runAt.getTime() - DAY_MS))))
    .limit(1);
  if (!pending) await enqueueJob(tx, { kind: SCHOOL_HOLIDAYS_JOB, payload: {}, runAt });
}
