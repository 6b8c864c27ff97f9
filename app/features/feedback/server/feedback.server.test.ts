import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { actionUpdates, agendaReactions, mailOutbox, parentFeedback, parentLinks, participantPersonalData } from '#app/db/schema';
import type { FeedbackInput } from '#app/features/feedback/domain/verdicts';
import { RuleError } from '#app/utils/rule-error';
import { statusOf } from '#tests/http';
import { createParentLinks } from './create-parent-links.server';
import { feedbackFixture } from './feedback-fixture';
import { findParentLink } from './find-parent-link.server';
import { getFeedbackPage } from './get-feedback-page.server';
import { getOnBehalfForm } from './get-on-behalf-form.server';
import { getParentLetters } from './get-parent-letters.server';
import { getParentPage } from './get-parent-page.server';
import { getPublicAgenda } from './get-public-agenda.server';
import { mailFeedbackSummary } from './mail-feedback-summary.server';
import { recordFeedbackOnBehalf } from './record-feedback-on-behalf.server';
import { setParentLinkLanguage } from './set-parent-link-language.server';
import { submitParentFeedback } from './submit-parent-feedback.server';

/** The catalogue key of the RuleError thrown, or 'ok'. */
const ruleOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

const answers = (input: Partial<FeedbackInput>): FeedbackInput => ({ reactions: [], generalReaction: '', involvement: [], contact: '', ...input });

beforeAll(async () => {
  await db();
});

/** A fixture whose parents have their links, and each parent's link as their page finds it. */
async function withLinks(options?: Parameters<typeof feedbackFixture>[0]) {
  const f = await feedbackFixture(options);
  await createParentLinks(f.people.lead.scope);
  const rows = await (await db()).select().from(parentLinks).where(eq(parentLinks.trajectoryId, f.trajectory.id));
  const linkOf = async (participantId: string) => findParentLink(rows.find((r) => r.participantId === participantId)!.linkToken);
  return { ...f, linkOf };
}

describe('personal links', () => {
  it('go to the parents who came, in the first language they speak, once', async () => {
    const f = await feedbackFixture();
    expect(await createParentLinks(f.people.workgroup.scope)).toEqual({ created: 2 });
    const rows = await (await db()).select().from(parentLinks).where(eq(parentLinks.trajectoryId, f.trajectory.id));
    expect(Object.fromEntries(rows.map((r) => [r.participantId, r.language]))).toEqual({ [f.parents.a.id]: 'ar', [f.parents.b.id]: 'nl' });
    expect(rows[0]!.linkToken).toMatch(/^[\w-]{40,}$/);
    expect(rows[0]!.linkToken).not.toBe(rows[1]!.linkToken);
    expect(await ruleOf(createParentLinks(f.people.lead.scope))).toBe('parentPage.noParentsWithoutLink');
    expect(await statusOf(createParentLinks(f.people.viewer.scope))).toBe(403);
  });

  it('change language per parent, only within the trajectory', async () => {
    const f = await withLinks();
    await setParentLinkLanguage({ ...f.people.workgroup.scope, participantId: f.parents.b.id, language: 'tr' });
    expect((await f.linkOf(f.parents.b.id)).language).toBe('tr');
    const other = await withLinks();
    expect(await statusOf(setParentLinkLanguage({ ...f.people.workgroup.scope, participantId: other.parents.b.id, language: 'tr' }))).toBe(404);
  });

  it('answer 404 for a token nobody has', async () => {
    expect(await statusOf(findParentLink('x'.repeat(43)))).toBe(404);
    expect(await statusOf(findParentLink('short'))).toBe(404);
  });
});

