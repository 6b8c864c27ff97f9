// The access log's hash chain (issue 16, NEN 7513): every entry carries the hash of the one before
// it in its organisation, so a changed, inserted or removed entry breaks the chain from there on.
// Pure: the database appends (app/privacy/access-log.server.ts); verifyChain checks what it reads.
import { createHash } from 'node:crypto';

/** The hash before an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry says; its hash covers all of it. */
export type AccessEntryFields = {
  orgId: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorRoles: string[];
  trajectoryId: string | null;
  participantId: string;
  action: 'view' | 'change' | 'export' | 'erase';
  screen: string;
};
export type AccessEntry = AccessEntryFields & { prevHash: string; hash: string };

/** JSON with object keys in sorted order at every level, so the same entry always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256(prev_hash + canonical JSON of the entry), hex. */
export function entryHash(prevHash: string, fields: AccessEntryFields): string {
  const { orgId, seq, at, actorUserId, actorRoles, trajectoryId, participantId, action, screen } = fields;
  const canonical = canonicalJson({ orgId, seq, at, actorUserId, actorRoles, trajectoryId, participantId, action, screen });
  return createHash('sha256')
    .update(prevHash + canonical)
    .digest('hex');
}

/** The next entries after `last` (null before the first), numbered and chained. */
export function chainEntries(last: { seq: number; hash: string } | null, fields: Omit<AccessEntryFields, 'seq'>[]): AccessEntry[] {
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  return fields.map((f) => {
    seq += 1;
    const entry = { ...f, seq };
    const hash = entryHash(prevHash, entry);
    const chained = { ...entry, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

export type ChainStatus = { intact: true; count: number } | { intact: false; count: number; brokenAt: number };

/**
 * Checks one organisation's entries in order of `seq`: numbered 1, 2, 3 … without gaps, each
 * pointing at the hash of the one before, each hash matching its content. `brokenAt` is the line
 * (1-based position) of the first entry that fails. Removing the newest entries leaves a shorter
 * intact chain; the database trigger is what refuses deleting them.
 */
export function verifyChain(entries: readonly AccessEntry[]): ChainStatus {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const broken = entry.seq !== index + 1 || entry.prevHash !== prevHash || entry.hash !== entryHash(prevHash, entry);
    if (broken) return { intact: false, count: entries.length, brokenAt: index + 1 };
    prevHash = entry.hash;
  }
  return { intact: true, count: entries.length };
}
