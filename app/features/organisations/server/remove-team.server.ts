import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes a team or neighbourhood. Its trajectories stay (their team is cleared by the foreign key). */
export async function removeTeam({ orgId, actor, teamId }: OrgScope & { teamId: string }): Promise<{ name: string }> {
  authorize({ actor }, 'org.manageTeams');
  const [removed] = await (
    await db()
  )
    .delete(teams)
    .where(inOrg(teams, orgId, eq(teams.id, teamId)))
    .returning({ name: teams.name });
  if (!removed) notFound();
  return removed;
}
