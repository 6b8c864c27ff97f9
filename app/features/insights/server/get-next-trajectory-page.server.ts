import { desc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { readCarryOver } from './insights-records.server';

/**
 * "Start een volgend traject": the trajectories to start from and, for the chosen one (`from`, a
 * 404 outside the organisation), its themes and open actions to carry over; and the teams.
 */
export async function getNextTrajectoryPage({ orgId, actor, from }: OrgScope & { from: string }) {
  authorize({ actor }, 'org.createTrajectory');
  const database = await db();
  const choices = await database
    .select({ id: trajectories.id, title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.kind, 'trajectory')))
    .orderBy(desc(trajectories.createdAt));
  return { choices, carry: from ? await readCarryOver(database, orgId, from) : null, teams: await listTeams({ orgId, actor }) };
}
