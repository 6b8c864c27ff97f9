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
