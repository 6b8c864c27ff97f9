import { and, eq, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { newShortCode } from '#app/utils/codes.server';
import { notFound } from '#app/utils/http.server';

/** The trajectory's public sign-up code, made on first need (codes are unique across all trajectories). */
export async function ensureSignupCode({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<string> {
  const database = await db();
  const read = async () => {
    const [row] = await database
      .select({ code: trajectories.signupCode })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    if (!row) notFound();
    return row.code;
  };
  const existing = await read();
  if (existing) return existing;
  for (let attempt = 0; ; attempt++) {
    try {
      const [updated] = await database
        .update(trajectories)
        .set({ signupCode: newShortCode() })
        .where(inOrg(trajectories, orgId, and(eq(trajectories.id, trajectoryId), isNull(trajectories.signupCode))))
        .returning({ code: trajectories.signupCode });
      if (updated?.code) return updated.code;
      // Someone else set it in the meantime.
      const now = await read();
      if (now) return now;
    } catch (error) {
      // A code already in use elsewhere (unique index): draw another.
      if (attempt >= 4) throw error;
    }
  }
}
