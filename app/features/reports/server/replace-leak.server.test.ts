// One click on a flagged place beyond the notes (R1, R2): a theme's name on the board, an agenda
// item's title, plain-language text, quote and theme, and an action's title. Each is replaced
// only by someone who may change that record, only in the flagged span, and the agenda item's
// history gets an automatic reason. Names become known later: a parent who registers afterwards.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { actions, agendaItemReasons, agendaItems, boardThemes } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { addAction } from '#app/features/actions/server/add-action.server';
import { addAgendaItem } from '#app/features/agenda/server/add-agenda-item.server';
import { updateAgendaItem } from '#app/features/agenda/server/update-agenda-item.server';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { key, openTestBoard } from '#app/features/board/server/board-fixture';
import { castVote } from '#app/features/board/server/cast-vote.server';
import { closeBoard } from '#app/features/board/server/close-board.server';
import { createTheme } from '#app/features/board/server/create-theme.server';
import { revealIdeas } from '#app/features/board/server/reveal-ideas.server';
import { setNoteTheme } from '#app/features/board/server/set-note-theme.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, scopeIn, trajectoryWith } from '#tests/factories';
import { readZipEntry } from '#tests/files';
import { statusOf } from '#tests/http';
import type { LeakPlace } from '../domain/report-guard';
import type { ReportKind } from '../domain/report-kinds';
import { exportReport } from './export-report.server';
import { getReportPage } from './get-report-page.server';
import { replaceActionLeak } from './replace-action-leak.server';
import { replaceAgendaLeak } from './replace-agenda-leak.server';
import { replaceBoardLeak } from './replace-board-leak.server';

const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

/** What the report page's form sends for a place: the record, and the span in the stored text. */
function inputFor(place: LeakPlace) {
  const source = place.source!;
  const at = place.sourceAt ?? 0;
  return {
    table: source.table,
    recordId: source.id,
    field: source.field,
    index: 'index' in source ? source.index : 0,
    start: place.start - at,
    end: place.end - at,
  };
}

/** Each flagged place as [table, field, flagged words]. */
async function placesOf(scope: TrajectoryScope, kind: ReportKind) {
  const page = await getReportPage({ ...scope, kind });
  return { page, seen: page.places.map((p) => [p.source?.table, p.source?.field, p.text.slice(p.start, p.end)]) };
}

const docxText = async (scope: TrajectoryScope, kind: ReportKind) =>
  readZipEntry((await exportReport({ ...scope, kind, format: 'docx' })).body, 'word/document.xml')!;

async function reasonsOf(itemId: string) {
  return (await (await db()).select({ text: agendaItemReasons.text }).from(agendaItemReasons).where(eq(agendaItemReasons.itemId, itemId))).map((r) => r.text);
}

describe('one-click replacement in the follow-up results', () => {
  it("replaces a theme's name for the board's curators, and the idea's title and theme on the agenda item for the agenda's editors", async () => {
    const s = await openTestBoard();
    const member = await s.join();
    await s.phase('heard');
    const note = await s.note(null, 'Lang wachten op hulp');
    const theme = await createTheme({ ...s.ids, name: 'Wachten bij Mirela' });
    await setNoteTheme({ ...s.ids, noteId: note.id, themeId: theme.id });
    await s.phase('ideas');
    const idea = await addIdea({ ...s.ids, themeId: theme.id, text: 'Koffie met Mirela', key: key() });
    await revealIdeas({ ...s.ids, revealed: true });
    await s.phase('vote');
    await castVote({ ...s.phone(member), ideaId: idea.id, criterion: '', dots: 1 });
    await closeBoard(s.ids);
    // Mirela registers after the session: the theme and the idea now give her away.
    await createParticipant({ ...s.scope, kind: 'parent', status: 'registered', personal: { name: 'Mirela Popescu' } });
    const guardianMember = await makeMember(s.org.id, 'member');
    await giveRole(s.org.id, s.trajectory.id, guardianMember.actor.userId, 'guardian');
    const guardian = await scopeIn(guardianMember, s.trajectory.id);

    const { page, seen } = await placesOf(guardian, 'follow-up');
    expect(seen).toEqual([
      ['boardTheme', 'name', 'Mirela'],
      ['agendaItem', 'title', 'Mirela'],
      ['agendaItem', 'themeName', 'Mirela'],
    ]);
    expect(page.canReplace).toEqual({ minuteNote: false, boardNote: true, boardTheme: true, agendaItem: false, action: false });
    const [themePlace, titlePlace, themeNamePlace] = page.places.map(inputFor);

    // The guardian curates the board but does not edit the agenda.
    expect(await statusOf(replaceAgendaLeak({ ...guardian, ...titlePlace! }))).toBe(403);
    await replaceBoardLeak({ ...guardian, ...themePlace! });
    await replaceAgendaLeak({ ...s.scope, ...titlePlace! });
    await replaceAgendaLeak({ ...s.scope, ...themeNamePlace! });

    const database = await db();
    expect((await database.select({ name: boardThemes.name }).from(boardThemes).where(eq(boardThemes.id, theme.id)))[0]!.name).toBe('Wachten bij [naam]');
    const [item] = await database.select().from(agendaItems).where(eq(agendaItems.id, titlePlace!.recordId));
    expect(item).toMatchObject({ title: 'Koffie met [naam]', themeName: 'Wachten bij [naam]', status: 'draft' });
    expect(await reasonsOf(item!.id)).toEqual(
      expect.arrayContaining(['Aangepast: titel. Waarom: Privacy: naam vervangen', 'Aangepast: thema. Waarom: Privacy: naam vervangen']),
    );
    expect((await getReportPage({ ...s.scope, kind: 'follow-up' })).places).toEqual([]);
    const body = await docxText(s.scope, 'follow-up');
    expect(body).toContain('Wachten bij [naam]');
    expect(body).toContain('Koffie met [naam]');
  });
});

