import { eq, ne } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';

/** Renames a team or neighbourhood of this organisation; another organisation's team is a 404. */
export async function renameTeam({ orgId, actor, teamId, name }: OrgScope & { teamId: string; name: string }): Promise<{ teamId: string }> {
  authorize({ actor }, 'org.manageTeams');
  return (await db()).transaction(async (tx) => {
    const [team] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(inOrg(teams, orgId, eq(teams.id, teamId)))
      .for('update');
    if (!team) notFound();
    const [clash] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(inOrg(teams, orgId, eq(teams.name, name), ne(teams.id, teamId)));
    if (clash) throw new RuleError('org.teamNameTaken', 'name');
    await tx
      .update(teams)
      .set({ name })
      .where(inOrg(teams, orgId, eq(teams.id, teamId)));
    return { teamId };
  });
}
