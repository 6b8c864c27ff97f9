// The board in a room (issue 14): notes can be removed. A phone changes or deletes its own note
// while its phase is open; the facilitator hides a note (the undoable removal) and puts it back.
// Every change is one event that phones apply as a reload would show it; a wrong code is answered.
import { eq } from 'drizzle-orm';
import { assert, beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { events } from '#app/db/schema';
import { boardChannel } from '#app/realtime/channels';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';
import { langCookie } from '#app/i18n/locale.server';
import { action as participantAction, loader as participantLoader } from '#app/routes/board-participant';
import { action as facilitatorAction } from '#app/routes/step-board';
import { applyBoardChange, type BoardChange } from '../domain/live';
import type { BoardView } from '../domain/types';
import { gatherStepFacts } from '#app/features/trajectory/server/step-facts-records.server';
import { approveNote } from './approve-note.server';
import { openTestBoard } from './board-fixture';
import { loadBoardView } from './board-view-records.server';
import { checkBoardCode } from './check-board-code.server';
import { closeBoard } from './close-board.server';
import { deleteOwnNote } from './delete-own-note.server';
import { editOwnNote } from './edit-own-note.server';
import { getFacilitatorPage } from './get-facilitator-page.server';
import { getParticipantView } from './get-participant-view.server';
import { getProjectorView } from './get-projector-view.server';
import { hideNote } from './hide-note.server';
import { setNoteModeration } from './set-note-moderation.server';
import { suggestThemes } from './suggest-themes.server';

const ruleOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

beforeAll(async () => {
  await db();
});

async function lastEvent(boardId: string) {
  const all = await (
    await db()
  )
    .select()
    .from(events)
    .where(eq(events.channel, boardChannel(boardId)))
    .orderBy(events.id);
  return all.at(-1)!;
}

/** A phone that applies the pushed change shows what a phone that reloads shows. */
async function expectPushMatchesReload(ids: { orgId: string; boardId: string }, memberId: string, before: BoardView) {
  const { version, change } = (await lastEvent(ids.boardId)).payload as { version: number; change: BoardChange };
  expect(version).toBe(before.version + 1);
  expect({ ...applyBoardChange(before, change), version }).toEqual(await loadBoardView({ ...ids, audience: 'participant', memberId }));
}

const texts = (view: BoardView | null | undefined) => view?.notes.map((n) => n.text);

describe("a phone's own note (issue 14)", () => {
  it('changes its text and deletes it while the phase is open; every phone applies it as a reload shows it', async () => {
    const s = await openTestBoard();
    await s.phase('heard');
    const me = await s.join();
    const watcher = await s.join();
    const mine = await s.note(me, 'Lang wachten');
    await s.note(watcher, 'Fijne inloop');

    let before = await loadBoardView({ ...s.ids, audience: 'participant', memberId: watcher });
    expect(await editOwnNote({ ...s.phone(me), noteId: mine.id, text: '  Heel lang wachten ' })).toEqual({ id: mine.id, waiting: false });
    await expectPushMatchesReload(s.ids, watcher, before);
    expect((await lastEvent(s.ids.boardId)).payload.change).toEqual({ kind: 'note-text', noteId: mine.id, text: 'Heel lang wachten' });
    // The writer's own view keeps its "yours" mark on the changed note.
    expect((await getParticipantView(s.phone(me))).notes.find((n) => n.id === mine.id)).toMatchObject({ text: 'Heel lang wachten', mine: true });
    // The name guard checks a changed text as it checks a new note.
    expect(await ruleOf(editOwnNote({ ...s.phone(me), noteId: mine.id, text: 'Bel 06-12345678' }))).toBe('privacy.identifying');

    before = await loadBoardView({ ...s.ids, audience: 'participant', memberId: watcher });
    await deleteOwnNote({ ...s.phone(me), noteId: mine.id });
    await expectPushMatchesReload(s.ids, watcher, before);
    expect(texts(await getParticipantView(s.phone(watcher)))).toEqual(['Fijne inloop']);
    expect(texts((await getFacilitatorPage(s.scope))?.view)).toEqual(['Fijne inloop']);
    expect(await statusOf(deleteOwnNote({ ...s.phone(me), noteId: mine.id }))).toBe(404);
  });

  it("refuses another phone's note, a hidden note, a closed phase, and another board or organisation", async () => {
    const s = await openTestBoard();
    const other = await openTestBoard();
    const me = await s.join();
    const them = await s.join();
    const touched = await s.note(me, 'Het raakte me', 'touched');
    await s.phase('heard');
    const mine = await s.note(me, 'Lang wachten');
    const theirs = await s.note(them, 'Van een ander');
    const elsewhere = await other.join();
    const edit = (memberId: string, noteId: string, phone = s.phone(memberId)) => editOwnNote({ ...phone, noteId, text: 'Anders' });

    // Not the owner: the phone cannot change what is not its own.
    expect(await statusOf(edit(me, theirs.id))).toBe(404);
    expect(await statusOf(deleteOwnNote({ ...s.phone(me), noteId: theirs.id }))).toBe(404);
    // Another organisation's phone, or this note through another board, or a member of another board.
    expect(await statusOf(edit(elsewhere, mine.id, other.phone(elsewhere)))).toBe(404);
    expect(await statusOf(edit(me, mine.id, { ...s.phone(me), orgId: other.org.id }))).toBe(404);
    expect(await statusOf(edit(elsewhere, mine.id))).toBe(404);
    expect(await statusOf(edit(me, 'geen-id'))).toBe(404);
    // The first phase is over: its notes stay as they are.
    expect(await ruleOf(edit(me, touched.id))).toBe('board.noteClosed');
    expect(await ruleOf(deleteOwnNote({ ...s.phone(me), noteId: touched.id }))).toBe('board.noteClosed');
    // Hidden by the facilitator: gone for the phone.
    await hideNote({ ...s.ids, noteId: mine.id, hidden: true });
    expect(await statusOf(edit(me, mine.id))).toBe(404);
    await hideNote({ ...s.ids, noteId: mine.id, hidden: false });
    expect(await ruleOf(edit(me, mine.id))).toBe('ok');
    await s.phase('ideas');
    expect(await ruleOf(edit(me, mine.id))).toBe('board.noteClosed');
    expect(await ruleOf(deleteOwnNote({ ...s.phone(me), noteId: mine.id }))).toBe('board.noteClosed');
    expect(texts(await getParticipantView(s.phone(me)))).toEqual(['Het raakte me', 'Anders', 'Van een ander']);
  });
});

describe('hiding a note (issue 14)', () => {
  it('hides a note from phones, projector and suggestions; the facilitator sees it dimmed and puts it back in its place', async () => {
    const s = await openTestBoard();
    await s.phase('heard');
    const me = await s.join();
    const watcher = await s.join();
    const first = await s.note(me, 'Lang wachten op hulp');
    await s.note(null, 'Wachten duurt lang');
    await s.note(watcher, 'Fijne inloop');

    const before = await loadBoardView({ ...s.ids, audience: 'participant', memberId: watcher });
    await hideNote({ ...s.ids, noteId: first.id, hidden: true });
    await expectPushMatchesReload(s.ids, watcher, before);
    expect((await lastEvent(s.ids.boardId)).payload.change).toEqual({ kind: 'note-gone', noteId: first.id });
    expect(texts(await getParticipantView(s.phone(me)))).toEqual(['Wachten duurt lang', 'Fijne inloop']);
    expect(texts(await getProjectorView(s.scope))).toEqual(['Wachten duurt lang', 'Fijne inloop']);
    const facilitator = (await getFacilitatorPage(s.scope))!.view;
    expect(facilitator.notes.map((n) => [n.text, n.hidden])).toEqual([
      ['Lang wachten op hulp', true],
      ['Wachten duurt lang', false],
      ['Fijne inloop', false],
    ]);
    const suggested = (await suggestThemes(s.ids)).flatMap((x) => x.noteIds);
    expect(suggested).not.toContain(first.id);

    // Hiding twice changes nothing and says nothing.
    const version = (await lastEvent(s.ids.boardId)).payload.version;
    await hideNote({ ...s.ids, noteId: first.id, hidden: true });
    expect((await lastEvent(s.ids.boardId)).payload.version).toBe(version);

    // Putting it back: phones read the board once (no change travels), and the note is back in its place, still the writer's.
    await hideNote({ ...s.ids, noteId: first.id, hidden: false });
    expect((await lastEvent(s.ids.boardId)).payload).toEqual({ version: Number(version) + 1 });
    const back = await getParticipantView(s.phone(me));
    expect(back.notes.map((n) => [n.text, n.mine])).toEqual([
      ['Lang wachten op hulp', true],
      ['Wachten duurt lang', false],
      ['Fijne inloop', false],
    ]);
    expect(texts(await getProjectorView(s.scope))).toEqual(['Lang wachten op hulp', 'Wachten duurt lang', 'Fijne inloop']);
  });

  it('lets the guardian hide, refuses a phone-less viewer, another organisation and a closed board', async () => {
    const s = await openTestBoard();
    const other = await openTestBoard();
    await s.phase('heard');
    const note = await s.note(null, 'Namens de zaal');
    const guardian = await makeMember(s.org.id, 'member');
    await giveRole(s.org.id, s.trajectory.id, guardian.actor.userId, 'guardian');
    const g = { ...(await scopeIn(guardian, s.trajectory.id)), boardId: s.board.id };
    expect(await statusOf(hideNote({ ...g, noteId: note.id, hidden: true }))).toBe(200);
    expect(await statusOf(hideNote({ ...g, noteId: note.id, hidden: false }))).toBe(200);
    const viewer = { ...(await scopeIn(await makeMember(s.org.id, 'admin'), s.trajectory.id)), boardId: s.board.id };
    expect(await statusOf(hideNote({ ...viewer, noteId: note.id, hidden: true }))).toBe(403);
    // Another organisation, another board, another trajectory of the same organisation.
    expect(await statusOf(hideNote({ ...other.ids, boardId: s.ids.boardId, noteId: note.id, hidden: true }))).toBe(404);
    expect(await statusOf(hideNote({ ...other.ids, noteId: note.id, hidden: true }))).toBe(404);
    const elsewhere = await scopeIn(s.lead, (await makeTrajectory(s.org.id)).id);
    expect(await statusOf(hideNote({ ...elsewhere, roles: ['lead'], boardId: s.ids.boardId, noteId: note.id, hidden: true }))).toBe(404);
    await s.phase('vote');
    await closeBoard(s.ids);
    expect(await ruleOf(hideNote({ ...s.ids, noteId: note.id, hidden: true }))).toBe('board.wrongPhase');
    expect(texts(await getProjectorView(s.scope))).toEqual(['Namens de zaal']);
  });
});

describe('a wrong board code (issue 14)', () => {
  it('answers a typed code next to the field, and an unknown address with a 404', async () => {
    const s = await openTestBoard();
    expect(await checkBoardCode(s.board.joinCode.toLowerCase())).toBe(s.board.joinCode);
    const unknown = s.board.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect(await ruleOf(checkBoardCode(unknown))).toBe('board.enterCodeUnknown');
    // A 404 (counted as a failed look-up against guessing) that shows the code form.
    expect(await statusOf(callRoute(participantLoader, new Request(`http://x/p/board/${unknown}`), { code: unknown }))).toBe(404);
  });

  it("shows the code form for an unknown address in the phone's language, also after a post (issue 15)", async () => {
    const s = await openTestBoard();
    const unknown = s.board.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    // Asked for in the address: Arabic, right to left, the code kept, the language remembered.
    const arabic = await callRoute(participantLoader, new Request(`http://x/p/board/${unknown}?lang=ar`), { code: unknown });
    expect(await statusOf(arabic)).toBe(404);
    const page = arabic.data;
    assert(page.unknown);
    expect(page).toMatchObject({ unknown: true, code: unknown, texts: { lang: 'ar', dir: 'rtl' } });
    expect(page.texts.texts['board.enterTitle']).toBe('شاركوا في لقاء المتابعة');
    expect(page.texts.texts['board.enterCodeUnknown']).toMatch(/^لا يوجد لقاء بهذا الرمز/);
    expect(page.texts.texts['form.formHasErrors']).toBeDefined();
    expect(page.languages.map((l) => l.code)).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(await langCookie.parse(new Headers(arabic.init?.headers).get('set-cookie'))).toBe('ar');
    // From the browser's language; a code that cannot be one (too short) is the same form.
    const polish = await callRoute(participantLoader, new Request('http://x/p/board/zz', { headers: { 'accept-language': 'pl-PL,pl;q=0.9' } }), { code: 'zz' });
    expect(await statusOf(polish)).toBe(404);
    expect(answerOf(polish)).toMatchObject({ unknown: true, code: 'zz', texts: { lang: 'pl', dir: 'ltr', texts: { 'board.enterButton': 'Dalej' } } });

    // A post to a board that does not exist (gone meanwhile): the same page thrown, in the language chosen before.
    const post = await postAs(null, `/p/board/${unknown}`, { intent: 'join', displayName: 'Ans' });
    post.headers.set('cookie', await langCookie.serialize('uk'));
    const thrown: unknown = await callRoute(participantAction, post, { code: unknown }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(await statusOf(Promise.resolve(thrown))).toBe(404);
    expect(answerOf(thrown)).toMatchObject({ unknown: true, code: unknown, texts: { lang: 'uk', texts: { 'board.enterCodeLabel': 'Введіть код' } } });
  });
});

describe('seeing new notes first (issue 14, 5e)', () => {
  it('keeps a phone’s note from the projector and other phones until the facilitator shows it; its writer sees it waiting', async () => {
    const s = await openTestBoard();
    await s.phase('heard');
    const me = await s.join();
    const watcher = await s.join();
    await s.note(watcher, 'Fijne inloop');
    await setNoteModeration({ ...s.ids, moderated: true });

    const waiting = await s.note(me, 'Lang wachten op hulp');
    expect(waiting.waiting).toBe(true);
    // The event moves the version on and carries nothing another screen could show.
    expect((await lastEvent(s.ids.boardId)).payload.change).toEqual({ kind: 'quiet' });
    expect(texts(await getProjectorView(s.scope))).toEqual(['Fijne inloop']);
    expect(texts(await getParticipantView(s.phone(watcher)))).toEqual(['Fijne inloop']);
    const own = await getParticipantView(s.phone(me));
    expect(own.notes.map((n) => [n.text, n.mine, n.waiting])).toEqual([
      ['Fijne inloop', false, false],
      ['Lang wachten op hulp', true, true],
    ]);
    expect((await getFacilitatorPage(s.scope))!.view.notes.map((n) => [n.text, n.waiting])).toEqual([
      ['Fijne inloop', false],
      ['Lang wachten op hulp', true],
    ]);
    // What the facilitator writes for the room does not wait; it goes before the waiting note.
    expect((await s.note(null, 'Namens de zaal')).waiting).toBe(false);
    // The writer changes its waiting note: the new text travels to nobody else.
    await editOwnNote({ ...s.phone(me), noteId: waiting.id, text: 'Heel lang wachten op hulp' });
    expect((await lastEvent(s.ids.boardId)).payload.change).toEqual({ kind: 'quiet' });
    // Waiting notes count nowhere yet: not in the step facts, not in the suggestions.
    expect((await gatherStepFacts({ orgId: s.org.id, trajectories: [s.trajectory] })).get(s.trajectory.id)?.followUp.notes).toBe(2);
    expect((await suggestThemes(s.ids)).flatMap((x) => x.noteIds)).not.toContain(waiting.id);

    // "Tonen": one event that phones, the writer's and the others', apply as a reload shows it.
    const watcherBefore = await loadBoardView({ ...s.ids, audience: 'participant', memberId: watcher });
    const mineBefore = await loadBoardView({ ...s.ids, audience: 'participant', memberId: me });
    await approveNote({ ...s.ids, noteId: waiting.id });
    await expectPushMatchesReload(s.ids, watcher, watcherBefore);
    await expectPushMatchesReload(s.ids, me, mineBefore);
    expect(texts(await getProjectorView(s.scope))).toEqual(['Fijne inloop', 'Namens de zaal', 'Heel lang wachten op hulp']);
    expect((await getParticipantView(s.phone(me))).notes.at(-1)).toMatchObject({ mine: true, waiting: false });
    expect((await gatherStepFacts({ orgId: s.org.id, trajectories: [s.trajectory] })).get(s.trajectory.id)?.followUp.notes).toBe(3);
    // Showing it again changes nothing and says nothing.
    const version = (await lastEvent(s.ids.boardId)).payload.version;
    await approveNote({ ...s.ids, noteId: waiting.id });
    expect((await lastEvent(s.ids.boardId)).payload.version).toBe(version);
  });

  it('switching it off shows every waiting note; a hidden waiting note is put back before it is shown', async () => {
    const s = await openTestBoard();
    const other = await openTestBoard();
    await s.phase('heard');
    const me = await s.join();
    await setNoteModeration({ ...s.ids, moderated: true });
    expect((await getParticipantView(s.phone(me))).moderated).toBe(true);
    const a = await s.note(me, 'Eerste');
    const b = await s.note(me, 'Tweede');
    await hideNote({ ...s.ids, noteId: b.id, hidden: true });
    expect(await ruleOf(approveNote({ ...s.ids, noteId: b.id }))).toBe('board.noteApproveHidden');
    // A hidden note is gone from its own phone too.
    expect(texts(await getParticipantView(s.phone(me)))).toEqual(['Eerste']);
    expect(await statusOf(approveNote({ ...other.ids, noteId: a.id }))).toBe(404);
    const viewer = { ...(await scopeIn(await makeMember(s.org.id, 'admin'), s.trajectory.id)), boardId: s.board.id };
    expect(await statusOf(approveNote({ ...viewer, noteId: a.id }))).toBe(403);
    expect(await statusOf(setNoteModeration({ ...viewer, moderated: false }))).toBe(403);

    await setNoteModeration({ ...s.ids, moderated: false });
    // Without a change: every screen reads the board once.
    expect((await lastEvent(s.ids.boardId)).payload.change).toBeUndefined();
    expect(texts(await getProjectorView(s.scope))).toEqual(['Eerste']);
    await hideNote({ ...s.ids, noteId: b.id, hidden: false });
    expect(texts(await getProjectorView(s.scope))).toEqual(['Eerste', 'Tweede']);
    expect((await s.note(me, 'Derde')).waiting).toBe(false);
    expect(texts(await getProjectorView(s.scope))).toEqual(['Eerste', 'Tweede', 'Derde']);
  });

  it('takes the switch and "Tonen" as plain form posts (no JavaScript needed)', async () => {
    const s = await openTestBoard();
    await s.phase('heard');
    const me = await s.join();
    const params = { org: s.org.slug, tid: s.trajectory.id };
    const url = `/o/${s.org.slug}/t/${s.trajectory.id}/board`;
    const post = async (fields: Record<string, string>) => callRoute(facilitatorAction, await postAs(s.lead.user.id, url, fields), params);
    expect(answerOf(await post({ intent: 'moderation', moderated: '1' }))).toMatchObject({ ok: true, intent: 'moderation' });
    const note = await s.note(me, 'Wacht even');
    expect(texts(await getProjectorView(s.scope))).toEqual([]);
    expect(answerOf(await post({ intent: 'note-approve', noteId: note.id }))).toMatchObject({ ok: true, intent: 'note-approve' });
    expect(texts(await getProjectorView(s.scope))).toEqual(['Wacht even']);
    expect(await statusOf(post({ intent: 'note-approve', noteId: 'geen-id' }))).toBe(400);
  });
});
