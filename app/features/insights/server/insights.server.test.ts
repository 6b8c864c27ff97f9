import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { agendaItems, boardNoteQuotes, boardNotes, boards, trajectories, trajectoryRoles } from '#app/db/schema';
import { listTrajectories } from '#app/features/trajectory/server/list-trajectories.server';
import { makeMember, makeOrg } from '#tests/factories';
import { statusOf } from '#tests/http';
import { NO_FILTERS, UNASSIGNED } from '../domain/library';
import { createReflection } from './create-reflection.server';
import { getDashboard } from './get-dashboard.server';
import { getLibraryPage } from './get-library-page.server';
import { getNextTrajectoryPage } from './get-next-trajectory-page.server';
import { getReflectionPage } from './get-reflection-page.server';
import { insertAction, insertInsight, insertMinutes, insertParents, insertTeam, insertTrajectory } from './insights-fixture';
import { matchSharedThemes } from './match-shared-themes.server';
import { setSharedTheme } from './set-shared-theme.server';
import { startNextTrajectory } from './start-next-trajectory.server';

const QUOTE_NOORD = 'We stonden een half jaar op de wachtlijst.';
const QUOTE_ZUID = 'Ik wil één persoon die ik kan bellen.';

/** An organisation with two teams, each with a trajectory that has insights, quotes, actions and dates. */
async function organisation() {
  const org = await makeOrg('care');
  const coordinator = await makeMember(org.id, 'coordinator');
  const member = await makeMember(org.id, 'member');
  const noordTeam = await insertTeam(org.id, 'Team Noord');
  const zuidTeam = await insertTeam(org.id, 'Wijk Zuid', 'neighbourhood');
  const noord = await insertTrajectory(org.id, { title: 'Opvoeden in Noord', teamId: noordTeam, mirror: '2025-03-01', feedback: '2025-03-22' });
  const zuid = await insertTrajectory(org.id, { title: 'Jong ouder in Zuid', teamId: zuidTeam, mirror: '2025-05-01', feedback: '2025-05-15' });
  await insertParents(org.id, noord, ['Fatima Amrani', 'Kees de Boer', 'Ayla Demir'], 2);
  await insertParents(org.id, zuid, ['Lotte Visser'], 1);
  await insertMinutes(org.id, noord, [[QUOTE_NOORD, 'Fatima moest alles drie keer vertellen.']]);
  await insertMinutes(org.id, zuid, [[QUOTE_ZUID]]);
  const wachten = await insertInsight(org.id, noord, {
    title: 'Wachtlijst korter maken',
    themeName: 'Wachten',
    sharedTheme: 'Wachtlijsten',
    quotes: ['Fatima moest alles drie keer vertellen.', QUOTE_NOORD],
  });
  const aanspreekpunt = await insertInsight(org.id, zuid, { title: 'Eén vast aanspreekpunt per gezin', themeName: 'Contact', quotes: [QUOTE_ZUID] });
  await insertInsight(org.id, zuid, { title: 'Nog een concept', status: 'draft' });
  await insertAction(org.id, noord, wachten, {
    title: 'Extra intake-uren',
    status: 'running',
    dueOn: '2025-01-01',
    updates: ['Gestart met twee extra uren', 'Wachttijd nu 8 weken'],
  });
  await insertAction(org.id, zuid, aanspreekpunt, { title: 'Contactpersoon per gezin', status: 'done' });
  return { org, coordinator, member, noord, zuid, noordTeam, zuidTeam, wachten, aanspreekpunt };
}

