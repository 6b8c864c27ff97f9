// A listener, a minute-taker and a partner contact must not reach participants' personal data
// through any URL of the trajectory: pages, their .data variants, files, or direct POSTs.
// Plain HTTP: this is about what the server sends, not about what the UI hides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, REPORT_KINDS } from '#app/features/reports/domain/report-kinds';
import { baseUrl, freshOrg } from './fixtures';
import { acceptInvitationHttp, type HttpClient, signInHttp } from './http';

const stamp = Date.now().toString(36);
const NAME = `Zwaluwtje${stamp}`;
const PHONE = `06 4${String(Date.now()).slice(-7)}`;
const PLACE = `Plek${stamp}`;
const DIET = `Dieet${stamp}`;
const MARKERS = [NAME, PHONE, PHONE.replace(/\s/g, ''), PLACE, DIET];

// Every page and file under /o/:org/t/:tid, read from app/routes.ts so a new route is covered
// without anyone remembering this test. Parameters are filled in with every value they take.
const routesFile = readFileSync(new URL('../../app/routes.ts', import.meta.url), 'utf8');
const blockStart = routesFile.indexOf("route('t/:tid'");
const trajectoryBlock = routesFile.slice(blockStart, routesFile.indexOf(']),', blockStart));
const TRAJECTORY_URLS = ['', ...[...trajectoryBlock.matchAll(/route\('([^']+)'/g)].map((m) => `/${m[1]}`).filter((u) => u !== '/t/:tid')];
const PARAM_VALUES: Record<string, string[]> = {
  ':kind': ['mirror', 'follow_up', 'feedback'],
  ':lang': ['nl', 'en'],
  // A participant's export (issue 16).
  ':format': ['json', 'pdf'],
  // Every report as every file, and each report's own page.
  ':file': [...REPORT_KINDS.flatMap((kind) => REPORT_FORMATS.map((format) => `${kind}.${format}`)), ...REPORT_KINDS],
};

function expand(url: string, participantId: string): string[] {
  const param = Object.keys(PARAM_VALUES).find((p) => url.includes(p));
  if (param) return PARAM_VALUES[param]!.flatMap((value) => expand(url.replace(param, value), participantId));
  if (url.includes(':')) {
    if (!url.includes(':pid')) throw new Error(`no test value for a parameter in ${url}`);
    return [url.replace(':pid', participantId)];
  }
  return [url];
}

/** A fresh member of the organisation, through the real invitation flow, with one trajectory role. */
async function memberWithRole(coordinator: HttpClient, orgSlug: string, trajectory: string, role: string): Promise<HttpClient> {
  const email = `${role.replace('_', '-')}-${stamp}@test.spiegel.local`;
  expect((await coordinator.post(`/o/${orgSlug}/settings`, { intent: 'invite', email, role: 'member' })).status).toBe(200);
  const member = await acceptInvitationHttp(baseUrl(), email);

  const rolesPage = await (await coordinator.get(`${trajectory}/roles`)).text();
  const userId = rolesPage.match(new RegExp(`value="([0-9a-f-]{36})"[^>]*>[^<]*${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))?.[1];
  if (!userId) throw new Error(`${email} not in the member list`);
  expect((await coordinator.post(`${trajectory}/roles`, { intent: 'assign', userId, role })).status).toBe(200);
  return member;
}

describe('participant personal data', () => {
  it('never reaches a listener, a minute-taker or a partner contact, by any URL', async () => {
    const org = await freshOrg();
    const coordinator = await signInHttp(baseUrl(), org.people.coordinator.email);
    const trajectory = org.trajectories.schans.path;

    // The lead adds a participant through the real form, registered at once so a pseudonym exists.
    const added = await coordinator.post(`${trajectory}/participants`, {
      intent: 'add',
      status: 'registered',
      kind: 'parent',
      name: NAME,
      phone: PHONE,
      placeCategory: 'mosque',
      placeName: PLACE,
      profileFit: 'fits',
      diet: DIET,
      interpreterLanguage: 'Tigrinya',
      consent: 'on',
    });
    expect(added.status).toBe(200);
    const leadView = await (await coordinator.get(`${trajectory}/participants`)).text();
    for (const marker of [NAME, PHONE, PLACE, DIET]) expect(leadView).toContain(marker);
    const card = leadView.split('data-testid="participant"').find((part) => part.includes(NAME))!;
    const participantId = card.match(/\/participants\/([0-9a-f-]{36})/)?.[1];
    const pseudonym = card.match(/(Ouder [A-Z]+)/)?.[1];
    expect(participantId).toBeTruthy();
    expect(pseudonym).toBeTruthy();
    expect((await coordinator.get(`${trajectory}/participants/${participantId}`)).status).toBe(200);

    expect(TRAJECTORY_URLS).toContain('/participants/:pid');
    expect(TRAJECTORY_URLS.length).toBeGreaterThan(15);
    const urls = TRAJECTORY_URLS.flatMap((u) => expand(u, participantId!)).map((u) => trajectory + u);
    for (const role of ['listener', 'minute_taker', 'partner_contact']) {
      const member = await memberWithRole(coordinator, org.slug, trajectory, role);
      for (const url of urls) {
        for (const variant of [url, `${url}.data`]) {
          const res = await member.get(variant);
          const body = await res.text();
          for (const marker of MARKERS) expect(body, `${role} GET ${variant}`).not.toContain(marker);
        }
      }
      expect((await member.get(`${trajectory}/participants/${participantId}`)).status, role).toBe(403);
      // The aggregated view works for them: the pseudonym is there, the name is not.
      const overview = await member.get(`${trajectory}/participants`);
      expect(overview.status).toBe(200);
      expect(await overview.text()).toContain(pseudonym);

      // Writing is refused too, and nothing changes.
      const writes: [string, Record<string, string>][] = [
        [`${trajectory}/participants`, { intent: 'move', participantId: participantId!, to: 'confirmed' }],
        [
          `${trajectory}/participants`,
          { intent: 'add', status: 'approached', kind: 'parent', name: `${NAME}x`, callViaContact: 'on', placeCategory: '', profileFit: '' },
        ],
        [
          `${trajectory}/participants/${participantId}`,
          { intent: 'save', status: 'registered', kind: 'youth', name: `${NAME}y`, callViaContact: 'on', placeCategory: '', profileFit: '' },
        ],
        [`${trajectory}/participants/${participantId}/erase`, { intent: 'erase', confirm: 'on', removeWords: 'on' }],
      ];
      for (const [url, form] of writes) {
        const res = await member.post(url, form);
        expect(res.status, `${role} POST ${url} ${form.intent}`).toBe(403);
        expect(await res.text()).not.toContain(NAME);
      }
    }
    const after = await (await coordinator.get(`${trajectory}/participants`)).text();
    expect(after).not.toContain(`${NAME}x`);
    expect(after).not.toContain(`${NAME}y`);
    const cardAfter = after.split('data-testid="participant"').find((part) => part.includes(NAME))!;
    expect(cardAfter).toContain(pseudonym);
    expect(after.split('data-testid="status-registered"')[1]!.split('data-testid="status-confirmed"')[0]).toContain(NAME);
  });
});
