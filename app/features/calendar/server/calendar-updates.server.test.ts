// Calendars that update (issue 17, item 3): an invitation is remembered, a changed date sends the
// new entry with a higher SEQUENCE, taking the date away sends a cancellation, both queued in the
// transaction of the change.
import { and, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { jobs, mailOutbox, meetingInvitees, meetings, users } from '#app/db/schema';
import type { Mail } from '#app/mail/send-mail.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { saveLocation } from '#app/features/program/server/save-location.server';
import { MEETING_CHANGE_JOB } from './record-meeting-change.server';
import { saveMeetingDates } from './save-meeting-dates.server';
import { sendMeetingChange } from './send-meeting-change.server';
import { sendMeetingInvitation } from './send-meeting-invitation.server';

async function setup() {
  const org = await makeOrg();
  const sender = await makeMember(org.id, 'coordinator', 'Sanne de Vries');
  const other = await makeMember(org.id, 'member', 'Jan van den Berg');
  const database = await db();
  await database.update(users).set({ locale: 'en' }).where(eq(users.id, other.user.id));
  const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien in Oost' });
  await giveRole(org.id, trajectory.id, sender.user.id, 'lead');
  await giveRole(org.id, trajectory.id, other.user.id, 'minute_taker');
  return { org, sender, other, trajectory, scope: await scopeIn(sender, trajectory.id) };
}

/** The jobs queued for this meeting, oldest first. */
async function changeJobs(meetingId: string) {
  return (await db())
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, MEETING_CHANGE_JOB), sql`${jobs.payload}->>'meetingId' = ${meetingId}`))
    .orderBy(jobs.id);
}

function calendarOf(mail: Mail) {
  const calendar = new ICAL.Component(ICAL.parse(mail.icalEvent!.content));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { method: calendar.getFirstPropertyValue('method'), vevent, event: new ICAL.Event(vevent) };
}

const capture = () => {
  const sent: Mail[] = [];
  return { sent, send: async (mail: Mail) => void sent.push(mail) };
};

