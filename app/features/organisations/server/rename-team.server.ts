import { eq, ne } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';

import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { forbidden, notFound } from '#app/utils/http.server';
import type { TeamResult } from './add-team.server';

/** Renames a team or neighbourhood of this organisation; another organisation's team is a 404. */
export async function renameTeam({ orgId, actor, teamId, name }: OrgScope & { teamId: string; name: string }): Promise<TeamResult> {
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
    if (clash) return { ok: false as const, reason: 'nameTaken' as const };
    await tx
      .update(teams)
      .set({ name })
      .where(inOrg(teams, orgId, eq(teams.id, teamId)));
    return { ok: true as const, teamId };
  });
}
