import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { organisations, trajectories } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

/**
 * The trajectory behind an open question link, or 404. This query cannot be scoped by
 * organisation: the code is the scope, and the orgId found here scopes what follows.
 * Codes are read from paper, so lower case is accepted.
 */
export async function findQuestionLink({ code }: { code: string }) {
  const normalised = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{4,16}$/.test(normalised)) notFound();
  const [found] = await (
    await db()
  )
    .select({ orgId: trajectories.orgId, trajectoryId: trajectories.id, title: trajectories.title, theme: trajectories.theme, orgName: organisations.name })
    .from(trajectories)
    .innerJoin(organisations, eq(organisations.id, trajectories.orgId))
    .where(eq(trajectories.questionCode, normalised))
    .limit(1);
  if (!found) notFound();
  return { ...found, code: normalised };
}
