import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { findLeaks, type KnownPerson, type Leak } from '#app/features/minutes/domain/name-guard';
import { requireMinutesWriter } from './minutes-records.server';

/**
 * The participants' first names and contact data, for the name guard only. They are read on the
 * server and never returned: the minute-taker's device must not hold them.
 */
export async function knownPeople(orgId: string, trajectoryId: string): Promise<KnownPerson[]> {
  return (await db())
    .select({
      name: participantPersonalData.name,
      phone: participantPersonalData.phone,
      email: participantPersonalData.email,
      pseudonym: participants.pseudonym,
    })
    .from(participantPersonalData)
    .innerJoin(participants, eq(participants.id, participantPersonalData.participantId))
    .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.trajectoryId, trajectoryId)));
}

/** What the typed text gives away; for the live warning while typing. */
export async function checkMinuteText(scope: OrgScope & { trajectoryId: string; texts: string[] }): Promise<Leak[]> {
  await requireMinutesWriter(scope);
  const people = await knownPeople(scope.orgId, scope.trajectoryId);
  return leaksIn(scope.texts, people);
}

export function leaksIn(texts: readonly string[], people: readonly KnownPerson[]): Leak[] {
  const all = texts.flatMap((text) => findLeaks(text, people));
  return all.filter((leak, i) => all.findIndex((l) => l.kind === leak.kind && l.found.toLowerCase() === leak.found.toLowerCase()) === i);
}
