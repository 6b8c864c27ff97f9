import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import type { TeamKind } from '../domain/labels';

/** Adds a team or neighbourhood; names are unique within the organisation. */
export async function addTeam({ orgId, actor, name, kind }: OrgScope & { name: string; kind: TeamKind }): Promise<{ teamId: string }> {
  authorize({ actor }, 'org.manageTeams');
  const [team] = await (await db()).insert(teams).values({ orgId, name, kind }).onConflictDoNothing().returning({ id: teams.id });
  if (!team) throw new RuleError('org.teamNameTaken', 'name');
  return { teamId: team.id };
}
