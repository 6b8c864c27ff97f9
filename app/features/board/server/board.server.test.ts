import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { agendaItems, boardNotes, events, jobs, minuteNotes, minutes } from '#app/db/schema';
import { boardChannel } from '#app/realtime/channels';
import { hashDevice, newDeviceToken } from '#app/auth/device-token.server';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn, uniqueEmail } from '#tests/factories';
import { answerOf, callRoute, statusOf } from '#tests/http';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { createTranslator } from '#app/i18n/i18n';
import { action as participantAction } from '#app/routes/board-participant';
import { applyBoardChange, type BoardChange } from '../domain/live';
import type { BoardView, VoteCriterion } from '../domain/types';
import { acceptSuggestion } from './accept-suggestion.server';
import { addIdea } from './add-idea.server';
import { key, openTestBoard, votingBoard } from './board-fixture';
import { addNote } from './add-note.server';
import { addPledge } from './add-pledge.server';
import { castVote } from './cast-vote.server';
import { closeBoard } from './close-board.server';
import { createTheme } from './create-theme.server';
import { enterPaperVotes } from './enter-paper-votes.server';
import { findBoardByCode } from './find-board-by-code.server';
import { flagInterpretation } from './flag-interpretation.server';
import { getBoard } from './get-board.server';
import { getFacilitatorPage } from './get-facilitator-page.server';
import { getProjectorView } from './get-projector-view.server';
import { joinBoard } from './join-board.server';
import { linkQuote } from './link-quote.server';
import { loadBoardView } from './board-view-records.server';
import { mergeThemes } from './merge-themes.server';
import { openBoard } from './open-board.server';
import { renameTheme } from './rename-theme.server';
import { revealIdeas } from './reveal-ideas.server';
import { searchQuotes } from './search-quotes.server';
import { setNoteTheme } from './set-note-theme.server';
import { setPhase } from './set-phase.server';
import { suggestThemes } from './suggest-themes.server';
import { updateBoardSettings } from './update-board-settings.server';

/** The catalogue key of the RuleError thrown, or 'ok'. */
const ruleOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

// The embedded database starts with the first query: in a hook, whose deadline allows for a slow machine.
beforeAll(async () => {
  await db();
});

async function boardEvents(boardId: string) {
  return (await db())
    .select()
    .from(events)
    .where(eq(events.channel, boardChannel(boardId)))
    .orderBy(events.id);
}

/**
 * A phone that applies the pushed change shows what a phone that reloads shows: `before` is the
 * phone's view before the change, the event the one it made.
 */
async function expectPushMatchesReload(
  ids: { orgId: string; boardId: string },
  memberId: string,
  before: BoardView,
  event: { payload: Record<string, unknown> },
) {
  const { version, change } = event.payload as { version: number; change: BoardChange };
  expect(version).toBe(before.version + 1);
  const pushed = { ...applyBoardChange(before, change), version };
  expect(pushed).toEqual(await loadBoardView({ ...ids, audience: 'participant', memberId }));
}

describe('opening and joining (S7a)', () => {
  it('opens one board per trajectory, found by its code typed in any way', async () => {
    const { org, trajectory, lead, scope, board } = await openTestBoard();
    expect(board.joinCode).toMatch(/^[A-Z]{6}$/);
    expect(await openBoard(scope)).toEqual(board);
    expect(await getBoard(scope)).toEqual(board);

    const typed = ` ${board.joinCode.slice(0, 3).toLowerCase()}-${board.joinCode.slice(3)} `;
    expect(await findBoardByCode({ code: typed, deviceHash: null })).toEqual({
      board: { id: board.id, orgId: org.id, trajectoryId: trajectory.id, joinCode: board.joinCode, title: 'Terugkomen in de Wijk' },
      member: null,
    });
    expect(await statusOf(findBoardByCode({ code: 'nope', deviceHash: null }))).toBe(404);

    const other = await makeTrajectory(org.id);
    expect(await getBoard(await scopeIn(lead, other.id))).toBeNull();
    // Opening is for the process facilitator and the leads.
    const plain = await makeMember(org.id, 'admin');
    expect(await statusOf(openBoard(await scopeIn(plain, other.id)))).toBe(403);
    const stranger = await makeMember((await makeOrg()).id, 'coordinator');
    expect(await statusOf(scopeIn(stranger, trajectory.id))).toBe(404);
  });

  it('joins a device once and updates its name on re-joining', async () => {
    const { board, device } = await openTestBoard();
    const deviceHash = hashDevice(newDeviceToken());
    const first = await joinBoard({ ...device, deviceHash, displayName: 'Ans' });
    const again = await joinBoard({ ...device, deviceHash, displayName: '  Ans B  ' });
    expect(again).toEqual(first);
    expect((await findBoardByCode({ code: board.joinCode, deviceHash })).member).toEqual({ memberId: first.memberId, displayName: 'Ans B' });
    expect((await findBoardByCode({ code: board.joinCode, deviceHash: hashDevice(newDeviceToken()) })).member).toBeNull();

    await joinBoard({ ...device, deviceHash: hashDevice(newDeviceToken()), displayName: 'Bea' });
    const view = await loadBoardView({ ...device, audience: 'projector', memberId: null });
    expect(view.memberCount).toBe(2);
    expect(JSON.stringify(view)).not.toMatch(/Ans|Bea/);

    const otherOrg = await makeOrg();
    expect(await statusOf(joinBoard({ orgId: otherOrg.id, boardId: device.boardId, deviceHash, displayName: '' }))).toBe(404);
    expect(await statusOf(joinBoard({ ...device, boardId: 'not-a-uuid', deviceHash, displayName: '' }))).toBe(404);
  });
});

