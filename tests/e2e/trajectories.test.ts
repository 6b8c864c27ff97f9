import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser } from './fixtures';

describe('trajectory workspace and roles (W2, W3)', () => {
  const browser = useBrowser();

  it('creates a trajectory, shows its 8 steps, assigns a role and starts a next round from it', async () => {
    const suffix = Date.now().toString(36);
    const page = await newPage(browser, { width: 360 });
    await signIn(page, `trekker-${suffix}@test.spiegel.local`);

    // A new organisation: its trajectory list explains what a spiegeltraject is.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orgs/new');
    await page.getByLabel('Naam van de organisatie').fill(`Coalitie Test ${suffix}`);
    await page.getByLabel('Kansrijke Start-coalitie').check();
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nog geen trajecten' }).waitFor();
    const orgPath = new URL(page.url()).pathname;
    await expectAccessible(page);

    // Creating: a missing title gets a Dutch message, and what was typed stays.
    await page.getByRole('link', { name: 'Nieuw traject' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw traject' }).waitFor();
    expect(await page.getByLabel('Kansrijke Start-methode (coalitie)').isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Thema').fill('De eerste 1000 dagen');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    expect(await page.getByLabel('Thema').inputValue()).toBe('De eerste 1000 dagen');
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel('Titel').fill('Jonge ouders Noord');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    const firstPath = new URL(page.url()).pathname;
    expect(firstPath).toMatch(new RegExp(`^${orgPath}/t/[0-9a-f-]{36}$`));
    await expect.poll(() => page.getByTestId('step').count()).toBe(8);
    // The creator is lead, so the workgroup has started; the theme was typed, so step 4 too.
    const states = await page.getByTestId('step').evaluateAll((items) => items.map((i) => i.getAttribute('data-state')));
    expect(states).toEqual(['notStarted', 'notStarted', 'inProgress', 'inProgress', 'notStarted', 'notStarted', 'notStarted', 'notStarted']);
    await page.getByTestId('step').nth(2).getByText('Bezig').waitFor();
    await page.getByRole('link', { name: 'Vraag iemand van beleid in de werkgroep.' }).waitFor();
    await expectAccessible(page);

    // The list shows it, and the filters work without JavaScript (a GET form).
    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    const card = page.getByTestId('trajectory-card').filter({ hasText: 'Jonge ouders Noord' });
    await card.getByText('0 van 8 stappen klaar').waitFor();
    await card.getByText('Kansrijke Start-methode (coalitie)').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Zoek op titel of thema').fill('geen-treffer');
    await page.getByRole('button', { name: 'Toon trajecten' }).click();
    await page.getByText('Er zijn geen trajecten die passen bij uw keuze.').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('geen-treffer');
    await expectAccessible(page);
    await page.getByLabel('Zoek op titel of thema').fill('1000 dagen');
    await page.getByRole('button', { name: 'Toon trajecten' }).click();
    await page.getByText('1 traject gevonden.').waitFor();
    await page.getByRole('link', { name: 'Jonge ouders Noord' }).click();

    // Roles: give oneself a second role; the last lead cannot be removed.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: 'Rollen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rollen in dit traject' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Persoon uit uw organisatie').selectOption({ index: 1 });
    await page.getByLabel('Rol', { exact: true }).selectOption('conversation_leader');
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByText('De rol is toegekend.').waitFor();
    await page.getByTestId('role-person').getByText('gespreksleider', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Rol trekker van .* verwijderen$/ }).click();
    await page.getByText('Dit is de laatste trekker van het traject.').waitFor();
    await page.getByTestId('role-person').getByText('trekker', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Rol gespreksleider van .* verwijderen$/ }).click();
    await page.getByText('De rol is verwijderd.').waitFor();

    // A next round starts from this one and links back to it.
    await page.goto(firstPath);
    await page.getByRole('link', { name: 'Nieuw traject starten vanuit dit traject' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw traject' }).waitFor();
    expect(await page.getByLabel('Start vanuit een eerder traject').inputValue()).toBe(firstPath.split('/').pop());
    await page.getByLabel('Titel').fill('Jonge ouders Noord, ronde 2');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe(firstPath);
    const header = page.getByTestId('trajectory-header');
    await header.getByText('Jonge ouders Noord, ronde 2').waitFor();
    // The theme came along from the first round.
    await page.getByText('Thema: De eerste 1000 dagen.', { exact: false }).waitFor();
    await expectAccessible(page);
    await header.getByRole('link', { name: 'Jonge ouders Noord' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(firstPath);
  });
});
