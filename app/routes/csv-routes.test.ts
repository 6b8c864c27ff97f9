// The CSV downloads (R1, issue 11) through their real loaders: status codes, headers, who may
// download what, the page's filters, and the actions file refused when a text looks identifying.
import { describe, expect, it } from 'vitest';
import { addAction } from '#app/features/actions/server/add-action.server';
import { addListeners } from '#app/features/listeners/server/add-listeners.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { makeMember, trajectoryWith } from '#tests/factories';
import { callRoute, getAs, statusOf } from '#tests/http';
import { loader as listenersCsv } from './listeners-csv';
import { loader as actionsCsv } from './org-actions-csv';
import { loader as participantsCsv } from './participants-csv';

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], listener: ['member', 'listener'] });
  const stranger = await trajectoryWith({ lead: ['coordinator', 'lead'] });
  const params = { org: org.slug, tid: trajectory.id };
  return { org, trajectory, people, params, outsider: stranger.people.lead };
}

type Loader = typeof listenersCsv | typeof participantsCsv | typeof actionsCsv;
const get = async (loader: Loader, userId: string, url: string, params: Record<string, string>) =>
  callRoute(loader, await getAs(userId, url), params).catch((e: unknown) => (e instanceof Response ? e : Promise.reject(e)));

/** The file's bytes start with the UTF-8 BOM; the text is read without it. */
async function csvOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { disposition: response.headers.get('Content-Disposition'), lines: new TextDecoder().decode(bytes.slice(3)).split('\r\n') };
}

describe('listeners.csv', () => {
  it('downloads the listeners for whoever sees the listeners page, formulas neutralised; 404 for another organisation', async () => {
    const { people, params, trajectory, outsider } = await setUp();
    await addListeners({
      ...people.lead.scope,
      rows: [
        { name: 'Sanne Bakker', organisation: 'Welzijn; Oost', category: 'welfare', email: 'sanne@welzijn.test' },
        { name: 'Eva', organisation: '=HYPERLINK("http://x")', category: 'other', email: '' },
      ],
    });
    const url = `/o/${params.org}/t/${trajectory.id}/listeners.csv`;
    const { disposition, lines } = await csvOf((await get(listenersCsv, people.listener.actor.userId, url, params)) as Response);
    expect(disposition).toBe('attachment; filename="toehoorders-traject.csv"');
    expect(lines[0]).toBe('Naam;Organisatie;Groep;E-mailadres;Uitnodiging verstuurd op;Spiegelbijeenkomst;Terugkombijeenkomst');
    // Added together, so in the order of their names.
    expect(lines[1]).toBe(`Eva;"'=HYPERLINK(""http://x"")";Anders;;;Nog geen antwoord;Nog geen antwoord`);
    expect(lines[2]).toMatch(/^Sanne Bakker;"Welzijn; Oost";[^;]+;sanne@welzijn\.test;;Nog geen antwoord;Nog geen antwoord$/);
    expect(lines.at(-1)).toBe('');
    expect(await statusOf(get(listenersCsv, outsider.actor.userId, url, params))).toBe(404);
  });
});

describe('participants.csv', () => {
  it('downloads names and contact data for a lead only: 403 for a listener, 404 for another organisation', async () => {
    const { people, params, trajectory, outsider } = await setUp();
    await createParticipant({
      ...people.lead.scope,
      kind: 'parent',
      status: 'registered',
      personal: { name: 'Zoë', surname: 'El Amrani', phone: '0612345678', needs: '+ rolstoel' },
      consent: true,
    });
    const url = `/o/${params.org}/t/${trajectory.id}/participants.csv`;
    const { disposition, lines } = await csvOf((await get(participantsCsv, people.lead.actor.userId, url, params)) as Response);
    expect(disposition).toBe('attachment; filename="deelnemers-traject.csv"');
    expect(lines[0]).toMatch(/^Schuilnaam;Wie is het\?;Stap in het werven;Voornaam of roepnaam;Achternaam;Telefoonnummer;/);
    expect(lines[1]).toMatch(/^Ouder A;Ouder;Aangemeld;Zoë;El Amrani;0612345678;/);
    expect(lines[1]).toContain(";'+ rolstoel;");
    expect(await statusOf(get(participantsCsv, people.listener.actor.userId, url, params))).toBe(403);
    expect(await statusOf(get(participantsCsv, outsider.actor.userId, url, params))).toBe(404);
  });
});

describe('actions.csv', () => {
  const action = { agendaItemId: null, partnerId: null, ownerName: 'Sanne', stopReason: '', dueOn: null, nextStep: '' };

  it('downloads the overview with the page filters; 404 for someone outside the organisation', async () => {
    const { org, people, params } = await setUp();
    await addAction({ ...people.lead.scope, ...action, title: 'Folder in gewone taal', status: 'planned' });
    await addAction({ ...people.lead.scope, ...action, title: 'Vaste contactpersoon', status: 'done' });
    const all = await csvOf((await get(actionsCsv, people.lead.actor.userId, `/o/${org.slug}/actions.csv`, params)) as Response);
    expect(all.disposition).toMatch(/^attachment; filename="acties-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(all.lines[0]).toBe(
      'Actie;Traject;Agendapunt;Eigenaar;Contactpersoon bij de eigenaar;Status;Deadline;Te laat;Volgende stap;Reden om te stoppen;Laatste update',
    );
    expect(all.lines.filter(Boolean)).toHaveLength(3);
    const done = await csvOf((await get(actionsCsv, people.lead.actor.userId, `/o/${org.slug}/actions.csv?status=done`, params)) as Response);
    expect(done.lines.filter(Boolean)).toEqual([all.lines[0], 'Vaste contactpersoon;Traject;;;Sanne;Klaar;;Nee;;;']);
    const outsider = await makeMember((await trajectoryWith({ x: ['member'] })).org.id);
    expect(await statusOf(get(actionsCsv, outsider.actor.userId, `/o/${org.slug}/actions.csv`, params))).toBe(404);
  });

  it('refuses the file with a 409 page saying which row and field, never who', async () => {
    const { org, people, params } = await setUp();
    await addAction({ ...people.lead.scope, ...action, title: 'Folder in gewone taal', status: 'planned' });
    // Written before the surname was recorded, so the guard could not know it then.
    await addAction({ ...people.lead.scope, ...action, title: 'Zorg dichtbij', nextStep: 'Bellen met Kaddouri', status: 'planned' });
    await createParticipant({ ...people.lead.scope, kind: 'parent', personal: { name: 'Anja', surname: 'Kaddouri', phone: '0611112222' } });
    const refused = (await get(actionsCsv, people.lead.actor.userId, `/o/${org.slug}/actions.csv`, params)) as Response;
    expect(refused.status).toBe(409);
    expect(refused.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(refused.headers.get('Content-Disposition')).toBeNull();
    const page = await refused.text();
    expect(page).toContain('Downloaden kan nu niet');
    expect(page).toContain('In rij 2 van het overzicht (traject &#34;Traject&#34;) staat bij &#34;Volgende stap&#34; misschien een naam van een ouder.');
    expect(page).toContain(`href="/o/${org.slug}/actions"`);
    expect(page).not.toMatch(/Kaddouri|Anja/);
  });
});
