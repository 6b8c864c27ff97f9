import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { conversations, events, questions } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { moveParticipant } from '#app/features/participants/server/move-participant.server';
import { channelFor } from '#app/realtime/channels';
import { action, loader } from '#app/routes/step-console';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { OPENING_KEY, questionKey } from '../domain/queue';
import { applyConsoleAction } from './apply-console-action.server';
import { getConversation } from './get-conversation.server';
import { listInnerCircle } from './list-inner-circle.server';

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: unknown) => (e instanceof Response ? e.status : Promise.reject(e)),
  );

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'coordinator');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  const leader = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, leader.actor.userId, 'conversation_leader');
  const listener = await makeMember(org.id, 'admin');
  await giveRole(org.id, trajectory.id, listener.actor.userId, 'listener');
  const people = [];
  for (const name of ['Fenna Wouters', 'Karim El Idrissi', 'Nog Niet']) {
    const p = await createParticipant({
      ...lead,
      trajectoryId: trajectory.id,
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
        ...lead,
        trajectoryId: trajectory.id,
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
  const ids = { trajectoryId: trajectory.id };
  return {
    org,
    trajectory,
    lead,
    leader,
    listener,
    people,
    question: question!,
    ids,
  };
}

async function request(userId: string, fields?: Record<string, string>) {
  const cookie = (await createSession(userId, new Request('http://x/'))).split(';')[0]!;
  if (!fields) return new Request('http://x/o/x/t/x/console', { headers: { cookie } });
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return new Request('http://x/o/x/t/x/console', {
    method: 'POST',
    body,
    headers: { cookie },
  });
}

const eventsOf = async (trajectoryId: string) =>
  (await db())
    .select()
    .from(events)
    .where(eq(events.channel, channelFor(trajectoryId, 'console')));

describe('the console (S6b)', () => {
  it('creates the state on the first action, from the confirmed participants and chosen questions, with an event', async () => {
    const { leader, people, question, ids, trajectory } = await setup();
    expect(await getConversation({ ...leader, ...ids })).toMatchObject({
      version: 0,
    });
    const result = await applyConsoleAction({
      ...leader,
      ...ids,
      action: { type: 'start' },
      expectedVersion: 0,
    });
    expect(result).toMatchObject({ ok: true, version: 1 });
    const stored = await getConversation({ ...leader, ...ids });
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
      ...ids,
      action: { type: 'mark', mark: 'answered' },
      expectedVersion: 1,
    });
    await applyConsoleAction({
      ...leader,
      ...ids,
      action: { type: 'next' },
      expectedVersion: 2,
    });
    expect((await getConversation({ ...leader, ...ids })).state).toMatchObject({
      currentParticipantId: people[1]!.id,
      turns: { [OPENING_KEY]: { [people[0]!.id]: 'answered' } },
    });
    expect(await eventsOf(trajectory.id)).toHaveLength(3);
  });

  it('refuses a press on an outdated screen with 409, changing nothing', async () => {
    const { leader, ids, org, trajectory } = await setup();
    await applyConsoleAction({
      ...leader,
      ...ids,
      action: { type: 'start' },
      expectedVersion: 0,
    });
    const before = await getConversation({ ...leader, ...ids });
    const response = await action({
      request: await request(leader.user.id, {
        intent: 'end',
        expectedVersion: '0',
      }),
      params: { org: org.slug, tid: trajectory.id },
      context: {},
    } as never);
    const init = response as unknown as {
      init: { status: number };
      data: { conflict: string; version: number };
    };
    expect(init.init.status).toBe(409);
    expect(init.data.conflict).toBe('Iemand anders heeft het scherm net bijgewerkt; de nieuwe stand staat nu in beeld');
    expect(init.data.version).toBe(1);
    expect(await getConversation({ ...leader, ...ids })).toEqual(before);
    expect(await eventsOf(trajectory.id)).toHaveLength(1);

    // The right version goes through and redirects back to the console.
    const ok = (await action({
      request: await request(leader.user.id, {
        intent: 'end',
        expectedVersion: '1',
      }),
      params: { org: org.slug, tid: trajectory.id },
      context: {},
    } as never)) as Response;
    expect(ok.status).toBe(302);
    expect((await getConversation({ ...leader, ...ids })).state.phase).toBe('firstReactions');
  });

  it('is closed to listeners (403) and to other organisations (404)', async () => {
    const { listener, ids, org, trajectory } = await setup();
    expect(
      await statusOf(
        applyConsoleAction({
          ...listener,
          ...ids,
          action: { type: 'start' },
          expectedVersion: 0,
        }),
      ),
    ).toBe(403);
    expect(
      await statusOf(
        loader({
          request: await request(listener.user.id),
          params: { org: org.slug, tid: trajectory.id },
          context: {},
        } as never),
      ),
    ).toBe(403);
    expect(
      await statusOf(
        action({
          request: await request(listener.user.id, {
            intent: 'start',
            expectedVersion: '0',
          }),
          params: { org: org.slug, tid: trajectory.id },
          context: {},
        } as never),
      ),
    ).toBe(403);
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'admin');
    expect(
      await statusOf(
        applyConsoleAction({
          ...stranger,
          ...ids,
          action: { type: 'start' },
          expectedVersion: 0,
        }),
      ),
    ).toBe(404);
    expect(await statusOf(listInnerCircle({ ...stranger, ...ids }))).toBe(404);
    const rows = await (
      await db()
    )
      .select()
      .from(conversations)
      .where(and(eq(conversations.trajectoryId, trajectory.id)));
    expect(rows).toEqual([]);
  });

  it('gives the leader first names and pseudonyms only, never contact data', async () => {
    const { leader, ids, org, trajectory } = await setup();
    const circle = await listInnerCircle({ ...leader, ...ids });
    expect(circle.map((c) => c.firstName)).toEqual(['Fenna', 'Karim']);
    for (const c of circle) expect(Object.keys(c).sort()).toEqual(['firstName', 'participantId', 'pseudonym']);
    expect(circle.every((c) => /^Ouder /.test(c.pseudonym))).toBe(true);
    // The page's data holds no contact data either.
    const page = JSON.stringify(
      await loader({
        request: await request(leader.user.id),
        params: { org: org.slug, tid: trajectory.id },
        context: {},
      } as never),
    );
    for (const secret of ['06-11223344', 'ouder@example.nl', 'Dorpsstraat', 'Rolstoel', 'Wouters', 'Nog Niet']) expect(page).not.toContain(secret);
    expect(page).toContain('Fenna');
  });

  it('checks the form: a bad version or an empty opening question is a 400 with the field named', async () => {
    const { leader, org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bad = (await action({
      request: await request(leader.user.id, {
        intent: 'editOpening',
        opening: '  ',
        expectedVersion: '0',
      }),
      params,
      context: {},
    } as never)) as unknown as {
      init: { status: number };
      data: { errors: Record<string, string> };
    };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toEqual({ opening: 'validation.required' });
  });
});
