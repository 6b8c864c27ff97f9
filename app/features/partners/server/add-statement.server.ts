import { eq, max } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { once } from '#app/utils/submissions.server';

/** Adds a statement after the existing ones (once per submission key). */
export async function addStatement(input: TrajectoryScope & { text: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, text } = input;
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'partners.addStatement', async () => {
      const [last] = await tx
        .select({ position: max(statements.position) })
        .from(statements)
        .where(inOrg(statements, orgId, eq(statements.trajectoryId, trajectoryId)));
      const [statement] = await tx
        .insert(statements)
        .values({ orgId, trajectoryId, text, position: (last?.position ?? 0) + 1 })
        .returning({ id: statements.id });
      return statement!;
    }),
  );
}
