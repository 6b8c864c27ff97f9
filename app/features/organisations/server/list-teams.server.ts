import { asc } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

export type Team = { id: string; name: string; kind: 'team' | 'neighbourhood' };

/** The organisation's teams and neighbourhoods; every member may see them (e.g. to pick one for a trajectory). */
export async function listTeams({ orgId, actor }: OrgScope): Promise<Team[]> {
  authorize({ actor }, 'org.view');
  return (await db()).select({ id: teams.id, name: teams.name, kind: teams.kind }).from(teams).where(inOrg(teams, orgId)).orderBy(asc(teams.name));
}
