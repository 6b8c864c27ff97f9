// A signed-in person of another organisation gets a 404 on every URL of a trajectory and on
// every direct POST to it, and nothing changes. Plain HTTP: this is about the server, not the UI.
import { describe, expect, it } from 'vitest';
import { baseUrl, freshOrg } from './fixtures';
import { signInHttp } from './http';

const TRAJECTORY_PAGES = ['', '/roles', '/goal', '/partners', '/workgroup', '/theme'];
const MARKER = 'GEHACKT-DOOR-BUITENSTAANDER';
// Field names the workspace forms use; an action must refuse before it reads any of them.
const PAYLOADS: Record<string, string>[] = [
  { intent: 'goals', shortTermGoal: MARKER, longTermGoal: MARKER, horizonGoal: MARKER },
  { intent: 'add-partner', name: MARKER, domain: 'welfare' },
  { intent: 'add-statement', text: MARKER },
  { intent: 'add-meeting', heldOn: '2026-12-01', agenda: MARKER },
  { intent: 'theme', theme: MARKER },
  { intent: 'assign', userId: '00000000-0000-0000-0000-000000000000', role: 'lead' },
  { intent: 'delete' },
];

describe('tenant isolation', () => {
  it('refuses a member of another organisation everywhere, with 404, and changes nothing', async () => {
    const org = await freshOrg();
    const coordinator = await signInHttp(baseUrl(), org.people.coordinator.email);
    const trajectory = org.trajectories.schans.path;
    for (const page of TRAJECTORY_PAGES) expect((await coordinator.get(trajectory + page)).status, page).toBe(200);

    const outsider = await signInHttp(baseUrl(), `buiten-${Date.now()}@test.spiegel.local`);
    const slug = `andere-${Date.now().toString(36)}`;
    const created = await outsider.post('/orgs/new', { name: 'Andere gemeente', kind: 'municipality', slug });
    expect(created.status).toBe(302);
    expect((await outsider.get(`/o/${slug}`)).status).toBe(200);

    const ownOrgPath = trajectory.replace(`/o/${org.slug}/`, `/o/${slug}/`);
    const urls = [
      `/o/${org.slug}`,
      `/o/${org.slug}/settings`,
      `/o/${org.slug}/t/new`,
      ...TRAJECTORY_PAGES.map((p) => trajectory + p),
      // The foreign trajectory id under the outsider's own organisation.
      ...TRAJECTORY_PAGES.map((p) => ownOrgPath + p),
    ];
    for (const url of urls) {
      const page = await outsider.get(url);
      expect(page.status, `GET ${url}`).toBe(404);
      expect(await page.text()).not.toContain('Opgroeien in De Schans');
      const data = await outsider.get(`${url}.data`);
      expect(await data.text(), `GET ${url}.data`).not.toContain('Opgroeien in De Schans');
      // The same URL shape for an organisation and trajectory that do not exist at all.
      const nowhere = url.replace(/\/o\/[^/]+/, '/o/bestaat-niet').replace(/[0-9a-f-]{36}/, '00000000-0000-4000-8000-000000000000');
      const expected = (await outsider.post(nowhere, { intent: 'x' })).status;
      // Pages with a form answer 404; pages without one 405, exactly as for a URL that does not exist.
      expect([404, 405], `POST ${nowhere}`).toContain(expected);
      for (const payload of PAYLOADS) {
        const res = await outsider.post(url, payload);
        expect(res.status, `POST ${url} ${payload.intent}`).toBe(expected);
      }
    }

    for (const page of TRAJECTORY_PAGES) {
      expect(await (await coordinator.get(trajectory + page)).text()).not.toContain(MARKER);
    }
  });
});
