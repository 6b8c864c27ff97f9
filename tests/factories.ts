// Test data made through the real database: every test makes its own organisation and people,
// so tests never share state and can run in parallel on one database.
import { randomUUID } from 'node:crypto';
import type { Actor, OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships, organisations, trajectories, trajectoryRoles, users } from '#app/db/schema';
import type { OrgScope, TrajectoryScope } from '#app/db/scope.server';
import { trajectoryScope } from '#app/features/trajectory/server/require-trajectory.server';
import { variantDefaults, type Variant } from '#app/features/trajectory/domain/variants';
import type { TrajectoryRole } from '#app/auth/permissions';

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomUUID().slice(0, 8)}@test.spiegel.local`;

export async function makeUser(name = 'Test Persoon') {
  const [user] = await (await db()).insert(users).values({ email: uniqueEmail(), name }).returning();
  return user!;
}

export async function makeOrg(kind: 'coalition' | 'municipality' | 'care' = 'coalition') {
  const slug = `org-${randomUUID().slice(0, 8)}`;
  const [org] = await (
    await db()
  )
    .insert(organisations)
    .values({ slug, name: `Organisatie ${slug}`, kind })
    .returning();
  return org!;
}

/** A member of an organisation, with the scope that requireOrg() would hand out. */
export async function makeMember(orgId: string, role: OrgRole = 'member', name?: string): Promise<OrgScope & { user: Awaited<ReturnType<typeof makeUser>> }> {
  const user = await makeUser(name);
  await (await db()).insert(memberships).values({ orgId, userId: user.id, role });
  const actor: Actor = { userId: user.id, orgRole: role };
  return { orgId, actor, user };
}

export async function makeTrajectory(orgId: string, { variant = 'coalition' as Variant, title = 'Traject' } = {}) {
  const d = variantDefaults(variant);
  const [t] = await (
    await db()
  )
    .insert(trajectories)
    .values({
      orgId,
      title,
      variant,
      participantTargetMin: d.participantTargetMin,
      participantTargetMax: d.participantTargetMax,
      mirrorListenerTarget: d.mirrorListenerTarget,
      followUpListenerTarget: d.followUpListenerTarget,
    })
    .returning();
  return t!;
}

export async function giveRole(orgId: string, trajectoryId: string, userId: string, role: TrajectoryRole) {
  await (await db()).insert(trajectoryRoles).values({ orgId, trajectoryId, userId, role });
}

/** The scope an operation gets for this member in this trajectory, made the way routes make it. */
export async function scopeIn(member: OrgScope, trajectoryId: string): Promise<TrajectoryScope> {
  return (await trajectoryScope({ orgId: member.orgId, actor: member.actor, trajectoryId })).scope;
}

/**
 * A fresh organisation with one trajectory and a member per entry, each with an organisation role
 * and trajectory roles, and the scope an operation gets for them:
 * `const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], listener: ['admin', 'listener'] })`.
 */
export async function trajectoryWith<K extends string>(
  spec: Record<K, readonly [OrgRole, ...TrajectoryRole[]]>,
  options: Parameters<typeof makeTrajectory>[1] = {},
) {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id, options);
  const people = {} as Record<K, Awaited<ReturnType<typeof makeMember>> & { scope: TrajectoryScope }>;
  for (const [key, [orgRole, ...roles]] of Object.entries(spec) as [K, readonly [OrgRole, ...TrajectoryRole[]]][]) {
    const member = await makeMember(org.id, orgRole);
    for (const role of roles) await giveRole(org.id, trajectory.id, member.actor.userId, role);
    people[key] = { ...member, scope: await scopeIn(member, trajectory.id) };
  }
  return { org, trajectory, people };
}

/** An organisation with one trajectory and its lead, and the route params of that trajectory (route tests). */
export async function trajectoryWithLead() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'member', 'Lead Persoon');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  return { org, trajectory, lead, params: { org: org.slug, tid: trajectory.id } };
}
