import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { memberships, trajectories, trajectoryRoles } from '#app/db/schema';
import { giveRole, makeMember, makeOrg, makeTrajectory, makeUser } from '#tests/factories';
import { statusOf } from '#tests/http';
import { addTeam } from './add-team.server';
import { changeMemberRole } from './change-member-role.server';
import { createOrganisation } from './create-organisation.server';
import { listMembers } from './list-members.server';
import { listTeams } from './list-teams.server';
import { removeMember } from './remove-member.server';
import { removeTeam } from './remove-team.server';
import { renameTeam } from './rename-team.server';
import { listMyOrganisations } from './require-org.server';
import { updateOrganisation } from './update-organisation.server';

const uniqueSlug = () => `test-${crypto.randomUUID().slice(0, 8)}`;

describe('creating an organisation', () => {
  it('makes the creator its admin', async () => {
    const user = await makeUser();
    const slug = uniqueSlug();
    const result = await createOrganisation({ userId: user.id, name: 'Kansrijke Start Zwolle', kind: 'coalition', slug });
    expect(result).toMatchObject({ slug });
    expect(await listMyOrganisations(user.id)).toEqual([{ slug, name: 'Kansrijke Start Zwolle', role: 'admin' }]);
  });

  it('refuses a short address that is already in use, and saves nothing', async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const slug = uniqueSlug();
    await createOrganisation({ userId: a.id, name: 'Eerste', kind: 'municipality', slug });
    await expect(createOrganisation({ userId: b.id, name: 'Tweede', kind: 'care', slug })).rejects.toMatchObject({
      messageKey: 'validation.slugTaken',
      field: 'slug',
    });
    expect(await listMyOrganisations(b.id)).toEqual([]);
  });

  it('lets only an admin change the name and kind', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const coordinator = await makeMember(org.id, 'coordinator');
    expect(await statusOf(updateOrganisation({ ...coordinator, name: 'Nieuw', kind: 'care' }))).toBe(403);
    await updateOrganisation({ ...admin, name: 'Nieuwe naam', kind: 'care' });
    expect((await listMyOrganisations(admin.user.id))[0]).toMatchObject({ name: 'Nieuwe naam' });
  });
});

describe('teams and neighbourhoods', () => {
  it('adds, renames and removes within the organisation, with unique names', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const { teamId } = await addTeam({ ...coordinator, name: 'Wijk Noord', kind: 'neighbourhood' });
    const nameTaken = { messageKey: 'org.teamNameTaken', field: 'name' };
    await expect(addTeam({ ...coordinator, name: 'Wijk Noord', kind: 'team' })).rejects.toMatchObject(nameTaken);

    await addTeam({ ...coordinator, name: 'Team Jeugd', kind: 'team' });
    await expect(renameTeam({ ...coordinator, teamId, name: 'Team Jeugd' })).rejects.toMatchObject(nameTaken);
    expect(await renameTeam({ ...coordinator, teamId, name: 'Wijk Noord-Oost' })).toEqual({ teamId });
    // Renaming to its own name is fine.
    expect(await renameTeam({ ...coordinator, teamId, name: 'Wijk Noord-Oost' })).toEqual({ teamId });
    expect((await listTeams(coordinator)).map((t) => t.name)).toEqual(['Team Jeugd', 'Wijk Noord-Oost']);

    // A trajectory of a removed team stays, without team.
    const trajectory = await makeTrajectory(org.id);
    await (await db()).update(trajectories).set({ teamId }).where(eq(trajectories.id, trajectory.id));
    expect(await removeTeam({ ...coordinator, teamId })).toEqual({ name: 'Wijk Noord-Oost' });
    const [kept] = await (await db()).select().from(trajectories).where(eq(trajectories.id, trajectory.id));
    expect(kept?.teamId).toBeNull();
    expect((await listTeams(coordinator)).map((t) => t.name)).toEqual(['Team Jeugd']);
  });

  it('lets plain members see but not change teams', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const member = await makeMember(org.id, 'member');
    const { teamId } = await addTeam({ ...admin, name: 'Team Zuid', kind: 'team' });
    expect(await listTeams(member)).toHaveLength(1);
    expect(await statusOf(addTeam({ ...member, name: 'X', kind: 'team' }))).toBe(403);
    expect(await statusOf(renameTeam({ ...member, teamId, name: 'X' }))).toBe(403);
    expect(await statusOf(removeTeam({ ...member, teamId }))).toBe(403);
  });

  it("treats another organisation's team as not found", async () => {
    const orgA = await makeOrg();
    const orgB = await makeOrg();
    const adminA = await makeMember(orgA.id, 'admin');
    const adminB = await makeMember(orgB.id, 'admin');
    const { teamId } = await addTeam({ ...adminA, name: 'Wijk West', kind: 'neighbourhood' });
    expect(await statusOf(renameTeam({ ...adminB, teamId, name: 'Overgenomen' }))).toBe(404);
    expect(await statusOf(removeTeam({ ...adminB, teamId }))).toBe(404);
    expect(await listTeams(adminB)).toEqual([]);
    expect((await listTeams(adminA)).map((t) => t.name)).toEqual(['Wijk West']);
    // The same name may exist in another organisation.
    expect(await statusOf(addTeam({ ...adminB, name: 'Wijk West', kind: 'neighbourhood' }))).toBe(200);
  });
});

