import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '#app/auth/permissions';
import { requireUser, type SessionUser } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { memberships, organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type OrgContext = OrgScope & {
  user: SessionUser;
  org: { id: string; slug: string; name: string; kind: string };
};

/**
 * Resolves the organisation in the URL for the signed-in person. Someone who is not a member
 * gets a 404: they learn nothing about whether the organisation or its data exist.
 */
export async function requireOrg(request: Request, slug: string | undefined): Promise<OrgContext> {
  const user = await requireUser(request);
  if (!slug) notFound();
  const [row] = await (
    await db()
  )
    .select({ org: organisations, role: memberships.role })
    .from(organisations)
    .innerJoin(memberships, and(eq(memberships.orgId, organisations.id), eq(memberships.userId, user.id)))
    .where(eq(organisations.slug, slug))
    .limit(1);
  if (!row) notFound();
  const actor: Actor = { userId: user.id, orgRole: row.role };
  return {
    orgId: row.org.id,
    actor,
    user,
    org: { id: row.org.id, slug: row.org.slug, name: row.org.name, kind: row.org.kind },
  };
}

/** The organisations a person belongs to, for the switcher. */
export async function listMyOrganisations(userId: string) {
  return (await db())
    .select({ slug: organisations.slug, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}