describe('the insights library', () => {
  it('shows agreed items with their trajectory, team, date, quote and actions with the latest outcome', async () => {
    const s = await organisation();
    const page = await getLibraryPage({ ...s.member, filters: NO_FILTERS });
    expect(page.total).toBe(2);
    expect(page.groups.map((g) => g.theme)).toEqual(['Wachtlijsten', '']);
    const [wachten] = page.groups[0]!.insights;
    expect(wachten).toMatchObject({
      text: 'Wachtlijst korter maken',
      trajectory: { id: s.noord, title: 'Opvoeden in Noord' },
      team: { id: s.noordTeam, name: 'Team Noord', kind: 'team' },
      date: '2025-03-01',
      // The quote that names a parent is dropped; the other one stays.
      quote: QUOTE_NOORD,
      actions: [{ title: 'Extra intake-uren', status: 'running', dueOn: '2025-01-01', outcome: 'Wachttijd nu 8 weken' }],
    });
    expect(page.unassigned).toBe(1);
    expect(JSON.stringify(page)).not.toContain('Fatima');
  });

  it('shows a quote only once it stands in finalised minutes of that trajectory, and not after consent was withdrawn', async () => {
    const org = await makeOrg();
    const member = await makeMember(org.id);
    const draft = await insertTrajectory(org.id, { title: 'Concept' });
    await insertMinutes(org.id, draft, [['Dit is nog concept.']], { finalised: false });
    await insertInsight(org.id, draft, { title: 'A', quotes: ['Dit is nog concept.'] });
    const withdrawn = await insertTrajectory(org.id, { title: 'Ingetrokken' });
    await insertMinutes(org.id, withdrawn, [['Liever niet meer.']], { withdrawn: true });
    await insertInsight(org.id, withdrawn, { title: 'B', quotes: ['Liever niet meer.'] });
    const elsewhere = await insertTrajectory(org.id, { title: 'Elders' });
    await insertMinutes(org.id, elsewhere, [['Uit een ander traject.']]);
    const copied = await insertTrajectory(org.id, { title: 'Gekopieerd' });
    await insertMinutes(org.id, copied, [['Iets anders.']]);
    await insertInsight(org.id, copied, { title: 'C', quotes: ['Uit een ander traject.'] });
    const page = await getLibraryPage({ ...member, filters: NO_FILTERS });
    expect(page.groups.flatMap((g) => g.insights.map((i) => [i.text, i.quote]))).toEqual(
      expect.arrayContaining([
        ['A', null],
        ['B', null],
        ['C', null],
      ]),
    );
  });

  it('filters by theme, team, period and action status', async () => {
    const s = await organisation();
    const titles = async (filters: Partial<typeof NO_FILTERS>) =>
      (await getLibraryPage({ ...s.member, filters: { ...NO_FILTERS, ...filters } })).groups.flatMap((g) => g.insights.map((i) => i.text));
    expect(await titles({ theme: 'wachtlijsten' })).toEqual(['Wachtlijst korter maken']);
    expect(await titles({ theme: UNASSIGNED })).toEqual(['Eén vast aanspreekpunt per gezin']);
    expect(await titles({ team: s.zuidTeam })).toEqual(['Eén vast aanspreekpunt per gezin']);
    expect(await titles({ from: '2025-04-01' })).toEqual(['Eén vast aanspreekpunt per gezin']);
    expect(await titles({ to: '2025-03-01' })).toEqual(['Wachtlijst korter maken']);
    expect(await titles({ status: 'done' })).toEqual(['Eén vast aanspreekpunt per gezin']);
    expect(await titles({ theme: 'Wachtlijsten', team: s.zuidTeam })).toEqual([]);
  });

  it('shows nothing of another organisation', async () => {
    await organisation();
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'admin');
    expect((await getLibraryPage({ ...stranger, filters: NO_FILTERS })).total).toBe(0);
  });
});

describe('shared themes', () => {
  it('files unfiled items with the theme engine, never changing a theme that is there', async () => {
    const s = await organisation();
    const third = await insertTrajectory(s.org.id, { title: 'Derde', teamId: s.zuidTeam });
    const alike = await insertInsight(s.org.id, third, { title: 'Ouders horen eerlijk hoe lang de wachtlijst is', themeName: 'Wachtlijst' });
    const unlike = await insertInsight(s.org.id, third, { title: 'Een fietsenstalling bij het gebouw', themeName: 'Gebouw' });
    expect(await statusOf(matchSharedThemes(s.member))).toBe(403);
    const result = await matchSharedThemes(s.coordinator);
    const themeOf = async (id: string) => (await (await db()).select({ t: agendaItems.sharedTheme }).from(agendaItems).where(eq(agendaItems.id, id)))[0]!.t;
    expect(await themeOf(alike)).toBe('Wachtlijsten');
    expect(await themeOf(unlike)).toBe('');
    expect(await themeOf(s.wachten)).toBe('Wachtlijsten');
    expect(result.assigned).toBeGreaterThanOrEqual(1);
    expect(result.assigned + result.unassigned).toBe(3);
  });

  it('lets a coordinator set a theme by hand, checked by the privacy guard; 404 for another organisation', async () => {
    const s = await organisation();
    expect(await statusOf(setSharedTheme({ ...s.member, itemId: s.aanspreekpunt, sharedTheme: 'Contact' }))).toBe(403);
    await setSharedTheme({ ...s.coordinator, itemId: s.aanspreekpunt, sharedTheme: '  Contact   met ouders ' });
    const page = await getLibraryPage({ ...s.member, filters: NO_FILTERS });
    expect(page.themes).toEqual(['Contact met ouders', 'Wachtlijsten']);
    await expect(setSharedTheme({ ...s.coordinator, itemId: s.aanspreekpunt, sharedTheme: 'Lotte' })).rejects.toMatchObject({
      messageKey: 'privacy.identifying',
      field: 'sharedTheme',
    });
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'admin');
    expect(await statusOf(setSharedTheme({ ...stranger, itemId: s.aanspreekpunt, sharedTheme: 'X' }))).toBe(404);
    // A matched theme is not overwritten by matching again.
    await matchSharedThemes(s.coordinator);
    expect((await getLibraryPage({ ...s.member, filters: NO_FILTERS })).themes).toEqual(['Contact met ouders', 'Wachtlijsten']);
  });
});

