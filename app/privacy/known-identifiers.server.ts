// The one read of participants' names and contact data for the name-leak guard (R2). Only the
// guard's lists leave this module: no operation returns a name it found here, so callers need
// no personal-data permission (the guard's answer says where and what kind, never who).
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { identifiersOf, type KnownIdentifiers } from '#app/features/privacy/domain/name-guard';

type Person = { trajectoryId: string; name: string; surname: string; phone: string; email: string; address: string; stayInvolvedContact: string };

async function people(reader: Db | Tx, orgId: string, trajectoryId?: string): Promise<Person[]> {
  return reader
    .select({
      trajectoryId: participantPersonalData.trajectoryId,
      name: participantPersonalData.name,
      surname: participantPersonalData.surname,
      phone: participantPersonalData.phone,
      email: participantPersonalData.email,
      address: participantPersonalData.address,
      stayInvolvedContact: participantPersonalData.stayInvolvedContact,
    })
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, orgId, trajectoryId ? eq(participantPersonalData.trajectoryId, trajectoryId) : undefined));
}

/** How a parent asked to be reached after step 8 is theirs too: a phone number or an e-mail address. */
const listsOf = (rows: readonly Person[]) =>
  identifiersOf([
    ...rows,
    ...rows
      .filter((p) => p.stayInvolvedContact)
      .map((p) => (p.stayInvolvedContact.includes('@') ? { email: p.stayInvolvedContact } : { phone: p.stayInvolvedContact })),
  ]);

/** The guard's lists for one trajectory's participants (or, without a trajectory, the whole organisation's). */
export async function knownIdentifiers(reader: Db | Tx, orgId: string, trajectoryId?: string): Promise<KnownIdentifiers> {
  return listsOf(await people(reader, orgId, trajectoryId));
}

/** The guard's lists per trajectory of the organisation, in one read. */
export async function knownIdentifiersPerTrajectory(reader: Db | Tx, orgId: string): Promise<Map<string, KnownIdentifiers>> {
  const byTrajectory = new Map<string, Person[]>();
  for (const person of await people(reader, orgId)) byTrajectory.set(person.trajectoryId, [...(byTrajectory.get(person.trajectoryId) ?? []), person]);
  return new Map([...byTrajectory].map(([id, rows]) => [id, listsOf(rows)]));
}

// ── A short-lived copy for the board ─────────────────────────────────────────────────────────
// Every note, idea and pledge sent from a phone is checked against the trajectory's participants:
// a per-process copy of their lists, kept CACHE_MS, spares a read of personal data per note.
// Operations that write personal data call forgetKnownIdentifiers after their transaction has
// committed, so this process refuses a new name at once. Other app instances do not hear of it:
// they read the new lists at most CACHE_MS later (a name added then may pass there until that).

const CACHE_MS = 30_000;
const cache = new Map<string, { until: number; lists: KnownIdentifiers }>();
// Raised by every forget: a read that started before it (and may have seen the old rows) is not kept.
let epoch = 0;
const cacheKey = (orgId: string, trajectoryId: string) => `${orgId}/${trajectoryId}`;

/** The guard's lists for one trajectory, from this process's copy when it is younger than 30 seconds. */
export async function cachedKnownIdentifiers(reader: Db | Tx, orgId: string, trajectoryId: string, now = Date.now()): Promise<KnownIdentifiers> {
  const key = cacheKey(orgId, trajectoryId);
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.lists;
  const started = epoch;
  const lists = await knownIdentifiers(reader, orgId, trajectoryId);
  if (epoch === started) {
    if (cache.size >= 1000) for (const [k, entry] of cache) if (entry.until <= now) cache.delete(k);
    cache.set(key, { until: now + CACHE_MS, lists });
  }
  return lists;
}

/** After participants' personal data of this trajectory changed (and committed): the next check reads them again. */
export function forgetKnownIdentifiers(orgId: string, trajectoryId: string): void {
  epoch++;
  cache.delete(cacheKey(orgId, trajectoryId));
}