describe("the parent's page", () => {
  it('says the agenda is coming until it is shared, and refuses answers until then', async () => {
    const f = await withLinks({ shared: false });
    const link = await f.linkOf(f.parents.a.id);
    expect(await getParentPage({ link, language: null })).toMatchObject({ shared: false, language: 'ar' });
    expect(await ruleOf(submitParentFeedback({ link, ...answers({ generalReaction: 'Goed' }) }))).toBe('parentPage.notSharedYet');
    expect((await f.linkOf(f.parents.a.id)).lastVisitAt).toBeNull();
  });

  it("shows the agreed items in the parent's language, else in Dutch, with the quotes", async () => {
    const f = await withLinks();
    const link = await f.linkOf(f.parents.a.id);
    const arabic = await getParentPage({ link, language: null });
    if (!arabic.shared) throw new Error('shared');
    expect(arabic.language).toBe('ar');
    expect(arabic.languages.map((l) => l.code)).toEqual(['nl', 'ar']);
    expect(arabic.items.map((i) => [i.n, i.text, i.lang])).toEqual([
      [1, 'شخص واحد ثابت يمكنكم الاتصال به.', 'ar'],
      [2, 'Brieven in gewone taal', 'nl'],
    ]);
    expect(arabic.items[0]!.quotes).toEqual(['Ik wil één persoon die ik kan bellen.']);
    const dutch = await getParentPage({ link, language: 'nl' });
    expect(dutch.shared && dutch.items[0]!.text).toBe('Eén vaste persoon die u kunt bellen.');
    expect((await getParentPage({ link, language: 'zz' })).language).toBe('ar');
  });

  it('saves answers, and saving again replaces them', async () => {
    const f = await withLinks();
    const link = await f.linkOf(f.parents.b.id);
    const { first, second } = f.items;
    await submitParentFeedback({
      link,
      ...answers({
        reactions: [
          { itemId: first.id, verdict: 'partly', comment: 'Het is vooral de wachttijd.' },
          { itemId: second.id, verdict: 'heard', comment: '' },
        ],
        generalReaction: 'Fijn dat jullie terugkomen.',
        involvement: ['sounding_board'],
      }),
    });
    await submitParentFeedback({ link, ...answers({ reactions: [{ itemId: first.id, verdict: 'heard', comment: '' }], involvement: ['none'] }) });
    const database = await db();
    const reactions = await database.select().from(agendaReactions).where(eq(agendaReactions.participantId, f.parents.b.id));
    expect(reactions.map((r) => [r.itemId === first.id ? 'first' : 'second', r.verdict, r.comment, r.recordedBy]).sort()).toEqual([
      ['first', 'heard', '', null],
      ['second', 'heard', '', null],
    ]);
    const page = await getParentPage({ link, language: null });
    expect(page.shared && [page.generalReaction, page.involvement, page.items[0]!.answer]).toEqual(['', ['none'], { verdict: 'heard', comment: '' }]);
  });

  it('ignores answers to items that are not agreed or belong elsewhere', async () => {
    const f = await withLinks();
    const other = await withLinks();
    const link = await f.linkOf(f.parents.b.id);
    await submitParentFeedback({ link, ...answers({ reactions: [{ itemId: other.items.first.id, verdict: 'missing', comment: '' }], generalReaction: 'Ja' }) });
    expect(await (await db()).select().from(agendaReactions).where(eq(agendaReactions.participantId, f.parents.b.id))).toEqual([]);
  });

  it('keeps how to reach a parent in their personal data only, and only while they want to stay involved', async () => {
    const f = await withLinks();
    const database = await db();
    const contactOf = async (participantId: string) =>
      (await database.select().from(participantPersonalData).where(eq(participantPersonalData.participantId, participantId)))[0]?.stayInvolvedContact;
    // Ouder C (confirmed, but given a link by hand) has no personal data row yet: saving makes one.
    await database
      .insert(parentLinks)
      .values({ orgId: f.org.id, trajectoryId: f.trajectory.id, participantId: f.parents.c.id, linkToken: `c-${f.parents.c.id}` });
    const c = await findParentLink(`c-${f.parents.c.id}`);
    await submitParentFeedback({ link: c, ...answers({ involvement: ['coalition', 'none'], contact: '06 1234 5678' }) });
    expect(await contactOf(f.parents.c.id)).toBe('06 1234 5678');
    const [feedback] = await database.select().from(parentFeedback).where(eq(parentFeedback.participantId, f.parents.c.id));
    expect(feedback).toMatchObject({ involvement: ['coalition'], generalReaction: '' });
    expect(JSON.stringify(feedback)).not.toContain('1234');
    // Saving again with the field empty keeps it; saying no removes it.
    await submitParentFeedback({ link: c, ...answers({ involvement: ['co_creation'] }) });
    expect(await contactOf(f.parents.c.id)).toBe('06 1234 5678');
    const page = await getParentPage({ link: c, language: null });
    expect(page.shared && page.hasContact).toBe(true);
    expect(JSON.stringify(page)).not.toContain('1234');
    await submitParentFeedback({ link: c, ...answers({ involvement: ['none'] }) });
    expect(await contactOf(f.parents.c.id)).toBe('');
  });

  it('marks what changed since the previous visit, counting reloads within the hour as one visit', async () => {
    const f = await withLinks();
    // Visits in the days after the rows were made.
    const day = 24 * 60 * 60 * 1000;
    const at = (days: number) => new Date(Date.now() + days * day);
    const [first, second, reloaded, third] = [at(1), at(3), new Date(at(3).getTime() + day / 48), at(4)];
    const action = await f.addAction(f.items.first.id, { updates: [{ text: 'Gesprek met het wijkteam gepland.' }] });
    const link = () => f.linkOf(f.parents.b.id);
    const visit = async (now: Date) => getParentPage({ link: await link(), language: null, now });

    const firstVisit = await visit(first);
    expect(firstVisit.shared && firstVisit.hasNews).toBe(false);
    expect(await link()).toMatchObject({ lastVisitAt: first, previousVisitAt: null });

    await (
      await db()
    )
      .insert(actionUpdates)
      .values({ orgId: f.org.id, actionId: action.id, text: 'De wijkcoach begint in maart.', status: 'running', createdAt: at(2) });

    const secondVisit = await visit(second);
    if (!secondVisit.shared) throw new Error('shared');
    expect(secondVisit.hasNews).toBe(true);
    expect(secondVisit.items[0]!.isNew).toBe(true);
    expect(secondVisit.items[0]!.actions[0]!.updates.map((u) => [u.text, u.isNew])).toEqual([
      ['De wijkcoach begint in maart.', true],
      ['Gesprek met het wijkteam gepland.', false],
    ]);
    expect(secondVisit.items[1]!.isNew).toBe(false);
    // A reload half an hour later: still the same visit, the marks stay.
    const reload = await visit(reloaded);
    expect(reload.shared && reload.hasNews).toBe(true);
    expect(await link()).toMatchObject({ lastVisitAt: second, previousVisitAt: first });
    // The next day: seen.
    const nextDay = await visit(third);
    expect(nextDay.shared && nextDay.hasNews).toBe(false);
  });
});

