// The agenda operations (S8a) on the real database: adopting the board's draft, changing items
// with a reason, languages and translations, sharing and publishing, and who may do what where.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { agendaItemReasons, agendaItems, agendaReactions, flyerTexts, participantPersonalData, participants, trajectories } from '#app/db/schema';
import { closeBoard } from '#app/features/board/server/close-board.server';
import { votingBoard } from '#app/features/board/server/board-fixture';
import { enterPaperVotes } from '#app/features/board/server/enter-paper-votes.server';
import { RuleError } from '#app/utils/rule-error';
import { makeOrg, makeTrajectory, scopeIn, trajectoryWith } from '#tests/factories';
import { statusOf } from '#tests/http';
import { addAgendaItem } from './add-agenda-item.server';
import { adoptDraftAgenda } from './adopt-draft-agenda.server';
import { getAgendaPage } from './get-agenda-page.server';
import { getAgendaPoster } from './get-agenda-poster.server';
import { mergeAgendaItems } from './merge-agenda-items.server';
import { moveAgendaItem } from './move-agenda-item.server';
import { publishAgendaPage } from './publish-agenda-page.server';
import { removeAgendaItem } from './remove-agenda-item.server';
import { saveAgendaTranslation } from './save-agenda-translation.server';
import { setFeedbackLanguages } from './set-feedback-languages.server';
import { shareAgenda } from './share-agenda.server';
import { splitAgendaItem } from './split-agenda-item.server';
import { updateAgendaItem } from './update-agenda-item.server';

/** The refusal of a piece of work as "message@field", or 'ok'. */
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (e: unknown) => (e instanceof RuleError ? `${e.messageKey}@${e.field}` : Promise.reject(e)),
  );

beforeAll(async () => {
  await db();
});

const draft = [
  {
    rank: 1,
    dots: 7,
    title: 'Eén vast aanspreekpunt',
    themeName: 'Toegang',
    notes: ['Steeds iemand anders'],
    quotes: ['Ik wil één persoon die ik kan bellen.'],
  },
  {
    rank: 2,
    dots: 4,
    title: 'Eerlijk zeggen hoe lang het duurt',
    themeName: 'Toegang',
    notes: ['Wachtlijst'],
    quotes: ['We stonden een half jaar op de wachtlijst.'],
  },
  {
    rank: 3,
    dots: 2,
    title: 'Brieven in gewone taal',
    themeName: 'Taal',
    notes: ['Moeilijke woorden'],
    quotes: ['De brieven begrijp ik niet.', 'Drie formulieren.'],
  },
];

/** A trajectory whose board was closed: its draft as closing writes it, a lead, a listener, and a parent with a known name. */
async function closedBoard() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['member', 'lead'], listener: ['member', 'listener'] });
  const database = await db();
  await database.insert(agendaItems).values(draft.map((d) => ({ orgId: org.id, trajectoryId: trajectory.id, status: 'draft' as const, ...d })));
  const [parent] = await database
    .insert(participants)
    .values({ orgId: org.id, trajectoryId: trajectory.id, pseudonym: 'Ouder A', kind: 'parent', status: 'attended' })
    .returning();
  await database
    .insert(participantPersonalData)
    .values({ participantId: parent!.id, orgId: org.id, trajectoryId: trajectory.id, name: 'Yasmina Bakker', phone: '0612345678' });
  const lead = people.lead.scope;
  const page = () => getAgendaPage(lead);
  return { org, trajectory, lead, listener: people.listener.scope, leadUser: people.lead.user, parentId: parent!.id, page };
}

async function adopted() {
  const s = await closedBoard();
  await adoptDraftAgenda({ ...s.lead, reason: 'De top 10 is wat ouders het belangrijkst vinden.' });
  const items = (await s.page()).items;
  return { ...s, items, id: (n: number) => items[n - 1]!.id };
}

