import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { events, listeners, meetings, participants } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';
import { action } from '#app/routes/step-reception';
import { consentForMinutes } from '../domain/rules';
import { agreeConfidentiality } from './agree-confidentiality.server';
import { checkInListener } from './check-in-listener.server';
import { checkInListenerByLink, getListenerCheckIn } from './check-in-listener-by-link.server';
import { checkInParticipant } from './check-in-participant.server';
import { getReception } from './get-reception.server';
import { recordConsent } from './record-consent.server';
import { recordInterpreter } from './record-interpreter.server';

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const leadMember = await makeMember(org.id, 'member', 'Lotte Leider');
  await giveRole(org.id, trajectory.id, leadMember.actor.userId, 'lead');
  const lead = await scopeIn(leadMember, trajectory.id);
  const fatima = await createParticipant({
    ...lead,
    kind: 'parent',
    status: 'registered',
    personal: {
      name: 'Fatima',
      phone: '0612345678',
      interpreterLanguage: 'Arabisch',
      needsChildcare: true,
    },
  });
  await (await db()).update(participants).set({ status: 'confirmed' }).where(eq(participants.id, fatima.id));
  const [listener] = await (
    await db()
  )
    .insert(listeners)
    .values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      name: 'Wendy',
      linkToken: `tok-${crypto.randomUUID()}`,
      rsvpMirror: 'yes',
    })
    .returning();
  return { org, trajectory, lead, leadMember, fatima, listener: listener! };
}

/** The catalogue key of the RuleError an operation threw. */
const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

async function eventsOn(trajectoryId: string) {
  return (await db())
    .select()
    .from(events)
    .where(eq(events.channel, channelFor(trajectoryId, 'reception')))
    .orderBy(events.id);
}

async function memberWith(orgId: string, trajectoryId: string, role: TrajectoryRole | null, orgRole: 'admin' | 'coordinator' | 'member' = 'member') {
  const m = await makeMember(orgId, orgRole);
  if (role) await giveRole(orgId, trajectoryId, m.actor.userId, role);
  return scopeIn(m, trajectoryId);
}

