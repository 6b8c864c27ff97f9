import { findByLinkToken } from '#app/auth/link-token.server';
import type { listeners } from '#app/db/schema';

export type LinkedListener = typeof listeners.$inferSelect;

/** The listener behind a personal link, or 404: the public page's operations take the listener found here. */
export const findListenerByToken = (token: string): Promise<LinkedListener> => findByLinkToken('listener', token);