describe('adopting the board’s draft', () => {
  it('puts the draft on the agenda in the order of the vote, with the title as first text and one dated reason with who', async () => {
    const s = await closedBoard();
    const before = await s.page();
    expect(before.items).toEqual([]);
    expect(before.draft.map((d) => [d.rank, d.dots, d.title, d.themeName])).toEqual(draft.map((d) => [d.rank, d.dots, d.title, d.themeName]));
    expect(before.readiness).toEqual({ ready: false, problem: 'empty' });

    expect(await refusal(adoptDraftAgenda({ ...s.lead, reason: 'Bel 06-12345678' }))).toBe('agenda.leak_phone@reason');
    await adoptDraftAgenda({ ...s.lead, reason: 'De top 10 is wat ouders het belangrijkst vinden.' });
    const after = await s.page();
    expect(after.draft).toEqual([]);
    expect(after.items.map((i) => [i.number, i.title, i.plainText])).toEqual(draft.map((d, i) => [i + 1, d.title, d.title]));
    expect(after.items[2]!.quotes).toEqual(draft[2]!.quotes);
    expect(after.items[0]!.readability?.level).toBeDefined();
    const [entry] = after.items[0]!.history;
    expect(entry!.author).toBe(s.leadUser.name);
    expect(entry!.text).toBe('Overgenomen uit het concept van de terugkombijeenkomst. Waarom: De top 10 is wat ouders het belangrijkst vinden.');
    expect(Date.now() - entry!.at.getTime()).toBeLessThan(60_000);
    expect(after.readiness).toEqual({ ready: true });
    expect(await refusal(adoptDraftAgenda({ ...s.lead, reason: 'Nog eens' }))).toBe('agenda.noDraft@reason');
  });

  it('keeps the adopted agenda when the board is closed again', async () => {
    const s = await votingBoard(3);
    for (const [i, ideaId] of s.ideas.entries()) await enterPaperVotes({ ...s.ids, ideaId, criterion: '', dots: 3 - i });
    await closeBoard(s.ids);
    await adoptDraftAgenda({ ...s.scope, reason: 'Overgenomen' });
    const adoptedIds = (await getAgendaPage(s.scope)).items.map((i) => i.id);
    expect(adoptedIds).toHaveLength(3);
    await updateAgendaItem({ ...s.scope, itemId: adoptedIds[0]!, title: 'Idee 1', plainText: 'Eigen tekst', quotes: [], newQuote: '', reason: 'Duidelijker' });
    await closeBoard(s.ids);
    const page = await getAgendaPage(s.scope);
    expect(page.items.map((i) => i.id)).toEqual(adoptedIds);
    expect(page.items[0]!.plainText).toBe('Eigen tekst');
    expect(page.draft).toEqual([]);
  });
});

