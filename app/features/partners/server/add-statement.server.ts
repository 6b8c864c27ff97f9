import { eq, max } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { findTrajectoryOr404 } from './find-trajectory.server';

/** Adds a statement after the existing ones. Permission is checked by the caller. */
export async function addStatement({ orgId, trajectoryId, text }: OrgScope & { trajectoryId: string; text: string }) {
  return (await db()).transaction(async (tx) => {
    await findTrajectoryOr404(tx, orgId, trajectoryId);
    const [last] = await tx
      .select({ position: max(statements.position) })
      .from(statements)
      .where(inOrg(statements, orgId, eq(statements.trajectoryId, trajectoryId)));
    const [statement] = await tx
      .insert(statements)
      .values({ orgId, trajectoryId, text, position: (last?.position ?? 0) + 1 })
      .returning({ id: statements.id });
    return statement!;
  });
}
