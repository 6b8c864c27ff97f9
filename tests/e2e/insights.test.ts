// Learning across trajectories (S8c): a coordinator opens the library, filters it by theme and team,
// opens the dashboard, starts a reflection session from two teams' trajectories and a next trajectory.
//
// The agenda editor and the actions screens are built elsewhere, so the insights are inserted
// directly: this file runs its own server on a database of its own (an embedded database in a
// temporary folder), which it fills before the server starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, initDb } from '#app/db/client.server';
import { teams, trajectories } from '#app/db/schema';
import { seedFreshDemo, type DemoOrganisation } from '#app/features/demo/server/seed-demo.server';
import { insertAction, insertInsight, insertMinutes, insertParents, insertTrajectory } from '#app/features/insights/server/insights-fixture';
import { expectAccessible, signIn, useBrowser } from './fixtures';
import { type RunningServer, startServer } from './server';

const QUOTE = 'We stonden een half jaar op de wachtlijst. In die tijd hoorden we niemand.';

/** Two neighbourhoods' trajectories with agreed items under shared themes, quotes, actions and dates. */
async function seed(): Promise<DemoOrganisation> {
  const demo = await seedFreshDemo();
  const database = (await initDb()).db;
  const [{ orgId }] = (await database.select({ orgId: trajectories.orgId }).from(trajectories).where(eq(trajectories.id, demo.trajectories.schans.id))) as [
    { orgId: string },
  ];
  const rows = await database.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.orgId, orgId));
  const teamId = (name: string) => rows.find((r) => r.name === name)!.id;
  const schans = await insertTrajectory(orgId, { title: 'Opvoeden in De Schans', teamId: teamId('De Schans'), mirror: '2025-03-01', feedback: '2025-03-22' });
  const oost = await insertTrajectory(orgId, {
    title: 'Jonge ouders in Oosterpark',
    teamId: teamId('Oosterpark'),
    mirror: '2025-04-01',
    feedback: '2025-04-15',
  });
  await insertParents(orgId, schans, ['Fatima Amrani', 'Kees de Boer'], 2);
  await insertParents(orgId, oost, ['Lotte Visser', 'Ayla Demir', 'Mo Haddad'], 3);
  await insertMinutes(orgId, schans, [[QUOTE]]);
  await insertMinutes(orgId, oost, [['Zeg gewoon eerlijk hoe lang het duurt.']]);
  const wait = await insertInsight(orgId, schans, { title: 'Wachtlijst korter maken', themeName: 'Wachten', sharedTheme: 'Wachtlijsten', quotes: [QUOTE] });
  await insertAction(orgId, schans, wait, { title: 'Extra intake-uren', status: 'running', updates: ['Wachttijd nu acht weken'] });
  await insertInsight(orgId, oost, {
    title: 'Eerlijk zeggen hoe lang het wachten duurt',
    themeName: 'Duidelijkheid',
    sharedTheme: 'Wachtlijsten',
    quotes: ['Zeg gewoon eerlijk hoe lang het duurt.'],
  });
  await insertInsight(orgId, oost, { title: 'Brieven in eenvoudige taal', themeName: 'Taal', sharedTheme: 'Taal' });
  return demo;
}

