// The board's short-lived copy of the guard's lists: kept 30 seconds, forgotten at once in this
// process when personal data is written here, and read again after 30 seconds otherwise.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { saveParticipantPersonalData } from '#app/features/participants/server/save-participant-personal-data.server';
import { getParticipantPersonalData } from '#app/features/participants/server/get-participant-personal-data.server';
import { trajectoryWith } from '#tests/factories';
import { cachedKnownIdentifiers } from './known-identifiers.server';

describe('the cached known identifiers', () => {
  it('keeps a copy for 30 seconds, reads again after that, and forgets it when personal data is saved here', async () => {
    const { people } = await trajectoryWith({ lead: ['coordinator', 'lead'] });
    const lead = people.lead.scope;
    const { orgId, trajectoryId } = lead;
    const parent = await createParticipant({ ...lead, kind: 'parent', personal: { name: 'Fenna' } });
    const now = Date.now();
    const names = async (at = now) => (await cachedKnownIdentifiers(await db(), orgId, trajectoryId, at)).firstNames;
    expect(await names()).toEqual(['fenna']);

    // Written by another app instance (straight into the database here): this process keeps its copy until it is 30 seconds old.
    await (await db()).update(participantPersonalData).set({ name: 'Bram' }).where(eq(participantPersonalData.participantId, parent.id));
    expect(await names(now + 29_000)).toEqual(['fenna']);
    expect(await names(now + 31_000)).toEqual(['bram']);

    // Saved through this process: the next check reads the new name at once.
    const { personal } = await getParticipantPersonalData({ ...lead, participantId: parent.id, screen: 'test' });
    await saveParticipantPersonalData({ ...lead, participantId: parent.id, personal: { ...personal, name: 'Sanne' } });
    expect(await names(now + 32_000)).toEqual(['sanne']);
  });
});
