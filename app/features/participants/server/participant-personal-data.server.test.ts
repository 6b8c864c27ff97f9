import { describe, expect, it } from 'vitest';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '../../../../tests/factories';
import { createParticipant } from './create-participant.server';
import { getParticipantPersonalData } from './get-participant-personal-data.server';
import { saveParticipantPersonalData } from './save-participant-personal-data.server';

const personal = { name: 'Fatima', phone: '0612345678', email: 'f@example.nl', address: 'Dorpsstraat 1', needs: 'tolk Arabisch', compensation: 'bon 25 euro' };

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  const participant = await createParticipant({ ...lead, trajectoryId: trajectory.id, kind: 'parent' });
  return { org, trajectory, lead, participant };
}

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: unknown) => (e instanceof Response ? e.status : Promise.reject(e)),
  );

describe('participants', () => {
  it('hands out pseudonyms per kind in order', async () => {
    const { trajectory, lead, participant } = await setup();
    expect(participant.pseudonym).toBe('Ouder A');
    const second = await createParticipant({ ...lead, trajectoryId: trajectory.id, kind: 'parent' });
    const youth = await createParticipant({ ...lead, trajectoryId: trajectory.id, kind: 'youth' });
    expect([second.pseudonym, youth.pseudonym]).toEqual(['Ouder B', 'Jongere A']);
  });

  it('needs edit rights to add a participant', async () => {
    const { org, trajectory } = await setup();
    const member = await makeMember(org.id, 'member');
    expect(await status(createParticipant({ ...member, trajectoryId: trajectory.id, kind: 'parent' }))).toBe(403);
  });

  it('lets the lead and a parent contact read and write personal data', async () => {
    const { org, trajectory, lead, participant } = await setup();
    const before = await getParticipantPersonalData({ ...lead, trajectoryId: trajectory.id, participantId: participant.id });
    expect(before.personal.name).toBe('');
    await saveParticipantPersonalData({ ...lead, trajectoryId: trajectory.id, participantId: participant.id, personal });
    const contact = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, contact.actor.userId, 'parent_contact');
    const read = await getParticipantPersonalData({ ...contact, trajectoryId: trajectory.id, participantId: participant.id });
    expect(read.personal).toEqual(personal);
    expect(read.pseudonym).toBe('Ouder A');
    await saveParticipantPersonalData({ ...contact, trajectoryId: trajectory.id, participantId: participant.id, personal: { ...personal, phone: '0201234567' } });
    expect((await getParticipantPersonalData({ ...lead, trajectoryId: trajectory.id, participantId: participant.id })).personal.phone).toBe('0201234567');
  });

  it('refuses a workgroup member, a listener and an admin without those roles (403)', async () => {
    const { org, trajectory, participant } = await setup();
    const workgroup = await makeMember(org.id, 'coordinator');
    await giveRole(org.id, trajectory.id, workgroup.actor.userId, 'workgroup');
    const listener = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, listener.actor.userId, 'listener');
    const admin = await makeMember(org.id, 'admin');
    for (const who of [workgroup, listener, admin]) {
      const ids = { trajectoryId: trajectory.id, participantId: participant.id };
      expect(await status(getParticipantPersonalData({ ...who, ...ids }))).toBe(403);
      expect(await status(saveParticipantPersonalData({ ...who, ...ids, personal }))).toBe(403);
    }
  });

  it('gives someone of another organisation a 404, and a wrong participant id too', async () => {
    const { trajectory, lead, participant } = await setup();
    const otherOrg = await makeOrg();
    const stranger = await makeMember(otherOrg.id, 'admin');
    const ids = { trajectoryId: trajectory.id, participantId: participant.id };
    expect(await status(getParticipantPersonalData({ ...stranger, ...ids }))).toBe(404);
    expect(await status(saveParticipantPersonalData({ ...stranger, ...ids, personal }))).toBe(404);
    // A participant of another trajectory in the same organisation is not found through this one.
    const elsewhere = await makeTrajectory(lead.orgId);
    await giveRole(lead.orgId, elsewhere.id, lead.actor.userId, 'lead');
    expect(await status(getParticipantPersonalData({ ...lead, trajectoryId: elsewhere.id, participantId: participant.id }))).toBe(404);
    expect(await status(getParticipantPersonalData({ ...lead, trajectoryId: trajectory.id, participantId: 'nope' }))).toBe(404);
  });
});