describe('notes (S7a)', () => {
  it('takes notes only in the columns of the phase', async () => {
    const { join, phase, phone } = await openTestBoard();
    const me = await join();
    const add = (column: 'touched' | 'goes_well' | 'difficult') => ruleOf(addNote({ ...phone(me), column, text: 'Iets', key: key() }));
    expect(await add('touched')).toBe('ok');
    expect(await add('goes_well')).toBe('board.columnClosed');
    await phase('heard');
    expect(await add('goes_well')).toBe('ok');
    expect(await add('difficult')).toBe('ok');
    expect(await add('touched')).toBe('board.columnClosed');
    await phase('vote');
    expect(await add('difficult')).toBe('board.wrongPhase');
    expect(await ruleOf(addNote({ ...phone(me), column: 'touched', text: '   ', key: key() }))).toBe('board.wrongPhase');
    await phase('touched');
    expect(await ruleOf(addNote({ ...phone(me), column: 'touched', text: '   ', key: key() }))).toBe('board.noteRequired');
  });

  it('refuses a note, idea or pledge that holds a phone number, e-mail address, street address or titled name (R2)', async () => {
    const { ids, join, phase, phone } = await openTestBoard();
    const me = await join();
    for (const text of ['Bel me: +31 (0)6 1234 5678', 'mail ann at gmail dot com', 'Ik woon Dorpsstraat 12a', 'Vraag het mevrouw Jansen']) {
      expect(await ruleOf(addNote({ ...phone(me), column: 'touched', text, key: key() })), text).toBe('privacy.identifying');
    }
    expect(await ruleOf(addNote({ ...phone(me), column: 'touched', text: 'De bakker in groep 8 belde 3 keer', key: key() }))).toBe('ok');
    await phase('ideas');
    const theme = await createTheme({ ...ids, name: 'Bereikbaarheid' });
    expect(await ruleOf(addIdea({ ...phone(me), themeId: theme.id, text: 'Bel 06-12345678', key: key() }))).toBe('privacy.identifying');
    await phase('tomorrow');
    const pledge = { ...phone(me), reminderEmail: '', reminderWeeks: null, key: key() };
    expect(await ruleOf(addPledge({ ...pledge, text: 'Ik mail iemand@voorbeeld.nl' }))).toBe('privacy.identifying');
  });

  it("refuses the trajectory's participants' names on the board without saying whose, and hears of a new participant at once (R2)", async () => {
    const { ids, scope, board, join, phase, phone } = await openTestBoard();
    const parent = await createParticipant({ ...scope, kind: 'parent', status: 'registered', personal: { name: 'Fenna', surname: 'Yılmaz' } });
    const me = await join();
    const add = (text: string) => ruleOf(addNote({ ...phone(me), column: 'touched', text, key: key() }));
    // Lower case, so no "mevrouw + capital" pattern: only the participants' lists can find these.
    for (const text of ['fenna vertelde over school', 'Ik sprak familie yilmaz', 'Vraag het mevrouw yılmaz', 'Fenna’s zoon wacht al lang']) {
      expect(await add(text), text).toBe('privacy.identifying');
    }
    expect(await add('De familie wacht al lang op hulp')).toBe('ok');
    // A note that passes fills this process's copy of the lists; a participant added now is refused at once, not 30 seconds later.
    expect(await add('Buurman joris hielp mee')).toBe('ok');
    await createParticipant({ ...scope, kind: 'parent', status: 'registered', personal: { name: 'Joris' } });
    expect(await add('Buurman joris hielp weer mee')).toBe('privacy.identifying');

    // What the phone gets back names the field and the kind of message, never the participant or pseudonym.
    const token = newDeviceToken();
    await joinBoard({ orgId: ids.orgId, boardId: board.id, deviceHash: hashDevice(token), displayName: '' });
    const request = new Request(`http://x/p/board/${board.joinCode}`, {
      method: 'POST',
      headers: { cookie: `spiegel_device=${token}` },
      body: new URLSearchParams({ intent: 'note', column: 'touched', text: 'Fenna zei dat het goed ging', key: key() }),
    });
    const answer = answerOf<{ ok: boolean; errors: Record<string, string> }>(await callRoute(participantAction, request, { code: board.joinCode }));
    expect(answer).toMatchObject({ ok: false, errors: { text: 'privacy.identifying' } });
    for (const locale of ['nl', 'en'] as const) {
      const shown = `${JSON.stringify(answer.errors)} ${createTranslator(locale)('privacy.identifying')}`;
      for (const secret of ['Fenna', 'Yılmaz', 'Yilmaz', parent.pseudonym!]) expect(shown).not.toContain(secret);
    }

    await phase('heard');
    expect(await ruleOf(createTheme({ ...ids, name: 'Wat Fenna zei' }))).toBe('privacy.identifying');
    const theme = await createTheme({ ...ids, name: 'Wachten' });
    expect(await ruleOf(renameTheme({ ...ids, themeId: theme.id, name: 'Wachten bij fam. yilmaz' }))).toBe('privacy.identifying');
    await phase('ideas');
    expect(await ruleOf(addIdea({ ...phone(me), themeId: theme.id, text: 'Fenna helpt anderen', key: key() }))).toBe('privacy.identifying');
    expect(await ruleOf(addIdea({ ...phone(me), themeId: theme.id, text: 'Een ouderkamer', key: key() }))).toBe('ok');
    await phase('tomorrow');
    const pledge = { ...phone(me), reminderEmail: '', reminderWeeks: null, key: key() };
    expect(await ruleOf(addPledge({ ...pledge, text: 'Ik bel joris volgende week' }))).toBe('privacy.identifying');
    expect(await ruleOf(addPledge({ ...pledge, key: key(), text: 'Ik bel de school volgende week' }))).toBe('ok');
  });

  it('stores a note sent twice once, with one event carrying the key and the note', async () => {
    const { ids, join, phase, phone } = await openTestBoard();
    const me = await join('Bert');
    const other = await join();
    await phase('heard');
    const k = key();
    const input = { ...phone(me), column: 'goes_well' as const, text: 'De inloopochtend helpt', key: k };
    const otherBefore = await loadBoardView({ ...ids, audience: 'participant', memberId: other });
    const first = await addNote(input);
    const [pushed] = (await boardEvents(ids.boardId)).slice(-1);
    await expectPushMatchesReload(ids, other, otherBefore, pushed!);
    // Retried after the phase moved on: still the same note, not an error.
    await phase('themes');
    expect(await addNote(input)).toEqual({ id: first.id, duplicate: true, waiting: false });
    expect(first.duplicate).toBe(false);
    const rows = await (await db()).select().from(boardNotes).where(eq(boardNotes.boardId, ids.boardId));
    expect(rows).toHaveLength(1);
    const noteEvents = (await boardEvents(ids.boardId)).filter((e) => e.kind === 'note');
    expect(noteEvents.map((e) => e.payload)).toEqual([{ key: k, version: otherBefore.version + 1, change: expect.objectContaining({ kind: 'note' }) }]);

    const view = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(view.notes).toEqual([expect.objectContaining({ id: first.id, column: 'goes_well', mine: true, themeId: null, quotes: [] })]);
    expect((await loadBoardView({ ...ids, audience: 'participant', memberId: other })).notes[0]!.mine).toBe(false);
  });

  it('answers 404 for another organisation, another board, or ids that are not ids', async () => {
    const a = await openTestBoard();
    const b = await openTestBoard();
    await a.phase('heard');
    await b.phase('heard');
    const noteA = await a.note(null, 'Van bord A');
    const themeB = await createTheme({ ...b.ids, name: 'B' });
    const bMember = await b.join();
    // Board A's note through organisation B, and through board B.
    expect(await statusOf(setNoteTheme({ ...b.ids, boardId: a.ids.boardId, noteId: noteA.id, themeId: null }))).toBe(404);
    // Board A through a scope of another trajectory in the same organisation.
    const elsewhere = await scopeIn(a.lead, (await makeTrajectory(a.org.id)).id);
    expect(await statusOf(setNoteTheme({ ...elsewhere, roles: ['lead'], boardId: a.ids.boardId, noteId: noteA.id, themeId: null }))).toBe(404);
    expect(await statusOf(setNoteTheme({ ...b.ids, noteId: noteA.id, themeId: null }))).toBe(404);
    expect(await statusOf(setNoteTheme({ ...a.ids, noteId: noteA.id, themeId: themeB.id }))).toBe(404);
    expect(await statusOf(setNoteTheme({ ...a.ids, noteId: 'x', themeId: null }))).toBe(404);
    expect(await statusOf(addNote({ ...a.phone(bMember), column: 'difficult', text: 'x', key: key() }))).toBe(404);
    expect(await statusOf(loadBoardView({ orgId: b.org.id, boardId: a.ids.boardId, audience: 'facilitator', memberId: null }))).toBe(404);
    expect(await statusOf(flagInterpretation({ ...b.ids, noteId: noteA.id, interpretation: true, comment: '' }))).toBe(404);
  });

  it('keeps keys per board and member: the same key elsewhere stores its own note, the same key with other content is a 409 (issue 13)', async () => {
    const a = await openTestBoard();
    const b = await openTestBoard();
    await a.phase('heard');
    await b.phase('heard');
    const [ann, bob] = [await a.join('Ann'), await a.join('Bob')];
    const k = key();
    const notesOf = async (boardId: string) =>
      (await (await db()).select().from(boardNotes).where(eq(boardNotes.boardId, boardId))).map((n) => [n.memberId, n.text]).sort();
    // Two phones, the facilitator and another board: four writers, four notes under one key.
    expect((await addNote({ ...a.phone(ann), column: 'difficult', text: 'Van Ann', key: k })).duplicate).toBe(false);
    expect((await addNote({ ...a.phone(bob), column: 'difficult', text: 'Van Bob', key: k })).duplicate).toBe(false);
    expect((await addNote({ ...a.ids, column: 'difficult', text: 'Voor de zaal', key: k })).duplicate).toBe(false);
    expect((await addNote({ ...b.ids, column: 'difficult', text: 'Op bord B', key: k })).duplicate).toBe(false);
    expect(await notesOf(a.ids.boardId)).toEqual(
      [
        [ann, 'Van Ann'],
        [bob, 'Van Bob'],
        [null, 'Voor de zaal'],
      ].sort(),
    );
    expect(await notesOf(b.ids.boardId)).toEqual([[null, 'Op bord B']]);
    // The same writer and key with other content: refused, nothing changed.
    expect(await ruleOf(addNote({ ...a.phone(ann), column: 'difficult', text: 'Iets anders', key: k }))).toBe('board.keyReused');
    expect(await ruleOf(addNote({ ...a.phone(ann), column: 'goes_well', text: 'Van Ann', key: k }))).toBe('board.keyReused');
    expect(await ruleOf(addNote({ ...a.ids, column: 'difficult', text: 'Iets anders', key: k }))).toBe('board.keyReused');
    expect(await notesOf(a.ids.boardId)).toHaveLength(3);
    // Ideas and pledges alike.
    const theme = await createTheme({ ...a.ids, name: 'Brieven' });
    await a.phase('ideas');
    const idea = await addIdea({ ...a.phone(ann), themeId: theme.id, text: 'Gewone taal', key: k });
    expect((await addIdea({ ...a.phone(bob), themeId: theme.id, text: 'Gewone taal', key: k })).id).not.toBe(idea.id);
    expect(await addIdea({ ...a.phone(ann), themeId: theme.id, text: ' Gewone taal ', key: k })).toEqual({ id: idea.id, duplicate: true });
    expect(await ruleOf(addIdea({ ...a.phone(ann), themeId: theme.id, text: 'Iets anders', key: k }))).toBe('board.keyReused');
    await a.phase('tomorrow');
    const pledge = { text: 'Ik bel terug', reminderEmail: '', reminderWeeks: null, key: k };
    const annPledge = await addPledge({ ...a.phone(ann), ...pledge });
    expect((await addPledge({ ...a.phone(bob), ...pledge })).id).not.toBe(annPledge.id);
    expect(await ruleOf(addPledge({ ...a.phone(ann), ...pledge, text: 'Iets anders' }))).toBe('board.keyReused');

    // What a phone gets back for a reused key: a 409 with the message, over the route.
    const token = newDeviceToken();
    await joinBoard({ ...a.device, deviceHash: hashDevice(token), displayName: '' });
    const send = (text: string) =>
      callRoute(
        participantAction,
        new Request(`http://x/p/board/${a.board.joinCode}`, {
          method: 'POST',
          headers: { cookie: `spiegel_device=${token}` },
          body: new URLSearchParams({ intent: 'pledge', text, email: '', weeks: '', key: k }),
        }),
        { code: a.board.joinCode },
      );
    expect(answerOf(await send('Ik luister beter'))).toMatchObject({ ok: true });
    const refused = await send('Ik luister minder');
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ ok: false, errors: { _form: 'board.keyReused' } });
  });
});

