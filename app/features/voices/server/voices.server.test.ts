import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { events, minuteNotes, questions, voices } from '#app/db/schema';
import { addNote } from '#app/features/board/server/add-note.server';
import { linkQuote } from '#app/features/board/server/link-quote.server';
import { openBoard } from '#app/features/board/server/open-board.server';
import { searchQuotes } from '#app/features/board/server/search-quotes.server';
import { setPhase } from '#app/features/board/server/set-phase.server';
import { signFormTime } from '#app/features/materials/domain/signup-guard';
import { getFlyer } from '#app/features/materials/server/get-flyer.server';
import { finaliseMinutes } from '#app/features/minutes/server/finalise-minutes.server';
import { getMinutes } from '#app/features/minutes/server/get-minutes.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { channelFor } from '#app/realtime/channels';
import { action as contributionAction, loader as contributionLoader } from '#app/routes/contribution-link';
import { RuleError } from '#app/utils/rule-error';
import { exportReport } from '#app/features/reports/server/export-report.server';
import { docxParagraphs } from '#tests/files';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import type { ContributionInput } from '../forms';
import { getContributionPage } from './get-contribution-page.server';
import { getVoicesPage } from './get-voices-page.server';
import { recordConversation } from './record-conversation.server';
import { setContributionLink } from './set-contribution-link.server';
import { submitContribution } from './submit-contribution.server';
import { contributionSecret } from './voices-records.server';

async function setup() {
  const { org, trajectory, people } = await trajectoryWith({
    lead: ['coordinator', 'lead'],
    writer: ['member', 'minute_taker'],
    workgroup: ['member', 'workgroup'],
    listener: ['member', 'listener'],
  });
  await createParticipant({
    ...people.lead.scope,
    kind: 'parent',
    status: 'registered',
    personal: { name: 'Fenna Wouters', phone: '06-11223344', email: 'fenna@example.nl' },
  });
  const [question] = await (
    await db()
  )
    .insert(questions)
    .values({ orgId: org.id, trajectoryId: trajectory.id, text: 'Hoe was het om hulp te vragen?', status: 'chosen', position: 1 })
    .returning({ id: questions.id });
  const scopes = { lead: people.lead.scope, writer: people.writer.scope, workgroup: people.workgroup.scope, listener: people.listener.scope };
  return { org, trajectory, question: question!, ...scopes };
}

async function withLink() {
  const ctx = await setup();
  await setContributionLink({ ...ctx.lead, intent: 'link-open' });
  const page = await getVoicesPage(ctx.lead);
  const token = page.link!.url.split('/p/contribution/')[1]!;
  return { ...ctx, token };
}

const now = Date.parse('2026-03-01T10:00:00Z');
const startedAt = signFormTime(now - 10_000, contributionSecret());
const contribution = (answers: Record<string, string>, lang = 'nl'): ContributionInput => ({
  lang,
  startedAt,
  answers: Object.entries(answers).map(([field, text]) => ({ field, text })),
});
const page = (token: string, language: string | null = null, acceptLanguage: string | null = null) => getContributionPage({ token, language, acceptLanguage });

async function notesOf(trajectoryId: string) {
  return (await db())
    .select()
    .from(minuteNotes)
    .where(and(eq(minuteNotes.trajectoryId, trajectoryId), isNotNull(minuteNotes.voiceId)));
}

describe('the contribution link (X1)', () => {
  it('is made when switched on, answers 404 when off, and a renewed link makes the old one a 404', async () => {
    const ctx = await setup();
    expect((await getVoicesPage(ctx.lead)).link).toBeNull();
    expect(await statusOf(setContributionLink({ ...ctx.listener, intent: 'link-open' }))).toBe(403);
    await setContributionLink({ ...ctx.workgroup, intent: 'link-open' });
    const first = (await getVoicesPage(ctx.lead)).link!;
    expect(first).toMatchObject({ open: true });
    expect(first.url).toMatch(/\/p\/contribution\/[\w-]{43}$/);
    expect(first.qr).toContain('<svg');
    const token = first.url.split('/p/contribution/')[1]!;
    expect((await page(token)).questions.map((q) => q.text)).toEqual([
      'Wat wilt u ons vertellen? Wat gaat goed en wat is moeilijk?',
      'Hoe was het om hulp te vragen?',
    ]);

    // On the flyer while it is on, in the flyer's language.
    const flyer = await getFlyer({ ...ctx.lead, language: 'nl' });
    expect(flyer.contribution).toMatchObject({ url: first.url, line: 'Liever niet in een groep praten? Schrijf ons zonder uw naam:', lang: 'nl' });
    expect(flyer.contributionQrSvg).toContain('<svg');

    await setContributionLink({ ...ctx.lead, intent: 'link-close' });
    expect(await statusOf(page(token))).toBe(404);
    expect((await getFlyer({ ...ctx.lead, language: 'nl' })).contribution).toBeNull();
    expect(await statusOf(submitContribution({ token, input: contribution({ opening: 'Hallo' }), honeypot: '', now }))).toBe(404);
    await setContributionLink({ ...ctx.lead, intent: 'link-open' });
    expect(await statusOf(page(token))).toBe(200);

    await setContributionLink({ ...ctx.lead, intent: 'link-renew' });
    const renewed = (await getVoicesPage(ctx.lead)).link!;
    expect(renewed.url).not.toBe(first.url);
    expect(await statusOf(page(token))).toBe(404);
    expect(await statusOf(page(renewed.url.split('/p/contribution/')[1]!))).toBe(200);
  });

  it('shows the form in the address language, else the browser language, else Dutch; untranslated questions in Dutch', async () => {
    const { token, question } = await withLink();
    const arabic = await page(token, 'ar');
    expect(arabic).toMatchObject({ language: 'ar', dir: 'rtl', closed: false });
    expect(arabic.questions).toEqual([
      { name: 'answer-opening', text: 'ماذا تريدون أن تخبرونا؟ ما الذي يسير جيدًا وما الذي هو صعب؟', lang: 'ar' },
      { name: `answer-${question.id}`, text: 'Hoe was het om hulp te vragen?', lang: 'nl' },
    ]);
    expect((await page(token, null, 'uk-UA,uk;q=0.9,en;q=0.8')).language).toBe('uk');
    expect((await page(token, 'xx', 'fr-FR, de;q=0.5')).language).toBe('nl');
  });
});

