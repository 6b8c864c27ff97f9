import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { events, minuteNotes } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { channelFor } from '#app/realtime/channels';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import type { NewNoteInput } from '../forms';
import { checkMinuteText } from './check-minute-text.server';
import { deleteMinuteNote } from './delete-minute-note.server';
import { finaliseMinutes } from './finalise-minutes.server';
import { getMinutes } from './get-minutes.server';
import { saveMinuteNote } from './save-minute-note.server';
import { updateMinuteNote } from './update-minute-note.server';

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'coordinator');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  const writer = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, writer.actor.userId, 'minute_taker');
  const listener = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, listener.actor.userId, 'listener');
  const participant = await createParticipant({
    ...lead,
    trajectoryId: trajectory.id,
    kind: 'parent',
    status: 'registered',
    personal: {
      name: 'Fenna Wouters',
      phone: '06-11223344',
      email: 'fenna@example.nl',
    },
  });
  const ids = { trajectoryId: trajectory.id };
  return { org, trajectory, lead, writer, listener, participant, ids };
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

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: unknown) => (e instanceof Response ? e.status : Promise.reject(e)),
  );

describe('minutes (S6c)', () => {
  it('stores a note once per idempotency key, with one event', async () => {
    const { writer, participant, ids } = await setup();
    const input = note({ participantId: participant.id });
    const first = await saveMinuteNote({ ...writer, ...ids, note: input });
    const again = await saveMinuteNote({ ...writer, ...ids, note: input });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toEqual({
      ok: true,
      id: (first as { id: string }).id,
      duplicate: true,
    });
    const database = await db();
    const rows = await database.select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, ids.trajectoryId));
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
      .where(eq(events.channel, channelFor(ids.trajectoryId, 'minutes')));
    expect(published.map((e) => [e.kind, e.payload])).toEqual([['note', { id: rows[0]!.id }]]);

    const read = await getMinutes({ ...writer, ...ids });
    expect(read.notes[0]?.pseudonym).toBe(participant.pseudonym);
    expect(JSON.stringify(read)).not.toContain('Fenna');
  });

  it('refuses a first name, a phone number or an e-mail address and stores nothing', async () => {
    const { writer, participant, ids } = await setup();
    for (const summary of ['fenna zegt dat het goed gaat', 'bel haar op 06 1122 3344', 'mail naar FENNA@example.nl']) {
      const result = await saveMinuteNote({
        ...writer,
        ...ids,
        note: note({ summary, quotes: '' }),
      });
      expect(result.ok, summary).toBe(false);
    }
    const quoted = await saveMinuteNote({
      ...writer,
      ...ids,
      note: note({ quotes: 'Ik ben Fenna' }),
    });
    expect(quoted).toEqual({
      ok: false,
      leaks: [{ kind: 'name', found: 'Fenna', pseudonym: participant.pseudonym }],
    });
    expect(await (await db()).select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, ids.trajectoryId))).toHaveLength(0);
    expect(await checkMinuteText({ ...writer, ...ids, texts: ['Fenna'] })).toHaveLength(1);
    // Editing is guarded too.
    const saved = (await saveMinuteNote({
      ...writer,
      ...ids,
      note: note(),
    })) as { id: string };
    expect(
      await updateMinuteNote({
        ...writer,
        ...ids,
        noteId: saved.id,
        edit: { kind: 'answer', summary: 'Fenna', quotes: '', tags: [] },
      }),
    ).toMatchObject({ ok: false });
  });

  it('lets only minute-takers and leads write, and listeners read only when finalised', async () => {
    const { lead, writer, listener, ids } = await setup();
    expect(await statusOf(saveMinuteNote({ ...listener, ...ids, note: note() }))).toBe(403);
    expect(await statusOf(getMinutes({ ...listener, ...ids }))).toBe(403);
    expect(await statusOf(checkMinuteText({ ...listener, ...ids, texts: ['x'] }))).toBe(403);
    const leader = await makeMember(lead.orgId, 'admin');
    await giveRole(lead.orgId, ids.trajectoryId, leader.actor.userId, 'conversation_leader');
    expect((await getMinutes({ ...leader, ...ids })).canWrite).toBe(false);
    expect(await statusOf(finaliseMinutes({ ...leader, ...ids }))).toBe(403);

    const saved = (await saveMinuteNote({
      ...writer,
      ...ids,
      note: note(),
    })) as { id: string };
    await updateMinuteNote({
      ...lead,
      ...ids,
      noteId: saved.id,
      edit: {
        kind: 'general',
        summary: 'Nagekeken.',
        quotes: '',
        tags: ['tip'],
      },
    });
    expect((await getMinutes({ ...lead, ...ids })).notes[0]).toMatchObject({
      kind: 'general',
      summary: 'Nagekeken.',
      tags: ['tip'],
    });

    await finaliseMinutes({ ...writer, ...ids });
    const read = await getMinutes({ ...listener, ...ids });
    expect(read).toMatchObject({ status: 'finalised', canWrite: false });
    expect(read.notes).toHaveLength(1);
    // Read-only for everyone now.
    expect(await statusOf(saveMinuteNote({ ...lead, ...ids, note: note() }))).toBe(403);
    expect(await statusOf(deleteMinuteNote({ ...lead, ...ids, noteId: saved.id }))).toBe(403);
    expect(await statusOf(finaliseMinutes({ ...lead, ...ids }))).toBe(403);
  });

  it('is invisible from another organisation', async () => {
    const { writer, ids } = await setup();
    const saved = (await saveMinuteNote({
      ...writer,
      ...ids,
      note: note(),
    })) as { id: string };
    const other = await setup();
    expect(await statusOf(getMinutes({ ...other.lead, ...ids }))).toBe(404);
    expect(await statusOf(saveMinuteNote({ ...other.lead, ...ids, note: note() }))).toBe(404);
    // A note id of another trajectory is not found in one's own.
    expect(await statusOf(deleteMinuteNote({ ...other.lead, ...other.ids, noteId: saved.id }))).toBe(404);
    // A participant of another trajectory cannot be named in a note.
    expect(
      await statusOf(
        saveMinuteNote({
          ...other.writer,
          ...other.ids,
          note: note({ participantId: (await setup()).participant.id }),
        }),
      ),
    ).toBe(404);
    // Reusing another trajectory's idempotency key stores nothing there.
    const sharedKey = randomUUID();
    const first = await saveMinuteNote({
      ...writer,
      ...ids,
      note: note({ idempotencyKey: sharedKey }),
    });
    expect(first.ok).toBe(true);
    expect(
      await statusOf(
        saveMinuteNote({
          ...other.writer,
          ...other.ids,
          note: note({
            idempotencyKey: sharedKey,
          }),
        }),
      ),
    ).toBe(404);
  });

  it('deletes a note during the draft', async () => {
    const { writer, ids } = await setup();
    const saved = (await saveMinuteNote({
      ...writer,
      ...ids,
      note: note(),
    })) as { id: string };
    await deleteMinuteNote({ ...writer, ...ids, noteId: saved.id });
    expect((await getMinutes({ ...writer, ...ids })).notes).toHaveLength(0);
  });
});
