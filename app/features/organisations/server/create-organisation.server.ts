import { db } from '#app/db/client.server';
import { memberships, organisations } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import type { OrgKind } from '../domain/labels';

/**
 * Creates an organisation with its creator as admin, in one transaction. Anyone who is signed
 * in may do this (there is no organisation scope yet): the new organisation is empty and only its
 * creator can see it.
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
}): Promise<{ orgId: string; slug: string }> {
  return (await db()).transaction(async (tx) => {
    // ON CONFLICT instead of a look-up first: two people picking the same address at once cannot both win.
    const [org] = await tx.insert(organisations).values({ name, kind, slug }).onConflictDoNothing({ target: organisations.slug }).returning();
    if (!org) throw new RuleError('validation.slugTaken', 'slug');
    await tx.insert(memberships).values({ orgId: org.id, userId, role: 'admin' });
    return { orgId: org.id, slug: org.slug };
  });
}
