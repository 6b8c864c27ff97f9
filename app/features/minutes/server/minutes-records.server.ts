// Shared reads for the minutes operations: the minutes' status and the writer check.
import { eq } from 'drizzle-orm';
import { canWriteMinutes } from '#app/auth/permissions';
import { db, type Tx } from '#app/db/client.server';
import { minutes } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden } from '#app/utils/http.server';

export type MinutesStatus = 'draft' | 'finalised';

/** Minutes without a row are a draft: the row is made when they are finalised. */
export async function minutesStatus(orgId: string, trajectoryId: string, tx?: Tx) {
  const [row] = await (tx ?? (await db()))
    .select({
      status: minutes.status,
      finalisedAt: minutes.finalisedAt,
      finalisedBy: minutes.finalisedBy,
    })
    .from(minutes)
    .where(inOrg(minutes, orgId, eq(minutes.trajectoryId, trajectoryId)));
  return (
    row ?? {
      status: 'draft' as MinutesStatus,
      finalisedAt: null,
      finalisedBy: null,
    }
  );
}

/** 404 outside the organisation, 403 for anyone but the minute-taker and the leads. */
export async function requireMinutesWriter(scope: OrgScope & { trajectoryId: string }) {
  const found = await getTrajectory(scope);
  if (!canWriteMinutes(scope.actor, found.myRoles)) forbidden();
  return found;
}

/** Inside a mutation's transaction: finalised minutes are read-only for everyone. */
export async function assertDraft(tx: Tx, orgId: string, trajectoryId: string) {
  if ((await minutesStatus(orgId, trajectoryId, tx)).status !== 'draft') forbidden();
}
