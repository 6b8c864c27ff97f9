import { and, eq, gt, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Tx } from '#app/db/client.server';
import {
  boardPledges,
  formSubmissions,
  jobs,
  listeners,
  meetingInvitees,
  meetings,
  participantConsents,
  participantPersonalData,
  retentionLog,
  trajectories,
} from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { nextSweepAt } from '#app/features/actions/domain/reminders';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { enqueueJob } from '#app/jobs/enqueue-job.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { isDue, type RetentionKind } from '../domain/retention';
import { boardsOf, planOf } from './retention-records.server';

/** The job kind of the daily retention sweep over all organisations (app/jobs/run-jobs.server.ts). */
export const RETENTION_JOB = 'retention-sweep';

// The job's payload is empty (every organisation); tests name one organisation.
const payloadSchema = z.object({ orgId: z.uuid().optional() });

/**
 * The daily retention sweep (issue 16): for every trajectory whose personal data of a kind is due
 * (domain/retention.ts), deletes it, in one transaction per trajectory, and writes to the retention
 * log what kind and how many (never who). Participants' personal data rows go (names, contact
 * details, needs, how to stay involved) with the interpreter's name at the desk; listeners keep
 * their organisation but lose name and e-mail address; pledges lose their reminder address.
 * Pseudonymous records stay: participants' pseudonyms, consent log, minutes, board notes, quotes,
 * the agenda. Also forgets old submission keys (forgetOldSubmissions). Queues the next sweep.
 * `now` is the clock, so tests can move it forward.
 */
export async function applyRetention(payload: Record<string, unknown>, now = new Date()): Promise<void> {
  const { orgId } = payloadSchema.parse(payload);
  const database = await db();
  const targets = await database
    .select({ orgId: trajectories.orgId, trajectoryId: trajectories.id })
    .from(trajectories)
    .where(orgId ? eq(trajectories.orgId, orgId) : undefined);
  const today = todayInAmsterdam(now);
  let failure: unknown = null;
  for (const target of targets) {
    try {
      const deleted = await database.transaction(async (tx) => {
        const { plan } = await planOf(tx, target.orgId, target.trajectoryId);
        const due = plan.filter((p) => isDue(p, today)).map((p) => p.kind);
        let any = false;
        for (const kind of due) {
          const count = await deleteKind(tx, target.orgId, target.trajectoryId, kind);
          if (count === 0) continue;
          any = true;
          await tx.insert(retentionLog).values({ ...target, kind, action: 'deleted', count, at: now });
        }
        return any;
      });
      if (deleted) forgetKnownIdentifiers(target.orgId, target.trajectoryId);
    } catch (error) {
      failure ??= error;
    }
  }
  try {
    await forgetOldSubmissions(orgId, now);
  } catch (error) {
    failure ??= error;
  }
  // The daily job queues the next one; a sweep of one organisation (tests, with a clock of their own) queues nothing.
  if (!orgId) await database.transaction((tx) => keepRetentionSweep(tx, now));
  if (failure) throw failure;
}

async function deleteKind(tx: Tx, orgId: string, trajectoryId: string, kind: RetentionKind): Promise<number> {
  if (kind === 'participants') {
    await tx
      .update(participantConsents)
      .set({ interpreterName: '' })
      .where(inOrg(participantConsents, orgId, eq(participantConsents.trajectoryId, trajectoryId)));
    const gone = await tx
      .delete(participantPersonalData)
      .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.trajectoryId, trajectoryId)))
      .returning({ id: participantPersonalData.participantId });
    return gone.length;
  }
  if (kind === 'listeners') {
    // Their addresses also sit with the meetings they were invited to (calendar updates): those go too.
    const addresses = await tx
      .select({ email: listeners.email })
      .from(listeners)
      .where(inOrg(listeners, orgId, eq(listeners.trajectoryId, trajectoryId), ne(listeners.email, '')));
    if (addresses.length > 0) {
      const ofTrajectory = tx
        .select({ id: meetings.id })
        .from(meetings)
        .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId)));
      await tx.delete(meetingInvitees).where(
        inOrg(
          meetingInvitees,
          orgId,
          inArray(meetingInvitees.meetingId, ofTrajectory),
          inArray(
            meetingInvitees.email,
            addresses.map((a) => a.email),
          ),
        ),
      );
    }
    const gone = await tx
      .update(listeners)
      .set({ name: '', email: '' })
      .where(inOrg(listeners, orgId, eq(listeners.trajectoryId, trajectoryId), or(ne(listeners.name, ''), ne(listeners.email, ''))))
      .returning({ id: listeners.id });
    return gone.length;
  }
  const gone = await tx
    .update(boardPledges)
    .set({ reminderEmail: '' })
    .where(inOrg(boardPledges, orgId, ne(boardPledges.reminderEmail, ''), inArray(boardPledges.boardId, boardsOf(tx, orgId, trajectoryId))))
    .returning({ id: boardPledges.id });
  return gone.length;
}

/**
 * How long a submission key is kept (form_submissions, decision 0015): 7 days. A key is there to
 * answer a repeat of the same submission: a double click or a retry after a lost answer comes
 * within seconds or minutes, and the API's Idempotency-Key is used by integrations that retry a
 * failed run later, the next night or after a weekend (a sync that failed on Friday evening and is
 * run again on Monday). Seven days covers that with room; after it, a repeat creates anew, as an
 * unkeyed create would. The rows are small, but their answers name what was created (ids), so
 * they are not kept longer than they serve.
 */
export const SUBMISSION_KEY_DAYS = 7;

/** Deletes submission keys older than SUBMISSION_KEY_DAYS (of one organisation, or of all). */
async function forgetOldSubmissions(orgId: string | undefined, now: Date) {
  const before = new Date(now.getTime() - SUBMISSION_KEY_DAYS * 24 * 60 * 60 * 1000);
  const database = await db();
  await database.delete(formSubmissions).where(and(orgId ? eq(formSubmissions.orgId, orgId) : undefined, lt(formSubmissions.createdAt, before)));
}

/** Makes sure the next daily sweep is queued: one job with a run moment after `now`. */
export async function keepRetentionSweep(tx: Tx, now = new Date()) {
  const [pending] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, RETENTION_JOB), isNull(jobs.doneAt), gt(jobs.runAt, now)))
    .limit(1);
  if (!pending) await enqueueJob(tx, { kind: RETENTION_JOB, payload: {}, runAt: nextSweepAt(now) });
}
