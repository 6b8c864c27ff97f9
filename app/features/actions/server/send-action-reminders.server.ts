import { eq, inArray, isNull, lte, ne, notInArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';
import { actions, partners, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { REMINDER_RULES, type ReminderReason, reminderReason } from '../domain/reminders';
import { CLOSED_STATUSES } from '../domain/statuses';
import { keepReminderSweep, partnerActionsUrl } from './actions-records.server';

// The job's payload is empty (every organisation); tests name one organisation.
const payloadSchema = z.object({ orgId: z.uuid().optional() });
const DAY_MS = 86_400_000;

/**
 * The daily reminder sweep (job 'action-reminders', run by app/jobs): per organisation, one
 * e-mail per owner organisation, to its contact person, listing its open actions that are due
 * (within a week or passed) or have had no update for six weeks (domain/reminders.ts), with its
 * personal link. Each action is claimed (lastReminderAt) before the mail goes, so two sweeps at
 * once never send it twice; a mail that fails gives its claims back, the other organisations
 * still get theirs, and the job is retried. Queues the next sweep while open actions remain.
 */
export async function sendActionReminders(payload: Record<string, unknown>, now = new Date()): Promise<void> {
  const { orgId } = payloadSchema.parse(payload);
  const database = await db();
  // The one query across organisations: which of them have open actions. Everything after is per organisation.
  const orgIds = orgId
    ? [orgId]
    : (
        await database
          .selectDistinct({ orgId: actions.orgId })
          .from(actions)
          .where(notInArray(actions.status, [...CLOSED_STATUSES]))
      ).map((r) => r.orgId);
  let remaining = 0;
  let failure: unknown = null;
  for (const id of orgIds) {
    try {
      remaining += await remindOwnersIn(id, now);
    } catch (error) {
      failure ??= error;
      remaining++;
    }
  }
  if (remaining > 0) await database.transaction((tx) => keepReminderSweep(tx, now));
  if (failure) throw failure;
}

/** The reminders of one organisation; answers how many open actions with an owner to remind it has. */
async function remindOwnersIn(orgId: string, now: Date): Promise<number> {
  const database = await db();
  const open = await database
    .select({
      id: actions.id,
      title: actions.title,
      status: actions.status,
      dueOn: actions.dueOn,
      createdAt: actions.createdAt,
      lastUpdateAt: actions.lastUpdateAt,
      lastReminderAt: actions.lastReminderAt,
      partnerId: partners.id,
      partnerName: partners.name,
      contactName: partners.contactName,
      contactEmail: partners.contactEmail,
      linkToken: partners.linkToken,
      trajectoryTitle: trajectories.title,
    })
    .from(actions)
    .innerJoin(partners, eq(partners.id, actions.partnerId))
    .innerJoin(trajectories, eq(trajectories.id, actions.trajectoryId))
    .where(inOrg(actions, orgId, notInArray(actions.status, [...CLOSED_STATUSES]), ne(partners.contactEmail, '')));
  const due = open.flatMap((action) => {
    const reason = reminderReason(action, now);
    return reason ? [{ ...action, reason }] : [];
  });
  const org = await orgName(orgId, database);
  for (const partnerId of new Set(due.map((a) => a.partnerId))) {
    const mine = due.filter((a) => a.partnerId === partnerId);
    // Claim: only actions no other sweep reminded in this period.
    const claimed = await database
      .update(actions)
      .set({ lastReminderAt: now })
      .where(
        inOrg(
          actions,
          orgId,
          inArray(
            actions.id,
            mine.map((a) => a.id),
          ),
          or(isNull(actions.lastReminderAt), lte(actions.lastReminderAt, new Date(now.getTime() - REMINDER_RULES.repeatDays * DAY_MS))),
        ),
      )
      .returning({ id: actions.id });
    const listed = mine.filter((a) => claimed.some((c) => c.id === a.id));
    if (listed.length === 0) continue;
    try {
      await sendMail({ ...reminderMail(listed, org), lang: 'nl', orgId });
    } catch (error) {
      for (const a of listed)
        await database
          .update(actions)
          .set({ lastReminderAt: a.lastReminderAt })
          .where(inOrg(actions, orgId, eq(actions.id, a.id)));
      throw error;
    }
  }
  return open.length;
}

type Listed = {
  title: string;
  reason: ReminderReason;
  dueOn: string | null;
  lastUpdateAt: Date | null;
  createdAt: Date;
  partnerName: string;
  contactName: string;
  contactEmail: string;
  linkToken: string;
  trajectoryTitle: string;
};

/** The mail, in Dutch: partners are Dutch organisations and we do not know their contact's language. */
function reminderMail(listed: Listed[], orgName: string) {
  const t = createTranslator('nl');
  const [first] = listed as [Listed, ...Listed[]];
  const why = (a: Listed) => {
    if (a.reason === 'quiet') return t('actions.reminderQuiet', { date: formatDate(a.lastUpdateAt ?? a.createdAt, 'nl') });
    const date = formatDate(a.dueOn ?? '', 'nl');
    return t(a.reason === 'overdue' ? 'actions.reminderOverdue' : a.reason === 'due-today' ? 'actions.reminderDueToday' : 'actions.reminderDueSoon', { date });
  };
  const lines = listed.map((a) => `- ${a.title}: ${why(a)}`).join('\n');
  const greeting = first.contactName ? t('partners.mailGreeting', { name: first.contactName }) : t('partners.mailGreetingNoName');
  const body = t('actions.reminderBody', {
    org: orgName,
    partner: first.partnerName,
    trajectory: first.trajectoryTitle,
    actions: lines,
    link: partnerActionsUrl(first.linkToken),
  });
  return { to: first.contactEmail, subject: t('actions.reminderSubject', { trajectory: first.trajectoryTitle }), text: `${greeting}\n\n${body}` };
}
