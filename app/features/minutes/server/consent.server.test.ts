// A parent's "no" to the minutes (issue 11): refused notes, refused finalising, and a "no" recorded later.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { events, minuteNotes, participantConsents } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { recordConsent } from '#app/features/reception/server/record-consent.server';
import { channelFor } from '#app/realtime/channels';
import { action as queueAction } from '#app/routes/minutes-notes';
import { action as pageAction } from '#app/routes/step-minutes';
import { RuleError } from '#app/utils/rule-error';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, cookieFor, postAs, statusOf } from '#tests/http';
import type { NewNoteInput } from '../forms';
import { finaliseMinutes } from './finalise-minutes.server';
import { getMinutes } from './get-minutes.server';
import { resolveWithdrawnNote } from './resolve-withdrawn-note.server';
import { saveMinuteNote } from './save-minute-note.server';
import { updateMinuteNote } from './update-minute-note.server';

async function setup() {
  const { org, trajectory, people } = await trajectoryWith({
    lead: ['coordinator', 'lead'],
    writer: ['member', 'minute_taker'],
    contact: ['member', 'parent_contact'],
    listener: ['member', 'listener'],
  });
  const lead = people.lead.scope;
  const make = (name: string) => createParticipant({ ...lead, kind: 'parent', status: 'registered', personal: { name } });
  const refuser = await make('Sanne Visser');
  const other = await make('Iris de Boer');
  return { org, trajectory, people, lead, writer: people.writer.scope, contact: people.contact.scope, listener: people.listener.scope, refuser, other };
}

const note = (participantId: string, over: Partial<NewNoteInput> = {}): NewNoteInput => ({
  idempotencyKey: randomUUID(),
  questionKey: 'q1',
  questionText: 'Wat gaat goed?',
  participantId,
  kind: 'answer',
  summary: 'Vertelt over het consultatiebureau.',
  quotes: '"Ik werd gehoord."',
  tags: [],
  ...over,
});

const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? `${e.messageKey}${e.field ? `@${e.field}` : ''}` : Promise.reject(e)),
  );

/** A "no" stored without the desk's withdrawal, as if it were recorded before the note (a race, an import). */
async function storeNo(s: Awaited<ReturnType<typeof setup>>) {
  await (await db()).insert(participantConsents).values({ participantId: s.refuser.id, orgId: s.org.id, trajectoryId: s.trajectory.id, minutes: false });
}

const notesOf = async (trajectoryId: string) => (await db()).select().from(minuteNotes).where(eq(minuteNotes.trajectoryId, trajectoryId));