describe('on behalf of a parent', () => {
  it('saves the same answers marked with who entered them, shown to the workgroup', async () => {
    const f = await withLinks();
    const { workgroup } = f.people;
    await recordFeedbackOnBehalf({
      ...workgroup.scope,
      participantId: f.parents.a.id,
      ...answers({
        reactions: [{ itemId: f.items.first.id, verdict: 'missing', comment: 'Ook de avonden.' }],
        involvement: ['sounding_board'],
        contact: 'ignored',
      }),
    });
    const [reaction] = await (await db()).select().from(agendaReactions).where(eq(agendaReactions.participantId, f.parents.a.id));
    expect(reaction!.recordedBy).toBe(workgroup.user.id);
    const page = await getFeedbackPage(f.people.viewer.scope);
    expect(page.items[0]!.comments).toEqual([
      { pseudonym: 'Ouder A', verdict: 'missing', parts: [{ text: 'Ook de avonden.' }], recordedBy: workgroup.user.name },
    ]);
    expect(page.parents.find((p) => p.pseudonym === 'Ouder A')).toMatchObject({ reacted: true, onBehalf: true });
    // A workgroup member who may not read personal data cannot enter a contact either.
    const [personal] = await (await db()).select().from(participantPersonalData).where(eq(participantPersonalData.participantId, f.parents.a.id));
    expect(personal!.stayInvolvedContact).toBe('');
    const form = await getOnBehalfForm({ ...workgroup.scope, participantId: f.parents.a.id });
    expect(form.chosen).toMatchObject({ pseudonym: 'Ouder A', canEditContact: false, involvement: ['sounding_board'] });
    expect(form.chosen!.items[0]!.answer).toEqual({ verdict: 'missing', comment: 'Ook de avonden.' });
    // The parent saving it themselves makes it theirs.
    await submitParentFeedback({
      link: await f.linkOf(f.parents.a.id),
      ...answers({ reactions: [{ itemId: f.items.first.id, verdict: 'heard', comment: '' }] }),
    });
    expect((await getFeedbackPage(f.people.viewer.scope)).items[0]!.counts).toEqual({ heard: 1, partly: 0, missing: 0, total: 1 });
  });

  it('lets a lead enter the contact, and refuses a parent of another trajectory', async () => {
    const f = await withLinks();
    await recordFeedbackOnBehalf({
      ...f.people.lead.scope,
      participantId: f.parents.b.id,
      ...answers({ involvement: ['co_creation'], contact: 'kees@ouder.test' }),
    });
    const page = await getFeedbackPage(f.people.lead.scope);
    expect(page.contacts).toEqual([{ pseudonym: 'Ouder B', name: 'Kees Verbeek', involvement: ['co_creation'], contact: 'kees@ouder.test' }]);
    const other = await withLinks();
    expect(await statusOf(recordFeedbackOnBehalf({ ...f.people.lead.scope, participantId: other.parents.b.id, ...answers({ generalReaction: 'x' }) }))).toBe(
      404,
    );
    // Ouder D only registered: not a parent of the feedback.
    expect(await statusOf(recordFeedbackOnBehalf({ ...f.people.lead.scope, participantId: f.parents.d.id, ...answers({ generalReaction: 'x' }) }))).toBe(404);
    expect(await statusOf(recordFeedbackOnBehalf({ ...f.people.viewer.scope, participantId: f.parents.b.id, ...answers({ generalReaction: 'x' }) }))).toBe(403);
  });
});

