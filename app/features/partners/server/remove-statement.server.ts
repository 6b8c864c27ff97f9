import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { theStatement } from './partner-records.server';

/** Removes a statement; its reactions go with it (foreign key cascade). */
export async function removeStatement(input: TrajectoryScope & { statementId: string }) {
  authorize(input, 'trajectory.edit');
  const removed = await (await db()).delete(statements).where(theStatement(input, input.statementId)).returning({ id: statements.id });
  if (removed.length === 0) notFound();
}
