import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import {
  actions,
  agendaItems,
  agendaReactions,
  listenerPlan,
  memberships,
  parentFeedback,
  parentLinks,
  participants,
  partners,
  prepMeetings,
  teams,
  trajectories,
} from '#app/db/schema';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { statusOf as status } from '#tests/http';
import { assignTrajectoryRole, removeTrajectoryRole } from './assign-trajectory-role.server';
import { createTrajectory, type NewTrajectory } from './create-trajectory.server';
import { getTrajectoryOverview } from './get-trajectory-overview.server';
import { listTrajectories } from './list-trajectories.server';
import { listTrajectoryPeople } from './list-trajectory-people.server';

const input = (over: Partial<NewTrajectory> = {}): NewTrajectory => ({
  title: 'Jonge ouders Noord',
  theme: '',
  teamId: null,
  variant: 'coalition',
  previousTrajectoryId: null,
  ...over,
});

async function makeTeam(orgId: string, name: string, kind: 'team' | 'neighbourhood' = 'neighbourhood') {
  const [team] = await (await db()).insert(teams).values({ orgId, name, kind }).returning();
  return team!;
}

describe('creating a trajectory', () => {
  it('makes the creator lead and takes the defaults of the variant', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const coalition = await createTrajectory({ ...coordinator, ...input() });
    const care = await createTrajectory({ ...coordinator, ...input({ variant: 'care', theme: 'Vaders' }) });
    const rows = await (await db()).select().from(trajectories).where(eq(trajectories.orgId, org.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(coalition.id)).toMatchObject({
      participantTargetMin: 5,
      participantTargetMax: 8,
      mirrorListenerTarget: 35,
      followUpListenerTarget: 20,
      createdBy: coordinator.actor.userId,
    });
    expect(byId.get(care.id)).toMatchObject({ participantTargetMin: 8, participantTargetMax: 12, theme: 'Vaders', variant: 'care' });
    const people = await listTrajectoryPeople(await scopeIn(coordinator, coalition.id));
    expect(people).toEqual([expect.objectContaining({ userId: coordinator.actor.userId, roles: ['lead'] })]);
  });

  it('is for admins and coordinators, and only with a team of the organisation', async () => {
    const org = await makeOrg();
    const member = await makeMember(org.id, 'member');
    expect(await status(createTrajectory({ ...member, ...input() }))).toBe(403);
    const admin = await makeMember(org.id, 'admin');
    const otherTeam = await makeTeam((await makeOrg()).id, 'Zuid');
    expect(await status(createTrajectory({ ...admin, ...input({ teamId: otherTeam.id }) }))).toBe(404);
    const team = await makeTeam(org.id, 'Noord');
    const { id } = await createTrajectory({ ...admin, ...input({ teamId: team.id }) });
    const { items } = await listTrajectories({ ...admin });
    expect(items.find((i) => i.id === id)?.team).toEqual({ name: 'Noord', kind: 'neighbourhood' });
  });
});