describe('consent to the minutes', () => {
  it('refuses a note attributed to a parent who said no, shows who said no, and stores nothing', async () => {
    const s = await setup();
    await recordConsent({ ...s.lead, participantId: s.refuser.id, minutes: false, photos: true });
    await recordConsent({ ...s.lead, participantId: s.other.id, minutes: true, photos: true });
    expect(await ruleOf(saveMinuteNote({ ...s.writer, ...note(s.refuser.id) }))).toBe('minutes.consentRefused@summary');
    expect(await notesOf(s.trajectory.id)).toHaveLength(0);
    // Yes, and not asked yet, are allowed.
    await saveMinuteNote({ ...s.writer, ...note(s.other.id) });
    const third = await createParticipant({ ...s.lead, kind: 'parent', status: 'registered', personal: { name: 'Mila Smit' } });
    await saveMinuteNote({ ...s.writer, ...note(third.id) });
    const read = await getMinutes(s.writer);
    expect(read.refusing).toEqual([{ participantId: s.refuser.id, pseudonym: s.refuser.pseudonym }]);
    expect(read.notes).toHaveLength(2);
    expect(JSON.stringify(read)).not.toContain('Sanne');
  });

  it('answers the page with 409 and the offline queue with a refusal it will not retry', async () => {
    const s = await setup();
    await recordConsent({ ...s.lead, participantId: s.refuser.id, minutes: false, photos: false });
    const params = { org: s.org.slug, tid: s.trajectory.id };
    const url = `/o/${s.org.slug}/t/${s.trajectory.id}/minutes`;
    const { tags: _tags, ...fields } = note(s.refuser.id);
    const page = await callRoute(pageAction, await postAs(s.people.writer.user.id, url, { intent: 'save', ...fields }), params);
    expect(await statusOf(page)).toBe(409);
    expect(answerOf(page)).toMatchObject({ errors: { summary: 'minutes.consentRefused' } });
    const queued = (await callRoute(
      queueAction,
      new Request(`http://x${url}/notes`, {
        method: 'POST',
        headers: { cookie: await cookieFor(s.people.writer.user.id), 'content-type': 'application/json' },
        body: JSON.stringify(note(s.refuser.id)),
      }),
      params,
    )) as Response;
    expect(queued.status).toBe(422);
    expect(await queued.json()).toEqual({ ok: false, leaks: [], errors: { _form: 'minutes.consentRefused' } });
  });

  it('refuses updating a note of a parent who said no, and finalising while such a note is there', async () => {
    const s = await setup();
    const saved = await saveMinuteNote({ ...s.writer, ...note(s.refuser.id) });
    await storeNo(s);
    expect(await ruleOf(updateMinuteNote({ ...s.writer, noteId: saved.id, kind: 'answer', summary: 'Anders', quotes: '', tags: [] }))).toBe(
      'minutes.consentRefused@summary',
    );
    expect(await ruleOf(finaliseMinutes(s.writer))).toBe('minutes.finaliseConsentRefused');
    expect((await getMinutes(s.writer)).status).toBe('draft');
    // On the page: a 409 that says why.
    const params = { org: s.org.slug, tid: s.trajectory.id };
    const answer = await callRoute(
      pageAction,
      await postAs(s.people.writer.user.id, `/o/${s.org.slug}/t/${s.trajectory.id}/minutes`, { intent: 'finalise', confirm: 'yes' }),
      params,
    );
    expect(await statusOf(answer)).toBe(409);
    expect(answerOf(answer)).toMatchObject({ errors: { _form: 'minutes.finaliseConsentRefused' } });
  });

  it("takes a parent's notes out of draft minutes when they say no later, in the same change", async () => {
    const s = await setup();
    await recordConsent({ ...s.lead, participantId: s.refuser.id, minutes: true, photos: true });
    const theirs = await saveMinuteNote({ ...s.writer, ...note(s.refuser.id) });
    await saveMinuteNote({ ...s.writer, ...note(s.other.id) });
    await recordConsent({ ...s.contact, participantId: s.refuser.id, minutes: false, photos: true });
    const left = await notesOf(s.trajectory.id);
    expect(left.map((n) => n.participantId)).toEqual([s.other.id]);
    const published = await (
      await db()
    )
      .select()
      .from(events)
      .where(and(eq(events.channel, channelFor(s.trajectory.id, 'minutes')), eq(events.kind, 'consent-withdrawn')));
    expect(published.map((e) => e.payload)).toEqual([{ ids: [theirs.id] }]);
    const heard = await (
      await db()
    )
      .select()
      .from(events)
      .where(and(eq(events.channel, channelFor(s.trajectory.id, 'console')), eq(events.kind, 'consent-refused')));
    expect(heard).toHaveLength(1);
    // Now the draft can be finalised.
    await finaliseMinutes(s.writer);
  });

  it('flags the notes in final minutes, hides their words from others, and lets only a lead remove them', async () => {
    const s = await setup();
    const theirs = await saveMinuteNote({ ...s.writer, ...note(s.refuser.id) });
    await saveMinuteNote({ ...s.writer, ...note(s.other.id) });
    await finaliseMinutes(s.writer);
    await recordConsent({ ...s.lead, participantId: s.refuser.id, minutes: false, photos: true });

    const forLead = await getMinutes(s.lead);
    expect(forLead.canResolve).toBe(true);
    expect(forLead.notes.find((n) => n.id === theirs.id)).toMatchObject({ withdrawn: true, summary: 'Vertelt over het consultatiebureau.' });
    const forListener = await getMinutes(s.listener);
    expect(forListener.canResolve).toBe(false);
    expect(forListener.notes.find((n) => n.id === theirs.id)).toMatchObject({ withdrawn: true, summary: '', quotes: [] });
    expect(forListener.notes.filter((n) => n.withdrawn)).toHaveLength(1);

    // Only leads resolve: not the minute-taker, not the parent contact, not a listener.
    for (const other of [s.writer, s.contact, s.listener]) expect(await statusOf(resolveWithdrawnNote({ ...other, noteId: theirs.id }))).toBe(403);
    await resolveWithdrawnNote({ ...s.lead, noteId: theirs.id });
    const [row] = (await notesOf(s.trajectory.id)).filter((n) => n.id === theirs.id);
    expect(row).toMatchObject({ summary: '[verwijderd]', quotes: [], consentWithdrawnAt: null });
    expect((await getMinutes(s.listener)).notes.find((n) => n.id === theirs.id)).toMatchObject({ withdrawn: false, summary: '[verwijderd]' });
    // Resolved once: a second time there is nothing flagged (also through the page's form).
    expect(await statusOf(resolveWithdrawnNote({ ...s.lead, noteId: theirs.id }))).toBe(404);
  });

  it('resolves through the page: "Verwijder" for a lead, 403 for the minute-taker', async () => {
    const s = await setup();
    const theirs = await saveMinuteNote({ ...s.writer, ...note(s.refuser.id) });
    await finaliseMinutes(s.writer);
    await recordConsent({ ...s.lead, participantId: s.refuser.id, minutes: false, photos: true });
    const params = { org: s.org.slug, tid: s.trajectory.id };
    const url = `/o/${s.org.slug}/t/${s.trajectory.id}/minutes`;
    const post = async (userId: string) => callRoute(pageAction, await postAs(userId, url, { intent: 'resolve', noteId: theirs.id }), params);
    expect(await statusOf(post(s.people.writer.user.id))).toBe(403);
    const done = await post(s.people.lead.user.id);
    expect(await statusOf(done)).toBe(200);
    expect(answerOf(done)).toMatchObject({ ok: true, intent: 'resolve' });
    expect((await getMinutes(s.lead)).notes[0]).toMatchObject({ withdrawn: false, summary: '[verwijderd]', quotes: [] });
  });
});
