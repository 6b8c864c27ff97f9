// The route actions re-check permissions on the server, whatever the page showed.
import { describe, expect, it } from 'vitest';
import { createSession } from '#app/auth/session.server';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { action as newAction } from './trajectory-new';
import { action as rolesAction } from './trajectory-roles';

async function post(userId: string, url: string, fields: Record<string, string>) {
  const cookie = (await createSession(userId, new Request('http://x/'))).split(';')[0]!;
  return new Request(url, { method: 'POST', headers: { cookie }, body: new URLSearchParams(fields) });
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    (r) => (r instanceof Response ? r.status : 200),
    (e: unknown) => (e instanceof Response ? e.status : Promise.reject(e)),
  );

describe('trajectory route actions', () => {
  it('refuses role changes without canManageRoles, and creating without canCreateTrajectory', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const worker = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, worker.actor.userId, 'workgroup');
    const params = { org: org.slug, tid: trajectory.id };
    const assign = await post(worker.actor.userId, `http://x/o/${org.slug}/t/${trajectory.id}/roles`, {
      intent: 'assign',
      userId: worker.actor.userId,
      role: 'lead',
    });
    expect(await statusOf(rolesAction({ request: assign, params, context: {} } as never))).toBe(403);
    const create = await post(worker.actor.userId, `http://x/o/${org.slug}/t/new`, { title: 'X', variant: 'coalition' });
    expect(await statusOf(newAction({ request: create, params: { org: org.slug }, context: {} } as never))).toBe(403);
  });

  it('lets a lead assign roles and refuses removing the last lead with a message', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const lead = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
    const params = { org: org.slug, tid: trajectory.id };
    const url = `http://x/o/${org.slug}/t/${trajectory.id}/roles`;
    const stranger = await makeMember((await makeOrg()).id, 'member');
    const foreign = await post(lead.actor.userId, url, { intent: 'assign', userId: stranger.actor.userId, role: 'listener' });
    expect(await statusOf(rolesAction({ request: foreign, params, context: {} } as never))).toBe(404);
    const removeLast = await post(lead.actor.userId, url, { intent: 'remove', userId: lead.actor.userId, role: 'lead' });
    const refused = (await rolesAction({ request: removeLast, params, context: {} } as never)) as unknown as {
      init: { status: number };
      data: { errors: Record<string, string> };
    };
    expect(refused.init.status).toBe(409);
    expect(refused.data.errors._form).toBe('trajectory.lastLeadRefused');
  });

  it('creates with the form and redirects to the overview', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const bad = await post(coordinator.actor.userId, `http://x/o/${org.slug}/t/new`, { title: '  ', theme: 'Vaders', variant: 'coalition' });
    const failed = (await newAction({ request: bad, params: { org: org.slug }, context: {} } as never)) as unknown as {
      init: { status: number };
      data: { errors: Record<string, string>; values: Record<string, string> };
    };
    expect(failed.init.status).toBe(400);
    expect(failed.data.errors).toEqual({ title: 'validation.required' });
    expect(failed.data.values.theme).toBe('Vaders');
    const good = await post(coordinator.actor.userId, `http://x/o/${org.slug}/t/new`, {
      title: 'Vaders',
      theme: '',
      variant: 'care',
      teamId: '',
      previousTrajectoryId: '',
    });
    const response = (await newAction({ request: good, params: { org: org.slug }, context: {} } as never)) as unknown as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toMatch(new RegExp(`^/o/${org.slug}/t/[0-9a-f-]{36}$`));
  });
});
