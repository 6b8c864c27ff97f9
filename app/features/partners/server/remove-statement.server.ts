import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statements } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes a statement; its reactions go with it (foreign key cascade). */
export async function removeStatement({ orgId, trajectoryId, statementId }: OrgScope & { trajectoryId: string; statementId: string }) {
  const removed = await (
    await db()
  )
    .delete(statements)
    .where(inOrg(statements, orgId, and(eq(statements.id, statementId), eq(statements.trajectoryId, trajectoryId))))
    .returning({ id: statements.id });
  if (removed.length === 0) notFound();
}