describe('one-click replacement in the agenda for the parents', () => {
  async function agendaWithFenna() {
    const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], listener: ['member', 'listener'] });
    const lead = people.lead.scope;
    const { id } = await addAgendaItem({ ...lead, title: 'Ouderkamer met Fenna', plainText: 'Fenna en andere ouders praten mee.', reason: 'Nieuw' });
    await updateAgendaItem({
      ...lead,
      itemId: id,
      title: 'Ouderkamer met Fenna',
      plainText: 'Fenna en andere ouders praten mee.',
      quotes: [],
      newQuote: 'Vraag het Fenna maar, zei ze.',
      reason: 'Haar eigen woorden',
    });
    await createParticipant({ ...lead, kind: 'parent', status: 'registered', personal: { name: 'Fenna' } });
    return { org, trajectory, lead, listener: people.listener.scope, itemId: id };
  }

  it('replaces the span in the title (after its number), the text for parents and a quote, each with a reason in the history', async () => {
    const s = await agendaWithFenna();
    const { page, seen } = await placesOf(s.lead, 'agenda');
    expect(seen).toEqual([
      ['agendaItem', 'title', 'Fenna'],
      ['agendaItem', 'plainText', 'Fenna'],
      ['agendaItem', 'quote', 'Fenna'],
    ]);
    // The title is shown as "1. Ouderkamer met Fenna": the form sends the span in the stored title.
    expect(page.places[0]).toMatchObject({ text: '1. Ouderkamer met Fenna', sourceAt: 3 });
    expect(await ruleOf(exportReport({ ...s.lead, kind: 'agenda', format: 'pdf' }))).toBe('reports.blockedShort');

    const [title, text, quote] = page.places.map(inputFor);
    // A listener may read the report but not change the agenda.
    expect(await statusOf(replaceAgendaLeak({ ...s.listener, ...title! }))).toBe(403);
    // A span the guard does not flag, a field the agenda item does not have, another trajectory's item: nothing changes.
    expect(await ruleOf(replaceAgendaLeak({ ...s.lead, ...title!, start: 0, end: 10 }))).toBe('reports.placeChanged');
    expect(await statusOf(replaceAgendaLeak({ ...s.lead, ...title!, field: 'summary' }))).toBe(404);
    const other = await trajectoryWith({ lead: ['coordinator', 'lead'] });
    expect(await statusOf(replaceAgendaLeak({ ...other.people.lead.scope, ...title! }))).toBe(404);

    for (const input of [title!, text!, quote!]) await replaceAgendaLeak({ ...s.lead, ...input });
    const [item] = await (await db()).select().from(agendaItems).where(eq(agendaItems.id, s.itemId));
    expect(item).toMatchObject({
      title: 'Ouderkamer met [naam]',
      plainText: '[naam] en andere ouders praten mee.',
      quotes: ['Vraag het [naam] maar, zei ze.'],
    });
    expect(await reasonsOf(s.itemId)).toEqual(
      expect.arrayContaining([
        'Aangepast: titel. Waarom: Privacy: naam vervangen',
        'Aangepast: tekst voor ouders. Waarom: Privacy: naam vervangen',
        'Aangepast: een citaat. Waarom: Privacy: naam vervangen',
      ]),
    );
    expect((await getReportPage({ ...s.lead, kind: 'agenda' })).places).toEqual([]);
    expect(await docxText(s.lead, 'agenda')).toContain('1. Ouderkamer met [naam]');
    expect((await exportReport({ ...s.lead, kind: 'agenda-poster', format: 'pdf' })).body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('one-click replacement in the trajectory report', () => {
  it("replaces an action's title for those who manage actions, and the agenda item's title in the same table", async () => {
    const { people } = await trajectoryWith({ lead: ['coordinator', 'lead'], guardian: ['member', 'guardian'] });
    const lead = people.lead.scope;
    const item = await addAgendaItem({ ...lead, title: 'Koffie met Sanne', plainText: 'Ouders drinken koffie.', reason: 'Nieuw' });
    const action = { ...lead, agendaItemId: item.id, partnerId: null, ownerName: '', status: 'running' as const, stopReason: '', dueOn: null, nextStep: '' };
    const { id: actionId } = await addAction({ ...action, title: 'Sanne bellen over de ruimte' });
    await createParticipant({ ...lead, kind: 'parent', status: 'registered', personal: { name: 'Sanne' } });

    const { page, seen } = await placesOf(lead, 'trajectory');
    expect(seen).toEqual([
      ['action', 'title', 'Sanne'],
      ['agendaItem', 'title', 'Sanne'],
    ]);
    const [actionPlace, itemPlace] = page.places.map(inputFor);
    expect(await statusOf(replaceActionLeak({ ...people.guardian.scope, ...actionPlace! }))).toBe(403);
    await replaceActionLeak({ ...lead, ...actionPlace! });
    await replaceAgendaLeak({ ...lead, ...itemPlace! });
    expect((await (await db()).select({ title: actions.title }).from(actions).where(eq(actions.id, actionId)))[0]!.title).toBe('[naam] bellen over de ruimte');
    expect((await getReportPage({ ...lead, kind: 'trajectory' })).places).toEqual([]);
    const body = await docxText(lead, 'trajectory');
    expect(body).toContain('[naam] bellen over de ruimte');
    expect(body).toContain('Koffie met [naam]');
  });
});
