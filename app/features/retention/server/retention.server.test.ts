// The retention sweep on the real database with the clock moved forward (issue 16): nothing is
// deleted before its day, everything due is deleted on it, the log says what (never who), and the
// pseudonymous records stay. Old submission keys (form_submissions) go too. The sweep is called for this test's organisation with `now` of our
// choosing, not through runDueJobs (other test files share the jobs table).
import { randomUUID } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import {
  agendaItems,
  boardPledges,
  boards,
  formSubmissions,
  jobs,
  listeners,
  meetingInvitees,
  meetings,
  minuteNotes,
  organisations,
  participantPersonalData,
  participants,
  retentionLog,
} from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { trajectoryWith } from '#tests/factories';
import { nextSweepAt } from '#app/features/actions/domain/reminders';
import { SUBMISSION_FIELD } from '#app/utils/forms';
import { withSubmission } from '#app/utils/submissions.server';
import { applyRetention, keepRetentionSweep, RETENTION_JOB, SUBMISSION_KEY_DAYS } from './apply-retention.server';
import { extendRetention } from './extend-retention.server';
import { getRetentionPage } from './get-retention-page.server';
import { updateRetentionSettings } from './update-retention-settings.server';

beforeAll(async () => {
  await db();
});

/** Noon in Amsterdam on a day (winter and summer alike inside the day). */
const noonOn = (day: string) => new Date(`${day}T10:00:00Z`);

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], member: ['member', 'workgroup'], admin: ['admin'] });
  const database = await db();
  const ids = { orgId: org.id, trajectoryId: trajectory.id };
  // The last step: the follow-up session on 2026-03-10 (the mirror meeting was earlier).
  const [mirror] = await database
    .insert(meetings)
    .values([
      { ...ids, kind: 'mirror', date: '2026-02-03' },
      { ...ids, kind: 'follow_up', date: '2026-03-10' },
    ])
    .returning();
  // Invited to the mirror meeting with its calendar entry: a listener and a member of the workgroup.
  await database.insert(meetingInvitees).values([
    { orgId: org.id, meetingId: mirror!.id, email: 'jan@wijkteam.nl', name: 'Jan de Wit' },
    { orgId: org.id, meetingId: mirror!.id, email: 'werkgroep@gemeente.nl', name: 'Werkgroep' },
  ]);
  const personal = { name: 'Fatma', surname: 'Yilmaz', phone: '0612345678', email: 'fatma@example.nl' };
  const parent = await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal, consent: true });
  await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal: { name: 'Karim' }, consent: true });
  await database.insert(listeners).values([
    { ...ids, name: 'Jan de Wit', organisation: 'Wijkteam', email: 'jan@wijkteam.nl', linkToken: randomUUID() },
    { ...ids, name: 'Els', organisation: 'School', linkToken: randomUUID() },
  ]);
  const [board] = await database
    .insert(boards)
    .values({ ...ids, joinCode: randomUUID().slice(0, 6) })
    .returning();
  await database.insert(boardPledges).values([
    { orgId: org.id, boardId: board!.id, text: 'Ik bel vaker terug', reminderEmail: 'iemand@school.nl', reminderWeeks: 6, idempotencyKey: 'a' },
    { orgId: org.id, boardId: board!.id, text: 'Ik luister eerst', idempotencyKey: 'b' },
  ]);
  await database.insert(minuteNotes).values({
    ...ids,
    participantId: parent.id,
    summary: 'Ouder A vertelt over de wachtlijst',
    quotes: ['Ik wacht al een jaar'],
    idempotencyKey: randomUUID(),
  });
  await database.insert(agendaItems).values({ ...ids, rank: 1, title: 'Korter wachten', quotes: ['Ik wacht al een jaar'], status: 'agreed' });
  const state = async () => ({
    personal: await database.select().from(participantPersonalData).where(eq(participantPersonalData.trajectoryId, trajectory.id)),
    pseudonyms: (await database.select({ p: participants.pseudonym }).from(participants).where(eq(participants.trajectoryId, trajectory.id)))
      .map((r) => r.p)
      .sort(),
    invitees: (await database.select({ email: meetingInvitees.email }).from(meetingInvitees).where(eq(meetingInvitees.orgId, org.id)))
      .map((r) => r.email)
      .sort(),
    listeners: await database
      .select({ name: listeners.name, email: listeners.email, organisation: listeners.organisation })
      .from(listeners)
      .where(eq(listeners.trajectoryId, trajectory.id)),
    pledges: await database
      .select({ text: boardPledges.text, email: boardPledges.reminderEmail })
      .from(boardPledges)
      .where(eq(boardPledges.boardId, board!.id)),
    notes: await database
      .select({ summary: minuteNotes.summary, quotes: minuteNotes.quotes })
      .from(minuteNotes)
      .where(eq(minuteNotes.trajectoryId, trajectory.id)),
    agenda: await database
      .select({ title: agendaItems.title, quotes: agendaItems.quotes })
      .from(agendaItems)
      .where(eq(agendaItems.trajectoryId, trajectory.id)),
    log: await database
      .select({
        kind: retentionLog.kind,
        action: retentionLog.action,
        count: retentionLog.count,
        keepUntil: retentionLog.keepUntil,
        reason: retentionLog.reason,
      })
      .from(retentionLog)
      .where(eq(retentionLog.trajectoryId, trajectory.id))
      .orderBy(retentionLog.at),
  });
  const sweep = (day: string) => applyRetention({ orgId: org.id }, noonOn(day));
  return { org, trajectory, people, state, sweep };
}