describe('an anonymous contribution', () => {
  it('enters the draft minutes marked as an individual contribution, names masked, announced live', async () => {
    const { token, trajectory, question, lead } = await withLink();
    const input = contribution({ opening: 'Fenna Wouters hielp mij.\nBel 06-11223344 niet.', [question.id]: 'De wachtlijst was lang.' }, 'ar');
    await expect(submitContribution({ token, input, honeypot: '', now })).resolves.toBe('saved');

    const [voice] = await (await db()).select().from(voices).where(eq(voices.trajectoryId, trajectory.id));
    expect(voice).toMatchObject({ kind: 'contribution', consent: 'form', language: 'ar', pseudonym: '', recordedBy: null });
    const notes = await notesOf(trajectory.id);
    expect(notes.map((n) => ({ key: n.questionKey, text: n.questionText, quotes: n.quotes, voiceId: n.voiceId }))).toEqual([
      {
        key: 'opening',
        text: 'Wat wilt u ons vertellen? Wat gaat goed en wat is moeilijk?',
        quotes: ['[naam] hielp mij.', 'Bel [telefoonnummer] niet.'],
        voiceId: voice!.id,
      },
      { key: `q:${question.id}`, text: 'Hoe was het om hulp te vragen?', quotes: ['De wachtlijst was lang.'], voiceId: voice!.id },
    ]);
    expect(JSON.stringify(notes)).not.toMatch(/Fenna|11223344/);

    const minutes = await getMinutes(lead);
    expect(minutes.notes.filter((n) => n.voice).map((n) => n.voice)).toEqual([
      { id: voice!.id, kind: 'contribution', consent: 'form' },
      { id: voice!.id, kind: 'contribution', consent: 'form' },
    ]);
    const announced = await (
      await db()
    )
      .select()
      .from(events)
      .where(eq(events.channel, channelFor(trajectory.id, 'minutes')));
    expect(announced.map((e) => e.kind)).toContain('voice');
  });

  it('saves nothing for a honeypot, a form sent too fast or a forged time stamp, or when nothing was answered', async () => {
    const { token, trajectory } = await withLink();
    const input = contribution({ opening: 'Het gaat goed.' });
    await expect(submitContribution({ token, input, honeypot: 'http://spam.example', now })).resolves.toBe('ignored');
    const tooFast = { ...input, startedAt: signFormTime(now - 1000, contributionSecret()) };
    await expect(submitContribution({ token, input: tooFast, honeypot: '', now })).rejects.toEqual(new RuleError('voices.tooFast'));
    const forged = { ...input, startedAt: signFormTime(now - 10_000, 'guessed') };
    await expect(submitContribution({ token, input: forged, honeypot: '', now })).rejects.toEqual(new RuleError('voices.expired'));
    const unknownOnly = contribution({ '00000000-0000-4000-8000-000000000000': 'Vraag bestaat niet' });
    await expect(submitContribution({ token, input: unknownOnly, honeypot: '', now })).rejects.toEqual(new RuleError('voices.nothingFilled', 'answers'));
    expect(await notesOf(trajectory.id)).toEqual([]);
  });

  it('through the page: consent is asked next to its box with the answers kept, then the thank-you page', async () => {
    const { token, trajectory } = await withLink();
    const url = `/p/contribution/${token}`;
    const fields = { lang: 'ar', startedAt: signFormTime(Date.now() - 10_000, contributionSecret()), 'answer-opening': 'نحتاج إلى مساعدة أكثر' };
    const refused = await callRoute(contributionAction, await postAs(null, url, fields), { token });
    expect(await statusOf(refused)).toBe(400);
    expect(answerOf(refused)).toMatchObject({ errors: { consent: 'voices.consentRequired' }, values: { 'answer-opening': 'نحتاج إلى مساعدة أكثر' } });
    const saved = await statusOf(callRoute(contributionAction, await postAs(null, url, { ...fields, consent: 'on' }), { token }));
    expect(saved).toBe(302);
    expect((await notesOf(trajectory.id)).map((n) => n.quotes)).toEqual([['نحتاج إلى مساعدة أكثر']]);
    expect(
      await statusOf(callRoute(contributionLoader, await getAs(null, `/p/contribution/not-a-real-token-at-all-xyz`), { token: 'not-a-real-token-at-all-xyz' })),
    ).toBe(404);
  });

  it('can be linked to a board note like any quote of the final minutes; after that the link says it is closed', async () => {
    const { token, trajectory, lead, org } = await withLink();
    await submitContribution({ token, input: contribution({ opening: 'Ik durf niet te bellen met de school.' }), honeypot: '', now });
    // The masked words pass the name guard when the minutes are made final.
    await finaliseMinutes(lead);
    expect((await page(token)).closed).toBe(true);
    await expect(submitContribution({ token, input: contribution({ opening: 'Nog iets' }), honeypot: '', now })).rejects.toEqual(
      new RuleError('voices.closed'),
    );

    const board = await openBoard(lead);
    const ids = { ...lead, boardId: board.id };
    await setPhase({ ...ids, phase: 'heard' });
    const note = await addNote({ ...ids, column: 'difficult', text: 'Drempel om school te bellen', key: crypto.randomUUID() });
    const [answer] = await notesOf(trajectory.id);
    // Offered among the quotes, marked with its source.
    expect(await searchQuotes({ ...ids, noteId: note.id, query: 'school' })).toMatchObject([
      { minuteNoteId: answer!.id, quoteIndex: 0, quote: 'Ik durf niet te bellen met de school.', source: 'contribution' },
    ]);
    await linkQuote({ ...ids, noteId: note.id, minuteNoteId: answer!.id, quoteIndex: 0, linked: true });
    expect(org.id).toBe(answer!.orgId);

    // The minutes report marks it as an individual contribution.
    const docx = await exportReport({ ...lead, kind: 'minutes', format: 'docx' });
    const paragraphs = docxParagraphs(docx.body);
    expect(paragraphs).toContain('Individuele bijdrage');
    expect(paragraphs.join('\n')).toContain('Ik durf niet te bellen met de school.');
  });
});

