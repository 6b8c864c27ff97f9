import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { newShortCode } from '#app/utils/codes.server';
import { notFound } from '#app/utils/http.server';

/**
 * The short code of the trajectory's open question link, made the first time it is needed and
 * never changed afterwards (it may already be printed on paper or shown on a slide).
 */
export async function ensureQuestionCode(scope: TrajectoryScope): Promise<string> {
  authorize(scope, 'trajectory.edit');
  const { orgId, trajectoryId } = scope;
  const database = await db();
  for (let attempt = 0; attempt < 5; attempt++) {
    const [current] = await database
      .select({ code: trajectories.questionCode })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    if (!current) notFound();
    if (current.code) return current.code;
    try {
      // Only fills an empty code, so two requests at once end with one code.
      await database
        .update(trajectories)
        .set({ questionCode: newShortCode() })
        .where(inOrg(trajectories, orgId, and(eq(trajectories.id, trajectoryId), isNull(trajectories.questionCode))));
    } catch {
      // The rare clash with another trajectory's code (unique): try a new one.
    }
  }
  throw new Error('Could not make a question code');
}
