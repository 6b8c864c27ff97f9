import { and, asc, count, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { agendaItems, teams, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { groupByTeam, type TeamGroup } from '../domain/reflection';

/** The trajectories whose insights can go to a reflection session, per team or neighbourhood (only those with agreed items). */
export async function getReflectionPage({ orgId, actor }: OrgScope): Promise<{ groups: TeamGroup[] }> {
  authorize({ actor }, 'org.reflect');
  const rows = await (
    await db()
  )
    .select({
      id: trajectories.id,
      title: trajectories.title,
      teamId: teams.id,
      teamName: teams.name,
      teamKind: teams.kind,
      insights: count(agendaItems.id),
    })
    .from(trajectories)
    .innerJoin(agendaItems, and(eq(agendaItems.trajectoryId, trajectories.id), eq(agendaItems.orgId, orgId), eq(agendaItems.status, 'agreed')))
    .leftJoin(teams, and(eq(teams.id, trajectories.teamId), eq(teams.orgId, orgId)))
    .where(inOrg(trajectories, orgId, eq(trajectories.kind, 'trajectory')))
    .groupBy(trajectories.id, trajectories.title, teams.id, teams.name, teams.kind)
    .orderBy(asc(trajectories.title));
  return {
    groups: groupByTeam(
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        insights: Number(r.insights),
        team: r.teamId && r.teamName && r.teamKind ? { id: r.teamId, name: r.teamName, kind: r.teamKind } : null,
      })),
    ),
  };
}
