// The job runner: jobs are rows, so they survive restarts. A run claims due jobs with
// FOR UPDATE SKIP LOCKED and a lease (locked_until), so two app instances never run the same job
// at once, and a job of an instance that died is picked up again when its lease runs out.
import { eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { jobs } from '#app/db/schema';
import { REMINDER_JOB } from '#app/features/actions/domain/reminders';
import { sendActionReminders } from '#app/features/actions/server/send-action-reminders.server';
import { SCHOOL_HOLIDAYS_JOB } from '#app/features/calendar/domain/rijksoverheid-holidays';
import { fetchSchoolHolidays } from '#app/features/calendar/server/fetch-school-holidays.server';
import { MEETING_CHANGE_JOB } from '#app/features/calendar/server/record-meeting-change.server';
import { sendInvitationWithdrawal } from '#app/features/calendar/server/send-invitation-withdrawal.server';
import { sendMeetingChange } from '#app/features/calendar/server/send-meeting-change.server';
import { INVITATION_WITHDRAWN_JOB } from '#app/features/calendar/server/withdraw-invitations.server';
import { applyRetention, keepRetentionSweep, RETENTION_JOB } from '#app/features/retention/server/apply-retention.server';
import { sendPledgeReminder } from './pledge-reminder.server';

type Handler = (payload: Record<string, unknown>) => Promise<void>;

const handlers: Record<string, Handler> = {
  'pledge-reminder': sendPledgeReminder,
  [REMINDER_JOB]: sendActionReminders,
  [SCHOOL_HOLIDAYS_JOB]: (payload) => fetchSchoolHolidays(payload),
  [MEETING_CHANGE_JOB]: async (payload) => void (await sendMeetingChange(payload)),
  [INVITATION_WITHDRAWN_JOB]: async (payload) => void (await sendInvitationWithdrawal(payload)),
  // On the real clock, like the reminders; tests call applyRetention with a clock of their own.
  [RETENTION_JOB]: (payload) => applyRetention(payload),
};

export const MAX_ATTEMPTS = 5;
const LEASE = '5 minutes';

/** Minutes to wait before the next attempt: 1, 4, 16, 64 … */
const backoffMinutes = (attempts: number) => 4 ** (attempts - 1);

type Claimed = { id: number; kind: string; payload: Record<string, unknown>; attempts: number };

/** Runs the jobs that are due; returns how many ran and how many failed. */
export async function runDueJobs({ now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {}): Promise<{ ran: number; failed: number }> {
  const database = await db();
  const result = await database.execute<Claimed>(sql`
    update jobs set locked_until = ${now.toISOString()}::timestamptz + ${LEASE}::interval, attempts = attempts + 1
    where id in (
      select id from jobs
      where done_at is null and run_at <= ${now.toISOString()}::timestamptz and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)
      order by run_at
      for update skip locked
      limit ${limit}
    )
    returning id, kind, payload, attempts`);
  // node-postgres and PGlite both answer with { rows }.
  const claimed = (result as unknown as { rows: Claimed[] }).rows;
  let failed = 0;
  for (const job of claimed) {
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job.payload);
      await database
        .update(jobs)
        .set({ doneAt: sql`now()`, lockedUntil: null, lastError: '' })
        .where(eq(jobs.id, job.id));
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[jobs] ${job.kind} #${job.id} failed (attempt ${job.attempts}): ${message}`);
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      await database
        .update(jobs)
        .set({
          lockedUntil: null,
          lastError: giveUp ? `gave up: ${message}` : message,
          // After the last attempt the job is done, with its error kept for whoever looks.
          doneAt: giveUp ? sql`now()` : null,
          runAt: giveUp ? undefined : new Date(now.getTime() + backoffMinutes(job.attempts) * 60_000),
        })
        .where(eq(jobs.id, job.id));
    }
  }
  return { ran: claimed.length, failed };
}

/** Polls for due jobs every `intervalMs` (30 s); the timer never keeps the process alive. */
export function startJobRunner({ intervalMs = 30_000 }: { intervalMs?: number } = {}): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runDueJobs()
      .catch((error: unknown) => console.error('[jobs] run failed', error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  // The daily retention sweep runs for as long as the app does: queued once here, then by itself.
  void db()
    .then((database) => database.transaction((tx) => keepRetentionSweep(tx)))
    .catch((error: unknown) => console.error('[jobs] could not queue the retention sweep', error));
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
