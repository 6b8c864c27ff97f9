// The daily reminder sweep (job 'action-reminders') on the real database. The sweep is called
// for this test's organisation at a moment of our choosing, not through runDueJobs: a run takes
// every due job in the database, which other test files share
// (see app/features/board/server/reminder-jobs.server.test.ts). A sweep that such a run starts
// uses the real clock: nothing here needs a reminder at the real now.
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { jobs, mailOutbox, partners } from '#app/db/schema';
import { addDays } from '#app/features/calendar/domain/days';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { newToken } from '#app/utils/tokens.server';
import { trajectoryWith, uniqueEmail } from '#tests/factories';
import { nextSweepAt, REMINDER_JOB } from '../domain/reminders';
import { addAction } from './add-action.server';
import { addActionUpdateByPartner } from './add-action-update-by-partner.server';
import { listPartnerActions } from './list-partner-actions.server';
import { sendActionReminders } from './send-action-reminders.server';

const DAY = 86_400_000;

beforeAll(async () => {
  await db();
});

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'] }, { title: 'Opgroeien in Oost' });
  const at = people.lead.scope;
  const email = uniqueEmail('eigenaar');
  const [partner] = await (
    await db()
  )
    .insert(partners)
    .values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      name: 'Welzijn Oost',
      domain: 'welfare',
      contactName: 'Sanne Bakker',
      contactEmail: email,
      linkToken: newToken(),
    })
    .returning();
  const base = { agendaItemId: null, ownerName: 'Sanne', stopReason: '', nextStep: '' };
  const dueIn = (days: number) => addDays(todayInAmsterdam(), days);
  await addAction({ ...at, ...base, title: 'Folder in gewone taal', partnerId: partner!.id, status: 'running', dueOn: dueIn(20) });
  await addAction({ ...at, ...base, title: 'Al klaar', partnerId: partner!.id, status: 'done', dueOn: dueIn(-3) });
  await addAction({ ...at, ...base, title: 'Zonder eigenaar', partnerId: null, status: 'planned', dueOn: dueIn(-3) });
  const database = await db();
  const outbox = () => database.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(mailOutbox.createdAt);
  const pending = () =>
    database
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, REMINDER_JOB), isNull(jobs.doneAt)));
  return { org, at, partner: partner!, outbox, pending };
}

describe('reminders to owners of actions (job action-reminders)', () => {
  it('queues the daily sweep at the next 08:00 in Amsterdam, once however many actions are added', async () => {
    const before = new Date();
    const { pending } = await setUp();
    const queued = (await pending()).filter((j) => j.runAt > before);
    // Other test files may add actions at the same time; a sweep that finds another queued does not queue again.
    expect(queued.length).toBeGreaterThanOrEqual(1);
    expect(queued.length).toBeLessThan(3);
    expect(queued.map((j) => j.runAt.getTime())).toContain(nextSweepAt(before).getTime());
    expect(queued.every((j) => JSON.stringify(j.payload) === '{}')).toBe(true);
  });

  it('mails the owner once when the due day is near, not twice, then again a week later when it has passed', async () => {
    const { org, partner, outbox, pending } = await setUp();
    const now = Date.now();

    // Today nothing is due soon and nothing is quiet yet.
    await sendActionReminders({ orgId: org.id }, new Date(now));
    expect(await outbox()).toHaveLength(0);

    // Two weeks on the due day is six days away: one mail, also when two sweeps run at once.
    const soon = new Date(now + 14 * DAY);
    await Promise.all([sendActionReminders({ orgId: org.id }, soon), sendActionReminders({ orgId: org.id }, soon)]);
    await sendActionReminders({ orgId: org.id }, new Date(soon.getTime() + 3600_000));
    const [first, ...rest] = await outbox();
    expect(rest).toHaveLength(0);
    expect(first!.subject).toBe('Herinnering: uw acties in het spiegeltraject "Opgroeien in Oost"');
    expect(first!.text).toContain('Beste Sanne Bakker,');
    expect(first!.text).toMatch(/- Folder in gewone taal: de deadline is \d+ \w+ \d{4}/);
    expect(first!.text).toContain(`/p/partner/${partner.linkToken}#acties`);
    expect(first!.text).not.toContain('Al klaar');
    expect(first!.text).not.toContain('Zonder eigenaar');

    // A week after the reminder the due day has passed: the next one.
    await sendActionReminders({ orgId: org.id }, new Date(now + 21 * DAY));
    const mails = await outbox();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toMatch(/- Folder in gewone taal: de deadline was \d+ \w+ \d{4}/);

    // The sweep queued its next run.
    const next = await pending();
    expect(next.some((j) => j.runAt.getTime() > now + 21 * DAY)).toBe(true);
  });

  it('sends nothing in the week after the owner wrote an update, and never for done or stopped actions', async () => {
    const { org, at, partner, outbox } = await setUp();
    const { id } = await addAction({
      ...at,
      title: 'Inloopochtend op zaterdag',
      agendaItemId: null,
      partnerId: partner.id,
      ownerName: '',
      status: 'planned',
      stopReason: '',
      dueOn: addDays(todayInAmsterdam(), 12),
      nextStep: '',
    });
    await addActionUpdateByPartner({ partner, actionId: id, text: 'Ruimte is gevonden.', evidence: '', status: 'running', stopReason: '' });
    const now = Date.now();
    // In six days the due day is six days away, but the owner wrote six days before: no reminder yet.
    await sendActionReminders({ orgId: org.id }, new Date(now + 6 * DAY));
    expect(await outbox()).toHaveLength(0);
    // A week after the update it comes, for this action only.
    await sendActionReminders({ orgId: org.id }, new Date(now + 8 * DAY));
    const [mail, ...more] = await outbox();
    expect(more).toHaveLength(0);
    expect(mail!.text).toMatch(/- Inloopochtend op zaterdag: de deadline is/);
    expect(mail!.text).not.toContain('Folder in gewone taal');

    // Done and stopped: never again, however late.
    const [folder] = (await listPartnerActions({ partner })).actions.filter((a) => a.title === 'Folder in gewone taal');
    await addActionUpdateByPartner({ partner, actionId: id, text: 'Het loopt.', evidence: '', status: 'done', stopReason: '' });
    await addActionUpdateByPartner({ partner, actionId: folder!.id, text: 'Geen drukker.', evidence: '', status: 'stopped', stopReason: 'Geen budget.' });
    await sendActionReminders({ orgId: org.id }, new Date(now + 90 * DAY));
    expect(await outbox()).toHaveLength(1);
  });

  it('sweeps every organisation when the job names none, and queues the next sweep', async () => {
    const [one, two] = [await setUp(), await setUp()];
    for (const { at, partner } of [one, two]) {
      const dueOn = addDays(todayInAmsterdam(), 3);
      await addAction({
        ...at,
        title: 'Binnenkort',
        agendaItemId: null,
        partnerId: partner.id,
        ownerName: '',
        status: 'running',
        stopReason: '',
        dueOn,
        nextStep: '',
      });
    }
    // As the job runs it: no organisation named, the real clock. (Another file's job run may get there first: still one mail each.)
    const before = new Date();
    await sendActionReminders({});
    await expect.poll(() => one.outbox()).toHaveLength(1);
    await expect.poll(() => two.outbox()).toHaveLength(1);
    expect((await one.outbox())[0]!.text).toMatch(/- Binnenkort: de deadline is/);
    expect((await one.pending()).some((j) => j.runAt > before)).toBe(true);
  });
});
