import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

/** Normalises a code as typed from paper ("abcd 2345" → "ABCD2345"); null when it cannot be one. */
export function normaliseSignupCode(code: string): string | null {
  const clean = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z2-9]{4,16}$/.test(clean) ? clean : null;
}

/**
 * The trajectory behind a public sign-up code, or 404. Like a partner's token, the code is the
 * scope of this one query; every later query uses the trajectory's orgId with inOrg.
 */
export async function findSignupTarget(database: Db | Tx, code: string) {
  const clean = normaliseSignupCode(code);
  if (!clean) notFound();
  const [row] = await database
    .select({ id: trajectories.id, orgId: trajectories.orgId, title: trajectories.title, theme: trajectories.theme })
    .from(trajectories)
    .where(eq(trajectories.signupCode, clean))
    .limit(1);
  if (!row) notFound();
  return row;
}
