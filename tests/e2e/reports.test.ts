// R1: the minutes report and the agenda for the parents. A name that became known after the text
// was written (a parent who registered later) blocks the download; the report's page shows the
// place, one click replaces it by "[naam]", and then the PDF and Word files download. The agenda
// also downloads in each language the workgroup chose for the parents.
import { describe, expect, it } from 'vitest';
import { docxParagraphs, lettersOf, pdfText, readZipEntry } from '#tests/files';
import { asCoordinator, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { trajectoryWithParticipant } from './journeys';

describe('reports (R1)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('blocks the minutes report while a name is in it, replaces it in one click, then downloads PDF and Word', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(page, org.slug, `Verslagtraject ${stamp}`, 'Fenna');

    // Minutes with a neighbour's first name (no participant yet, so the guard lets it through), then final.
    await page.goto(`${base}/minutes`);
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    const newNote = page.locator('form', { has: page.getByRole('button', { name: 'Notitie opslaan' }) });
    await newNote.getByLabel('Samenvatting').fill(`Buurman Joris hielp met de formulieren ${stamp}.`);
    await newNote.getByLabel('Letterlijke uitspraken').fill('Şimdi her şey yolunda, ğ İ.\nŻłobek był blisko, ą.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page
      .getByTestId('note')
      .filter({ hasText: `formulieren ${stamp}` })
      .waitFor();
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Het verslag is definitief.').waitFor();

    // Joris registers later: his first name in the final minutes now gives him away.
    await page.goto(`${base}/participants`);
    const add = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await add.getByLabel('Voornaam of roepnaam').fill('Joris');
    await add.getByLabel('Telefoonnummer').fill('06 5555 9876');
    await add.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText('Joris is toegevoegd.').waitFor();

    // The download leads to the report's page instead: the place, what kind, never who.
    await page.goto(`${base}/minutes`);
    await page.getByRole('heading', { level: 2, name: 'Verslag als bestand' }).waitFor();
    await page.getByRole('link', { name: 'Download als PDF' }).click();
    await page.waitForURL((url) => url.pathname === `${base}/reports/minutes`);
    const place = page.getByTestId('leak-place');
    await place.first().waitFor();
    expect(await page.locator('.utrecht-alert--error').textContent()).toContain('Op 1 plek lijkt een naam of contactgegeven te staan.');
    await place.getByText('Notitie: Algemene notitie').waitFor();
    expect(await place.locator('mark').textContent()).toBe('Joris');
    await place.getByText('Dit lijkt een naam.').waitFor();
    expect(await page.getByRole('link', { name: 'Download als PDF' }).count()).toBe(0);
    expect((await page.request.get(`${base}/reports/minutes.docx`, { maxRedirects: 0 })).status()).toBe(302);
    await expectAccessible(page);

    await place.getByRole('button', { name: 'Vervang door [naam]' }).click();
    await page.getByText('Vervangen. Spiegel heeft het verslag opnieuw bekeken.').waitFor();
    await page.getByText('Er staan geen namen of contactgegevens in het verslag.', { exact: false }).waitFor();
    expect(await page.getByTestId('leak-place').count()).toBe(0);
    await expectAccessible(page);

    // Both files download now, the note changed in exactly that place.
    expect(await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href')).toBe(`${base}/reports/minutes.pdf`);
    const pdf = await page.request.get(`${base}/reports/minutes.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await page.request.get(`${base}/reports/minutes.docx`);
    expect(docx.headers()['content-disposition']).toContain('.docx');
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.goto(`${base}/minutes`);
    await page.getByText(`Buurman [naam] hielp met de formulieren ${stamp}.`).waitFor();
  });

  it('blocks the agenda while a name is in an item, replaces it in one click with a reason in its history, then downloads', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(page, org.slug, `Agendaverslag ${stamp}`, 'Fenna');

    // An agenda item that names a neighbour (no participant yet, so the guard lets it through).
    await page.goto(`${base}/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    const add = page.locator('form', { has: page.getByRole('button', { name: 'Voeg toe' }) });
    await add.getByLabel('Titel').fill(`Koffieochtend ${stamp}`);
    await add.getByLabel('Tekst voor ouders', { exact: true }).fill('Buurvrouw Ilse schenkt elke week koffie voor de ouders.');
    await add.getByLabel('Waarom voegt u dit punt toe?').fill('Ouders willen elkaar vaker zien.');
    await add.getByRole('button', { name: 'Voeg toe' }).click();
    const item = page.getByTestId('agenda-item').filter({ has: page.getByRole('heading', { name: `1. Koffieochtend ${stamp}` }) });
    await item.waitFor();

    // Ilse registers later: her name in the agenda now gives her away.
    await page.goto(`${base}/participants`);
    const participant = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await participant.getByLabel('Voornaam of roepnaam').fill('Ilse');
    await participant.getByLabel('Telefoonnummer').fill('06 5555 4321');
    await participant.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText('Ilse is toegevoegd.').waitFor();

    // The download leads to the agenda report's page: the place and what kind, never who.
    const refused = await page.request.get(`${base}/reports/agenda.pdf`, { maxRedirects: 0 });
    expect(refused.status()).toBe(302);
    expect(refused.headers()['location']).toBe(`${base}/reports/agenda`);
    await page.goto(`${base}/reports/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    const place = page.getByTestId('leak-place');
    await place.first().waitFor();
    expect(await place.count()).toBe(1);
    await place.getByText(`Onderdeel: 1. Koffieochtend ${stamp}`).waitFor();
    expect(await place.locator('mark').textContent()).toBe('Ilse');
    await expectAccessible(page);

    await place.getByRole('button', { name: 'Vervang door [naam]' }).click();
    await page.getByText('Vervangen. Spiegel heeft het verslag opnieuw bekeken.').waitFor();
    await page.getByText('Er staan geen namen of contactgegevens in het verslag.', { exact: false }).waitFor();
    expect(await page.getByTestId('leak-place').count()).toBe(0);
    await expectAccessible(page);

    // Both files download now; the item changed in exactly that place, with the reason in its history.
    const pdf = await page.request.get(`${base}/reports/agenda.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await page.request.get(`${base}/reports/agenda.docx`);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.goto(`${base}/agenda`);
    await item.getByText('Buurvrouw [naam] schenkt elke week koffie voor de ouders.').first().waitFor();
    await item.getByTestId('history').getByText('Aangepast: tekst voor ouders. Waarom: Privacy: naam vervangen', { exact: false }).waitFor();
  });

  it('downloads the agenda in the parents’ languages: a PDF and a Word file in Arabic, right to left', async () => {
    // The demo's "Opvoeden in Oosterpark": Arabic and Turkish chosen, its items translated by a person.
    const arabic = 'ستحصلون على شخص ثابت واحد يمكنكم الاتصال به بكل أسئلتكم عن التربية.';
    const { page } = await asCoordinator(browser, org);
    page.setDefaultTimeout(20_000);
    const base = org.trajectories.oosterpark.path;
    await page.goto(`${base}/reports/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    await page.getByText('Voor de ouders, in hun eigen taal', { exact: false }).waitFor();
    const pdfLink = page.getByRole('link', { name: 'PDF in het Arabisch' });
    expect(await pdfLink.getAttribute('href')).toBe(`${base}/reports/agenda.ar.pdf`);
    expect(await page.getByRole('link', { name: 'Word-bestand in het Arabisch' }).getAttribute('href')).toBe(`${base}/reports/agenda.ar.docx`);
    expect(await page.getByRole('link', { name: 'PDF in het Turks' }).getAttribute('href')).toBe(`${base}/reports/agenda.tr.pdf`);
    await expectAccessible(page);

    // The links download, with the signed-in person's cookies.
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe('attachment; filename="agenda-opvoeden-in-oosterpark-ar.pdf"');
    const text = await pdfText(await pdf.body());
    expect(lettersOf(text)).toContain(lettersOf(arabic));
    expect(lettersOf(text)).toContain(lettersOf('ما قاله الأهالي وما نفعله به'));
    const docx = await page.request.get(`${base}/reports/agenda.ar.docx`);
    const body = await docx.body();
    expect(docxParagraphs(body)).toContain(arabic);
    expect(readZipEntry(body, 'word/document.xml')).toContain('<w:bidi/>');
    // A language the workgroup did not choose is not there.
    expect((await page.request.get(`${base}/reports/agenda.pl.pdf`)).status()).toBe(404);
  });
});
