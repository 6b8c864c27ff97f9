// Losing the role that invited you (review of issue 17, item 3): one cancellation of each coming
// meeting you were invited to, nothing after it, and the meeting gone from your calendar feed.
// Past meetings and people who keep another role stay as they were.
import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { jobs, mailOutbox, meetingInvitees, meetings, users } from '#app/db/schema';
import { removeMember } from '#app/features/organisations/server/remove-member.server';
import { removeTrajectoryRole } from '#app/features/trajectory/server/assign-trajectory-role.server';
import type { Mail } from '#app/mail/send-mail.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { getCalendarFeed } from './get-calendar-feed.server';
import { MEETING_CHANGE_JOB } from './record-meeting-change.server';
import { renewCalendarFeed } from './renew-calendar-feed.server';
import { saveMeetingDates } from './save-meeting-dates.server';
import { sendInvitationWithdrawal } from './send-invitation-withdrawal.server';
import { sendMeetingChange } from './send-meeting-change.server';
import { sendMeetingInvitation } from './send-meeting-invitation.server';
import { INVITATION_WITHDRAWN_JOB } from './withdraw-invitations.server';

const capture = () => {
  const sent: Mail[] = [];
  return { sent, send: async (mail: Mail) => void sent.push(mail) };
};

function calendarOf(mail: Mail) {
  const calendar = new ICAL.Component(ICAL.parse(mail.icalEvent!.content));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { method: calendar.getFirstPropertyValue('method'), status: vevent.getFirstPropertyValue('status'), event: new ICAL.Event(vevent) };
}

/** The cancellations queued for people who lost their role in this organisation. */
async function withdrawalJobs(orgId: string) {
  return (await db())
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, INVITATION_WITHDRAWN_JOB), sql`${jobs.payload}->>'orgId' = ${orgId}`))
    .orderBy(jobs.id);
}

async function jobsFor(kind: string, meetingId: string) {
  return (await db())
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), sql`${jobs.payload}->>'meetingId' = ${meetingId}`))
    .orderBy(jobs.id);
}

/** A trajectory with a coming mirror meeting and a follow-up that is over, both invited to. */
async function setup() {
  const org = await makeOrg();
  const lead = await makeMember(org.id, 'coordinator', 'Sanne de Vries');
  const leaving = await makeMember(org.id, 'member', 'Jan van den Berg');
  const keeping = await makeMember(org.id, 'member', 'Fatima El Amrani');
  const database = await db();
  await database.update(users).set({ locale: 'en' }).where(eq(users.id, leaving.user.id));
  const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien in Oost' });
  await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
  await giveRole(org.id, trajectory.id, leaving.user.id, 'minute_taker');
  await giveRole(org.id, trajectory.id, keeping.user.id, 'minute_taker');
  await giveRole(org.id, trajectory.id, keeping.user.id, 'workgroup');
  const scope = await scopeIn(lead, trajectory.id);
  await saveMeetingDates({
    ...scope,
    dates: [
      { kind: 'mirror', date: '2027-01-14', startTime: '19:00' },
      { kind: 'follow_up', date: '2027-02-04', startTime: '10:00' },
    ],
  });
  const rows = await database.select().from(meetings).where(eq(meetings.trajectoryId, trajectory.id));
  const mirror = rows.find((m) => m.kind === 'mirror')!;
  const followUp = rows.find((m) => m.kind === 'follow_up')!;
  for (const kind of ['mirror', 'follow_up'] as const) await sendMeetingInvitation({ ...scope, kind, locale: 'nl', senderName: 'Sanne de Vries' });
  // The follow-up took place long ago.
  await database.update(meetings).set({ date: '2020-02-04' }).where(eq(meetings.id, followUp.id));
  return { org, lead, leaving, keeping, trajectory, scope, mirror, followUp };
}

/** Who a change of the meeting reaches (withdrawn invitations aside), and whose invitation is withdrawn. */
async function inviteesOf(meetingId: string) {
  const rows = await (await db()).select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId));
  return {
    invited: rows
      .filter((r) => !r.withdrawnAt)
      .map((r) => r.email)
      .sort(),
    withdrawn: rows.filter((r) => r.withdrawnAt).map((r) => r.email),
  };
}