describe('themes (S7a)', () => {
  it('creates, renames and merges themes; moving a note by id is what drag and drop and the keyboard both do', async () => {
    const { ids, phase, note } = await openTestBoard();
    expect(await ruleOf(createTheme({ ...ids, name: 'Te vroeg' }))).toBe('board.wrongPhase');
    await phase('heard');
    const n1 = await note(null, 'Wachtlijst');
    const n2 = await note(null, 'Brieven');
    const wait = await createTheme({ ...ids, name: 'Wachten' });
    const paper = await createTheme({ ...ids, name: 'Papier' });
    expect(await ruleOf(createTheme({ ...ids, name: ' ' }))).toBe('board.themeNameRequired');
    await setNoteTheme({ ...ids, noteId: n1.id, themeId: wait.id });
    await setNoteTheme({ ...ids, noteId: n2.id, themeId: paper.id });
    await renameTheme({ ...ids, themeId: paper.id, name: 'Brieven en formulieren' });
    let view = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(view.themes.map((t) => [t.name, t.position])).toEqual([
      ['Wachten', 0],
      ['Brieven en formulieren', 1],
    ]);
    expect(view.notes.map((n) => n.themeId)).toEqual([wait.id, paper.id]);

    await phase('ideas');
    const idea = await addIdea({ ...ids, themeId: paper.id, text: 'Eenvoudige brieven', key: key() });
    expect(await ruleOf(mergeThemes({ ...ids, fromId: wait.id, intoId: wait.id }))).toBe('board.mergeSame');
    await mergeThemes({ ...ids, fromId: paper.id, intoId: wait.id });
    view = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(view.themes.map((t) => t.id)).toEqual([wait.id]);
    expect(view.notes.map((n) => n.themeId)).toEqual([wait.id, wait.id]);
    expect(view.ideas.find((i) => i.id === idea.id)?.themeId).toBe(wait.id);
    // Taking a note out of its theme.
    await setNoteTheme({ ...ids, noteId: n2.id, themeId: null });
    view = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(view.notes.find((n) => n.id === n2.id)?.themeId).toBeNull();
  });

  it('never suggests notes people already grouped, and accepting leaves notes grouped meanwhile alone', async () => {
    const { ids, phase, note } = await openTestBoard();
    await phase('heard');
    const texts = [
      'We moeten heel lang wachten op hulp',
      'De wachtlijst voor jeugdzorg is veel te lang',
      'Maanden wachten voordat er iemand komt',
      'Wachttijd bij de GGZ is te lang',
      'Formulieren zijn moeilijk',
      'Ingewikkelde brieven van de gemeente',
      'Ik snap de brieven en formulieren niet',
      'Formulier invullen is ingewikkeld',
    ];
    const notes = [];
    for (const text of texts) notes.push(await note(null, text));
    const wait = await createTheme({ ...ids, name: 'Wachten', noteIds: [notes[0]!.id, notes[1]!.id] });
    const grouped = new Set([notes[0]!.id, notes[1]!.id]);

    const suggestions = await suggestThemes(ids);
    const suggested = suggestions.flatMap((s) => s.noteIds);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.filter((id) => grouped.has(id))).toEqual([]);

    // Someone drags one suggested note elsewhere before the suggestion is accepted.
    const target = suggestions[0]!;
    const movedMeanwhile = target.noteIds[0]!;
    const elsewhere = await createTheme({ ...ids, name: 'Ergens anders' });
    await setNoteTheme({ ...ids, noteId: movedMeanwhile, themeId: elsewhere.id });
    await acceptSuggestion({ ...ids, suggestion: target });
    const view = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    const themeOf = (id: string) => view.notes.find((n) => n.id === id)?.themeId;
    expect(themeOf(movedMeanwhile)).toBe(elsewhere.id);
    const acceptedTheme = target.themeId ?? view.themes.find((t) => t.name === target.name && t.id !== wait.id)!.id;
    for (const id of target.noteIds.slice(1)) expect(themeOf(id)).toBe(acceptedTheme);
    expect(themeOf(notes[0]!.id)).toBe(wait.id);
    expect(await statusOf(acceptSuggestion({ ...ids, suggestion: { themeId: null, name: 'X', noteIds: [randomUUID()] } }))).toBe(404);
  });
});

