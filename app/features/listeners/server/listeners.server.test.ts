import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { listeners, mailOutbox, meetings, questions } from '#app/db/schema';
import { makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { addListeners, type ListenerInput } from './add-listeners.server';
import { answerRsvp } from './answer-rsvp.server';
import { getListenerPage } from './get-listener-page.server';
import { handInQuestion } from './hand-in-question.server';
import { inviteListeners } from './invite-listeners.server';
import { listListeners } from './list-listeners.server';
import { removeListener } from './remove-listener.server';
import { updateListener } from './update-listener.server';

const sanne: ListenerInput = { name: 'Sanne Bakker', organisation: 'Welzijn Oost', category: 'welfare', email: `sanne-${Date.now()}@welzijn.test` };

async function status(promise: Promise<unknown>) {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

async function setUp() {
  const org = await makeOrg();
  const scope = await makeMember(org.id, 'coordinator', 'Kees Jansen');
  const trajectory = await makeTrajectory(org.id, { title: 'Eerste 1000 dagen' });
  return { org, scope, trajectory, at: { ...scope, trajectoryId: trajectory.id } };
}

async function tokenOf(listenerId: string) {
  const [row] = await (await db()).select({ token: listeners.linkToken }).from(listeners).where(eq(listeners.id, listenerId));
  return row!.token;
}

const uniqueMail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@test.spiegel.local`;

async function mailsTo(to: string) {
  return (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt));
}

describe('listeners (S5f)', () => {
  it('adds, changes and removes listeners, each with its own link', async () => {
    const { at } = await setUp();
    const [a] = await addListeners({ ...at, rows: [sanne] });
    const [b, c] = await addListeners({
      ...at,
      rows: [
        { name: 'Fatma', organisation: '', category: 'experience_expert_parent', email: '' },
        { name: 'Piet', organisation: 'GGD', category: 'youth_health', email: '' },
      ],
    });
    await updateListener({ ...at, listenerId: a!.id, ...sanne, organisation: 'Welzijn West' });
    await removeListener({ ...at, listenerId: c!.id });
    const list = await listListeners(at);
    expect(list.map((l) => l.name)).toEqual(['Sanne Bakker', 'Fatma']);
    expect(list[0]!.organisation).toBe('Welzijn West');
    expect(list[0]!.link).toMatch(/\/p\/listener\/[\w-]{40,}$/);
    expect(list[0]!.link).not.toBe(list[1]!.link);
    expect(list.map((l) => l.id)).toEqual([a!.id, b!.id]);
  });

  it("answers 404 for another organisation's or another trajectory's listener and leaves it alone", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const [listener] = await addListeners({ ...theirs.at, rows: [sanne] });
    const other = await makeTrajectory(mine.org.id);
    const [sameOrgOther] = await addListeners({ ...mine.scope, trajectoryId: other.id, rows: [sanne] });

    expect(await status(updateListener({ ...mine.at, listenerId: listener!.id, ...sanne, name: 'Gekaapt' }))).toBe(404);
    expect(await status(removeListener({ ...mine.at, listenerId: listener!.id }))).toBe(404);
    expect(await status(inviteListeners({ ...mine.at, listenerId: listener!.id }))).toBe(404);
    expect(await status(updateListener({ ...mine.at, listenerId: sameOrgOther!.id, ...sanne, name: 'Gekaapt' }))).toBe(404);
    expect(await status(addListeners({ ...mine.scope, trajectoryId: theirs.trajectory.id, rows: [sanne] }))).toBe(404);

    expect((await listListeners(theirs.at))[0]!.name).toBe('Sanne Bakker');
    expect((await listListeners(theirs.at))[0]!.invitedAt).toBeNull();
    expect(await listListeners(mine.at)).toEqual([]);
  });

  it('invites everyone not invited yet with the rules, the meetings and the personal link', async () => {
    const { org, at, trajectory } = await setUp();
    const database = await db();
    await database.insert(meetings).values([
      {
        orgId: org.id,
        trajectoryId: trajectory.id,
        kind: 'mirror',
        date: '2026-03-10',
        startTime: '14:00',
        venueName: 'Buurthuis De Schans',
        venueAddress: 'Schansweg 1',
      },
      { orgId: org.id, trajectoryId: trajectory.id, kind: 'follow_up', date: null },
    ]);
    const email = uniqueMail('sanne');
    const [a] = await addListeners({
      ...at,
      rows: [
        { ...sanne, email },
        { name: 'Zonder mail', organisation: '', category: 'other', email: '' },
      ],
    });

    expect(await inviteListeners(at)).toEqual({ sent: 1, noEmail: 1, failed: 0 });
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toContain('Eerste 1000 dagen');
    expect(mail!.text).toContain('Beste Sanne Bakker');
    expect(mail!.text).toContain(`/p/listener/${await tokenOf(a!.id)}`);
    expect(mail!.text).toContain('dinsdag 10 maart 2026 om 14:00 uur');
    expect(mail!.text).toContain('Buurthuis De Schans, Schansweg 1');
    expect(mail!.text).toContain('Terugkombijeenkomst: Datum en tijd volgen nog. Plaats volgt nog.');
    expect(mail!.text).toMatch(/U luistert alleen/);
    expect(mail!.text).toMatch(/Stuur uw vraag vooraf in/);
    expect(mail!.text).toMatch(/via de werkgroep/);
    const list = await listListeners(at);
    expect(list.find((l) => l.id === a!.id)!.invitedAt).toBeInstanceOf(Date);
    expect(list.find((l) => l.name === 'Zonder mail')!.invitedAt).toBeNull();

    // Nobody left: a second "invite all" sends nothing; one listener can be invited again on purpose.
    expect(await inviteListeners(at)).toEqual({ sent: 0, noEmail: 1, failed: 0 });
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await inviteListeners({ ...at, listenerId: a!.id })).toEqual({ sent: 1, noEmail: 0, failed: 0 });
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it('does not mark a listener invited when their mail fails', async () => {
    const { at } = await setUp();
    const ok = uniqueMail('ok');
    await addListeners({
      ...at,
      rows: [
        { ...sanne, email: uniqueMail('kapot') },
        { ...sanne, name: 'Goed', email: ok },
      ],
    });
    const send = async (mail: { to: string }) => {
      if (mail.to.startsWith('kapot')) throw new Error('SMTP down');
    };
    expect(await inviteListeners({ ...at, send })).toEqual({ sent: 1, noEmail: 0, failed: 1 });
    const list = await listListeners(at);
    expect(list.find((l) => l.name === 'Goed')!.invitedAt).toBeInstanceOf(Date);
    expect(list.find((l) => l.name === 'Sanne Bakker')!.invitedAt).toBeNull();
    // The next "invite all" tries the failed one again.
    expect(await inviteListeners(at)).toEqual({ sent: 1, noEmail: 0, failed: 0 });
  });

  it('lets a listener answer per meeting and hand in questions through the link', async () => {
    const { at, trajectory } = await setUp();
    const [a] = await addListeners({ ...at, rows: [sanne] });
    const token = await tokenOf(a!.id);

    let page = await getListenerPage({ token });
    expect(page.listener).toEqual({ name: 'Sanne Bakker', rsvpMirror: '', rsvpFollowUp: '' });
    expect(page.trajectoryTitle).toBe('Eerste 1000 dagen');
    expect(page.meetings).toEqual({ mirror: null, follow_up: null });

    await answerRsvp({ token, meeting: 'mirror', answer: 'yes' });
    await answerRsvp({ token, meeting: 'follow_up', answer: 'maybe' });
    await answerRsvp({ token, meeting: 'follow_up', answer: 'no' });
    await handInQuestion({ token, text: 'Waar gaat u graag naartoe met uw kinderen?' });

    page = await getListenerPage({ token });
    expect(page.listener).toMatchObject({ rsvpMirror: 'yes', rsvpFollowUp: 'no' });
    expect(page.questions.map((q) => q.text)).toEqual(['Waar gaat u graag naartoe met uw kinderen?']);
    const stored = await (await db()).select().from(questions).where(eq(questions.listenerId, a!.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.trajectoryId).toBe(trajectory.id);
    expect(stored[0]!.orgId).toBe(at.orgId);
  });

  it('answers 404 for an unknown or malformed token', async () => {
    expect(await status(getListenerPage({ token: 'x'.repeat(43) }))).toBe(404);
    expect(await status(getListenerPage({ token: '../etc' }))).toBe(404);
    expect(await status(answerRsvp({ token: 'y'.repeat(43), meeting: 'mirror', answer: 'yes' }))).toBe(404);
    expect(await status(handInQuestion({ token: 'z'.repeat(43), text: 'Een vraag?' }))).toBe(404);
  });

  it("shows a listener only their own questions, not another listener's", async () => {
    const { at } = await setUp();
    const [a, b] = await addListeners({ ...at, rows: [sanne, { ...sanne, name: 'Ander' }] });
    await handInQuestion({ token: await tokenOf(b!.id), text: 'Vraag van een ander?' });
    expect((await getListenerPage({ token: await tokenOf(a!.id) })).questions).toEqual([]);
  });
});