describe('starting from an earlier trajectory', () => {
  async function previousWithEverything() {
    const org = await makeOrg();
    const lead = await makeMember(org.id, 'coordinator', 'Lea Lead');
    const policy = await makeMember(org.id, 'member', 'Piet Beleid');
    const listener = await makeMember(org.id, 'member', 'Lies Luister');
    const leaver = await makeMember(org.id, 'member', 'Vertrokken');
    const database = await db();
    const { id: prevId } = await createTrajectory({ ...lead, ...input({ theme: 'De eerste 1000 dagen' }) });
    await database
      .update(trajectories)
      .set({
        shortTermGoal: 'Ouders voelen zich gehoord',
        longTermGoal: 'Beter aanbod',
        horizonGoal: 'Blijvend samen',
        visionLink: 'https://visie.example.nl',
        intentStatement: 'Wij beloven te luisteren',
        profile: { childAges: '0-4', sameNeighbourhood: 'same', phase: '', education: '', languages: 'Turks', other: '' },
        mirrorListenerTarget: 40,
      })
      .where(eq(trajectories.id, prevId));
    await giveRole(org.id, prevId, policy.actor.userId, 'policy');
    await giveRole(org.id, prevId, listener.actor.userId, 'listener');
    await giveRole(org.id, prevId, leaver.actor.userId, 'workgroup');
    // Someone who left the organisation does not come along.
    await database.delete(memberships).where(eq(memberships.userId, leaver.actor.userId));
    await database.insert(partners).values([
      {
        orgId: org.id,
        trajectoryId: prevId,
        name: 'GGD',
        domain: 'youth_health',
        contactName: 'Ans',
        contactEmail: 'ans@ggd.nl',
        roleDescription: 'Meedenken',
        linkToken: `old-${prevId}-1`,
        signedAt: new Date(),
        signedName: 'Ans',
        signedOrganisation: 'GGD',
      },
      { orgId: org.id, trajectoryId: prevId, name: 'Buurtwerk', domain: 'community_work', linkToken: `old-${prevId}-2` },
    ]);
    await database.insert(listenerPlan).values([
      { orgId: org.id, trajectoryId: prevId, category: 'welfare', plannedCount: 4, note: 'wijkteam' },
      { orgId: org.id, trajectoryId: prevId, category: 'experience_expert_parent', plannedCount: 1 },
    ]);
    await database.insert(prepMeetings).values({ orgId: org.id, trajectoryId: prevId, heldOn: '2025-01-10' });
    return { org, lead, policy, listener, leaver, prevId };
  }

  it('copies goals, partners without signatures, the workgroup, theme, profile, targets and listener plan', async () => {
    const { lead, policy, prevId } = await previousWithEverything();
    const coordinator = await makeMember(lead.orgId, 'coordinator', 'Co Ordinator');
    const { id } = await createTrajectory({ ...coordinator, ...input({ title: 'Ronde 2', previousTrajectoryId: prevId }) });
    const database = await db();
    const [next] = await database.select().from(trajectories).where(eq(trajectories.id, id));
    expect(next).toMatchObject({
      title: 'Ronde 2',
      previousTrajectoryId: prevId,
      shortTermGoal: 'Ouders voelen zich gehoord',
      longTermGoal: 'Beter aanbod',
      horizonGoal: 'Blijvend samen',
      visionLink: 'https://visie.example.nl',
      theme: 'De eerste 1000 dagen',
      mirrorListenerTarget: 40,
      participantTargetMin: 5,
    });
    expect(next!.profile?.languages).toBe('Turks');

    const copied = await database.select().from(partners).where(eq(partners.trajectoryId, id));
    expect(copied.map((p) => p.name).sort()).toEqual(['Buurtwerk', 'GGD']);
    const ggd = copied.find((p) => p.name === 'GGD')!;
    expect(ggd).toMatchObject({
      domain: 'youth_health',
      contactName: 'Ans',
      contactEmail: 'ans@ggd.nl',
      roleDescription: 'Meedenken',
      signedAt: null,
      signedName: null,
      signedOrganisation: null,
    });
    expect(ggd.linkToken).not.toContain('old-');
    expect(ggd.linkToken.length).toBeGreaterThan(30);

    const plan = await database.select().from(listenerPlan).where(eq(listenerPlan.trajectoryId, id));
    expect(plan.map((p) => [p.category, p.plannedCount, p.note]).sort()).toEqual([
      ['experience_expert_parent', 1, ''],
      ['welfare', 4, 'wijkteam'],
    ]);

    const people = await listTrajectoryPeople(await scopeIn(coordinator, id));
    const roles = Object.fromEntries(people.map((p) => [p.name, p.roles]));
    expect(roles).toEqual({ 'Co Ordinator': ['lead'], 'Lea Lead': ['lead'], 'Piet Beleid': ['policy'] });
    expect(people.some((p) => p.userId === policy.actor.userId)).toBe(true);

    // Meetings and goal reviews belong to the old round: not copied.
    expect(await database.select().from(prepMeetings).where(eq(prepMeetings.trajectoryId, id))).toEqual([]);
  });

  it('uses the new variant’s targets when the variant changes, and keeps a typed theme', async () => {
    const { lead, prevId } = await previousWithEverything();
    const { id } = await createTrajectory({ ...lead, ...input({ variant: 'care', theme: 'Opa en oma', previousTrajectoryId: prevId }) });
    const [next] = await (await db()).select().from(trajectories).where(eq(trajectories.id, id));
    expect(next).toMatchObject({ participantTargetMin: 8, participantTargetMax: 12, mirrorListenerTarget: 35, theme: 'Opa en oma' });
  });

  it('refuses another organisation’s trajectory with a 404 and creates nothing', async () => {
    const { prevId } = await previousWithEverything();
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    expect(await status(createTrajectory({ ...admin, ...input({ previousTrajectoryId: prevId }) }))).toBe(404);
    expect((await listTrajectories({ ...admin })).total).toBe(0);
  });
});

