import { describe, expect, it } from 'vitest';
import { assignTrajectoryRole } from '#app/features/trajectory/server/assign-trajectory-role.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { action, loader } from '#app/routes/step-workgroup';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { addPrepMeeting } from './add-prep-meeting.server';
import { listPrepMeetings } from './list-prep-meetings.server';
import { removePrepMeeting } from './remove-prep-meeting.server';
import { updatePrepMeeting } from './update-prep-meeting.server';

async function setup() {
  const org = await makeOrg();
  const admin = await makeMember(org.id, 'admin');
  const trajectory = await makeTrajectory(org.id);
  return { org, admin, trajectory, scope: await scopeIn(admin, trajectory.id) };
}

describe('preparatory meetings', () => {
  it('adds, lists by date, changes and removes meetings', async () => {
    const { scope } = await setup();
    await addPrepMeeting({ ...scope, heldOn: '2025-03-10', agenda: 'Thema kiezen', decisions: '' });
    const first = await addPrepMeeting({ ...scope, heldOn: '2025-02-01', agenda: 'Kennismaken', decisions: 'Trekkers gekozen' });
    expect((await listPrepMeetings(scope)).map((m) => m.heldOn)).toEqual(['2025-02-01', '2025-03-10']);

    await updatePrepMeeting({ ...scope, meetingId: first, heldOn: '2025-04-01', agenda: 'Kennismaken', decisions: 'Anders' });
    const after = await listPrepMeetings(scope);
    expect(after.map((m) => m.heldOn)).toEqual(['2025-03-10', '2025-04-01']);
    expect(after[1]).toMatchObject({ id: first, decisions: 'Anders' });

    await removePrepMeeting({ ...scope, meetingId: first });
    expect(await listPrepMeetings(scope)).toHaveLength(1);
  });

  it('treats a meeting of another trajectory or organisation as not found', async () => {
    const a = await setup();
    const meetingId = await addPrepMeeting({ ...a.scope, heldOn: '2025-02-01', agenda: '', decisions: '' });
    const otherTrajectory = await makeTrajectory(a.org.id);
    const sameOrgOtherTrajectory = { ...a.scope, trajectoryId: otherTrajectory.id };
    const b = await setup();
    // Another organisation, even naming the right trajectory id.
    const otherOrg = { ...b.scope, trajectoryId: a.trajectory.id };

    for (const scope of [sameOrgOtherTrajectory, otherOrg]) {
      expect(await statusOf(updatePrepMeeting({ ...scope, meetingId, heldOn: '2025-01-01', agenda: 'x', decisions: '' }))).toBe(404);
      expect(await statusOf(removePrepMeeting({ ...scope, meetingId }))).toBe(404);
      expect(await listPrepMeetings(scope)).toEqual([]);
    }
    expect(await statusOf(addPrepMeeting({ ...otherOrg, heldOn: '2025-01-01', agenda: '', decisions: '' }))).toBe(404);
    expect(await statusOf(removePrepMeeting({ ...a.scope, meetingId: 'not-a-uuid' }))).toBe(404);
    expect((await listPrepMeetings(a.scope))[0]).toMatchObject({ id: meetingId, heldOn: '2025-02-01', agenda: '' });
  });
});

describe('workgroup roles', () => {
  it('assigns an organisation member and refuses someone from another organisation', async () => {
    const { scope, org } = await setup();
    const member = await makeMember(org.id, 'member', 'Fatima');
    await assignTrajectoryRole({ ...scope, userId: member.user.id, role: 'parent_contact' });
    expect(await listTrajectoryPeople(scope)).toMatchObject([{ userId: member.user.id, roles: ['parent_contact'] }]);

    const outsider = await makeMember((await makeOrg()).id, 'admin');
    expect(await statusOf(assignTrajectoryRole({ ...scope, userId: outsider.user.id, role: 'lead' }))).toBe(404);
    expect(await listTrajectoryPeople(scope)).toHaveLength(1);
  });
});

describe('workgroup page (route)', () => {
  async function post(userId: string, params: { org: string; tid: string }, fields: Record<string, string>) {
    return callRoute(action, await postAs(userId, `/o/${params.org}/t/${params.tid}/workgroup`, fields), params);
  }

  it('gives advice, adds a meeting and keeps a bad date with a Dutch message key', async () => {
    const { org, admin, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bad = await post(admin.user.id, params, { intent: 'add-meeting', heldOn: '31-02-2025', agenda: 'Planning', decisions: '' });
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf(bad)).toMatchObject({ errors: { heldOn: 'validation.date' }, values: { agenda: 'Planning' } });
    await post(admin.user.id, params, { intent: 'add-meeting', heldOn: '2025-02-28', agenda: 'Planning', decisions: '' });

    const loaded = await callRoute(loader, await getAs(admin.user.id, `/o/${org.slug}/t/${trajectory.id}/workgroup`), params);
    expect(loaded.advice).toEqual(['noLead', 'noPolicy', 'noParentContact', 'tooSmall']);
    expect(loaded.meetings).toMatchObject([{ heldOn: '2025-02-28', agenda: 'Planning' }]);
    expect(loaded.suggestedPrepMeetings).toBe(5);
  });

  it('lets the workgroup edit meetings but only leads and coordinators change roles', async () => {
    const { org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const workgroupMember = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, workgroupMember.user.id, 'workgroup');
    const bystander = await makeMember(org.id, 'member');

    expect(await statusOf(post(bystander.user.id, params, { intent: 'add-meeting', heldOn: '2025-02-01', agenda: '', decisions: '' }))).toBe(403);
    await expect(post(workgroupMember.user.id, params, { intent: 'add-meeting', heldOn: '2025-02-01', agenda: '', decisions: '' })).resolves.toMatchObject({
      ok: true,
    });
    expect(await statusOf(post(workgroupMember.user.id, params, { intent: 'add-role', userId: bystander.user.id, role: 'lead' }))).toBe(403);

    const lead = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
    await expect(post(lead.user.id, params, { intent: 'add-role', userId: bystander.user.id, role: 'policy' })).resolves.toMatchObject({ ok: true });
    const outsider = await makeMember((await makeOrg()).id, 'member');
    expect(await statusOf(post(lead.user.id, params, { intent: 'add-role', userId: outsider.user.id, role: 'policy' }))).toBe(404);
    // The last lead stays: someone must carry the trajectory.
    const lastLead = await post(lead.user.id, params, { intent: 'remove-role', userId: lead.user.id, role: 'lead' });
    expect(await statusOf(lastLead)).toBe(409);
    expect(answerOf(lastLead)).toMatchObject({ errors: { _form: 'trajectory.lastLeadRefused' } });
    await expect(post(lead.user.id, params, { intent: 'remove-role', userId: bystander.user.id, role: 'policy' })).resolves.toMatchObject({ ok: true });
    // Only the four workgroup roles can be given here.
    expect(answerOf(await post(lead.user.id, params, { intent: 'add-role', userId: bystander.user.id, role: 'guardian' }))).toMatchObject({
      errors: { role: 'validation.choose' },
    });
  });
});
