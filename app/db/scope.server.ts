// The one scoping mechanism for tenant data: every query on a tenant table filters on the
// organisation of the signed-in person, which only requireOrg() hands out.
import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor, TrajectoryRole } from '#app/auth/permissions';

export type OrgScope = { orgId: string; actor: Actor };

/** An organisation member inside one of its trajectories, with their roles there: made by requireTrajectory() or trajectoryScope() only. */
export type TrajectoryScope = OrgScope & { trajectoryId: string; roles: readonly TrajectoryRole[] };

export function inOrg(table: { orgId: PgColumn }, orgId: string, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.orgId, orgId), ...conditions) as SQL;
}