describe('a meeting whose invitation went out', () => {
  it('sends the update with SEQUENCE + 1 to the invited, and a cancellation when the date goes', async () => {
    const { org, sender, other, scope } = await setup();
    const database = await db();
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    const [meeting] = await database.select().from(meetings).where(eq(meetings.trajectoryId, scope.trajectoryId));
    expect(await sendMeetingInvitation({ ...scope, kind: 'mirror', locale: 'nl', senderName: 'Sanne de Vries' })).toBe(2);

    // Both remembered, each in their own language, holding SEQUENCE 0.
    const invited = await database.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting!.id));
    expect(invited.map((i) => [i.email, i.locale, i.sequence]).sort()).toEqual(
      [
        [sender.user.email, 'nl', 0],
        [other.user.email, 'en', 0],
      ].sort(),
    );
    // The sender's own invitation does not name her twice; the other's is in English; both have an HTML part.
    const [own] = await database.select().from(mailOutbox).where(eq(mailOutbox.to, sender.user.email));
    expect(own!.text.match(/Sanne de Vries/g)).toHaveLength(1);
    expect(own!.text).toContain('Dit is uw eigen uitnodiging');
    expect(own!.text).toContain('METHOD:REQUEST');
    const [theirs] = await database.select().from(mailOutbox).where(eq(mailOutbox.to, other.user.email));
    expect(theirs!.text).toMatch(/^Dear Jan van den Berg,\n\nSanne de Vries invites you/);
    expect(theirs!.html).toContain('<html lang="en"');

    // Saving the same date again changes nothing.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    expect(await changeJobs(meeting!.id)).toHaveLength(0);

    // A new date: SEQUENCE 1, one job, queued with the change.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-21', startTime: '19:30' }] });
    const [afterMove] = await database.select().from(meetings).where(eq(meetings.id, meeting!.id));
    expect(afterMove!.sequence).toBe(1);
    const [update] = await changeJobs(meeting!.id);
    expect(update!.payload).toMatchObject({ change: 'update', sequence: 1, previous: { date: '2027-01-14', startTime: '19:00' } });
    const updates = capture();
    expect(await sendMeetingChange(update!.payload, updates.send)).toBe(2);
    for (const mail of updates.sent) {
      const { method, vevent, event } = calendarOf(mail);
      expect(method).toBe('REQUEST');
      expect(event.uid).toBe(`${meeting!.id}@spiegel`);
      expect(event.sequence).toBe(1);
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-21T18:30:00.000Z');
      expect(vevent.getFirstPropertyValue('last-modified')).not.toBeNull();
    }
    expect(updates.sent.find((m) => m.to === other.user.email)!.subject).toMatch(/^Changed:/);
    // Run again (a retry): whoever holds SEQUENCE 1 is not mailed twice.
    expect(await sendMeetingChange(update!.payload, capture().send)).toBe(0);

    // A new place also raises SEQUENCE and sends an update.
    await saveLocation({
      ...scope,
      kind: 'mirror',
      venueName: 'Buurthuis De Schakel',
      venueAddress: 'Dorpsstraat 1',
      accessibility: '',
      notes: '',
      checklist: {},
    });
    const placeJobs = await changeJobs(meeting!.id);
    expect(placeJobs).toHaveLength(2);
    expect(placeJobs[1]!.payload).toMatchObject({ change: 'update', sequence: 2 });
    // The older job, overtaken, sends nothing; the newer one sends the entry as it is now.
    expect(await sendMeetingChange(update!.payload, capture().send)).toBe(0);
    const moved = capture();
    await sendMeetingChange(placeJobs[1]!.payload, moved.send);
    expect(calendarOf(moved.sent[0]!).event.location).toBe('Buurthuis De Schakel, Dorpsstraat 1');

    // The date taken away: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 3, for the date it had; through the real mail path.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: null, startTime: '' }] });
    const cancel = (await changeJobs(meeting!.id))[2]!;
    expect(cancel.payload).toMatchObject({ change: 'cancel', sequence: 3 });
    const cancellations = capture();
    await sendMeetingChange(cancel.payload, cancellations.send);
    expect(cancellations.sent).toHaveLength(2);
    const { method, vevent, event } = calendarOf(cancellations.sent[0]!);
    expect(method).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-21T18:30:00.000Z');
    expect(cancellations.sent.find((m) => m.to === sender.user.email)!.subject).toMatch(/^Gaat niet door: spiegelbijeenkomst op/);
    expect(org.id).toBe(scope.orgId);
  });

  it('queues nothing for a meeting nobody was invited to, but still raises SEQUENCE', async () => {
    const { scope } = await setup();
    await saveMeetingDates({ ...scope, dates: [{ kind: 'follow_up', date: '2027-02-11', startTime: '09:30' }] });
    await saveMeetingDates({ ...scope, dates: [{ kind: 'follow_up', date: '2027-02-18', startTime: '09:30' }] });
    const [meeting] = await (await db()).select().from(meetings).where(eq(meetings.trajectoryId, scope.trajectoryId));
    expect(meeting!.sequence).toBe(1);
    expect(await changeJobs(meeting!.id)).toHaveLength(0);
  });

  it('mails the change through the outbox with a text and an HTML part', async () => {
    const { sender, scope } = await setup();
    await saveMeetingDates({ ...scope, dates: [{ kind: 'feedback', date: '2027-03-01', startTime: '' }] });
    await sendMeetingInvitation({ ...scope, kind: 'feedback', locale: 'nl', senderName: 'Sanne de Vries' });
    await saveMeetingDates({ ...scope, dates: [{ kind: 'feedback', date: null, startTime: '' }] });
    const [meeting] = await (await db()).select().from(meetings).where(eq(meetings.trajectoryId, scope.trajectoryId));
    const [job] = await changeJobs(meeting!.id);
    await sendMeetingChange(job!.payload);
    const mails = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, sender.user.email)).orderBy(mailOutbox.createdAt);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Uitnodiging:/), expect.stringMatching(/^Gaat niet door:/)]);
    expect(mails[1]!.text).toContain('METHOD:CANCEL');
    expect(mails[1]!.html).toContain('<html lang="nl"');
    expect(mails[1]!.html).toContain('>Meer informatie over de data</a>');
  });
});