describe('changing an item, always with a reason', () => {
  it('edits title, plain text and quotes, and says in the history what changed', async () => {
    const s = await adopted();
    const item = s.items[2]!;
    await updateAgendaItem({
      ...s.lead,
      itemId: item.id,
      title: item.title,
      plainText: 'Brieven van de gemeente worden korter. Er staan gewone woorden in.',
      quotes: ['De brieven begrijp ik niet.'],
      newQuote: '  Ik vraag mijn buurvrouw om hulp.  ',
      reason: 'Ouders vroegen om gewone woorden.',
    });
    const changed = (await s.page()).items[2]!;
    expect(changed.plainText).toBe('Brieven van de gemeente worden korter. Er staan gewone woorden in.');
    expect(changed.quotes).toEqual(['De brieven begrijp ik niet.', 'Ik vraag mijn buurvrouw om hulp.']);
    expect(changed.readability?.hints).toBeDefined();
    expect(changed.history.at(-1)!.text).toBe('Aangepast: tekst voor ouders, 1 citaat erbij, 1 citaat weggehaald. Waarom: Ouders vroegen om gewone woorden.');

    const same = { ...s.lead, itemId: item.id, title: changed.title, plainText: changed.plainText, quotes: changed.quotes, newQuote: '', reason: 'Niets' };
    expect(await refusal(updateAgendaItem(same))).toBe('agenda.nothingChanged@reason');
    expect(await refusal(updateAgendaItem({ ...same, quotes: ['Niet van dit punt'] }))).toBe('agenda.quoteUnknown@quotes');
  });

  it('refuses a text with a participant’s name or phone number next to its field, and saves nothing', async () => {
    const s = await adopted();
    const edit = { ...s.lead, itemId: s.id(1), title: s.items[0]!.title, plainText: 'Tekst', quotes: s.items[0]!.quotes, newQuote: '', reason: 'Korter' };
    expect(await refusal(updateAgendaItem({ ...edit, plainText: 'Yasmina wil één persoon om te bellen.' }))).toBe('agenda.leak_name@plainText');
    expect(await refusal(updateAgendaItem({ ...edit, title: 'Vraag het aan Yasmina' }))).toBe('agenda.leak_name@title');
    expect(await refusal(updateAgendaItem({ ...edit, newQuote: 'Bel me op 06 12 34 56 78' }))).toBe('agenda.leak_phone@newQuote');
    expect(await refusal(addAgendaItem({ ...s.lead, title: 'Nieuw', plainText: 'Mail naar yasmina@example.org', reason: 'Nieuw' }))).toBe(
      'agenda.leak_email@plainText',
    );
    expect((await s.page()).items.map((i) => [i.plainText, i.history.length])).toEqual(s.items.map((i) => [i.plainText, 1]));
  });

  it('merges two items: texts, notes and quotes into the first, the other gone with its history kept', async () => {
    const s = await adopted();
    await mergeAgendaItems({ ...s.lead, itemId: s.id(1), otherId: s.id(2), reason: 'Gaat allebei over toegang.' });
    const { items } = await s.page();
    expect(items.map((i) => [i.number, i.title])).toEqual([
      [1, draft[0]!.title],
      [2, draft[2]!.title],
    ]);
    const kept = items[0]!;
    expect(kept.plainText).toBe(`${draft[0]!.title}\n\n${draft[1]!.title}`);
    expect(kept.quotes).toEqual([...draft[0]!.quotes, ...draft[1]!.quotes]);
    expect(kept.notes).toEqual([...draft[0]!.notes, ...draft[1]!.notes]);
    expect(kept.dots).toBe(11);
    // Both items' history stays readable on the kept one, then the merge itself.
    expect(kept.history.map((h) => h.text)).toHaveLength(3);
    expect(kept.history.at(-1)!.text).toBe(`Samengevoegd met “${draft[1]!.title}”. Waarom: Gaat allebei over toegang.`);
    expect(await refusal(mergeAgendaItems({ ...s.lead, itemId: s.id(1), otherId: s.id(1), reason: 'x' }))).toBe('agenda.mergeSame@otherId');
    expect(await statusOf(mergeAgendaItems({ ...s.lead, itemId: s.id(1), otherId: s.id(2), reason: 'weg' }))).toBe(404);
  });

  it('does not merge away an item parents already reacted to', async () => {
    const s = await adopted();
    await (await db()).insert(agendaReactions).values({ orgId: s.org.id, itemId: s.id(3), participantId: s.parentId, verdict: 'heard' });
    expect(await refusal(mergeAgendaItems({ ...s.lead, itemId: s.id(1), otherId: s.id(3), reason: 'Samen' }))).toBe('agenda.mergeHasReactions@otherId');
    expect((await s.page()).items).toHaveLength(3);
  });

  it('splits an item in two with the quotes chosen per part, the second right after the first', async () => {
    const s = await adopted();
    const [letters, forms] = draft[2]!.quotes as [string, string];
    const split = {
      ...s.lead,
      itemId: s.id(3),
      firstTitle: 'Brieven',
      firstText: 'Korte brieven.',
      secondTitle: 'Formulieren',
      secondText: 'Eén formulier.',
      reason: 'Twee dingen.',
    };
    expect(await refusal(splitAgendaItem({ ...split, firstQuotes: [letters], secondQuotes: [] }))).toBe('agenda.splitQuoteLost@firstQuotes');
    await moveAgendaItem({ ...s.lead, itemId: s.id(3), direction: 'up' });
    await splitAgendaItem({ ...split, firstQuotes: [letters], secondQuotes: [forms, letters] });
    const { items } = await s.page();
    expect(items.map((i) => i.title)).toEqual([draft[0]!.title, 'Brieven', 'Formulieren', draft[1]!.title]);
    expect(items[1]!.quotes).toEqual([letters]);
    expect(items[2]!.quotes).toEqual([letters, forms]);
    expect(items[2]!.notes).toEqual(draft[2]!.notes);
    for (const part of [items[1]!, items[2]!]) expect(part.history.at(-1)!.text).toBe('Gesplitst in “Brieven” en “Formulieren”. Waarom: Twee dingen.');
  });

  it('takes an item off the agenda with its history, and puts it back', async () => {
    const s = await adopted();
    await removeAgendaItem({ ...s.lead, itemId: s.id(1), reason: 'Hoort bij de gemeente, niet bij ons.' });
    let page = await s.page();
    expect(page.items.map((i) => [i.number, i.title])).toEqual([
      [1, draft[1]!.title],
      [2, draft[2]!.title],
    ]);
    expect(page.draft.map((d) => d.title)).toEqual([draft[0]!.title]);
    expect(page.draft[0]!.history.at(-1)!.text).toBe('Van de agenda gehaald. Waarom: Hoort bij de gemeente, niet bij ons.');
    expect(await statusOf(removeAgendaItem({ ...s.lead, itemId: s.id(1), reason: 'Weer' }))).toBe(404);

    await adoptDraftAgenda({ ...s.lead, itemId: s.id(1), reason: 'Toch wel.' });
    page = await s.page();
    expect(page.items.map((i) => i.title)).toEqual([draft[1]!.title, draft[2]!.title, draft[0]!.title]);
    expect(page.items[2]!.history).toHaveLength(3);
  });

  it('adds an item at the end and moves items up and down', async () => {
    const s = await adopted();
    const { id } = await addAgendaItem({
      ...s.lead,
      title: 'Ouderkamer',
      plainText: 'Een kamer voor ouders in de school.',
      reason: 'Kwam veel terug in het verslag.',
    });
    await moveAgendaItem({ ...s.lead, itemId: id, direction: 'up' });
    await moveAgendaItem({ ...s.lead, itemId: s.id(1), direction: 'down' });
    const { items } = await s.page();
    expect(items.map((i) => i.title)).toEqual([draft[1]!.title, draft[0]!.title, 'Ouderkamer', draft[2]!.title]);
    expect(items[2]!.rank).toBe(0);
    expect(items[2]!.history[0]!.text).toBe('Nieuw punt van de werkgroep. Waarom: Kwam veel terug in het verslag.');
  });
});