describe('learning across trajectories (S8c)', () => {
  const browser = useBrowser();
  let dataDir = '';
  let server: RunningServer | undefined;
  let demo: DemoOrganisation;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'spiegel-insights-'));
    await initDb({ dataDir });
    demo = await seed();
    await closeDb();
    server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function coordinator(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server!.baseUrl, viewport: { width: 1024, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await signIn(page, demo.people.coordinator.email);
    return page;
  }

  it('filters the library, reads the dashboard, and starts a reflection session and a next trajectory', async () => {
    const page = await coordinator();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

    // The library: insights of both neighbourhoods under their shared themes, with the parents' words.
    await page.goto(`/o/${demo.slug}`);
    await nav.getByRole('link', { name: 'Wat we leerden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat we leerden' }).waitFor();
    // Its own three, and the three of the demo's Opvoeden in Oosterpark.
    await expect.poll(() => page.getByTestId('insight').count()).toBe(6);
    const waiting = page.getByRole('list', { name: 'Inzichten bij Wachtlijsten' });
    await expect.poll(() => waiting.getByTestId('insight').count()).toBe(2);
    await waiting.getByText(`“${QUOTE}”`).waitFor();
    await waiting.getByText('Laatste stand: Wachttijd nu acht weken').waitFor();
    await expectAccessible(page);

    // Filter by theme and neighbourhood (a GET form): only the matching insight is left.
    await page.getByLabel('Thema', { exact: true }).selectOption('Wachtlijsten');
    await page.getByLabel('Team of wijk').selectOption({ label: 'Oosterpark (wijk)' });
    await page.getByRole('button', { name: 'Toon inzichten' }).click();
    await page.getByText('1 inzicht gevonden.').waitFor();
    expect(new URL(page.url()).searchParams.get('theme')).toBe('Wachtlijsten');
    const shown = page.getByTestId('insight');
    await expect.poll(() => shown.count()).toBe(1);
    await shown.getByRole('heading', { name: 'Eerlijk zeggen hoe lang het wachten duurt' }).waitFor();
    expect(await page.getByText('Wachtlijst korter maken').count()).toBe(0);
    expect(await page.getByText('Brieven in eenvoudige taal').count()).toBe(0);
    await expectAccessible(page);

    // The dashboard: figures only, with the demo's own trajectories (Noord reached 5 parents; Oosterpark 6, with
    // 49 days between mirror meeting and feedback, and one running action).
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByTestId('parents-total').getByText('16 ouders waren bij een spiegelbijeenkomst.').waitFor();
    await page.getByText('Tussen de spiegelbijeenkomst en de terugkoppeling aan de ouders zitten meestal 21 dagen.', { exact: false }).waitFor();
    await page.getByTestId('figure-running').getByText('2', { exact: true }).waitFor();
    await expectAccessible(page);

    // A reflection session from two neighbourhoods' trajectories: choosing one is not enough.
    await nav.getByRole('link', { name: 'Wat we leerden' }).click();
    await page.getByRole('link', { name: 'Start een reflectiebijeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reflectiebijeenkomst voor de hele organisatie' }).waitFor();
    await expect.poll(() => page.getByTestId('reflection-team').count()).toBe(2);
    await expectAccessible(page);
    await page.getByLabel('Naam van de bijeenkomst').fill('Reflectie voorjaar');
    await page.getByLabel('Opvoeden in De Schans (1 inzicht)').check();
    await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await page.getByText('Kies ten minste twee trajecten.').waitFor();
    expect(await page.getByLabel('Naam van de bijeenkomst').inputValue()).toBe('Reflectie voorjaar');
    expect(await page.getByLabel('Opvoeden in De Schans (1 inzicht)').isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Jonge ouders in Oosterpark (2 inzichten)').check();
    await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terugkombijeenkomst' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/t\/[0-9a-f-]{36}\/board$/);
    await page.getByText('Wachten: Wachtlijst korter maken (De Schans)').first().waitFor();
    await page.getByText('Taal: Brieven in eenvoudige taal (Oosterpark)').first().waitFor();
    await expectAccessible(page);

    // The trajectory list shows it as a reflection session, not as a trajectory of 8 steps.
    await nav.getByRole('link', { name: 'Trajecten', exact: true }).click();
    const card = page.getByTestId('trajectory-card').filter({ hasText: 'Reflectie voorjaar' });
    await card.getByText('Reflectiebijeenkomst').waitFor();

    // A next trajectory from the themes and open actions of an earlier one.
    await nav.getByRole('link', { name: 'Wat we leerden' }).click();
    await page.getByRole('link', { name: 'Start een volgend traject' }).click();
    await page.getByLabel('Vanuit welk traject?').selectOption({ label: 'Opvoeden in De Schans' });
    await page.getByRole('button', { name: 'Kies dit traject' }).click();
    await page.getByLabel('Wachtlijsten').check();
    await page.getByLabel('Extra intake-uren (Bezig)').check();
    await expectAccessible(page);
    await page.getByLabel('Titel van het nieuwe traject').fill('Opvoeden in De Schans, ronde 2');
    await page.getByRole('button', { name: 'Nieuw traject starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    await page.getByTestId('trajectory-header').getByText('Opvoeden in De Schans, ronde 2').waitFor();
    await page.getByText('Wachtlijsten. Verder met: Extra intake-uren', { exact: false }).first().waitFor();
    await expectAccessible(page);
  });
});
