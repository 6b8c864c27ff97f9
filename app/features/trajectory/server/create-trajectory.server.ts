import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listenerPlan, memberships, partners, teams, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type Variant, variantDefaults } from '#app/features/trajectory/domain/variants';
import { WORKGROUP_ROLES } from '#app/features/workgroup/domain/workgroup-advice';
import { notFound } from '#app/utils/http.server';
import { once } from '#app/utils/submissions.server';
import { newToken } from '#app/utils/tokens.server';

export type NewTrajectory = {
  title: string;
  theme: string;
  teamId: string | null;
  variant: Variant;
  /** Start from this earlier trajectory of the same organisation. */
  previousTrajectoryId: string | null;
};

/**
 * Creates a trajectory with the variant's defaults; the creator becomes its lead. Started from an
 * earlier trajectory, it copies what carries over to a next round (goals, partners without their
 * signatures, the workgroup, theme, profile, targets and listener plan). All in one transaction,
 * once per submission key.
 */
export async function createTrajectory({ orgId, actor, ...input }: OrgScope & NewTrajectory): Promise<{ id: string }> {
  authorize({ actor }, 'org.createTrajectory');
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'trajectory.create', async () => {
      if (input.teamId) {
        const [team] = await tx
          .select({ id: teams.id })
          .from(teams)
          .where(inOrg(teams, orgId, eq(teams.id, input.teamId)));
        if (!team) notFound();
      }
      const [previous] = input.previousTrajectoryId
        ? await tx
            .select()
            .from(trajectories)
            .where(inOrg(trajectories, orgId, eq(trajectories.id, input.previousTrajectoryId)))
        : [];
      if (input.previousTrajectoryId && !previous) notFound();

      // Targets belong to a variant: only carry them over when the variant stays the same.
      const defaults = variantDefaults(input.variant);
      const targets =
        previous && previous.variant === input.variant
          ? previous
          : {
              participantTargetMin: defaults.participantTargetMin,
              participantTargetMax: defaults.participantTargetMax,
              mirrorListenerTarget: defaults.mirrorListenerTarget,
              followUpListenerTarget: defaults.followUpListenerTarget,
            };
      const [created] = await tx
        .insert(trajectories)
        .values({
          orgId,
          title: input.title,
          theme: input.theme || previous?.theme || '',
          teamId: input.teamId,
          variant: input.variant,
          previousTrajectoryId: previous?.id ?? null,
          shortTermGoal: previous?.shortTermGoal ?? '',
          longTermGoal: previous?.longTermGoal ?? '',
          horizonGoal: previous?.horizonGoal ?? '',
          visionLink: previous?.visionLink ?? '',
          profile: previous?.profile ?? null,
          participantTargetMin: targets.participantTargetMin,
          participantTargetMax: targets.participantTargetMax,
          mirrorListenerTarget: targets.mirrorListenerTarget,
          followUpListenerTarget: targets.followUpListenerTarget,
          createdBy: actor.userId,
        })
        .returning({ id: trajectories.id });
      const id = created!.id;
      await tx.insert(trajectoryRoles).values({ orgId, trajectoryId: id, userId: actor.userId, role: 'lead' });
      if (!previous) return { id };

      const oldPartners = await tx
        .select()
        .from(partners)
        .where(inOrg(partners, orgId, eq(partners.trajectoryId, previous.id)));
      if (oldPartners.length > 0) {
        await tx.insert(partners).values(
          oldPartners.map((p) => ({
            orgId,
            trajectoryId: id,
            name: p.name,
            domain: p.domain,
            contactName: p.contactName,
            contactEmail: p.contactEmail,
            roleDescription: p.roleDescription,
            // A fresh link: the old one keeps pointing at the old trajectory.
            linkToken: newToken(),
          })),
        );
      }
      // Only people who are still members of the organisation come along.
      const oldRoles = await tx
        .select({ userId: trajectoryRoles.userId, role: trajectoryRoles.role })
        .from(trajectoryRoles)
        .innerJoin(memberships, and(eq(memberships.userId, trajectoryRoles.userId), eq(memberships.orgId, orgId)))
        .where(inOrg(trajectoryRoles, orgId, eq(trajectoryRoles.trajectoryId, previous.id), inArray(trajectoryRoles.role, [...WORKGROUP_ROLES])));
      if (oldRoles.length > 0) {
        await tx
          .insert(trajectoryRoles)
          .values(oldRoles.map((r) => ({ orgId, trajectoryId: id, userId: r.userId, role: r.role })))
          .onConflictDoNothing();
      }
      const oldPlan = await tx
        .select()
        .from(listenerPlan)
        .where(inOrg(listenerPlan, orgId, eq(listenerPlan.trajectoryId, previous.id)));
      if (oldPlan.length > 0) {
        await tx
          .insert(listenerPlan)
          .values(oldPlan.map((p) => ({ orgId, trajectoryId: id, category: p.category, plannedCount: p.plannedCount, note: p.note })));
      }
      return { id };
    }),
  );
}