describe('languages and translations', () => {
  it('suggests the flyer languages, counts missing translations, and keeps Arabic right to left', async () => {
    const s = await adopted();
    await (await db()).insert(flyerTexts).values(['nl', 'ar', 'tr'].map((language) => ({ orgId: s.org.id, trajectoryId: s.trajectory.id, language })));
    expect((await s.page()).languages.suggested).toEqual(['ar', 'tr']);

    await setFeedbackLanguages({ ...s.lead, languages: ['tr', 'ar'] });
    await saveAgendaTranslation({ ...s.lead, itemId: s.id(1), language: 'ar', text: 'شخص واحد تتصل به' });
    let page = await s.page();
    expect(page.languages).toEqual({
      chosen: ['ar', 'tr'],
      suggested: [],
      missing: [
        { language: 'ar', missing: 2 },
        { language: 'tr', missing: 3 },
      ],
    });
    expect(page.items[0]!.translations).toEqual({ ar: 'شخص واحد تتصل به' });

    expect(await refusal(saveAgendaTranslation({ ...s.lead, itemId: s.id(1), language: 'pl', text: 'Tekst' }))).toBe('agenda.languageNotChosen@text');
    expect(await refusal(saveAgendaTranslation({ ...s.lead, itemId: s.id(2), language: 'tr', text: 'Yasmina ile konuşun' }))).toBe('agenda.leak_name@text');
    expect(await refusal(setFeedbackLanguages({ ...s.lead, languages: ['nl'] }))).toBe('agenda.languageUnknown@languages');

    await saveAgendaTranslation({ ...s.lead, itemId: s.id(1), language: 'ar', text: '  ' });
    page = await s.page();
    expect(page.items[0]!.translations).toEqual({});
    expect(page.languages.missing[0]).toEqual({ language: 'ar', missing: 3 });
  });

  it('merges translations with the items', async () => {
    const s = await adopted();
    await setFeedbackLanguages({ ...s.lead, languages: ['ar'] });
    await saveAgendaTranslation({ ...s.lead, itemId: s.id(1), language: 'ar', text: 'واحد' });
    await saveAgendaTranslation({ ...s.lead, itemId: s.id(2), language: 'ar', text: 'اثنان' });
    await mergeAgendaItems({ ...s.lead, itemId: s.id(1), otherId: s.id(2), reason: 'Samen' });
    expect((await s.page()).items[0]!.translations).toEqual({ ar: 'واحد\n\nاثنان' });
  });
});

