import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships, trajectoryRoles, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type TrajectoryPerson = { userId: string; name: string; email: string; locale: string; roles: TrajectoryRole[] };

/** Everyone with at least one role in the trajectory, with all their roles. */
export async function listTrajectoryPeople({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<TrajectoryPerson[]> {
  authorize({ actor, roles }, 'trajectory.view');
  const rows = await (
    await db()
  )
    .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale, role: trajectoryRoles.role })
    .from(trajectoryRoles)
    .innerJoin(users, eq(users.id, trajectoryRoles.userId))
    .where(inOrg(trajectoryRoles, orgId, eq(trajectoryRoles.trajectoryId, trajectoryId)))
    .orderBy(asc(users.name), asc(users.email));
  const people = new Map<string, TrajectoryPerson>();
  for (const row of rows) {
    const person = people.get(row.userId) ?? { userId: row.userId, name: row.name, email: row.email, locale: row.locale, roles: [] };
    person.roles.push(row.role);
    people.set(row.userId, person);
  }
  return [...people.values()];
}

/** The organisation's members, to choose from when assigning roles in this trajectory. */
export async function listOrgMembers({ orgId, actor, roles }: TrajectoryScope) {
  authorize({ actor, roles }, 'trajectory.manageRoles');
  return (await db())
    .select({ userId: users.id, name: users.name, email: users.email, orgRole: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inOrg(memberships, orgId))
    .orderBy(asc(users.name), asc(users.email));
}
