import { findByLinkToken } from '#app/auth/link-token.server';
import type { parentLinks } from '#app/db/schema';

export type LinkedParent = typeof parentLinks.$inferSelect;

/** The parent behind a personal link, or 404: the parents' page's operations take the link found here. */
export const findParentLink = (token: string): Promise<LinkedParent> => findByLinkToken('parent', token);
