import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { events, minuteNotes } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { channelFor } from '#app/realtime/channels';
import { RuleError } from '#app/utils/rule-error';
import { scopeIn, trajectoryWith } from '#tests/factories';
import { action as pageAction } from '#app/routes/step-minutes';
import { action as queueAction } from '#app/routes/minutes-notes';
import { answerOf, callRoute, cookieFor, postAs, statusOf } from '#tests/http';
import type { NewNoteInput } from '../forms';
import { checkMinuteText } from './check-minute-text.server';
import { deleteMinuteNote } from './delete-minute-note.server';
import { finaliseMinutes } from './finalise-minutes.server';
import { getMinutes } from './get-minutes.server';
import { saveMinuteNote } from './save-minute-note.server';
import { updateMinuteNote } from './update-minute-note.server';

async function setup() {
  const { org, trajectory, people } = await trajectoryWith({
    lead: ['coordinator', 'lead'],
    writer: ['member', 'minute_taker'],
    listener: ['member', 'listener'],
    leader: ['admin', 'conversation_leader'],
  });
  const participant = await createParticipant({
    ...people.lead.scope,
    kind: 'parent',
    status: 'registered',
    personal: { name: 'Fenna Wouters', phone: '06-11223344', email: 'fenna@example.nl' },
  });
  const [lead, writer, listener, leader] = [people.lead.scope, people.writer.scope, people.listener.scope, people.leader.scope];
  return { org, trajectory, members: people, lead, writer, listener, leader, participant };
}

const note = (over: Partial<NewNoteInput> = {}): NewNoteInput => ({
  idempotencyKey: randomUUID(),
  questionKey: 'q1',
  questionText: 'Wat gaat goed?',
  participantId: '',
  kind: 'answer',
  summary: 'Vertelt over de peuterspeelzaal.',
  quotes: '"Daar voelde ik me welkom."',
  tags: ['goesWell'],
  ...over,
});

/** The catalogue key of the RuleError an operation threw. */
const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

