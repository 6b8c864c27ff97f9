import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { accentProblem, storedAccent } from '../domain/branding';

/** Sets the accent colour of the organisation's reports (admins only): a #rrggbb code that reads on white paper. */
export async function updateAccent({ orgId, actor, accent }: OrgScope & { accent: string }) {
  authorize({ actor }, 'org.branding');
  const problem = accentProblem(accent);
  if (problem) throw new RuleError(problem, 'accentText');
  await (
    await db()
  ).transaction(async (tx) => {
    // The organisations table is the tenant itself: its own id is the scope.
    await tx
      .update(organisations)
      .set({ accentColour: storedAccent(accent) })
      .where(eq(organisations.id, orgId));
  });
}