describe('members', () => {
  it('lets an admin change roles and remove members, but never the last admin', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const member = await makeMember(org.id, 'member');

    const lastAdmin = { messageKey: 'org.lastAdmin' };
    await expect(changeMemberRole({ ...admin, userId: admin.user.id, role: 'coordinator' })).rejects.toMatchObject({ ...lastAdmin, field: 'role' });
    await expect(removeMember({ ...admin, userId: admin.user.id })).rejects.toMatchObject(lastAdmin);

    await changeMemberRole({ ...admin, userId: member.user.id, role: 'admin' });
    // Now there are two admins: the first may step down.
    await changeMemberRole({ ...admin, userId: admin.user.id, role: 'member' });
    const roles = Object.fromEntries((await listMembers(admin)).map((m) => [m.userId, m.role]));
    expect(roles).toEqual({ [admin.user.id]: 'member', [member.user.id]: 'admin' });

    const newAdmin = { ...member, actor: { userId: member.user.id, orgRole: 'admin' as const } };
    await expect(removeMember({ ...newAdmin, userId: member.user.id })).rejects.toMatchObject(lastAdmin);
  });

  it('removes a member with their trajectory roles in this organisation only', async () => {
    const org = await makeOrg();
    const otherOrg = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const member = await makeMember(org.id, 'member');
    await (await db()).insert(memberships).values({ orgId: otherOrg.id, userId: member.user.id, role: 'member' });
    const here = await makeTrajectory(org.id);
    const there = await makeTrajectory(otherOrg.id);
    await giveRole(org.id, here.id, member.user.id, 'listener');
    await giveRole(otherOrg.id, there.id, member.user.id, 'listener');

    await removeMember({ ...admin, userId: member.user.id });
    expect((await listMembers(admin)).map((m) => m.userId)).toEqual([admin.user.id]);
    const left = await (await db()).select().from(trajectoryRoles).where(eq(trajectoryRoles.userId, member.user.id));
    expect(left.map((r) => r.trajectoryId)).toEqual([there.id]);
    expect(await listMyOrganisations(member.user.id)).toHaveLength(1);
  });

  it('lets only admins change roles or remove people', async () => {
    const org = await makeOrg();
    await makeMember(org.id, 'admin');
    const coordinator = await makeMember(org.id, 'coordinator');
    const member = await makeMember(org.id, 'member');
    expect(await statusOf(changeMemberRole({ ...coordinator, userId: member.user.id, role: 'coordinator' }))).toBe(403);
    expect(await statusOf(removeMember({ ...coordinator, userId: member.user.id }))).toBe(403);
    // Plain members do not see the member list with addresses.
    expect(await statusOf(listMembers(member))).toBe(403);
  });
});

describe('tenant separation', () => {
  it("gives a member of organisation B nothing of organisation A's teams or members", async () => {
    const orgA = await makeOrg();
    const orgB = await makeOrg();
    const adminA = await makeMember(orgA.id, 'admin');
    const memberA = await makeMember(orgA.id, 'member');
    const adminB = await makeMember(orgB.id, 'admin');
    await addTeam({ ...adminA, name: 'Geheim team', kind: 'team' });

    expect(await listTeams(adminB)).toEqual([]);
    expect((await listMembers(adminB)).map((m) => m.userId)).toEqual([adminB.user.id]);
    expect(await statusOf(changeMemberRole({ ...adminB, userId: memberA.user.id, role: 'admin' }))).toBe(404);
    expect(await statusOf(removeMember({ ...adminB, userId: memberA.user.id }))).toBe(404);
    expect(await statusOf(removeMember({ ...adminB, userId: adminA.user.id }))).toBe(404);
    expect((await listMembers(adminA)).map((m) => [m.userId, m.role])).toEqual([
      [adminA.user.id, 'admin'],
      [memberA.user.id, 'member'],
    ]);
  });
});