describe('the welcome desk (S6a)', () => {
  it('checks a participant in: attended and a check-in time; undo puts them back', async () => {
    const { lead, fatima, trajectory } = await setup();
    expect(
      await checkInParticipant({
        ...lead,
        participantId: fatima.id,
        present: true,
      }),
    ).toBeUndefined();
    let desk = await getReception(lead);
    const row = desk.participants.find((p) => p.participantId === fatima.id)!;
    expect(row).toMatchObject({
      name: 'Fatima',
      pseudonym: 'Ouder A',
      status: 'attended',
      interpreterLanguage: 'Arabisch',
      needsChildcare: true,
    });
    expect(row.checkedInAt).toBeInstanceOf(Date);
    const published = await eventsOn(trajectory.id);
    expect(published.map((e) => [e.kind, e.payload])).toEqual([['checkin', { participantId: fatima.id }]]);

    await checkInParticipant({
      ...lead,
      participantId: fatima.id,
      present: false,
    });
    desk = await getReception(lead);
    expect(desk.participants.find((p) => p.participantId === fatima.id)).toMatchObject({ status: 'confirmed', checkedInAt: null });
    expect((await eventsOn(trajectory.id)).map((e) => e.kind)).toEqual(['checkin', 'checkin_undone']);
  });

  it('records consent with who and when, and the minute-taker learns only who said yes', async () => {
    const { lead, fatima, trajectory } = await setup();
    const before = Date.now();
    await recordConsent({
      ...lead,
      participantId: fatima.id,
      minutes: true,
      photos: false,
    });
    await recordInterpreter({
      ...lead,
      participantId: fatima.id,
      language: 'Arabisch',
      interpreter: 'Samira',
    });
    const desk = await getReception(lead);
    const row = desk.participants.find((p) => p.participantId === fatima.id)!;
    expect(row).toMatchObject({
      minutes: true,
      photos: false,
      recordedBy: 'Lotte Leider',
      interpreterName: 'Samira',
    });
    expect(row.recordedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect([...consentForMinutes(desk.participants)]).toEqual([fatima.id]);
    const published = await eventsOn(trajectory.id);
    expect(published.map((e) => e.kind)).toEqual(['consent', 'interpreter']);
    // No names in what goes over the wire.
    expect(JSON.stringify(published.map((e) => e.payload))).not.toContain('Fatima');
  });

  it('marks confidentiality once and checks listeners in from the desk and by their own link', async () => {
    const { lead, listener, trajectory, org } = await setup();
    await agreeConfidentiality({ ...lead, agreed: true });
    const first = (await getReception(lead)).confidentialityAgreedAt!;
    await agreeConfidentiality({ ...lead, agreed: true });
    expect((await getReception(lead)).confidentialityAgreedAt).toEqual(first);

    await checkInListener({
      ...lead,
      listenerId: listener.id,
      present: true,
    });
    await checkInListener({
      ...lead,
      listenerId: listener.id,
      present: true,
    });
    expect((await getReception(lead)).listenersPresent).toEqual([listener.id]);
    await checkInListener({
      ...lead,
      listenerId: listener.id,
      present: false,
    });
    expect((await getReception(lead)).listenersPresent).toEqual([]);

    // Without a date, and weeks before the meeting, the link does not check anyone in.
    expect(await getListenerCheckIn({ listener })).toEqual({ window: { state: 'no-date' }, present: false });
    await expect(checkInListenerByLink({ listener })).rejects.toMatchObject({ messageKey: 'reception.selfClosed' });
    const [meeting] = await (
      await db()
    )
      .insert(meetings)
      .values({ orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: '2026-12-10' })
      .returning({ id: meetings.id });
    const weeksBefore = new Date('2026-11-12T10:00:00Z');
    expect(await getListenerCheckIn({ listener, now: weeksBefore })).toEqual({ window: { state: 'not-yet', opensOn: '2026-12-10' }, present: false });
    await expect(checkInListenerByLink({ listener, now: weeksBefore })).rejects.toMatchObject({ messageKey: 'reception.selfClosed' });
    // 23:59 the evening before in Amsterdam is not yet the day; 00:00 is.
    await expect(checkInListenerByLink({ listener, now: new Date('2026-12-09T22:59:00Z') })).rejects.toMatchObject({ messageKey: 'reception.selfClosed' });
    expect((await getReception(lead)).listenersPresent).toEqual([]);
    await checkInListenerByLink({ listener, now: new Date('2026-12-09T23:00:00Z') });
    expect(await getListenerCheckIn({ listener, now: new Date('2026-12-10T12:00:00Z') })).toEqual({ window: { state: 'open' }, present: true });
    // The day after, it is over (the desk can still check people in).
    await expect(checkInListenerByLink({ listener, now: new Date('2026-12-10T23:00:00Z') })).rejects.toMatchObject({ messageKey: 'reception.selfClosed' });
    // Moved to today: open today.
    await (await db()).update(meetings).set({ date: todayInAmsterdam() }).where(eq(meetings.id, meeting!.id));
    await checkInListenerByLink({ listener });
    const desk = await getReception({ ...lead, qrFor: listener.id });
    expect(desk.listeners).toEqual([expect.objectContaining({ id: listener.id, present: true })]);
    expect(desk.qr?.svg).toMatch(/^<svg /);
    const kinds = (await eventsOn(trajectory.id)).map((e) => e.kind);
    expect(kinds).toEqual([
      'confidentiality',
      'confidentiality',
      'listener_checkin',
      'listener_checkin',
      'listener_checkin_undone',
      'listener_checkin',
      'listener_checkin',
    ]);
    expect(await statusOf(checkInListenerByLink({ listener: { ...listener, id: crypto.randomUUID() } }))).toBe(404);
  });

  it('is closed to the workgroup, listeners, minute-takers and admins without a desk role; parent contacts may', async () => {
    const { org, fatima, trajectory } = await setup();
    for (const [role, orgRole] of [
      ['workgroup', 'member'],
      ['listener', 'member'],
      ['minute_taker', 'member'],
      [null, 'admin'],
    ] as const) {
      const someone = await memberWith(org.id, trajectory.id, role, orgRole);
      expect(await statusOf(getReception(someone))).toBe(403);
      expect(
        await statusOf(
          checkInParticipant({
            ...someone,
            participantId: fatima.id,
            present: true,
          }),
        ),
      ).toBe(403);
      expect(
        await statusOf(
          recordConsent({
            ...someone,
            participantId: fatima.id,
            minutes: true,
            photos: true,
          }),
        ),
      ).toBe(403);
      expect(await statusOf(agreeConfidentiality({ ...someone, agreed: true }))).toBe(403);
    }
    const contact = await memberWith(org.id, trajectory.id, 'parent_contact');
    expect(
      await statusOf(
        checkInParticipant({
          ...contact,
          participantId: fatima.id,
          present: true,
        }),
      ),
    ).toBe(200);
    expect((await eventsOn(trajectory.id)).map((e) => e.kind)).toEqual(['checkin']);
  });

  it('gives a 404 for another organisation and for a participant of another trajectory, and publishes nothing then', async () => {
    const { lead, leadMember, fatima, trajectory, org } = await setup();
    const other = await setup();
    // The other organisation's lead cannot reach this trajectory at all.
    expect(await statusOf(scopeIn(other.leadMember, trajectory.id))).toBe(404);
    // A participant id from elsewhere, or not an id at all.
    expect(
      await statusOf(
        checkInParticipant({
          ...lead,
          participantId: other.fatima.id,
          present: true,
        }),
      ),
    ).toBe(404);
    expect(
      await statusOf(
        recordConsent({
          ...lead,
          participantId: 'nope',
          minutes: true,
          photos: true,
        }),
      ),
    ).toBe(404);
    expect(
      await statusOf(
        checkInListener({
          ...lead,
          listenerId: other.listener.id,
          present: true,
        }),
      ),
    ).toBe(404);
    // A second trajectory in the same organisation: its participant is not on this desk.
    const second = await makeTrajectory(org.id);
    await giveRole(org.id, second.id, lead.actor.userId, 'lead');
    expect(
      await statusOf(
        checkInParticipant({
          ...(await scopeIn(leadMember, second.id)),
          participantId: fatima.id,
          present: true,
        }),
      ),
    ).toBe(404);
    expect(await eventsOn(trajectory.id)).toEqual([]);
    expect(await eventsOn(second.id)).toEqual([]);
    const [row] = await (await db()).select().from(participants).where(eq(participants.id, fatima.id));
    expect(row!.status).toBe('confirmed');
  });

  it('refuses to check in someone who cancelled, without an event', async () => {
    const { lead, fatima, trajectory } = await setup();
    await (await db()).update(participants).set({ status: 'cancelled' }).where(eq(participants.id, fatima.id));
    expect(await ruleOf(checkInParticipant({ ...lead, participantId: fatima.id, present: true }))).toBe('reception.notExpected');
    expect(await eventsOn(trajectory.id)).toEqual([]);
    expect((await getReception(lead)).participants).toEqual([]);
  });

  it('answers the desk form: a refused check-in lands on its participant, a consent is saved', async () => {
    const { org, trajectory, leadMember, fatima } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const url = `/o/${org.slug}/t/${trajectory.id}/reception`;
    const saved = await callRoute(
      action,
      await postAs(leadMember.user.id, url, { intent: 'consent', participantId: fatima.id, minutes: 'yes', photos: 'no' }),
      params,
    );
    expect(saved).toMatchObject({ ok: true, intent: 'consent', target: fatima.id });
    await (await db()).update(participants).set({ status: 'cancelled' }).where(eq(participants.id, fatima.id));
    const refused = await callRoute(action, await postAs(leadMember.user.id, url, { intent: 'checkin', participantId: fatima.id, present: 'yes' }), params);
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ intent: 'checkin', target: fatima.id, errors: { participantId: 'reception.notExpected' } });
  });
});