describe('an individual conversation', () => {
  it('is recorded by the minute-taker under a pseudonym, with how consent was given, as a source of its own', async () => {
    const { trajectory, question, writer, workgroup } = await setup();
    const input = {
      intent: 'conversation' as const,
      pseudonym: 'Gesprek 1',
      consent: 'paper' as const,
      answers: [
        { field: 'opening', summary: 'Voelt zich alleen staan.', quotes: 'Niemand vraagt hoe het gaat.' },
        { field: question.id, summary: '', quotes: '"Ik wist niet waar ik heen moest."' },
      ],
    };
    expect(await statusOf(recordConversation({ ...workgroup, ...input }))).toBe(403);
    await recordConversation({ ...writer, ...input });
    const [voice] = await (await db()).select().from(voices).where(eq(voices.trajectoryId, trajectory.id));
    expect(voice).toMatchObject({ kind: 'conversation', pseudonym: 'Gesprek 1', consent: 'paper', recordedBy: writer.actor.userId });
    const notes = await notesOf(trajectory.id);
    expect(notes.map((n) => [n.questionKey, n.summary, n.quotes])).toEqual([
      ['opening', 'Voelt zich alleen staan.', ['Niemand vraagt hoe het gaat.']],
      [`q:${question.id}`, '', ['Ik wist niet waar ik heen moest.']],
    ]);
    const minutes = await getMinutes(writer);
    expect(minutes.notes.find((n) => n.voice)).toMatchObject({ pseudonym: 'Gesprek 1', voice: { kind: 'conversation', consent: 'paper' } });
  });

  it('refuses a name next to its field and stores nothing', async () => {
    const { trajectory, writer } = await setup();
    const answers = [{ field: 'opening', summary: 'Fenna vertelde over school.', quotes: '' }];
    await expect(recordConversation({ ...writer, intent: 'conversation', pseudonym: 'Gesprek 2', consent: 'verbal', answers })).rejects.toEqual(
      new RuleError('minutes.leakField', 'summary-opening'),
    );
    const namedPseudonym = {
      intent: 'conversation' as const,
      pseudonym: 'Fenna',
      consent: 'verbal' as const,
      answers: [{ field: 'opening', summary: 'Goed', quotes: '' }],
    };
    await expect(recordConversation({ ...writer, ...namedPseudonym })).rejects.toEqual(new RuleError('minutes.leakField', 'pseudonym'));
    expect(await notesOf(trajectory.id)).toEqual([]);
  });
});