describe('quotes from the minutes (S7a)', () => {
  it('finds quotes only in finalised minutes, links a copy of the words and unlinks', async () => {
    const { ids, trajectory, org, phase, note } = await openTestBoard();
    await phase('heard');
    const n = await note(null, 'Ouders wachten lang op de wachtlijst');
    const database = await db();
    const [minuteNote] = await database
      .insert(minuteNotes)
      .values({
        orgId: org.id,
        trajectoryId: trajectory.id,
        questionText: 'Hoe was het om hulp te vragen?',
        quotes: ['We stonden een half jaar op de wachtlijst.', 'De brieven snap ik niet.', 'Niemand belde terug.'],
        idempotencyKey: key(),
      })
      .returning();
    const search = (query: string) => searchQuotes({ ...ids, noteId: n.id, query });
    expect(await search('')).toEqual([]);
    expect(await search('wachtlijst')).toEqual([]);
    expect(await statusOf(linkQuote({ ...ids, noteId: n.id, minuteNoteId: minuteNote!.id, quoteIndex: 0, linked: true }))).toBe(404);

    await database.insert(minutes).values({ orgId: org.id, trajectoryId: trajectory.id, status: 'finalised', finalisedAt: new Date() });
    expect((await search('BRIEVEN')).map((q) => q.quote)).toEqual(['De brieven snap ik niet.']);
    const likely = await search('  ');
    expect(likely[0]).toMatchObject({
      minuteNoteId: minuteNote!.id,
      quoteIndex: 0,
      quote: 'We stonden een half jaar op de wachtlijst.',
      questionText: 'Hoe was het om hulp te vragen?',
    });
    expect(likely[0]!.score).toBeGreaterThan(0);

    expect(await statusOf(linkQuote({ ...ids, noteId: n.id, minuteNoteId: minuteNote!.id, quoteIndex: 7, linked: true }))).toBe(404);
    await linkQuote({ ...ids, noteId: n.id, minuteNoteId: minuteNote!.id, quoteIndex: 0, linked: true });
    await linkQuote({ ...ids, noteId: n.id, minuteNoteId: minuteNote!.id, quoteIndex: 0, linked: true });
    await flagInterpretation({ ...ids, noteId: n.id, interpretation: true, comment: 'Samengevat door ons' });
    let view = await loadBoardView({ ...ids, audience: 'projector', memberId: null });
    expect(view.notes[0]).toMatchObject({
      quotes: [{ minuteNoteId: minuteNote!.id, quoteIndex: 0, quote: 'We stonden een half jaar op de wachtlijst.' }],
      interpretation: true,
      interpretationComment: 'Samengevat door ons',
    });
    await linkQuote({ ...ids, noteId: n.id, minuteNoteId: minuteNote!.id, quoteIndex: 0, linked: false });
    view = await loadBoardView({ ...ids, audience: 'projector', memberId: null });
    expect(view.notes[0]!.quotes).toEqual([]);

    // Quotes of another trajectory's minutes are not this board's.
    const other = await makeTrajectory(org.id);
    const [foreign] = await database
      .insert(minuteNotes)
      .values({ orgId: org.id, trajectoryId: other.id, quotes: ['Elders gezegd.'], idempotencyKey: key() })
      .returning();
    await database.insert(minutes).values({ orgId: org.id, trajectoryId: other.id, status: 'finalised' });
    expect(await statusOf(linkQuote({ ...ids, noteId: n.id, minuteNoteId: foreign!.id, quoteIndex: 0, linked: true }))).toBe(404);
    expect((await search('elders')).length).toBe(0);
  });
});

