// Shared by the actions' operations only: finding an action, the name guard, recording an update,
// keeping the daily reminder sweep scheduled, and the reads behind the pages.
import { and, asc, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { actions, actionUpdates, agendaItems, jobs, partners, users } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { findingsIn } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { enqueueJob } from '#app/jobs/enqueue-job.server';
import { config } from '#app/utils/config.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import type { ActionInput, UpdateInput } from '../domain/action-fields';
import { nextSweepAt, REMINDER_JOB } from '../domain/reminders';
import { type ActionStatus, isClosed, stopReasonFor } from '../domain/statuses';

type InTrajectory = { orgId: string; trajectoryId: string };

/** This action, in this trajectory of this organisation. */
export const theAction = ({ orgId, trajectoryId }: InTrajectory, actionId: string, ...more: SQL[]) =>
  inOrg(actions, orgId, and(eq(actions.id, actionId), eq(actions.trajectoryId, trajectoryId), ...more));

/** The stop reason to store; stopping without one is refused next to the field. */
export function stopReasonOrRefuse(status: ActionStatus, reason: string): string {
  const checked = stopReasonFor(status, reason);
  if (!checked.ok) throw new RuleError('actions.stopReasonRequired', 'stopReason');
  return checked.stopReason;
}

/**
 * Parents read titles, next steps, reasons and updates on "you said, we did": the trajectory's
 * participants' names and contact data are refused next to the field that holds them. The names
 * are read here and never returned.
 */
export async function refuseIdentifying(tx: Tx, { orgId, trajectoryId }: InTrajectory, fields: Record<string, string>) {
  const names = Object.keys(fields);
  const [first] = findingsIn(
    names.map((name) => fields[name]!),
    await knownIdentifiers(tx, orgId, trajectoryId),
  );
  if (first) throw new RuleError('privacy.identifying', names[first.text]);
}

/** The owner and the agenda item must belong to the trajectory: another's is a 404. */
export async function checkOwnerAndItem(tx: Tx, { orgId, trajectoryId }: InTrajectory, input: Pick<ActionInput, 'partnerId' | 'agendaItemId'>) {
  if (input.partnerId) {
    const [partner] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(inOrg(partners, orgId, and(eq(partners.id, input.partnerId), eq(partners.trajectoryId, trajectoryId))));
    if (!partner) notFound();
  }
  if (input.agendaItemId) {
    const [item] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.trajectoryId, trajectoryId))));
    if (!item) notFound();
  }
}

/** The action's own fields, checked: a stop reason when stopped, nothing identifying. */
export async function checkedAction(tx: Tx, where: InTrajectory, input: ActionInput): Promise<ActionInput> {
  const stopReason = stopReasonOrRefuse(input.status, input.stopReason);
  await refuseIdentifying(tx, where, { title: input.title, nextStep: input.nextStep, stopReason });
  await checkOwnerAndItem(tx, where, input);
  const { title, agendaItemId, partnerId, ownerName, status, dueOn, nextStep } = input;
  return { title, agendaItemId, partnerId, ownerName, status, stopReason, dueOn, nextStep };
}

/**
 * A dated update on an action: it may change the status (stopping needs a reason) and marks when
 * the owner was last heard of. By a signed-in person (authorId) or through the partner link (partnerId).
 */
export async function recordUpdate(tx: Tx, action: InTrajectory & { id: string }, input: UpdateInput & { authorId: string | null; partnerId: string | null }) {
  const stopReason = stopReasonOrRefuse(input.status, input.stopReason);
  await refuseIdentifying(tx, action, { text: input.text, evidence: input.evidence, stopReason });
  const now = new Date();
  await tx.update(actions).set({ status: input.status, stopReason, lastUpdateAt: now, updatedAt: now }).where(theAction(action, action.id));
  const [update] = await tx
    .insert(actionUpdates)
    .values({
      orgId: action.orgId,
      actionId: action.id,
      text: input.text,
      evidence: input.evidence,
      status: input.status,
      authorId: input.authorId,
      partnerId: input.partnerId,
      createdAt: now,
    })
    .returning({ id: actionUpdates.id });
  if (!isClosed(input.status)) await keepReminderSweep(tx, now);
  return update!;
}

/**
 * Makes sure the daily reminder sweep is queued: one job with a run moment after `now`. A sweep
 * that runs queues the next one itself while open actions remain.
 */
export async function keepReminderSweep(tx: Tx, now: Date) {
  const [pending] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, REMINDER_JOB), isNull(jobs.doneAt), gt(jobs.runAt, now)))
    .limit(1);
  if (!pending) await enqueueJob(tx, { kind: REMINDER_JOB, payload: {}, runAt: nextSweepAt(now) });
}

/** The partner's personal page, where owners update their actions without an account. */
export const partnerActionsUrl = (linkToken: string) => `${config.appUrl}/p/partner/${linkToken}#acties`;

/** Actions with their owner's organisation, in the order a list shows them: due first, then by when they were made. */
export async function actionRows(database: Db, where: SQL) {
  return database
    .select({
      id: actions.id,
      trajectoryId: actions.trajectoryId,
      agendaItemId: actions.agendaItemId,
      title: actions.title,
      partnerId: actions.partnerId,
      partnerName: partners.name,
      ownerName: actions.ownerName,
      status: actions.status,
      stopReason: actions.stopReason,
      dueOn: actions.dueOn,
      nextStep: actions.nextStep,
      lastUpdateAt: actions.lastUpdateAt,
      createdAt: actions.createdAt,
    })
    .from(actions)
    .leftJoin(partners, eq(partners.id, actions.partnerId))
    .where(where)
    .orderBy(sql`${actions.dueOn} asc nulls last`, asc(actions.createdAt), asc(actions.title));
}

export type ActionRow = Awaited<ReturnType<typeof actionRows>>[number];

/** The updates of these actions, newest first, with who wrote them: a person, or a partner through its link. */
export async function updatesOf(database: Db, orgId: string, actionIds: string[]) {
  if (actionIds.length === 0) return [];
  return database
    .select({
      id: actionUpdates.id,
      actionId: actionUpdates.actionId,
      text: actionUpdates.text,
      evidence: actionUpdates.evidence,
      status: actionUpdates.status,
      createdAt: actionUpdates.createdAt,
      authorName: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      partnerName: partners.name,
    })
    .from(actionUpdates)
    .leftJoin(users, eq(users.id, actionUpdates.authorId))
    .leftJoin(partners, eq(partners.id, actionUpdates.partnerId))
    .where(inOrg(actionUpdates, orgId, inArray(actionUpdates.actionId, actionIds)))
    .orderBy(desc(actionUpdates.createdAt));
}

export type ActionUpdateRow = Awaited<ReturnType<typeof updatesOf>>[number];

/** Each action with its updates (newest first). */
export async function withUpdates(database: Db, orgId: string, rows: ActionRow[]) {
  const updates = await updatesOf(
    database,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, updates: updates.filter((u) => u.actionId === row.id) }));
}

export type ActionWithUpdates = Awaited<ReturnType<typeof withUpdates>>[number];
