// Issue 16, personal data: an admin changes a retention period (a wrong number is refused next to
// the field) and a consent text (a new version); the coordinator sees on the trajectory what is
// deleted when and keeps one kind longer with a reason; the privacy page shows the new period.
import { describe, expect, it } from 'vitest';
import { asCoordinator, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

describe('personal data: retention and consent texts (issue 16)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('admin sets a period and a text, coordinator extends, the privacy page follows', async () => {
    const admin = await newPage(browser);
    admin.setDefaultTimeout(20_000);
    await signIn(admin, org.people.admin.email);
    await admin.goto(`/o/${org.slug}/settings/personal-data`);
    await admin.getByRole('heading', { level: 1, name: 'Persoonsgegevens' }).waitFor();
    await expectAccessible(admin);

    const retention = admin.getByRole('region', { name: 'Bewaartermijnen' });
    const months = retention.getByLabel('Gegevens van deelnemers');
    expect(await months.inputValue()).toBe('12');
    await months.fill('0');
    await retention.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await retention.getByText('Vul een aantal maanden in van 1 tot 120.').first().waitFor();
    expect(await months.inputValue()).toBe('0');
    await months.fill('18');
    await retention.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await retention.getByText('De bewaartermijnen zijn opgeslagen.').waitFor();

    const minutes = admin.getByTestId('consent-minutes');
    await minutes.getByLabel('Nieuwe tekst (Nederlands)').fill('Mijn woorden mogen in het verslag, zonder mijn naam.');
    await minutes.getByRole('button', { name: 'Opslaan als nieuwe versie' }).first().click();
    await admin.getByText('De tekst is opgeslagen als nieuwe versie.').waitFor();
    await admin.getByTestId('consent-minutes-nl').getByText('zonder mijn naam').waitFor();
    await minutes.getByText(/Versie 2 \(Nederlands\)/).waitFor();
    await expectAccessible(admin);

    // Oosterpark has had its meetings: its days are known.
    const { page } = await asCoordinator(browser, org);
    page.setDefaultTimeout(20_000);
    await page.goto(`${org.trajectories.oosterpark.path}/retention`);
    await page.getByRole('heading', { level: 1, name: 'Wat wordt wanneer verwijderd' }).waitFor();
    await page.getByTestId('due-participants').getByText('18 maanden').waitFor();
    await expectAccessible(page);

    const extend = page.getByRole('region', { name: 'Langer bewaren' });
    await extend.getByLabel('Welke gegevens').selectOption('listeners');
    await extend.getByLabel('Bewaren tot').fill('2099-01-01');
    await extend.getByLabel('Waarom').fill('Er komt een vervolgtraject met dezelfde toehoorders.');
    await extend.getByRole('button', { name: 'Langer bewaren' }).click();
    await page.getByText('De bewaartermijn is verlengd.').waitFor();
    await page.getByTestId('due-listeners').getByText('1 januari 2099 (verlengd)').waitFor();
    await page
      .getByTestId('retention-log')
      .getByText(/Reden: Er komt een vervolgtraject/)
      .waitFor();
    await expectAccessible(page);

    // The lead sees a parent's consent history on their page.
    await page.goto(`${org.trajectories.oosterpark.path}/participants`);
    await page
      .getByRole('link', { name: /Samira/ })
      .first()
      .click();
    const history = page.getByTestId('consent-history');
    await history.getByText('Aanmelden (gegevens gebruiken)', { exact: true }).waitFor();
    await history.getByText('Betrokken blijven', { exact: true }).waitFor();
    await history
      .getByText(/versie 1, Nederlands/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.goto(`/o/${org.slug}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Privacy: welke persoonsgegevens Spiegel bewaart' }).waitFor();
    await page.getByTestId('register-participant_personal_data').first().getByText('18 maanden na de laatste stap van het traject').waitFor();
    await page
      .getByTestId('register-participant_personal_data')
      .first()
      .getByText(/trekker van het traject/)
      .waitFor();
    await expectAccessible(page);
  });
});
