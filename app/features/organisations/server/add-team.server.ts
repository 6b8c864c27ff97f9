import { authorize } from '#app/auth/authorize.server';

import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { forbidden } from '#app/utils/http.server';
import type { TeamKind } from '../domain/labels';

export type TeamResult = { ok: true; teamId: string } | { ok: false; reason: 'nameTaken' };

/** Adds a team or neighbourhood; names are unique within the organisation. */
export async function addTeam({ orgId, actor, name, kind }: OrgScope & { name: string; kind: TeamKind }): Promise<TeamResult> {
  authorize({ actor }, 'org.manageTeams');
  const [team] = await (await db()).insert(teams).values({ orgId, name, kind }).onConflictDoNothing().returning({ id: teams.id });
  return team ? { ok: true, teamId: team.id } : { ok: false, reason: 'nameTaken' };
}