describe('ideas and what each screen sees (S7b)', () => {
  it('hides ideas from others until they are revealed', async () => {
    const { ids, phase, join, note, phone } = await openTestBoard();
    const ann = await join('Ann');
    const bob = await join('Bob');
    await phase('heard');
    await note(ann, 'Brieven zijn moeilijk');
    const theme = await createTheme({ ...ids, name: 'Brieven' });
    expect(await ruleOf(addIdea({ ...phone(ann), themeId: theme.id, text: 'Te vroeg', key: key() }))).toBe('board.wrongPhase');
    await phase('ideas');
    const k = key();
    const annIdea = await addIdea({ ...phone(ann), themeId: theme.id, text: 'Brieven in gewone taal', key: k });
    expect(await addIdea({ ...phone(ann), themeId: theme.id, text: 'Brieven in gewone taal', key: k })).toEqual({
      id: annIdea.id,
      duplicate: true,
    });
    await addIdea({ ...phone(bob), themeId: theme.id, text: 'Een telefoonnummer op elke brief', key: key() });
    expect(await statusOf(addIdea({ ...phone(bob), themeId: randomUUID(), text: 'x', key: key() }))).toBe(404);

    const seen = async (audience: 'participant' | 'facilitator' | 'projector', memberId: string | null) =>
      (await loadBoardView({ ...ids, audience, memberId })).ideas.map((i) => [i.text, i.mine]);
    expect(await seen('participant', ann)).toEqual([['Brieven in gewone taal', true]]);
    expect(await seen('participant', bob)).toEqual([['Een telefoonnummer op elke brief', true]]);
    expect(await seen('projector', null)).toEqual([]);
    expect((await loadBoardView({ ...ids, audience: 'projector', memberId: null })).ideaCount).toBe(2);
    expect(await seen('facilitator', null)).toHaveLength(2);

    await revealIdeas({ ...ids, revealed: true });
    expect(await seen('participant', bob)).toEqual([
      ['Brieven in gewone taal', false],
      ['Een telefoonnummer op elke brief', true],
    ]);
    expect(await seen('projector', null)).toHaveLength(2);
  });

  it('hides tallies from phones and the projector when they are not live, until closing', async () => {
    const { ids, ideas, join, phone } = await votingBoard(2);
    const me = await join();
    await updateBoardSettings({ ...ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: false } });
    expect(await castVote({ ...phone(me), ideaId: ideas[0]!, criterion: '', dots: 2 })).toMatchObject({ dotsLeft: 3 });
    const participant = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(participant.ideas.map((i) => [i.tally, i.total, i.myDots])).toEqual([
      [null, null, { '': 2 }],
      [null, null, {}],
    ]);
    expect(participant.dotsLeft).toEqual({ '': 3 });
    expect((await loadBoardView({ ...ids, audience: 'projector', memberId: null })).ideas.map((i) => i.tally)).toEqual([null, null]);
    const facilitator = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(facilitator.ideas.map((i) => [i.tally, i.total])).toEqual([
      [{ '': 2 }, 2],
      [{ '': 0 }, 0],
    ]);
    expect(facilitator.dotsLeft).toBeNull();
    // Only the tallies setting may change once votes are in.
    await updateBoardSettings({ ...ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: true } });
    expect((await loadBoardView({ ...ids, audience: 'projector', memberId: null })).ideas.map((i) => i.total)).toEqual([2, 0]);
    await updateBoardSettings({ ...ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: false } });
    await closeBoard(ids);
    const closed = await loadBoardView({ ...ids, audience: 'projector', memberId: null });
    expect(closed.ideas.map((i) => i.total)).toEqual([2, 0]);
    expect(closed.top).toEqual([expect.objectContaining({ rank: 1, ideaId: ideas[0], dots: 2, themeName: 'Wachten' })]);
  });
});

