import { findByLinkToken } from '#app/auth/link-token.server';
import type { partners } from '#app/db/schema';

export type LinkedPartner = typeof partners.$inferSelect;

/** The partner behind a personal link, or 404: the public page's operations take the partner found here. */
export const findPartnerByToken = (token: string): Promise<LinkedPartner> => findByLinkToken('partner', token);