describe('sharing and the public page', () => {
  it('refuses to share an empty agenda, an item without plain text, or a text that names someone', async () => {
    const s = await closedBoard();
    expect(await refusal(shareAgenda(s.lead))).toBe('agenda.notReadyEmpty@_form');
    expect(await refusal(publishAgendaPage({ ...s.lead, publish: true }))).toBe('agenda.notReadyEmpty@_form');
    const { id } = await addAgendaItem({ ...s.lead, title: 'Ouderkamer', plainText: '', reason: 'Nieuw' });
    expect(await refusal(shareAgenda(s.lead))).toBe('agenda.notReadyText@_form');
    expect((await s.page()).readiness).toEqual({ ready: false, problem: 'missingPlainText', count: 1 });
    // A name from the board's draft (not checked against participants' names on the board) holds sharing back.
    await (await db()).update(agendaItems).set({ title: 'Yasmina wil een ouderkamer' }).where(eq(agendaItems.id, id));
    await (await db()).update(agendaItems).set({ plainText: 'Een kamer voor ouders.' }).where(eq(agendaItems.id, id));
    const page = await s.page();
    expect(page.items[0]!.leaks).toEqual([{ field: 'title', kind: 'name' }]);
    expect(page.hasLeaks).toBe(true);
    expect(await refusal(shareAgenda(s.lead))).toBe('agenda.notReadyLeak@_form');
    expect((await s.page()).sharedAt).toBeNull();
  });

  it('shares once, and publishes and withdraws the public page behind an unguessable link', async () => {
    const s = await adopted();
    const { sharedAt } = await shareAgenda(s.lead);
    expect((await shareAgenda(s.lead)).sharedAt).toEqual(sharedAt);
    expect((await s.page()).sharedAt).toEqual(sharedAt);

    expect((await getAgendaPoster(s.lead)).publicPage).toBeNull();
    const { url } = await publishAgendaPage({ ...s.lead, publish: true });
    expect(url).toMatch(/\/p\/agenda\/[\w-]{40,}$/);
    expect((await publishAgendaPage({ ...s.lead, publish: true })).url).toBe(url);
    const page = await s.page();
    expect(page.publicPage?.url).toBe(url);
    expect(page.publicPage?.qr).toContain('<svg');

    await setFeedbackLanguages({ ...s.lead, languages: ['ar'] });
    await saveAgendaTranslation({ ...s.lead, itemId: s.id(2), language: 'ar', text: 'كم من الوقت' });
    const poster = await getAgendaPoster({ ...s.lead, language: 'ar' });
    expect(poster.items.map((i) => [i.title, i.translation])).toEqual([
      [draft[0]!.title, ''],
      [draft[1]!.title, 'كم من الوقت'],
      [draft[2]!.title, ''],
    ]);
    expect(poster.publicPage?.url).toBe(url);
    expect((await getAgendaPoster({ ...s.lead, language: 'tr' })).language).toBeNull();

    await publishAgendaPage({ ...s.lead, publish: false });
    const [row] = await (await db()).select({ token: trajectories.publicPageToken }).from(trajectories).where(eq(trajectories.id, s.trajectory.id));
    expect(row!.token).toBeNull();
    const again = await publishAgendaPage({ ...s.lead, publish: true });
    expect(again.url).not.toBe(url);
  });
});