describe('voting (S7b)', () => {
  it('locks the voting settings once a vote is cast', async () => {
    const { ids, ideas, join, phone } = await votingBoard(1);
    const settings = { dotsPerPerson: 3, maxDotsPerIdea: 2, byCriteria: false, talliesLive: true };
    await updateBoardSettings({ ...ids, settings });
    expect(await ruleOf(updateBoardSettings({ ...ids, settings: { ...settings, dotsPerPerson: 0 } }))).toBe('board.dotsInvalid');
    const me = await join();
    await castVote({ ...phone(me), ideaId: ideas[0]!, criterion: '', dots: 1 });
    expect(await ruleOf(updateBoardSettings({ ...ids, settings: { ...settings, dotsPerPerson: 5 } }))).toBe('board.settingsLocked');
    expect(await ruleOf(updateBoardSettings({ ...ids, settings: { ...settings, maxDotsPerIdea: null } }))).toBe('board.settingsLocked');
    expect(await ruleOf(updateBoardSettings({ ...ids, settings: { ...settings, byCriteria: true } }))).toBe('board.settingsLocked');
    expect((await loadBoardView({ ...ids, audience: 'facilitator', memberId: null })).settings).toEqual(settings);
  });

  it('keeps the budget and the maximum per idea; votes are absolute, so a retry changes nothing', async () => {
    const { ids, ideas, join, phone } = await votingBoard(3);
    await updateBoardSettings({ ...ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: 3, byCriteria: false, talliesLive: true } });
    const me = await join();
    const other = await join();
    const vote = (idea: number, dots: number, k?: string) => castVote({ ...phone(me), ideaId: ideas[idea]!, criterion: '', dots, key: k });
    const k = key();
    const otherBefore = await loadBoardView({ ...ids, audience: 'participant', memberId: other });
    const first = await vote(0, 3, k);
    expect(first).toMatchObject({ dotsLeft: 2 });
    const event = (await boardEvents(ids.boardId)).at(-1)!;
    // The answer carries the board's version after the vote: the version its event carries.
    expect(first.version).toBe(event.payload.version);
    await expectPushMatchesReload(ids, other, otherBefore, event);
    // A retry changes nothing: the same answer, at the same version.
    expect(await vote(0, 3, k)).toEqual(first);
    expect(await ruleOf(vote(0, 4))).toBe('board.voteMaxPerIdea');
    expect(await ruleOf(vote(1, 3))).toBe('board.voteNoDotsLeft');
    expect(await vote(1, 2)).toMatchObject({ dotsLeft: 0 });
    expect(await ruleOf(vote(2, 1))).toBe('board.voteNoDotsLeft');
    expect(await vote(0, 1)).toMatchObject({ dotsLeft: 2 });
    expect(await vote(2, 2)).toMatchObject({ dotsLeft: 0 });
    const view = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(view.ideas.map((i) => i.myDots)).toEqual([{ '': 1 }, { '': 2 }, { '': 2 }]);
    expect(view.dotsLeft).toEqual({ '': 0 });
    // One event per change, with the key when given; the retry and the refusals published nothing.
    const voteEvents = (await boardEvents(ids.boardId)).filter((e) => e.kind === 'vote');
    const delta = (d: number) => expect.objectContaining({ change: { kind: 'vote', ideaId: expect.any(String), criterion: '', delta: d } });
    expect(voteEvents.map((e) => e.payload)).toEqual([expect.objectContaining({ key: k }), delta(2), delta(-2), delta(2)]);
    expect(voteEvents.map((e) => e.payload.change)).toEqual([
      { kind: 'vote', ideaId: ideas[0], criterion: '', delta: 3 },
      { kind: 'vote', ideaId: ideas[1], criterion: '', delta: 2 },
      { kind: 'vote', ideaId: ideas[0], criterion: '', delta: -2 },
      { kind: 'vote', ideaId: ideas[2], criterion: '', delta: 2 },
    ]);
    expect(await statusOf(castVote({ ...phone(randomUUID()), ideaId: ideas[0]!, criterion: '', dots: 1 }))).toBe(404);
    expect(await statusOf(castVote({ ...phone(me), ideaId: randomUUID(), criterion: '', dots: 1 }))).toBe(404);
    expect(await ruleOf(vote(0, -1))).toBe('board.voteDotsInvalid');
  });

  it('votes per criterion with a budget for each, and only in the vote phase', async () => {
    const { ids, ideas, join, phase, phone } = await votingBoard(2);
    const me = await join();
    expect(await ruleOf(castVote({ ...phone(me), ideaId: ideas[0]!, criterion: 'urgent', dots: 1 }))).toBe('board.criterionInvalid');
    await updateBoardSettings({ ...ids, settings: { dotsPerPerson: 2, maxDotsPerIdea: null, byCriteria: true, talliesLive: true } });
    const vote = (criterion: VoteCriterion, dots: number, idea = 0) => castVote({ ...phone(me), ideaId: ideas[idea]!, criterion, dots });
    expect(await ruleOf(vote('', 1))).toBe('board.criterionInvalid');
    expect(await vote('urgent', 2)).toMatchObject({ dotsLeft: 0 });
    expect(await ruleOf(vote('urgent', 1, 1))).toBe('board.voteNoDotsLeft');
    expect(await vote('feasible', 2, 1)).toMatchObject({ dotsLeft: 0 });
    expect(await vote('meaningful', 1, 1)).toMatchObject({ dotsLeft: 1 });
    const view = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(view.criteria).toEqual(['urgent', 'feasible', 'meaningful']);
    expect(view.dotsLeft).toEqual({ urgent: 0, feasible: 0, meaningful: 1 });
    expect(view.ideas[1]!.tally).toEqual({ urgent: 0, feasible: 2, meaningful: 1 });
    await phase('ideas');
    expect(await ruleOf(vote('meaningful', 2, 1))).toBe('board.voteNotNow');
  });

  it('counts paper stickers entered for the room, shown apart to the facilitator only', async () => {
    const { ids, ideas, join, phase, phone } = await votingBoard(2);
    const me = await join();
    await castVote({ ...phone(me), ideaId: ideas[1]!, criterion: '', dots: 2 });
    await enterPaperVotes({ ...ids, ideaId: ideas[1]!, criterion: '', dots: 4 });
    await enterPaperVotes({ ...ids, ideaId: ideas[1]!, criterion: '', dots: 6 });
    expect(await ruleOf(enterPaperVotes({ ...ids, ideaId: ideas[1]!, criterion: '', dots: -1 }))).toBe('board.paperInvalid');
    expect(await ruleOf(enterPaperVotes({ ...ids, ideaId: ideas[1]!, criterion: 'urgent', dots: 1 }))).toBe('board.criterionInvalid');
    const facilitator = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(facilitator.ideas[1]).toMatchObject({ tally: { '': 8 }, total: 8, paper: { '': 6 } });
    const participant = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(participant.ideas[1]).toMatchObject({ tally: { '': 8 }, total: 8, paper: {}, myDots: { '': 2 } });
    await phase('ideas');
    expect(await ruleOf(enterPaperVotes({ ...ids, ideaId: ideas[1]!, criterion: '', dots: 1 }))).toBe('board.wrongPhase');
  });
});