describe("the workgroup's page", () => {
  it('counts per item, shows comments by pseudonym with names masked, and hides contacts and links from those who may not see them', async () => {
    const f = await withLinks();
    const { first, second } = f.items;
    await submitParentFeedback({
      link: await f.linkOf(f.parents.a.id),
      ...answers({
        reactions: [
          { itemId: first.id, verdict: 'partly', comment: 'Bel Kees maar, 06-12345678.' },
          { itemId: second.id, verdict: 'missing', comment: '' },
        ],
        generalReaction: 'Groeten van Yasmina',
        involvement: ['sounding_board', 'coalition'],
        contact: 'yasmina@ouder.test',
      }),
    });
    await submitParentFeedback({
      link: await f.linkOf(f.parents.b.id),
      ...answers({ reactions: [{ itemId: first.id, verdict: 'partly', comment: '' }], involvement: ['none'] }),
    });

    const page = await getFeedbackPage(f.people.viewer.scope);
    expect(page.items.map((i) => [i.n, i.text, i.counts])).toEqual([
      [1, 'Eén vaste persoon die u kunt bellen.', { heard: 0, partly: 2, missing: 0, total: 2 }],
      [2, 'Brieven in gewone taal', { heard: 0, partly: 0, missing: 1, total: 1 }],
    ]);
    expect(page.items[0]!.comments).toEqual([
      {
        pseudonym: 'Ouder A',
        verdict: 'partly',
        parts: [{ text: 'Bel ' }, { masked: 'name' }, { text: ' maar, ' }, { masked: 'phone' }, { text: '.' }],
        recordedBy: null,
      },
    ]);
    expect(page.general).toEqual([{ pseudonym: 'Ouder A', parts: [{ text: 'Groeten van ' }, { masked: 'name' }], recordedBy: null }]);
    expect(page.involvement).toEqual({ sounding_board: 1, co_creation: 0, coalition: 1, none: 1 });
    expect(page.parents.map((p) => [p.pseudonym, p.hasLink, p.reacted, p.link])).toEqual([
      ['Ouder A', true, true, null],
      ['Ouder B', true, true, null],
    ]);
    expect(page.contacts).toBeNull();
    expect(JSON.stringify(page)).not.toMatch(/Yasmina|Kees|12345678|yasmina@/);

    const lead = await getFeedbackPage(f.people.lead.scope);
    expect(lead.contacts).toEqual([
      { pseudonym: 'Ouder A', name: 'Yasmina Haddou', involvement: ['sounding_board', 'coalition'], contact: 'yasmina@ouder.test' },
    ]);
    expect(lead.parents[0]!.link?.url).toMatch(/\/p\/parent\/[\w-]{40,}$/);
    expect((await getFeedbackPage(f.people.workgroup.scope)).contacts).toBeNull();
  });

  it('keeps organisations apart', async () => {
    const f = await withLinks();
    const other = await withLinks();
    await submitParentFeedback({
      link: await other.linkOf(other.parents.a.id),
      ...answers({ reactions: [{ itemId: other.items.first.id, verdict: 'heard', comment: 'Elders' }] }),
    });
    const page = await getFeedbackPage(f.people.lead.scope);
    expect(page.items.every((i) => i.counts.total === 0)).toBe(true);
    expect(JSON.stringify(page)).not.toContain('Elders');
    // A link of the other organisation shows that organisation's agenda only.
    const theirs = await getParentPage({ link: await other.linkOf(other.parents.a.id), language: 'nl' });
    expect(theirs.shared && theirs.items.map((i) => i.id)).toEqual([other.items.first.id, other.items.second.id]);
  });

  it('writes a text message per language, with the public link once published', async () => {
    const f = await withLinks({ published: true });
    await f.addAction(f.items.first.id, { status: 'done' });
    const page = await getFeedbackPage(f.people.lead.scope);
    expect(page.summaries.map((s) => s.code)).toEqual(['nl', 'ar']);
    expect(page.summaries[0]!.text).toContain('Van de 2 punten zijn er 1 klaar en 0 in gang gezet.');
    expect(page.summaries[0]!.text).toContain(`/p/agenda/${f.publicPageToken}`);
    expect(page.publicLink).toContain(`/p/agenda/${f.publicPageToken}`);
  });
});

