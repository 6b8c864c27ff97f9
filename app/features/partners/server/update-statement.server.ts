import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { theStatement } from './partner-records.server';

/** Rewrites a statement; reactions already given stay. A statement of another trajectory → 404. */
export async function updateStatement(input: TrajectoryScope & { statementId: string; text: string }) {
  authorize(input, 'trajectory.edit');
  const updated = await (
    await db()
  )
    .update(statements)
    .set({ text: input.text })
    .where(theStatement(input, input.statementId))
    .returning({ id: statements.id });
  if (updated.length === 0) notFound();
}