describe('closing (S7b)', () => {
  it('ranks a top 10 with ties and writes it as the draft agenda with theme, notes and quotes', async () => {
    const s = await openTestBoard();
    const { ids, org, trajectory } = s;
    await s.phase('heard');
    const n1 = await s.note(null, 'Lang wachten op hulp');
    const n2 = await s.note(null, 'Niemand belt terug');
    await s.note(null, 'Nog zonder thema');
    const theme = await createTheme({ ...ids, name: 'Wachten', noteIds: [n1.id, n2.id] });
    const database = await db();
    const [minuteNote] = await database
      .insert(minuteNotes)
      .values({ orgId: org.id, trajectoryId: trajectory.id, quotes: ['Een half jaar wachten, en niemand belde.'], idempotencyKey: key() })
      .returning();
    await database.insert(minutes).values({ orgId: org.id, trajectoryId: trajectory.id, status: 'finalised' });
    await linkQuote({ ...ids, noteId: n2.id, minuteNoteId: minuteNote!.id, quoteIndex: 0, linked: true });
    await s.phase('ideas');
    const ideas: string[] = [];
    for (let i = 0; i < 13; i++) ideas.push((await addIdea({ ...ids, themeId: theme.id, text: `Idee ${i + 1}`, key: key() })).id);
    await revealIdeas({ ...ids, revealed: true });
    await s.phase('vote');
    // Paper: 12, 11 … 4, then three ideas with 3 (tied for 10th place), one without dots.
    const paper = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 3, 1, 0];
    for (const [i, dots] of paper.entries()) await enterPaperVotes({ ...ids, ideaId: ideas[i]!, criterion: '', dots });
    // Phone dots on top: idea 12 reaches 3 and joins the tie.
    const me = await s.join();
    await castVote({ ...s.phone(me), ideaId: ideas[11]!, criterion: '', dots: 2 });
    expect(await statusOf(closeBoard({ ...ids, orgId: (await makeOrg()).id }))).toBe(404);

    const top = await closeBoard(ids);
    expect(top.map((t) => [t.rank, t.tied, t.dots])).toEqual([
      [1, false, 12],
      [2, false, 11],
      [3, false, 10],
      [4, false, 9],
      [5, false, 8],
      [6, false, 7],
      [7, false, 6],
      [8, false, 5],
      [9, false, 4],
      [10, true, 3],
      [10, true, 3],
      [10, true, 3],
    ]);
    expect(top[0]).toMatchObject({ ideaId: ideas[0], title: 'Idee 1', themeName: 'Wachten' });
    const agenda = await database.select().from(agendaItems).where(eq(agendaItems.trajectoryId, trajectory.id)).orderBy(agendaItems.rank, agendaItems.title);
    expect(agenda).toHaveLength(12);
    expect(agenda[0]).toMatchObject({
      rank: 1,
      tied: false,
      title: 'Idee 1',
      themeName: 'Wachten',
      dots: 12,
      notes: ['Lang wachten op hulp', 'Niemand belt terug'],
      quotes: ['Een half jaar wachten, en niemand belde.'],
      ideaId: ideas[0],
      status: 'draft',
    });
    const view = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(view).toMatchObject({ phase: 'closed', closed: true });
    expect(view.top).toEqual(top);
    expect(await ruleOf(castVote({ ...s.phone(me), ideaId: ideas[11]!, criterion: '', dots: 0 }))).toBe('board.voteNotNow');

    // Closing again replaces the drafts of this board instead of adding to them.
    await s.phase('vote');
    await enterPaperVotes({ ...ids, ideaId: ideas[12]!, criterion: '', dots: 20 });
    await setPhase({ ...ids, phase: 'closed' });
    const again = await database.select().from(agendaItems).where(eq(agendaItems.trajectoryId, trajectory.id));
    // 20 for idea 13 pushes the three tied at 3 dots to 11th place: out of the top 10.
    expect(again).toHaveLength(10);
    expect(again.find((a) => a.rank === 1)?.ideaId).toBe(ideas[12]);
    expect(again.map((a) => a.ideaId)).not.toContain(ideas[11]);
    expect((await boardEvents(ids.boardId)).filter((e) => e.kind === 'closed')).toHaveLength(2);
  });

  it('cannot close before voting', async () => {
    const { ids } = await openTestBoard();
    expect(await ruleOf(closeBoard(ids))).toBe('board.closeTooEarly');
  });
});

