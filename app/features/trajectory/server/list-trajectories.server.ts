import { count, desc, eq, ilike, or } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type StepState, stepOverview, stepsDone } from '#app/features/trajectory/domain/step-overview';
import type { Variant } from '#app/features/trajectory/domain/variants';
import { gatherStepFacts } from './step-facts-records.server';

export type TrajectoryFilters = { teamId?: string; variant?: Variant; q?: string };

export type TrajectoryListItem = {
  id: string;
  title: string;
  theme: string;
  variant: Variant;
  team: { name: string; kind: 'team' | 'neighbourhood' } | null;
  /** An organisation-wide reflection session (S8c) is listed, but is no trajectory of 8 steps. */
  kind: 'trajectory' | 'reflection';
  stepsDone: number;
  /** The state of each of the 8 steps, in order. */
  steps: StepState[];
  updatedAt: Date;
};

/** `%` and `_` typed by someone are meant literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The organisation's trajectories, newest change first, with how many of the 8 steps are done.
 * `total` counts all of them regardless of filters, so the page can tell "none yet" from "none match".
 */
export async function listTrajectories({
  orgId,
  actor,
  teamId,
  variant,
  q,
}: OrgScope & TrajectoryFilters): Promise<{ items: TrajectoryListItem[]; total: number }> {
  authorize({ actor }, 'org.view');
  const database = await db();
  const search = q?.trim();
  const rows = await database
    .select({ trajectory: trajectories, teamName: teams.name, teamKind: teams.kind })
    .from(trajectories)
    .leftJoin(teams, eq(teams.id, trajectories.teamId))
    .where(
      inOrg(
        trajectories,
        orgId,
        teamId ? eq(trajectories.teamId, teamId) : undefined,
        variant ? eq(trajectories.variant, variant) : undefined,
        search ? or(ilike(trajectories.title, likePattern(search)), ilike(trajectories.theme, likePattern(search))) : undefined,
      ),
    )
    .orderBy(desc(trajectories.updatedAt), desc(trajectories.createdAt));
  const [totalRow] = await database.select({ n: count() }).from(trajectories).where(inOrg(trajectories, orgId));
  const facts = await gatherStepFacts({ orgId, trajectories: rows.map((r) => r.trajectory) });
  const items = rows.map(({ trajectory: t, teamName, teamKind }) => {
    const steps = stepOverview(facts.get(t.id)!);
    return {
      id: t.id,
      title: t.title,
      theme: t.theme,
      variant: t.variant,
      team: teamName && teamKind ? { name: teamName, kind: teamKind } : null,
      kind: t.kind,
      stepsDone: stepsDone(steps),
      steps: steps.map((s) => s.state),
      updatedAt: t.updatedAt,
    };
  });
  return { items, total: Number(totalRow?.n ?? 0) };
}

/** Titles only, to choose a previous trajectory from. */
export async function listTrajectoryChoices({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.view');
  return (await db())
    .select({ id: trajectories.id, title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId))
    .orderBy(desc(trajectories.createdAt));
}
