import { db } from '#app/db/client.server';
import { memberships, organisations } from '#app/db/schema';
import type { OrgKind } from '../domain/labels';

export type CreateOrganisationResult = { ok: true; orgId: string; slug: string } | { ok: false; reason: 'slugTaken' };

/**
 * Creates an organisation with its creator as admin, in one transaction. Anyone who is signed
 * in may do this: the new organisation is empty and only its creator can see it.
 */
export async function createOrganisation({
  userId,
  name,
  kind,
  slug,
}: {
  userId: string;
  name: string;
  kind: OrgKind;
  slug: string;
}): Promise<CreateOrganisationResult> {
  return (await db()).transaction(async (tx) => {
    // ON CONFLICT instead of a look-up first: two people picking the same address at once cannot both win.
    const [org] = await tx.insert(organisations).values({ name, kind, slug }).onConflictDoNothing({ target: organisations.slug }).returning();
    if (!org) return { ok: false as const, reason: 'slugTaken' as const };
    await tx.insert(memberships).values({ orgId: org.id, userId, role: 'admin' });
    return { ok: true as const, orgId: org.id, slug: org.slug };
  });
}
