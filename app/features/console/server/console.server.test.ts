import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { conversations, events, questions } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { moveParticipant } from '#app/features/participants/server/move-participant.server';
import { recordConsent } from '#app/features/reception/server/record-consent.server';
import { channelFor } from '#app/realtime/channels';
import { action, loader } from '#app/routes/step-console';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { OPENING_KEY, questionKey } from '../domain/queue';
import { applyConsoleAction } from './apply-console-action.server';
import { getConsole } from './get-console.server';

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const leadMember = await makeMember(org.id, 'coordinator');
  await giveRole(org.id, trajectory.id, leadMember.actor.userId, 'lead');
  const leaderMember = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, leaderMember.actor.userId, 'conversation_leader');
  const listenerMember = await makeMember(org.id, 'admin');
  await giveRole(org.id, trajectory.id, listenerMember.actor.userId, 'listener');
  const [lead, leader, listener] = await Promise.all([leadMember, leaderMember, listenerMember].map((m) => scopeIn(m, trajectory.id)));
  const people = [];
  for (const name of ['Fenna Wouters', 'Karim El Idrissi', 'Nog Niet']) {
    const p = await createParticipant({
      ...lead!,
      kind: 'parent',
      status: 'registered',
      personal: {
        name,
        phone: '06-11223344',
        email: 'ouder@example.nl',
        address: 'Dorpsstraat 1',
        needs: 'Rolstoel',
      },
    });
    if (name !== 'Nog Niet')
      await moveParticipant({
        ...lead!,
        participantId: p.id,
        to: 'confirmed',
      });
    people.push(p);
  }
  const database = await db();
  const [question] = await database
    .insert(questions)
    .values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      text: 'Waar haalt u steun?',
      status: 'chosen',
      position: 1,
    })
    .returning();
  await database.insert(questions).values({
    orgId: org.id,
    trajectoryId: trajectory.id,
    text: 'Nog niet gekozen',
    status: 'submitted',
  });
  return {
    org,
    trajectory,
    lead: lead!,
    leader: leader!,
    listener: listener!,
    leaderUser: leaderMember.user.id,
    listenerUser: listenerMember.user.id,
    people,
    question: question!,
  };
}

const url = '/o/x/t/x/console';
const getConversation = async (scope: Parameters<typeof getConsole>[0]) => {
  const { state, version } = await getConsole(scope);
  return { state, version };
};

/** Where a route's thrown redirect points. */
const locationOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => {
      if (error instanceof Response) return error.headers.get('location');
      throw error;
    },
  );

const eventsOf = async (trajectoryId: string) =>
  (await db())
    .select()
    .from(events)
    .where(eq(events.channel, channelFor(trajectoryId, 'console')));

