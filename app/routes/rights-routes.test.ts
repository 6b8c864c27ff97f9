// The rights routes (issue 16) through their real loaders and actions: the export's files, the
// erase form's confirmation, and the access log page for admins only.
import { describe, expect, it } from 'vitest';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { loader as accessLog } from './org-access-log';
import { action as erase } from './participant-erase';
import { loader as exportFile } from './participant-export';

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], admin: ['admin'], listener: ['member', 'listener'] });
  const participant = await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal: { name: 'Meeuw', phone: '0612121212' } });
  const params = { org: org.slug, tid: trajectory.id, pid: participant.id };
  const url = `http://localhost/o/${org.slug}/t/${trajectory.id}/participants/${participant.id}`;
  return { org, people, participant, params, url };
}

describe('the rights routes', () => {
  it('answers the export as a file download, 404 for an unknown format, 403 for a listener', async () => {
    const { people, params, url } = await setUp();
    const res = await callRoute(exportFile, await getAs(people.lead.actor.userId, `${url}/export/json`), { ...params, format: 'json' });
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="gegevens-ouder-a\.json"$/);
    expect(JSON.parse(await res.text()).personal.name).toBe('Meeuw');
    expect(await statusOf(callRoute(exportFile, await getAs(people.lead.actor.userId, `${url}/export/csv`), { ...params, format: 'csv' }))).toBe(404);
    expect(await statusOf(callRoute(exportFile, await getAs(people.listener.actor.userId, `${url}/export/pdf`), { ...params, format: 'pdf' }))).toBe(403);
  });

  it('asks for a confirmation next to its box before erasing, keeps the choice, then erases and goes back to the participant', async () => {
    const { people, params, url } = await setUp();
    const refused = await callRoute(erase, await postAs(people.lead.actor.userId, `${url}/erase`, { intent: 'erase', removeWords: 'on' }), params);
    expect(answerOf(refused)).toMatchObject({ ok: false, errors: { confirm: 'rights.eraseConfirmMissing' }, values: { removeWords: 'on' } });
    const done = await statusOf(callRoute(erase, await postAs(people.lead.actor.userId, `${url}/erase`, { intent: 'erase', confirm: 'on' }), params));
    expect(done).toBe(302);
    expect(await statusOf(callRoute(erase, await postAs(people.listener.actor.userId, `${url}/erase`, { intent: 'erase', confirm: 'on' }), params))).toBe(403);
  });

  it('shows the access log to admins only', async () => {
    const { org, people } = await setUp();
    const page = await callRoute(accessLog, await getAs(people.admin.actor.userId, `http://localhost/o/${org.slug}/toegangslog?action=change&from=nonsense`), {
      org: org.slug,
    });
    expect(page.filter).toEqual({ participant: '', user: '', from: '', to: '', action: 'change' });
    expect(page.entries).toHaveLength(1);
    expect(page.chain).toEqual({ intact: true, count: 1 });
    expect(await statusOf(callRoute(accessLog, await getAs(people.lead.actor.userId, `http://localhost/o/${org.slug}/toegangslog`), { org: org.slug }))).toBe(
      403,
    );
  });
});