describe('letters', () => {
  it('carry the parent’s name, language, link and QR code, for leads and parent contacts only', async () => {
    const f = await withLinks();
    const { letters, texts } = await getParentLetters(f.people.lead.scope);
    // Only the letters' languages travel with the page, with the `parent` area only.
    expect(Object.keys(texts).sort()).toEqual(['ar', 'nl']);
    expect(texts.ar!.dir).toBe('rtl');
    expect(Object.keys(texts.ar!.texts).every((key) => key.startsWith('parent.'))).toBe(true);
    expect(letters.map((l) => [l.name, l.language])).toEqual([
      ['Yasmina Haddou', 'ar'],
      ['Kees Verbeek', 'nl'],
    ]);
    expect(letters[0]!.url).toMatch(/\/p\/parent\/[\w-]{40,}$/);
    expect(letters[0]!.qrSvg).toContain('<svg');
    expect(await statusOf(getParentLetters(f.people.workgroup.scope))).toBe(403);
  });
});

describe('the summary mail', () => {
  it('goes to parents with an e-mail address, in their language with their own link', async () => {
    const f = await withLinks();
    await f.addAction(f.items.first.id, { status: 'running', nextStep: 'Eerste gesprek in maart' });
    const sent: { to: string; subject: string; text: string }[] = [];
    const outcome = await mailFeedbackSummary({ ...f.people.lead.scope, send: async (mail) => void sent.push(mail) });
    expect(outcome).toEqual({ sent: 1, noEmail: 1, failed: 0 });
    expect(sent[0]!.to).toBe('yasmina@ouder.test');
    expect(sent[0]!.subject).toBe('ما فعلناه بقصتكم');
    expect(sent[0]!.text).toContain('شخص واحد ثابت يمكنكم الاتصال به.');
    expect(sent[0]!.text).toContain((await f.linkOf(f.parents.a.id)).linkToken);
    expect(await statusOf(mailFeedbackSummary(f.people.workgroup.scope))).toBe(403);
  });

  it('uses the outbox, and waits until the agenda is shared and the links are made', async () => {
    const f = await withLinks();
    await mailFeedbackSummary(f.people.lead.scope);
    const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, 'yasmina@ouder.test')).orderBy(desc(mailOutbox.createdAt));
    expect(mail?.text).toContain('/p/parent/');
    const notShared = await withLinks({ shared: false });
    expect(await ruleOf(mailFeedbackSummary(notShared.people.lead.scope))).toBe('parentPage.summaryNotShared');
    const noLinks = await feedbackFixture();
    expect(await ruleOf(mailFeedbackSummary(noLinks.people.lead.scope))).toBe('parentPage.summaryNoLinks');
  });
});

describe('the public page', () => {
  it('shows "you said, we did" when published, and is not there otherwise', async () => {
    const f = await feedbackFixture({ published: true });
    await f.addAction(f.items.first.id, { status: 'running', nextStep: 'Start in maart', updates: [{ text: 'De wijkcoach is aangenomen.' }] });
    const page = await getPublicAgenda({ token: f.publicPageToken!, language: 'ar' });
    expect(page.orgName).toBe(f.org.name);
    expect(page.items.map((i) => i.text)).toEqual(['شخص واحد ثابت يمكنكم الاتصال به.', 'Brieven in gewone taal']);
    expect(page.items[0]!.actions[0]).toMatchObject({
      status: 'running',
      nextStep: 'Start in maart',
      owner: 'Welzijn Noord',
      updates: [{ text: 'De wijkcoach is aangenomen.' }],
    });
    expect(page.items[1]!.actions).toEqual([]);
    expect(await statusOf(getPublicAgenda({ token: 'x'.repeat(43), language: null }))).toBe(404);
    const unpublished = await feedbackFixture();
    expect(unpublished.publicPageToken).toBeNull();
    expect(await statusOf(getPublicAgenda({ token: '', language: null }))).toBe(404);
  });
});