describe('the list of trajectories', () => {
  it('filters by team, variant and text in title or theme, and counts steps done', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const north = await makeTeam(org.id, 'Noord');
    const south = await makeTeam(org.id, 'Zuid', 'team');
    const a = await createTrajectory({ ...admin, ...input({ title: 'Vaders in Noord', teamId: north.id }) });
    const b = await createTrajectory({ ...admin, ...input({ title: 'Zuid 2025', theme: 'Nieuwkomers', teamId: south.id, variant: 'care' }) });
    const c = await createTrajectory({ ...admin, ...input({ title: '100% luisteren_', theme: '' }) });
    await (await db()).update(trajectories).set({ shortTermGoal: 'a', longTermGoal: 'b', horizonGoal: 'c' }).where(eq(trajectories.id, a.id));
    // Another organisation's trajectory never shows up.
    await makeTrajectory((await makeOrg()).id, { title: 'Vaders elders' });

    const ids = async (filters: Parameters<typeof listTrajectories>[0]) => (await listTrajectories(filters)).items.map((i) => i.id).sort();
    expect(await ids({ ...admin })).toEqual([a.id, b.id, c.id].sort());
    expect(await ids({ ...admin, teamId: north.id })).toEqual([a.id]);
    expect(await ids({ ...admin, variant: 'care' })).toEqual([b.id]);
    expect(await ids({ ...admin, q: 'vaders' })).toEqual([a.id]);
    expect(await ids({ ...admin, q: 'nieuwkom' })).toEqual([b.id]);
    expect(await ids({ ...admin, q: '100%' })).toEqual([c.id]);
    expect(await ids({ ...admin, q: '%' })).toEqual([c.id]);
    const filtered = await listTrajectories({ ...admin, variant: 'care', q: 'vaders' });
    expect(filtered).toEqual({ items: [], total: 3 });
    const all = await listTrajectories({ ...admin });
    expect(all.items.find((i) => i.id === a.id)?.stepsDone).toBe(1);
  });
});

describe('the overview', () => {
  it('shows the steps of a trajectory of the organisation only', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const { id } = await createTrajectory({ ...admin, ...input({ theme: 'Vaders' }) });
    const overview = await getTrajectoryOverview(await scopeIn(admin, id));
    expect(overview.steps.map((s) => s.state)).toEqual([
      'notStarted',
      'notStarted',
      'inProgress',
      'inProgress',
      'notStarted',
      'notStarted',
      'notStarted',
      'notStarted',
    ]);
    expect(overview.steps[2]!.next).toBe('trajectory.next3NoPolicy');
    const stranger = await makeMember((await makeOrg()).id, 'admin');
    expect(await status(scopeIn(stranger, id))).toBe(404);
    // A scope made up by hand reaches nothing outside its organisation either.
    expect(await status(getTrajectoryOverview({ ...stranger, trajectoryId: id, roles: [] }))).toBe(404);
  });

  it('counts a workgroup meeting as held only from its day on (issue 14, item 7)', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const { id } = await createTrajectory({ ...admin, ...input() });
    const database = await db();
    await database.insert(prepMeetings).values([
      { orgId: org.id, trajectoryId: id, heldOn: '2026-01-15' },
      { orgId: org.id, trajectoryId: id, heldOn: '2999-01-15' },
    ]);
    const overview = await getTrajectoryOverview(await scopeIn(admin, id));
    expect(overview.steps[2]!.values).toMatchObject({ meetings: 1 });
  });

  it('counts step 8 from the agreed items, the parents who reacted and the actions', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const { id } = await createTrajectory({ ...admin, ...input({ theme: 'Vaders' }) });
    const database = await db();
    const base = { orgId: org.id, trajectoryId: id };
    const [first, second] = await database
      .insert(agendaItems)
      .values([
        { ...base, rank: 1, title: 'Eén loket', status: 'agreed' as const },
        { ...base, rank: 2, title: 'Brieven in gewone taal', status: 'agreed' as const },
        { ...base, rank: 3, title: 'Nog een concept', status: 'draft' as const },
      ])
      .returning();
    const parents = await database
      .insert(participants)
      .values(['Ouder A', 'Ouder B', 'Ouder C'].map((pseudonym) => ({ ...base, pseudonym, kind: 'parent' as const, status: 'attended' as const })))
      .returning();
    await database.insert(parentLinks).values(parents.map((p, i) => ({ ...base, participantId: p.id, linkToken: `token-${id}-${i}` })));
    // Ouder A reacts on two items, Ouder B only in general: two parents reacted.
    await database.insert(agendaReactions).values([
      { orgId: org.id, itemId: first!.id, participantId: parents[0]!.id, verdict: 'heard' as const },
      { orgId: org.id, itemId: second!.id, participantId: parents[0]!.id, verdict: 'missing' as const },
    ]);
    await database.insert(parentFeedback).values({ ...base, participantId: parents[1]!.id, generalReaction: 'Fijn dat u luisterde' });
    await database.insert(actions).values([
      { ...base, agendaItemId: first!.id, title: 'Loket openen', status: 'done' as const },
      { ...base, agendaItemId: first!.id, title: 'Folder maken', status: 'running' as const },
    ]);

    const before = (await getTrajectoryOverview(await scopeIn(admin, id))).steps[7]!;
    expect(before).toMatchObject({ state: 'inProgress', summary: 'trajectory.summary8Agenda', next: 'trajectory.next8Share', values: { items: 2 } });

    await database.update(trajectories).set({ agendaSharedAt: new Date() }).where(eq(trajectories.id, id));
    const shared = (await getTrajectoryOverview(await scopeIn(admin, id))).steps[7]!;
    expect(shared).toMatchObject({
      state: 'inProgress',
      summary: 'trajectory.summary8Shared',
      next: 'trajectory.next8Actions',
      values: { items: 2, links: 3, reacted: 2, actions: 2, done: 1, withoutAction: 1 },
    });

    await database.insert(actions).values({ ...base, agendaItemId: second!.id, title: 'Brieven herschrijven' });
    expect((await getTrajectoryOverview(await scopeIn(admin, id))).steps[7]).toMatchObject({ state: 'done', next: 'trajectory.next8Done' });
  });
});

