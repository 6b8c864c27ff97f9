import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { listeners, mailOutbox, meetings, questions } from '#app/db/schema';
import type { Mail } from '#app/mail/send-mail.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { statusOf } from '#tests/http';
import { addListeners } from './add-listeners.server';
import { answerRsvp } from './answer-rsvp.server';
import { findListenerByToken } from './find-listener-by-token.server';
import { getListenerLinkPage } from './get-listener-link-page.server';
import { getListenersPage } from './get-listeners-page.server';
import { handInQuestion } from './hand-in-question.server';
import { inviteListeners } from './invite-listeners.server';
import { listListeners } from './list-listeners.server';
import type { ListenerInput } from './listener-records.server';
import { removeListener } from './remove-listener.server';
import { updateListener } from './update-listener.server';

const sanne: ListenerInput = { name: 'Sanne Bakker', organisation: 'Welzijn Oost', category: 'welfare', email: `sanne-${Date.now()}@welzijn.test` };

async function setUp() {
  const org = await makeOrg();
  const member = await makeMember(org.id, 'coordinator', 'Kees Jansen');
  const trajectory = await makeTrajectory(org.id, { title: 'Eerste 1000 dagen' });
  return { org, member, trajectory, at: await scopeIn(member, trajectory.id) };
}

async function tokenOf(listenerId: string) {
  const [row] = await (await db()).select({ token: listeners.linkToken }).from(listeners).where(eq(listeners.id, listenerId));
  return row!.token;
}

/** The listener as their personal link finds them. */
const linked = async (listenerId: string) => findListenerByToken(await tokenOf(listenerId));

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
    // In the order added; rows added within the same clock tick come by name, so compare by name.
    const list = [...(await listListeners(at))].sort((x, y) => y.name.localeCompare(x.name));
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
    const [sameOrgOther] = await addListeners({ ...(await scopeIn(mine.member, other.id)), rows: [sanne] });

    expect(await statusOf(updateListener({ ...mine.at, listenerId: listener!.id, ...sanne, name: 'Gekaapt' }))).toBe(404);
    expect(await statusOf(removeListener({ ...mine.at, listenerId: listener!.id }))).toBe(404);
    expect(await statusOf(inviteListeners({ ...mine.at, listenerId: listener!.id }))).toBe(404);
    expect(await statusOf(updateListener({ ...mine.at, listenerId: sameOrgOther!.id, ...sanne, name: 'Gekaapt' }))).toBe(404);
    // Another organisation's trajectory: no scope to add into.
    expect(await statusOf(scopeIn(mine.member, theirs.trajectory.id))).toBe(404);

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

  it('attaches the calendar file of each meeting with a date, pointing at the listener’s own page (issue 14, item 7)', async () => {
    const { org, at, trajectory } = await setUp();
    await (await db()).insert(meetings).values([
      { orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: '2026-03-10', startTime: '14:00', venueName: 'Buurthuis De Schans' },
      { orgId: org.id, trajectoryId: trajectory.id, kind: 'follow_up', date: null },
    ]);
    const [a] = await addListeners({ ...at, rows: [{ ...sanne, email: uniqueMail('ics') }] });
    const sent: Mail[] = [];
    expect(await inviteListeners({ ...at, send: async (m) => void sent.push(m) })).toEqual({ sent: 1, noEmail: 0, failed: 0 });
    // The follow-up session has no date yet: only the mirror meeting's file.
    expect(sent[0]!.attachments).toHaveLength(1);
    const ics = sent[0]!.attachments![0]!;
    expect(ics.contentType).toMatch(/^text\/calendar/);
    expect(ics.content).toContain('BEGIN:VEVENT');
    expect(ics.content.replace(/\r\n[ \t]/g, '')).toContain(`/p/listener/${await tokenOf(a!.id)}`);
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
    const listener = await linked(a!.id);

    let page = await getListenerLinkPage({ listener });
    expect(page.listener).toEqual({ name: 'Sanne Bakker', rsvpMirror: '', rsvpFollowUp: '' });
    expect(page.trajectoryTitle).toBe('Eerste 1000 dagen');
    expect(page.meetings).toEqual({ mirror: null, follow_up: null });

    await answerRsvp({ listener, meeting: 'mirror', answer: 'yes' });
    await answerRsvp({ listener, meeting: 'follow_up', answer: 'maybe' });
    await answerRsvp({ listener, meeting: 'follow_up', answer: 'no' });
    await handInQuestion({ listener, text: 'Waar gaat u graag naartoe met uw kinderen?' });

    page = await getListenerLinkPage({ listener: await linked(a!.id) });
    expect(page.listener).toMatchObject({ rsvpMirror: 'yes', rsvpFollowUp: 'no' });
    expect(page.questions.map((q) => q.text)).toEqual(['Waar gaat u graag naartoe met uw kinderen?']);
    const stored = await (await db()).select().from(questions).where(eq(questions.listenerId, a!.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.trajectoryId).toBe(trajectory.id);
    expect(stored[0]!.orgId).toBe(at.orgId);
  });

  it('answers 404 for an unknown or malformed token', async () => {
    expect(await statusOf(findListenerByToken('x'.repeat(43)))).toBe(404);
    expect(await statusOf(findListenerByToken('../etc'))).toBe(404);
  });

  it("shows a listener only their own questions, not another listener's", async () => {
    const { at } = await setUp();
    const [a, b] = await addListeners({ ...at, rows: [sanne, { ...sanne, name: 'Ander' }] });
    await handInQuestion({ listener: await linked(b!.id), text: 'Vraag van een ander?' });
    expect((await getListenerLinkPage({ listener: await linked(a!.id) })).questions).toEqual([]);
  });
});

describe('permissions', () => {
  it('lets everyone in the organisation look, and only editors change, invite or see the links and the invitation', async () => {
    const { org, trajectory, at } = await setUp();
    await addListeners({ ...at, rows: [sanne] });
    const member = await makeMember(org.id);
    const looker = await scopeIn(member, trajectory.id);
    const page = await getListenersPage(looker);
    expect(page.canEdit).toBe(false);
    expect(page.preview).toBeNull();
    expect(page.listeners[0]!.link).toBeNull();
    expect(await statusOf(addListeners({ ...looker, rows: [sanne] }))).toBe(403);
    expect(await statusOf(inviteListeners(looker))).toBe(403);
    await giveRole(org.id, trajectory.id, member.actor.userId, 'workgroup');
    const worker = await getListenersPage(await scopeIn(member, trajectory.id));
    expect(worker.canEdit).toBe(true);
    expect(worker.preview).toContain('Eerste 1000 dagen');
    expect(worker.listeners[0]!.link).toMatch(/\/p\/listener\//);
  });
});