describe('the console (S6b)', () => {
  it('creates the state on the first action, from the confirmed participants and chosen questions, with an event', async () => {
    const { leader, people, question, trajectory } = await setup();
    expect(await getConversation(leader)).toMatchObject({
      version: 0,
    });
    const result = await applyConsoleAction({
      ...leader,
      action: { type: 'start' },
      expectedVersion: 0,
    });
    expect(result).toMatchObject({ version: 1 });
    const stored = await getConversation(leader);
    expect(stored.version).toBe(1);
    expect(stored.state.seats).toEqual([people[0]!.id, people[1]!.id]);
    expect(stored.state.queue.map((i) => i.key)).toEqual([OPENING_KEY, questionKey(question.id), 'closing']);
    expect(stored.state).toMatchObject({
      phase: 'conversation',
      currentKey: OPENING_KEY,
      currentParticipantId: people[0]!.id,
    });
    const [event] = await eventsOf(trajectory.id);
    expect(event).toMatchObject({
      kind: 'state',
      payload: {
        version: 1,
        currentKey: OPENING_KEY,
        currentParticipantId: people[0]!.id,
      },
    });

    // Every press is one event; two devices continue from the same stored state.
    await applyConsoleAction({
      ...leader,
      action: { type: 'mark', mark: 'answered' },
      expectedVersion: 1,
    });
    await applyConsoleAction({
      ...leader,
      action: { type: 'next' },
      expectedVersion: 2,
    });
    expect((await getConversation(leader)).state).toMatchObject({
      currentParticipantId: people[1]!.id,
      turns: { [OPENING_KEY]: { [people[0]!.id]: 'answered' } },
    });
    expect(await eventsOf(trajectory.id)).toHaveLength(3);
  });

  it('refuses a press on an outdated screen with 409, changing nothing', async () => {
    const { leader, leaderUser, org, trajectory } = await setup();
    await applyConsoleAction({ ...leader, action: { type: 'start' }, expectedVersion: 0 });
    const before = await getConversation(leader);
    const params = { org: org.slug, tid: trajectory.id };
    const refused = await callRoute(action, await postAs(leaderUser, url, { intent: 'end', expectedVersion: '0' }), params);
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ errors: { _form: 'console.conflict' } });
    expect(await getConversation(leader)).toEqual(before);
    expect(await eventsOf(trajectory.id)).toHaveLength(1);

    // The right version goes through and redirects back to the console.
    expect(await statusOf(callRoute(action, await postAs(leaderUser, url, { intent: 'end', expectedVersion: '1' }), params))).toBe(302);
    expect((await getConversation(leader)).state.phase).toBe('firstReactions');
  });

  it('is closed to listeners (403) and to other organisations (404)', async () => {
    const { listener, listenerUser, org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    expect(await statusOf(applyConsoleAction({ ...listener, action: { type: 'start' }, expectedVersion: 0 }))).toBe(403);
    expect(await statusOf(callRoute(loader, await getAs(listenerUser, url), params))).toBe(403);
    expect(await statusOf(callRoute(action, await postAs(listenerUser, url, { intent: 'start', expectedVersion: '0' }), params))).toBe(403);
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'admin');
    expect(await statusOf(scopeIn(stranger, trajectory.id))).toBe(404);
    const rows = await (await db()).select().from(conversations).where(eq(conversations.trajectoryId, trajectory.id));
    expect(rows).toEqual([]);
  });

  it('gives the leader first names and pseudonyms only, never contact data', async () => {
    const { leader, leaderUser, org, trajectory } = await setup();
    const { circle } = await getConsole(leader);
    expect(circle.map((c) => c.firstName)).toEqual(['Fenna', 'Karim']);
    for (const c of circle) expect(Object.keys(c).sort()).toEqual(['firstName', 'participantId', 'pseudonym', 'refusesMinutes']);
    expect(circle.every((c) => /^Ouder /.test(c.pseudonym))).toBe(true);
    // The page's data holds no contact data either.
    const page = JSON.stringify(await callRoute(loader, await getAs(leaderUser, url), { org: org.slug, tid: trajectory.id }));
    for (const secret of ['06-11223344', 'ouder@example.nl', 'Dorpsstraat', 'Rolstoel', 'Wouters', 'Nog Niet']) expect(page).not.toContain(secret);
    expect(page).toContain('Fenna');
  });

  it('marks the parents who said no to the minutes', async () => {
    const { lead, leader, leaderUser, org, trajectory } = await setup();
    const before = await getConsole(leader);
    expect(before.circle.some((c) => c.refusesMinutes)).toBe(false);
    const fenna = before.circle.find((c) => c.firstName === 'Fenna')!;
    await recordConsent({ ...lead, participantId: fenna.participantId, minutes: false, photos: true });
    const after = await getConsole(leader);
    expect(after.circle.filter((c) => c.refusesMinutes).map((c) => c.firstName)).toEqual(['Fenna']);
    const page = answerOf<{ circle: { firstName: string; refusesMinutes: boolean }[] }>(
      await callRoute(loader, await getAs(leaderUser, url), { org: org.slug, tid: trajectory.id }),
    );
    expect(page.circle.find((c) => c.firstName === 'Fenna')?.refusesMinutes).toBe(true);
  });

  it('checks the form: a bad version or an empty opening question is a 400 with the field named', async () => {
    const { leaderUser, org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bad = await callRoute(action, await postAs(leaderUser, url, { intent: 'editOpening', opening: '  ', expectedVersion: '0' }), params);
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf(bad)).toMatchObject({ errors: { opening: 'validation.required' } });
  });

  it('records a turn and moves on in one press: one new version, one event, the same view again', async () => {
    const { leader, leaderUser, org, people, trajectory } = await setup();
    await applyConsoleAction({ ...leader, action: { type: 'start' }, expectedVersion: 0 });
    const params = { org: org.slug, tid: trajectory.id };
    const pressed = callRoute(action, await postAs(leaderUser, `${url}?focus=1`, { intent: 'answeredNext', expectedVersion: '1' }), params);
    expect(await locationOf(pressed)).toBe(`${url}?focus=1`);
    expect(await getConversation(leader)).toMatchObject({
      version: 2,
      state: { currentParticipantId: people[1]!.id, turns: { [OPENING_KEY]: { [people[0]!.id]: 'answered' } } },
    });
    expect(await eventsOf(trajectory.id)).toHaveLength(2);
  });

  it('starts over only after the confirmation step; the first press changes nothing', async () => {
    const { leader, leaderUser, org, trajectory } = await setup();
    await applyConsoleAction({ ...leader, action: { type: 'start' }, expectedVersion: 0 });
    const params = { org: org.slug, tid: trajectory.id };
    const before = await getConversation(leader);
    const first = callRoute(action, await postAs(leaderUser, `${url}?focus=1`, { intent: 'reset', expectedVersion: '1' }), params);
    expect(await locationOf(first)).toBe(`${url}?focus=1&confirm=reset`);
    expect(await getConversation(leader)).toEqual(before);
    expect(await eventsOf(trajectory.id)).toHaveLength(1);

    const confirmed = callRoute(
      action,
      await postAs(leaderUser, `${url}?focus=1&confirm=reset`, { intent: 'reset', confirmed: 'yes', expectedVersion: '1' }),
      params,
    );
    expect(await locationOf(confirmed)).toBe(`${url}?focus=1`);
    expect((await getConversation(leader)).state.phase).toBe('notStarted');
  });
});
