// The operations behind the route actions check permissions on the server, whatever the page showed.
import { describe, expect, it } from 'vitest';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';
import { action as newAction } from './trajectory-new';
import { action as rolesAction } from './trajectory-roles';

const post = postAs;

describe('trajectory route actions', () => {
  it('refuses role changes without trajectory.manageRoles, and creating without org.createTrajectory', async () => {
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
    expect(await statusOf(callRoute(rolesAction, assign, params))).toBe(403);
    const create = await post(worker.actor.userId, `http://x/o/${org.slug}/t/new`, { title: 'X', variant: 'coalition' });
    expect(await statusOf(callRoute(newAction, create, { org: org.slug }))).toBe(403);
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
    expect(await statusOf(callRoute(rolesAction, foreign, params))).toBe(404);
    const removeLast = await post(lead.actor.userId, url, { intent: 'remove', userId: lead.actor.userId, role: 'lead' });
    const refused = await callRoute(rolesAction, removeLast, params);
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ errors: { _form: 'trajectory.lastLeadRefused' } });
  });

  it('creates with the form and redirects to the overview', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const bad = await post(coordinator.actor.userId, `http://x/o/${org.slug}/t/new`, { title: '  ', theme: 'Vaders', variant: 'coalition' });
    const failed = await callRoute(newAction, bad, { org: org.slug });
    expect(await statusOf(failed)).toBe(400);
    expect(answerOf(failed)).toMatchObject({ errors: { title: 'validation.required' }, values: { theme: 'Vaders' } });
    const good = await post(coordinator.actor.userId, `http://x/o/${org.slug}/t/new`, {
      title: 'Vaders',
      theme: '',
      variant: 'care',
      teamId: '',
      previousTrajectoryId: '',
    });
    const response = await callRoute(newAction, good, { org: org.slug }).catch((thrown: unknown) => thrown as Response);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get('Location')).toMatch(new RegExp(`^/o/${org.slug}/t/[0-9a-f-]{36}$`));
  });
});