describe('pledges and reminders (S7c)', () => {
  it('stores a pledge once, queues a reminder, and shows texts but never addresses', async () => {
    const { ids, join, phase, phone } = await openTestBoard();
    const me = await join();
    const other = await join();
    const email = uniqueEmail('pledge');
    const input = { ...phone(me), text: 'Ik bel ouders zelf terug', reminderEmail: email, reminderWeeks: 3, key: key() };
    expect(await ruleOf(addPledge(input))).toBe('board.wrongPhase');
    await phase('tomorrow');
    expect(await ruleOf(addPledge({ ...input, reminderEmail: 'geen-adres' }))).toBe('board.pledgeEmailInvalid');
    expect(await ruleOf(addPledge({ ...input, reminderWeeks: 27 }))).toBe('board.pledgeWeeksInvalid');
    const before = Date.now();
    const pledge = await addPledge(input);
    expect(await addPledge(input)).toEqual({ id: pledge.id, duplicate: true });
    await addPledge({ ...phone(other), text: 'Ik schrijf brieven korter', reminderEmail: '', reminderWeeks: null, key: key() });

    const database = await db();
    const queued = await database.select().from(jobs).where(eq(jobs.kind, 'pledge-reminder'));
    const mine = queued.filter((j) => j.payload.pledgeId === pledge.id);
    expect(mine).toHaveLength(1);
    const weeks3 = 21 * 24 * 3600 * 1000;
    expect(mine[0]!.runAt.getTime()).toBeGreaterThanOrEqual(before + weeks3 - 1000);
    expect(mine[0]!.runAt.getTime()).toBeLessThanOrEqual(Date.now() + weeks3 + 1000);
    expect(JSON.stringify(mine[0]!.payload)).not.toContain('@');

    const participant = await loadBoardView({ ...ids, audience: 'participant', memberId: me });
    expect(participant.pledges).toEqual([{ id: pledge.id, text: 'Ik bel ouders zelf terug', mine: true }]);
    for (const audience of ['facilitator', 'projector'] as const) {
      const view = await loadBoardView({ ...ids, audience, memberId: null });
      expect(view.pledges.map((p) => p.text)).toEqual(['Ik bel ouders zelf terug', 'Ik schrijf brieven korter']);
      expect(JSON.stringify(view)).not.toContain(email);
    }
  });
});

describe('events (realtime)', () => {
  it('publishes one event per mutation, in board versions, with the key and only what every phone may see', async () => {
    const s = await votingBoard(1);
    const before = (await boardEvents(s.ids.boardId)).length;
    const me = await s.join('Naam Die Niet Mag Lekken');
    const k = key();
    await castVote({ ...s.phone(me), ideaId: s.ideas[0]!, criterion: '', dots: 1, key: k });
    await updateBoardSettings({ ...s.ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: false } });
    await castVote({ ...s.phone(me), ideaId: s.ideas[0]!, criterion: '', dots: 2 });
    await s.phase('tomorrow');
    const pk = key();
    await addPledge({ ...s.phone(me), text: 'Geheim voornemen', reminderEmail: uniqueEmail(), reminderWeeks: 1, key: pk });
    const all = await boardEvents(s.ids.boardId);
    const v = before;
    expect(all.slice(before).map((e) => [e.kind, e.payload])).toEqual([
      ['member', { version: v + 1, change: { kind: 'member' } }],
      ['vote', { version: v + 2, key: k, change: { kind: 'vote', ideaId: s.ideas[0], criterion: '', delta: 1 } }],
      // Without a change the phones read the whole view once.
      ['settings', { version: v + 3 }],
      // Tallies hidden: the running count does not travel.
      ['vote', { version: v + 4, change: { kind: 'quiet' } }],
      ['phase', { version: v + 5 }],
      ['pledge', { version: v + 6, key: pk, change: { kind: 'quiet' } }],
    ]);
    // Earlier steps of votingBoard: open, phases, note, theme, ideas, reveal; every event one version on.
    expect(all.slice(0, before).map((e) => e.kind)).toEqual(['phase', 'phase', 'note', 'theme', 'phase', 'idea', 'phase', 'phase']);
    expect(all.map((e) => e.payload.version)).toEqual(all.map((_, i) => i + 1));
    expect((await loadBoardView({ ...s.ids, audience: 'participant', memberId: me })).version).toBe(all.length);
    // The idea was written before the reveal: its event says only that one more exists.
    expect(all.find((e) => e.kind === 'idea')!.payload.change).toEqual({ kind: 'idea', idea: null });
    expect(JSON.stringify(all)).not.toMatch(/Naam Die|Geheim|@/);
  });

  it('gives a phone the same view from pushed changes as from a reload, for a join, a note, a revealed idea and a re-join', async () => {
    const s = await openTestBoard();
    const watcher = await s.join();
    const step = async (change: () => Promise<unknown>) => {
      const before = await loadBoardView({ ...s.ids, audience: 'participant', memberId: watcher });
      await change();
      await expectPushMatchesReload(s.ids, watcher, before, (await boardEvents(s.ids.boardId)).at(-1)!);
    };
    const device = hashDevice(newDeviceToken());
    await step(() => joinBoard({ ...s.ids, deviceHash: device, displayName: 'Eerst' }));
    await step(() => joinBoard({ ...s.ids, deviceHash: device, displayName: 'Later' }));
    await s.phase('heard');
    const me = await s.join();
    await step(() => addNote({ ...s.phone(me), column: 'difficult', text: 'Lang wachten', key: key() }));
    const theme = await createTheme({ ...s.ids, name: 'Wachten' });
    await s.phase('ideas');
    await revealIdeas({ ...s.ids, revealed: true });
    await step(() => addIdea({ ...s.phone(me), themeId: theme.id, text: 'Terugbellen binnen een dag', key: key() }));
  });
});

describe('who may do what (S7)', () => {
  it('lets the guardian curate but not run the session, shows others the projector only; phones need no role', async () => {
    const s = await openTestBoard();
    const guardian = await makeMember(s.org.id, 'member');
    await giveRole(s.org.id, s.trajectory.id, guardian.actor.userId, 'guardian');
    const g = { ...(await scopeIn(guardian, s.trajectory.id)), boardId: s.board.id };
    expect(await statusOf(setPhase({ ...g, phase: 'heard' }))).toBe(403);
    await s.phase('heard');
    expect(await statusOf(addNote({ ...g, column: 'difficult', text: 'Namens de zaal', key: key() }))).toBe(403);
    expect(await statusOf(createTheme({ ...g, name: 'Wachten' }))).toBe(200);
    const me = await s.join();
    expect(await statusOf(addNote({ ...s.phone(me), column: 'difficult', text: 'Van de telefoon', key: key() }))).toBe(200);

    const viewer = await scopeIn(await makeMember(s.org.id, 'admin'), s.trajectory.id);
    expect(await statusOf(getFacilitatorPage(viewer))).toBe(403);
    expect((await getFacilitatorPage({ ...g, roles: ['guardian'] }))?.view.notes.map((n) => n.text)).toEqual(['Van de telefoon']);
    expect((await getProjectorView(viewer))?.notes.map((n) => n.text)).toEqual(['Van de telefoon']);
  });
});
