// Personal access tokens: how they look and how they are kept (only their hash).
import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { apiTokens } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

/** Recognisable in logs and by secret scanners: `spg_` and 43 characters of base64url (32 random bytes). */
export const TOKEN_PREFIX = 'spg_';
export const TOKEN_PATTERN = /^spg_[A-Za-z0-9_-]{43}$/;

export const newToken = () => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The signed-in member's own token with this id. */
export const ownToken = ({ orgId, actor }: OrgScope, tokenId: string) =>
  inOrg(apiTokens, orgId, and(eq(apiTokens.userId, actor.userId), eq(apiTokens.id, tokenId)));