describe('who may do what, where', () => {
  it('lets everyone in the organisation read, and only the workgroup change', async () => {
    const s = await adopted();
    const page = await getAgendaPage(s.listener);
    expect(page.canEdit).toBe(false);
    expect(page.items).toHaveLength(3);
    const reason = 'Omdat';
    const item = { itemId: s.id(1) };
    for (const work of [
      () => adoptDraftAgenda({ ...s.listener, reason }),
      () => updateAgendaItem({ ...s.listener, ...item, title: 'x', plainText: 'x', quotes: [], newQuote: '', reason }),
      () => addAgendaItem({ ...s.listener, title: 'x', plainText: 'x', reason }),
      () => mergeAgendaItems({ ...s.listener, ...item, otherId: s.id(2), reason }),
      () => removeAgendaItem({ ...s.listener, ...item, reason }),
      () => moveAgendaItem({ ...s.listener, ...item, direction: 'down' }),
      () => setFeedbackLanguages({ ...s.listener, languages: ['ar'] }),
      () => saveAgendaTranslation({ ...s.listener, ...item, language: 'ar', text: 'x' }),
      () => shareAgenda(s.listener),
      () => publishAgendaPage({ ...s.listener, publish: true }),
    ])
      expect(await statusOf(work())).toBe(403);
    expect((await s.page()).items.map((i) => i.id)).toEqual(s.items.map((i) => i.id));
  });

  it("answers 404 for another organisation's or another trajectory's item and leaves it alone", async () => {
    const mine = await adopted();
    const theirs = await adopted();
    const other = theirs.id(1);
    const reason = 'Gekaapt';
    // Thunks: each runs on its own, after the one before (not all at once, with rejections left waiting).
    for (const work of [
      () => updateAgendaItem({ ...mine.lead, itemId: other, title: 'x', plainText: 'x', quotes: [], newQuote: '', reason }),
      () => mergeAgendaItems({ ...mine.lead, itemId: mine.id(1), otherId: other, reason }),
      () =>
        splitAgendaItem({
          ...mine.lead,
          itemId: other,
          firstTitle: 'a',
          firstText: '',
          firstQuotes: [],
          secondTitle: 'b',
          secondText: '',
          secondQuotes: [],
          reason,
        }),
      () => removeAgendaItem({ ...mine.lead, itemId: other, reason }),
      () => moveAgendaItem({ ...mine.lead, itemId: other, direction: 'down' }),
      () => adoptDraftAgenda({ ...mine.lead, itemId: other, reason }),
      () => saveAgendaTranslation({ ...mine.lead, itemId: other, language: 'ar', text: 'x' }),
      () => updateAgendaItem({ ...mine.lead, itemId: 'not-a-uuid', title: 'x', plainText: 'x', quotes: [], newQuote: '', reason }),
    ])
      expect(await statusOf(work())).toBe(404);
    expect((await theirs.page()).items.map((i) => [i.title, i.history.length])).toEqual(draft.map((d) => [d.title, 1]));
    // Another organisation's trajectory gives no scope at all; another trajectory of the same organisation has its own agenda.
    expect(await statusOf(scopeIn({ orgId: mine.org.id, actor: mine.lead.actor }, theirs.trajectory.id))).toBe(404);
    const sibling = await makeTrajectory(mine.org.id);
    expect((await getAgendaPage({ ...mine.lead, trajectoryId: sibling.id })).items).toEqual([]);
    expect(await statusOf(getAgendaPage({ ...mine.lead, orgId: (await makeOrg()).id }))).toBe(404);
    expect(await (await db()).select().from(agendaItemReasons).where(eq(agendaItemReasons.itemId, other))).toHaveLength(1);
  });
});