describe('the dashboard', () => {
  it('counts trajectories per step, parents reached, actions per status and the median days to feedback', async () => {
    const s = await organisation();
    await insertTrajectory(s.org.id, { title: 'Nog gepland', mirror: '2025-06-01', feedback: '2099-01-01' });
    await insertTrajectory(s.org.id, { title: 'Reflectie', kind: 'reflection' });
    const dashboard = await getDashboard({ ...s.member, today: '2025-09-01' });
    expect(dashboard.steps.total).toBe(3);
    expect(dashboard.reflections).toBe(1);
    expect(dashboard.steps.perStep.reduce((sum, x) => sum + x.count, 0) + dashboard.steps.finished).toBe(3);
    expect(dashboard.parents).toBe(3);
    expect(dashboard.perTeam).toEqual([
      { team: { name: 'Team Noord', kind: 'team' }, trajectories: 1, parents: 2 },
      { team: { name: 'Wijk Zuid', kind: 'neighbourhood' }, trajectories: 1, parents: 1 },
      { team: null, trajectories: 1, parents: 0 },
    ]);
    expect(dashboard.actions.byStatus.find((x) => x.status === 'running')?.count).toBe(1);
    expect(dashboard.actions.byStatus.find((x) => x.status === 'done')?.count).toBe(1);
    expect(dashboard.actions.overdue).toBe(1);
    // 21 and 14 days; the planned feedback in the future does not count.
    expect(dashboard.feedback).toEqual({ medianDays: 17.5, trajectories: 2 });
  });
});