describe('a parent who signed up themselves, at the desk (issue 14, item 7)', () => {
  /** A sign-up from the flyer's page, as the public form stores it: interested, no pseudonym, source 'signup'. */
  async function selfSignup(lead: Awaited<ReturnType<typeof setup>>['lead'], name: string, consent: boolean) {
    const p = await createParticipant({ ...lead, kind: 'parent', status: 'interested', personal: { name }, consent });
    await (await db()).update(participants).set({ source: 'signup' }).where(eq(participants.id, p.id));
    return p;
  }

  it('lists self sign-ups on the meeting day, and one check-in takes them to attended with a pseudonym', async () => {
    const { org, trajectory, lead, fatima } = await setup();
    const amira = await selfSignup(lead, 'Amira', true);
    const noConsent = await selfSignup(lead, 'Bo', false);
    // The workgroup's own "interested" parent is not on the desk: the workgroup has not heard a yes.
    const own = await createParticipant({ ...lead, kind: 'parent', status: 'interested', personal: { name: 'Chris' }, consent: true });
    const names = async (now?: Date) => (await getReception({ ...lead, now })).participants.map((p) => p.name);

    // Without a date, or on another day, only the expected ones.
    expect(await names()).toEqual(['Fatima']);
    await (await db()).insert(meetings).values({ orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: todayInAmsterdam() });
    expect(await names(new Date(Date.now() + 3 * 86_400_000))).toEqual(['Fatima']);
    const desk = await getReception(lead);
    expect(desk.participants.map((p) => [p.name, p.pseudonym, p.selfSignup, p.needsConsent])).toEqual(
      expect.arrayContaining([
        ['Fatima', expect.any(String), false, false],
        ['Amira', null, true, false],
        ['Bo', null, true, true],
      ]),
    );
    expect(desk.participants).toHaveLength(3);

    // One press: attended, checked in, and the next free pseudonym (Fatima has the first).
    await checkInParticipant({ ...lead, participantId: amira.id, present: true });
    const [row] = await (await db()).select().from(participants).where(eq(participants.id, amira.id));
    expect(row).toMatchObject({ status: 'attended', pseudonym: 'Ouder B' });
    const after = (await getReception(lead)).participants.find((p) => p.participantId === amira.id);
    expect(after).toMatchObject({ pseudonym: 'Ouder B', selfSignup: false });
    expect(after?.checkedInAt).not.toBeNull();
    // Undo goes one step back, as in the pipeline; the pseudonym stays.
    await checkInParticipant({ ...lead, participantId: amira.id, present: false });
    expect((await (await db()).select().from(participants).where(eq(participants.id, amira.id)))[0]).toMatchObject({
      status: 'confirmed',
      pseudonym: 'Ouder B',
    });

    // Without consent to keep the details: ask first. The workgroup's own interested parent is not the desk's.
    expect(await ruleOf(checkInParticipant({ ...lead, participantId: noConsent.id, present: true }))).toBe('reception.signupNeedsConsent');
    expect(await ruleOf(checkInParticipant({ ...lead, participantId: own.id, present: true }))).toBe('reception.notExpected');
    expect((await (await db()).select().from(participants).where(eq(participants.id, noConsent.id)))[0]).toMatchObject({
      status: 'interested',
      pseudonym: null,
    });
    // Fatima was first registered: her pseudonym is untouched.
    expect((await (await db()).select().from(participants).where(eq(participants.id, fatima.id)))[0]?.pseudonym).toBe('Ouder A');
  });

  it('refuses someone without the right to personal data, and a participant of another organisation', async () => {
    const { lead, trajectory, org } = await setup();
    const amira = await selfSignup(lead, 'Amira', true);
    const other = await setup();
    expect(await statusOf(checkInParticipant({ ...other.lead, participantId: amira.id, present: true }))).toBe(404);
    const minuteTaker = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, minuteTaker.actor.userId, 'minute_taker');
    expect(await statusOf(checkInParticipant({ ...(await scopeIn(minuteTaker, trajectory.id)), participantId: amira.id, present: true }))).toBe(403);
  });
});