describe('someone who loses the role that invited them', () => {
  it('gets one cancellation of the coming meeting, no later change, and no longer has it in their feed', async () => {
    const { lead, leaving, keeping, trajectory, scope, mirror, followUp } = await setup();
    const token = await renewCalendarFeed({ userId: leaving.user.id });
    expect(await getCalendarFeed({ token })).toContain(`UID:${mirror.id}@spiegel`);

    await removeTrajectoryRole({ ...scope, trajectoryId: trajectory.id, userId: leaving.user.id, role: 'minute_taker' });

    // No longer invited to the coming meeting; the one that is over keeps its list.
    expect(await inviteesOf(mirror.id)).toEqual({ invited: [lead.user.email, keeping.user.email].sort(), withdrawn: [leaving.user.email] });
    expect((await inviteesOf(followUp.id)).invited).toContain(leaving.user.email);

    // One cancellation, queued with the removal (naming the invitation, not the person): METHOD:CANCEL with the next SEQUENCE, in their language.
    const [withdrawal, ...more] = await withdrawalJobs(trajectory.orgId);
    expect(more).toHaveLength(0);
    expect(JSON.stringify(withdrawal!.payload)).not.toContain(leaving.user.email);
    const mails = capture();
    expect(await sendInvitationWithdrawal(withdrawal!.payload, mails.send)).toBe(1);
    expect(mails.sent).toHaveLength(1);
    const [mail] = mails.sent;
    expect(mail!.to).toBe(leaving.user.email);
    expect(mail!.subject).toMatch(/^No longer invited: mirror meeting on/);
    expect(mail!.text).toMatch(/^Dear Jan van den Berg,\n\nYou no longer have a role in the mirror trajectory "Opgroeien in Oost"/);
    const { method, status, event } = calendarOf(mail!);
    expect(method).toBe('CANCEL');
    expect(status).toBe('CANCELLED');
    expect(event.uid).toBe(`${mirror.id}@spiegel`);
    expect(event.sequence).toBe(mirror.sequence + 1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T18:00:00.000Z');
    // Sent, they are forgotten as an invitee; the job run again sends nothing.
    expect((await inviteesOf(mirror.id)).withdrawn).toEqual([]);
    expect(await sendInvitationWithdrawal(withdrawal!.payload, capture().send)).toBe(0);

    // Their feed no longer lists the meeting.
    expect(await getCalendarFeed({ token })).not.toContain(`UID:${mirror.id}@spiegel`);

    // The next change reaches the others, not them.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-21', startTime: '19:00' }] });
    const [change] = await jobsFor(MEETING_CHANGE_JOB, mirror.id);
    const updates = capture();
    await sendMeetingChange(change!.payload, updates.send);
    expect(updates.sent.map((m) => m.to).sort()).toEqual([lead.user.email, keeping.user.email].sort());
  });

  it('keeps someone invited who still has another role in the trajectory', async () => {
    const { keeping, trajectory, scope, mirror } = await setup();
    await removeTrajectoryRole({ ...scope, trajectoryId: trajectory.id, userId: keeping.user.id, role: 'minute_taker' });
    expect(await withdrawalJobs(trajectory.orgId)).toHaveLength(0);
    expect((await inviteesOf(mirror.id)).invited).toContain(keeping.user.email);
    const token = await renewCalendarFeed({ userId: keeping.user.id });
    expect(await getCalendarFeed({ token })).toContain(`UID:${mirror.id}@spiegel`);
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-28', startTime: '19:00' }] });
    const [change] = await jobsFor(MEETING_CHANGE_JOB, mirror.id);
    const updates = capture();
    await sendMeetingChange(change!.payload, updates.send);
    expect(updates.sent.map((m) => m.to)).toContain(keeping.user.email);
    expect(calendarOf(updates.sent.find((m) => m.to === keeping.user.email)!).method).toBe('REQUEST');
  });

  it('withdraws the invitations of someone removed from the organisation, mailed through the outbox', async () => {
    const { org, lead, leaving, keeping, scope, mirror } = await setup();
    const admin = await makeMember(org.id, 'admin');
    // A change already queued before they left does not reach them either.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-15', startTime: '19:00' }] });
    const [queued] = await jobsFor(MEETING_CHANGE_JOB, mirror.id);

    await removeMember({ orgId: org.id, actor: admin.actor, userId: keeping.user.id });

    const [withdrawal, ...more] = await withdrawalJobs(org.id);
    expect(more).toHaveLength(0);
    // Higher than the SEQUENCE of the queued change, so their calendar app takes the cancellation.
    expect(withdrawal!.payload).toMatchObject({ sequence: 2, slot: { date: '2027-01-15', startTime: '19:00' } });
    expect(await sendInvitationWithdrawal(withdrawal!.payload)).toBe(1);
    const [outbox, ...again] = await (
      await db()
    )
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, keeping.user.email), sql`${mailOutbox.subject} like 'Niet meer uitgenodigd%'`));
    expect(again).toHaveLength(0);
    expect(outbox!.text).toContain('U heeft geen rol meer in het spiegeltraject "Opgroeien in Oost"');
    expect(outbox!.text).toContain('METHOD:CANCEL');

    const updates = capture();
    await sendMeetingChange(queued!.payload, updates.send);
    expect(updates.sent.map((m) => m.to).sort()).toEqual([lead.user.email, leaving.user.email].sort());
  });

  it('sends no cancellation to someone given a role and invited again before it went out', async () => {
    const { org, leaving, trajectory, scope, mirror } = await setup();
    await removeTrajectoryRole({ ...scope, trajectoryId: trajectory.id, userId: leaving.user.id, role: 'minute_taker' });
    const [withdrawal] = await withdrawalJobs(org.id);
    await giveRole(org.id, trajectory.id, leaving.user.id, 'workgroup');
    await sendMeetingInvitation({ ...scope, kind: 'mirror', locale: 'nl', senderName: 'Sanne de Vries' });
    expect((await inviteesOf(mirror.id)).withdrawn).toEqual([]);
    expect(await sendInvitationWithdrawal(withdrawal!.payload, capture().send)).toBe(0);
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-21', startTime: '19:00' }] });
    const [change] = await jobsFor(MEETING_CHANGE_JOB, mirror.id);
    const updates = capture();
    await sendMeetingChange(change!.payload, updates.send);
    expect(updates.sent.map((m) => m.to)).toContain(leaving.user.email);
  });
});