describe('minutes (S6c)', () => {
  it('stores a note once per idempotency key, with one event', async () => {
    const { writer, participant, trajectory } = await setup();
    const input = note({ participantId: participant.id });
    const first = await saveMinuteNote({ ...writer, ...input });
    const again = await saveMinuteNote({ ...writer, ...input });
    expect(first).toMatchObject({ duplicate: false });
    expect(again).toEqual({ id: first.id, duplicate: true });
    const database = await db();
    const rows = await database.select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, trajectory.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quotes: ['Daar voelde ik me welkom.'],
      tags: ['goesWell'],
      participantId: participant.id,
      authorId: writer.actor.userId,
    });
    const published = await database
      .select()
      .from(events)
      .where(eq(events.channel, channelFor(trajectory.id, 'minutes')));
    expect(published.map((e) => [e.kind, e.payload])).toEqual([['note', { id: rows[0]!.id }]]);

    const read = await getMinutes(writer);
    expect(read.notes[0]?.pseudonym).toBe(participant.pseudonym);
    expect(JSON.stringify(read)).not.toContain('Fenna');
  });

  it('refuses a first name, a phone number or an e-mail address and stores nothing', async () => {
    const { writer, participant, trajectory } = await setup();
    for (const summary of [
      'fenna zegt dat het goed gaat',
      'F\u200benna zegt het',
      'mevrouw Wouters zegt het',
      'bel haar op 06 1122 3344',
      'bel +31 (0)6 1122 3344',
      'mail naar FENNA@example.nl',
      'fenna at example dot nl',
      'ze woont op de Dorpsstraat 12a',
    ]) {
      expect(await ruleOf(saveMinuteNote({ ...writer, ...note({ summary, quotes: '' }) })), summary).toBe('minutes.leakField');
    }
    expect(await ruleOf(saveMinuteNote({ ...writer, ...note({ quotes: 'Ik ben Fenna' }) }))).toBe('minutes.leakField');
    expect(await (await db()).select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, trajectory.id))).toHaveLength(0);
    // What the page and the queue show for it: where and what kind, never who (no oracle).
    const answer = await checkMinuteText({ ...writer, texts: ['Goed', 'Ik ben Fenna'] });
    expect(answer).toEqual([{ kind: 'name', text: 1, start: 7, end: 12, found: 'Fenna' }]);
    expect(JSON.stringify(answer)).not.toContain(participant.pseudonym);
    // Editing is guarded too.
    const saved = await saveMinuteNote({ ...writer, ...note() });
    expect(await ruleOf(updateMinuteNote({ ...writer, noteId: saved.id, kind: 'answer', summary: 'Fenna', quotes: '', tags: [] }))).toBe('minutes.leakField');
  });

  it('refuses to finalise while a stored note looks identifying', async () => {
    const { org, writer, trajectory } = await setup();
    // Stored before the guard knew this notation (written straight to the table).
    await (
      await db()
    )
      .insert(minuteNotes)
      .values({ orgId: org.id, trajectoryId: trajectory.id, summary: 'Bel F e n n a', quotes: [], idempotencyKey: randomUUID() });
    expect(await ruleOf(finaliseMinutes(writer))).toBe('minutes.finaliseLeak');
    expect((await getMinutes(writer)).status).toBe('draft');
  });

  it('lets only minute-takers and leads write, and listeners read only when finalised', async () => {
    const { lead, writer, listener, leader } = await setup();
    expect(await statusOf(saveMinuteNote({ ...listener, ...note() }))).toBe(403);
    expect(await statusOf(getMinutes(listener))).toBe(403);
    expect(await statusOf(checkMinuteText({ ...listener, texts: ['x'] }))).toBe(403);
    expect((await getMinutes(leader)).canWrite).toBe(false);
    expect(await statusOf(finaliseMinutes(leader))).toBe(403);

    const saved = await saveMinuteNote({ ...writer, ...note() });
    await updateMinuteNote({ ...lead, noteId: saved.id, kind: 'general', summary: 'Nagekeken.', quotes: '', tags: ['tip'] });
    expect((await getMinutes(lead)).notes[0]).toMatchObject({ kind: 'general', summary: 'Nagekeken.', tags: ['tip'] });

    await finaliseMinutes(writer);
    const read = await getMinutes(listener);
    expect(read).toMatchObject({ status: 'finalised', canWrite: false, now: null });
    expect(read.notes).toHaveLength(1);
    // Read-only for everyone now.
    expect(await ruleOf(saveMinuteNote({ ...lead, ...note() }))).toBe('minutes.alreadyFinal');
    expect(await ruleOf(deleteMinuteNote({ ...lead, noteId: saved.id }))).toBe('minutes.alreadyFinal');
    expect(await ruleOf(finaliseMinutes(lead))).toBe('minutes.alreadyFinal');
  });

  it('is invisible from another organisation', async () => {
    const { writer, trajectory } = await setup();
    const saved = await saveMinuteNote({ ...writer, ...note() });
    const other = await setup();
    expect(await statusOf(scopeIn(other.members.lead, trajectory.id))).toBe(404);
    // A note id of another trajectory is not found in one's own.
    expect(await statusOf(deleteMinuteNote({ ...other.lead, noteId: saved.id }))).toBe(404);
    expect(await statusOf(updateMinuteNote({ ...other.lead, noteId: saved.id, kind: 'general', summary: 'x', quotes: '', tags: [] }))).toBe(404);
    // A participant of another trajectory cannot be named in a note.
    expect(await statusOf(saveMinuteNote({ ...other.writer, ...note({ participantId: (await setup()).participant.id }) }))).toBe(404);
    // Reusing another trajectory's idempotency key stores nothing there.
    const sharedKey = randomUUID();
    await saveMinuteNote({ ...writer, ...note({ idempotencyKey: sharedKey }) });
    expect(await statusOf(saveMinuteNote({ ...other.writer, ...note({ idempotencyKey: sharedKey }) }))).toBe(404);
  });

  it('deletes a note during the draft, and tells the writer where the conversation is', async () => {
    const { writer } = await setup();
    const saved = await saveMinuteNote({ ...writer, ...note() });
    await deleteMinuteNote({ ...writer, noteId: saved.id });
    const read = await getMinutes(writer);
    expect(read.notes).toHaveLength(0);
    expect(read.now).toEqual({ started: false, questionKey: '', questionText: '', participantId: '', pseudonym: '', refuses: false });
  });

  it('answers a note that names someone with what the guard found, on the page and to the offline queue', async () => {
    const { org, trajectory, members, participant } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const url = `/o/${org.slug}/t/${trajectory.id}/minutes`;
    const fields = { intent: 'save', idempotencyKey: randomUUID(), kind: 'general', summary: 'Fenna was er', quotes: '' };
    const page = await callRoute(pageAction, await postAs(members.writer.user.id, url, fields), params);
    expect(await statusOf(page)).toBe(409);
    expect(answerOf(page)).toMatchObject({
      errors: { summary: 'minutes.leakField' },
      leaks: [{ kind: 'name', text: 0, start: 0, end: 5, found: 'Fenna' }],
    });
    expect(JSON.stringify(answerOf(page))).not.toContain(participant.pseudonym);
    const queued = (await callRoute(
      queueAction,
      new Request(`http://x${url}/notes`, {
        method: 'POST',
        headers: { cookie: await cookieFor(members.writer.user.id), 'content-type': 'application/json' },
        body: JSON.stringify(note({ summary: 'Fenna was er' })),
      }),
      params,
    )) as Response;
    expect(queued.status).toBe(422);
    expect(await queued.json()).toMatchObject({ ok: false, leaks: [{ kind: 'name', found: 'Fenna' }] });
    expect(await statusOf(callRoute(pageAction, await postAs(members.writer.user.id, url, { ...fields, summary: 'Goed gesprek' }), params))).toBe(200);
  });

  it('answers a null byte sent to the offline queue with 400 and stores nothing (issue 13, item 3)', async () => {
    const { org, trajectory, members, writer } = await setup();
    const send = async (body: unknown) =>
      (await callRoute(
        queueAction,
        new Request(`http://x/o/${org.slug}/t/${trajectory.id}/minutes/notes`, {
          method: 'POST',
          headers: { cookie: await cookieFor(members.writer.user.id), 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        { org: org.slug, tid: trajectory.id },
      )) as Response;
    const refused = [await send(note({ summary: 'Goed\u0000 gesprek' })), await send({ intent: 'check', summary: 'a\u0000', quotes: '' })];
    for (const answer of refused) {
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({ ok: false, errors: { _form: 'validation.controlChars' } });
    }
    expect((await getMinutes(writer)).notes).toHaveLength(0);
  });

  it('stores a note the offline queue sends five times at once (lost answers, a second tab) exactly once (issue 14)', async () => {
    const { org, trajectory, members } = await setup();
    const queued = note({ participantId: '' });
    const cookie = await cookieFor(members.writer.user.id);
    const send = () =>
      callRoute(
        queueAction,
        new Request(`http://x/o/${org.slug}/t/${trajectory.id}/minutes/notes`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify(queued),
        }),
        { org: org.slug, tid: trajectory.id },
      ) as Promise<Response>;
    const answers = await Promise.all([send(), send(), send(), send(), send()]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as { ok: boolean; id: string; duplicate: boolean }[];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    // Every answer says "stored" (so each copy leaves the queue), one of them stored it.
    expect(bodies.every((b) => b.ok && b.id === bodies[0]!.id)).toBe(true);
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    const database = await db();
    expect(await database.select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, trajectory.id))).toHaveLength(1);
    const published = await database
      .select()
      .from(events)
      .where(eq(events.channel, channelFor(trajectory.id, 'minutes')));
    expect(published).toHaveLength(1);
  });

  it('finalises only from the confirmation, never from a single press (issue 14)', async () => {
    const { org, trajectory, members, writer } = await setup();
    await saveMinuteNote({ ...writer, ...note() });
    const url = `/o/${org.slug}/t/${trajectory.id}/minutes`;
    const params = { org: org.slug, tid: trajectory.id };
    const unconfirmed = await callRoute(pageAction, await postAs(members.writer.user.id, url, { intent: 'finalise' }), params);
    expect(await statusOf(unconfirmed)).toBe(400);
    expect((await getMinutes(writer)).status).toBe('draft');
    const confirmed = await callRoute(pageAction, await postAs(members.writer.user.id, url, { intent: 'finalise', confirm: 'yes' }), params);
    expect(await statusOf(confirmed)).toBe(200);
    expect((await getMinutes(writer)).status).toBe('finalised');
  });
});
