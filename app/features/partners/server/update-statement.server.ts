import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Rewrites a statement; reactions already given stay. A statement of another trajectory → 404. */
export async function updateStatement({ orgId, trajectoryId, statementId, text }: OrgScope & { trajectoryId: string; statementId: string; text: string }) {
  const updated = await (
    await db()
  )
    .update(statements)
    .set({ text })
    .where(inOrg(statements, orgId, and(eq(statements.id, statementId), eq(statements.trajectoryId, trajectoryId))))
    .returning({ id: statements.id });
  if (updated.length === 0) notFound();
}