describe('the organisation-wide reflection session', () => {
  it('starts a reflection trajectory with its board, one note per insight, linked to the quotes', async () => {
    const s = await organisation();
    const page = await getReflectionPage(s.coordinator);
    expect(page.groups.map((g) => [g.team?.name, g.trajectories.map((t) => [t.title, t.insights])])).toEqual([
      ['Team Noord', [['Opvoeden in Noord', 1]]],
      ['Wijk Zuid', [['Jong ouder in Zuid', 1]]],
    ]);
    const { id, boardId, notes } = await createReflection({ ...s.coordinator, title: 'Reflectie najaar', trajectoryIds: [s.noord, s.zuid] });
    expect(notes).toBe(2);
    const database = await db();
    const [t] = await database.select().from(trajectories).where(eq(trajectories.id, id));
    expect(t).toMatchObject({ kind: 'reflection', variant: 'care', title: 'Reflectie najaar', orgId: s.org.id });
    const roles = await database
      .select({ role: trajectoryRoles.role, userId: trajectoryRoles.userId })
      .from(trajectoryRoles)
      .where(eq(trajectoryRoles.trajectoryId, id));
    expect(roles).toEqual([{ role: 'lead', userId: s.coordinator.actor.userId }]);
    const [board] = await database.select().from(boards).where(eq(boards.trajectoryId, id));
    expect(board).toMatchObject({ id: boardId, phase: 'heard' });
    const texts = (await database.select({ text: boardNotes.text }).from(boardNotes).where(eq(boardNotes.boardId, boardId))).map((n) => n.text).sort();
    expect(texts).toEqual(['Contact: Eén vast aanspreekpunt per gezin (Wijk Zuid)', 'Wachten: Wachtlijst korter maken (Team Noord)']);
    const quotes = await database
      .select({ quote: boardNoteQuotes.quote })
      .from(boardNoteQuotes)
      .innerJoin(boardNotes, and(eq(boardNotes.id, boardNoteQuotes.noteId), eq(boardNotes.boardId, boardId)));
    expect(quotes.map((q) => q.quote).sort()).toEqual([QUOTE_ZUID, QUOTE_NOORD].sort());
    // Listed, but labelled as what it is; the dashboard does not count it as a trajectory.
    const listed = (await listTrajectories(s.member)).items.find((i) => i.id === id);
    expect(listed?.kind).toBe('reflection');
    expect((await getDashboard(s.member)).reflections).toBe(1);
  });

  it('is refused to members, needs two trajectories of this organisation, and never takes another reflection', async () => {
    const s = await organisation();
    expect(await statusOf(createReflection({ ...s.member, title: 'X', trajectoryIds: [s.noord, s.zuid] }))).toBe(403);
    expect(await statusOf(getReflectionPage(s.member))).toBe(403);
    await expect(createReflection({ ...s.coordinator, title: 'X', trajectoryIds: [s.noord, s.noord] })).rejects.toMatchObject({
      messageKey: 'insights.reflectionChooseTwo',
    });
    const other = await organisation();
    expect(await statusOf(createReflection({ ...s.coordinator, title: 'X', trajectoryIds: [s.noord, other.zuid] }))).toBe(404);
    const { id } = await createReflection({ ...s.coordinator, title: 'Eerste', trajectoryIds: [s.noord, s.zuid] });
    expect(await statusOf(createReflection({ ...s.coordinator, title: 'X', trajectoryIds: [s.noord, id] }))).toBe(404);
    const empty = await insertTrajectory(s.org.id, { title: 'Leeg' });
    const empty2 = await insertTrajectory(s.org.id, { title: 'Ook leeg' });
    await expect(createReflection({ ...s.coordinator, title: 'X', trajectoryIds: [empty, empty2] })).rejects.toMatchObject({
      messageKey: 'insights.reflectionNoInsights',
    });
  });
});

describe('starting a next trajectory', () => {
  it('offers the themes and open actions, and starts from them with the earlier trajectory linked', async () => {
    const s = await organisation();
    const page = await getNextTrajectoryPage({ ...s.coordinator, from: s.noord });
    expect(page.carry?.themes).toEqual(['Wachtlijsten']);
    expect(page.carry?.actions.map((a) => a.title)).toEqual(['Extra intake-uren']);
    expect(page.choices.map((c) => c.title).sort()).toEqual(['Jong ouder in Zuid', 'Opvoeden in Noord']);
    const { id } = await startNextTrajectory({
      ...s.coordinator,
      from: s.noord,
      title: 'Noord, ronde 2',
      teamId: s.noordTeam,
      theme: '',
      themes: ['wachtlijsten'],
      actionIds: page.carry!.actions.map((a) => a.id),
      locale: 'nl',
    });
    const [t] = await (await db()).select().from(trajectories).where(eq(trajectories.id, id));
    expect(t).toMatchObject({ previousTrajectoryId: s.noord, teamId: s.noordTeam, theme: 'Wachtlijsten. Verder met: Extra intake-uren', kind: 'trajectory' });
  });

  it('is refused to members, 404 for another organisation or an action that is not open there, and checks the theme', async () => {
    const s = await organisation();
    const base = { from: s.noord, title: 'Volgende', teamId: null, theme: '', themes: [], actionIds: [], locale: 'nl' as const };
    expect(await statusOf(startNextTrajectory({ ...s.member, ...base }))).toBe(403);
    expect(await statusOf(getNextTrajectoryPage({ ...s.member, from: s.noord }))).toBe(403);
    const other = await organisation();
    expect(await statusOf(startNextTrajectory({ ...other.coordinator, ...base }))).toBe(404);
    expect(await statusOf(getNextTrajectoryPage({ ...other.coordinator, from: s.noord }))).toBe(404);
    const done = await insertAction(s.org.id, s.noord, null, { title: 'Al klaar', status: 'done' });
    expect(await statusOf(startNextTrajectory({ ...s.coordinator, ...base, actionIds: [done] }))).toBe(404);
    expect(await statusOf(startNextTrajectory({ ...s.coordinator, ...base, themes: ['Bestaat niet'] }))).toBe(404);
    await expect(startNextTrajectory({ ...s.coordinator, ...base, theme: 'Verder met Kees de Boer' })).rejects.toMatchObject({
      messageKey: 'privacy.identifying',
      field: 'theme',
    });
  });
});