describe('trajectory roles', () => {
  it('assigns and removes roles, but never the last lead', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin', 'Anna');
    const other = await makeMember(org.id, 'member', 'Bert');
    const { id } = await createTrajectory({ ...admin, ...input() });
    const scope = await scopeIn(admin, id);
    await assignTrajectoryRole({ ...scope, userId: other.actor.userId, role: 'listener' });
    await assignTrajectoryRole({ ...scope, userId: other.actor.userId, role: 'listener' });
    expect((await listTrajectoryPeople(await scopeIn(admin, id))).find((p) => p.name === 'Bert')?.roles).toEqual(['listener']);

    await expect(removeTrajectoryRole({ ...scope, userId: admin.actor.userId, role: 'lead' })).rejects.toMatchObject({
      messageKey: 'trajectory.lastLeadRefused',
    });
    expect((await listTrajectoryPeople(await scopeIn(admin, id))).find((p) => p.name === 'Anna')?.roles).toEqual(['lead']);

    await assignTrajectoryRole({ ...scope, userId: other.actor.userId, role: 'lead' });
    await removeTrajectoryRole({ ...scope, userId: admin.actor.userId, role: 'lead' });
    await removeTrajectoryRole({ ...scope, userId: other.actor.userId, role: 'listener' });
    expect(await listTrajectoryPeople(await scopeIn(admin, id))).toEqual([expect.objectContaining({ name: 'Bert', roles: ['lead'] })]);
  });

  it('cannot give a role to someone of another organisation', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const { id } = await createTrajectory({ ...admin, ...input() });
    const stranger = await makeMember((await makeOrg()).id, 'admin');
    expect(await status(assignTrajectoryRole({ ...(await scopeIn(admin, id)), userId: stranger.actor.userId, role: 'workgroup' }))).toBe(404);
  });

  it('lets leads and organisation managers change roles, not the rest of the workgroup', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const worker = await makeMember(org.id, 'member');
    const { id } = await createTrajectory({ ...admin, ...input() });
    await giveRole(org.id, id, worker.actor.userId, 'workgroup');
    const scope = await scopeIn(worker, id);
    expect(await status(assignTrajectoryRole({ ...scope, userId: worker.actor.userId, role: 'lead' }))).toBe(403);
    expect(await status(removeTrajectoryRole({ ...scope, userId: admin.actor.userId, role: 'lead' }))).toBe(403);
    expect(await status(listTrajectoryPeople(scope))).toBe(200);
  });
});