describe('the retention sweep (job retention-sweep)', () => {
  it('deletes nothing early, everything due on its day, logs counts only and keeps the pseudonymous records', async () => {
    const { state, sweep } = await setUp();
    const before = await state();
    expect(before.personal).toHaveLength(2);

    // Defaults: pledges 6 months after 2026-03-10, the rest 12.
    await sweep('2026-03-11');
    await sweep('2026-09-09');
    expect(await state()).toEqual(before);

    await sweep('2026-09-10');
    const afterPledges = await state();
    expect(afterPledges.pledges).toEqual([
      { text: 'Ik bel vaker terug', email: '' },
      { text: 'Ik luister eerst', email: '' },
    ]);
    expect(afterPledges.personal).toHaveLength(2);
    expect(afterPledges.listeners).toEqual(before.listeners);
    expect(afterPledges.log).toEqual([{ kind: 'pledges', action: 'deleted', count: 1, keepUntil: null, reason: '' }]);

    await sweep('2027-03-09');
    expect((await state()).personal).toHaveLength(2);

    await sweep('2027-03-10');
    const after = await state();
    expect(after.personal).toEqual([]);
    expect(after.listeners).toEqual([
      { name: '', email: '', organisation: 'Wijkteam' },
      { name: '', email: '', organisation: 'School' },
    ]);
    // The listener's address went from the meeting's invitees too; the workgroup member's stays.
    expect(before.invitees).toEqual(['jan@wijkteam.nl', 'werkgroep@gemeente.nl']);
    expect(after.invitees).toEqual(['werkgroep@gemeente.nl']);
    expect(after.log).toEqual([
      { kind: 'pledges', action: 'deleted', count: 1, keepUntil: null, reason: '' },
      { kind: 'participants', action: 'deleted', count: 2, keepUntil: null, reason: '' },
      { kind: 'listeners', action: 'deleted', count: 2, keepUntil: null, reason: '' },
    ]);
    // What stays: pseudonyms, minutes, quotes, the agenda.
    expect([after.pseudonyms, after.notes, after.agenda]).toEqual([before.pseudonyms, before.notes, before.agenda]);
    expect(JSON.stringify(after.log)).not.toMatch(/Fatma|Yilmaz|0612|@/);

    // A later sweep finds nothing more to do, and logs nothing.
    await sweep('2027-06-01');
    expect((await state()).log).toHaveLength(3);
  });

  it("follows the organisation's periods, and an extension keeps the data until its day", async () => {
    const { org, people, state, sweep } = await setUp();
    await updateRetentionSettings({ orgId: org.id, actor: people.admin.actor, participants: 3, listeners: 24, pledges: 1 });
    const lead = people.lead.scope;
    await expect(extendRetention({ ...lead, kind: 'participants', keepUntil: '2026-06-10', reason: 'Zelfde dag' })).rejects.toMatchObject({
      messageKey: 'personalData.extendNotLater',
    });
    await extendRetention({ ...lead, kind: 'participants', keepUntil: '2026-09-01', reason: 'Vervolgtraject in de zomer' }, noonOn('2026-04-01'));
    const page = await getRetentionPage(lead, noonOn('2026-04-01'));
    expect(page.rows.map((r) => [r.kind, r.dueOn, r.extended, r.remaining])).toEqual([
      ['participants', '2026-09-01', true, 2],
      ['listeners', '2028-03-10', false, 2],
      ['pledges', '2026-04-10', false, 1],
    ]);

    await sweep('2026-06-10');
    expect((await state()).personal).toHaveLength(2);
    await sweep('2026-09-01');
    const after = await state();
    expect(after.personal).toEqual([]);
    expect(after.listeners[0]!.name).toBe('Jan de Wit');
    expect(after.log.map((e) => [e.kind, e.action])).toEqual([
      ['participants', 'extended'],
      ['pledges', 'deleted'],
      ['participants', 'deleted'],
    ]);
  });

  it('deletes nothing of a trajectory without a date, and only a coordinator or lead extends', async () => {
    const { org, trajectory, people, state, sweep } = await setUp();
    await (await db()).delete(meetings).where(eq(meetings.trajectoryId, trajectory.id));
    const before = await state();
    await sweep('2040-01-01');
    expect(await state()).toEqual(before);
    await expect(extendRetention({ ...people.member.scope, kind: 'listeners', keepUntil: '2041-01-01', reason: 'x' })).rejects.toMatchObject({ status: 403 });
    const [settings] = await (await db()).select({ p: organisations.retentionPledgeMonths }).from(organisations).where(eq(organisations.id, org.id));
    expect(settings!.p).toBe(6);
  });

  it('keeps one daily sweep queued, and a sweep of one organisation queues none', async () => {
    // Far in the future, so no other test's run of due jobs picks it up.
    const now = new Date('2090-05-05T12:00:00Z');
    const database = await db();
    const pending = () =>
      database
        .select({ runAt: jobs.runAt })
        .from(jobs)
        .where(and(eq(jobs.kind, RETENTION_JOB), gt(jobs.runAt, now)));
    const { sweep } = await setUp();
    await sweep('2090-05-05');
    expect(await pending()).toEqual([]);
    await database.transaction((tx) => keepRetentionSweep(tx, now));
    await database.transaction((tx) => keepRetentionSweep(tx, now));
    expect(await pending()).toEqual([{ runAt: nextSweepAt(now) }]);
    await database.delete(jobs).where(and(eq(jobs.kind, RETENTION_JOB), gt(jobs.runAt, now)));
  });

  it('forgets submission keys after seven days: a repeat before then answers the first creation, one after it creates anew', async () => {
    const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'] });
    const other = await trajectoryWith({ lead: ['coordinator', 'lead'] });
    const database = await db();
    const key = randomUUID();
    const form = new FormData();
    form.set(SUBMISSION_FIELD, key);
    const input = { kind: 'parent' as const, status: 'registered' as const, personal: { name: 'Noor' }, consent: true };
    const submit = (scope: typeof people.lead.scope) => withSubmission(form, input, () => createParticipant({ ...scope, ...input }));
    const first = await submit(people.lead.scope);
    await submit(other.people.lead.scope);
    const keys = (orgId: string) => database.select().from(formSubmissions).where(eq(formSubmissions.orgId, orgId));
    const [row] = await keys(org.id);
    expect(row).toMatchObject({ key, operation: 'participants.create' });
    const day = 24 * 60 * 60 * 1000;
    const created = row!.createdAt.getTime();

    // A minute before the seventh day is over: kept, and a repeat creates nothing.
    await applyRetention({ orgId: org.id }, new Date(created + SUBMISSION_KEY_DAYS * day - 60_000));
    expect(await keys(org.id)).toHaveLength(1);
    expect((await submit(people.lead.scope)).id).toBe(first.id);
    const count = async () => (await database.select().from(participants).where(eq(participants.trajectoryId, trajectory.id))).length;
    expect(await count()).toBe(1);

    // A minute after: gone, only for the organisation swept; the same key now creates anew.
    await applyRetention({ orgId: org.id }, new Date(created + SUBMISSION_KEY_DAYS * day + 60_000));
    expect(await keys(org.id)).toEqual([]);
    expect(await keys(other.org.id)).toHaveLength(1);
    expect((await submit(people.lead.scope)).id).not.toBe(first.id);
    expect(await count()).toBe(2);
  });
});
