import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { recruitmentSummary } from '#app/features/recruitment/domain/targets';
import { RuleError } from '#app/utils/rule-error';
import { statusOf } from '#tests/http';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { createParticipant } from './create-participant.server';
import { getParticipantPersonalData } from './get-participant-personal-data.server';
import { listParticipants } from './list-participants.server';
import { listPseudonymousParticipants } from './list-pseudonymous-participants.server';
import { moveParticipant } from './move-participant.server';
import { EMPTY_PERSONAL_DATA, type PersonalData } from './participant-records.server';
import { saveParticipantPersonalData } from './save-participant-personal-data.server';
import { updateParticipant } from './update-participant.server';

const personal: PersonalData = {
  ...EMPTY_PERSONAL_DATA,
  name: 'Fatima',
  phone: '0612345678',
  email: 'f@example.nl',
  address: 'Dorpsstraat 1',
  interpreterLanguage: 'Arabisch',
  needsChildcare: true,
  compensation: 'bon 25 euro',
};

// Opening the embedded database (with its migrations) takes a while: not inside a test's time.
beforeAll(async () => {
  await db();
});

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const leadMember = await makeMember(org.id, 'member');
  await giveRole(org.id, trajectory.id, leadMember.actor.userId, 'lead');
  const lead = await scopeIn(leadMember, trajectory.id);
  const ids = { trajectoryId: trajectory.id };
  const participant = await createParticipant({
    ...lead,
    ...ids,
    kind: 'parent',
    personal: { name: 'Fatima', phone: '0612345678' },
    placeCategory: 'school',
    placeName: 'De Regenboog',
  });
  return { org, trajectory, lead, leadMember, participant, ids };
}

const status = statusOf;

async function memberWith(orgId: string, trajectoryId: string, role: TrajectoryRole | null, orgRole: 'admin' | 'coordinator' | 'member' = 'member') {
  const m = await makeMember(orgId, orgRole);
  if (role) await giveRole(orgId, trajectoryId, m.actor.userId, role);
  return scopeIn(m, trajectoryId);
}

describe('the recruitment pipeline', () => {
  it('adds someone without a pseudonym, and gives one at registration', async () => {
    const { lead, participant, ids } = await setup();
    expect(participant.pseudonym).toBeNull();
    expect(await moveParticipant({ ...lead, ...ids, participantId: participant.id, to: 'interested' })).toEqual({
      status: 'interested',
      pseudonym: null,
    });
    expect(await moveParticipant({ ...lead, ...ids, participantId: participant.id, to: 'registered' })).toEqual({
      status: 'registered',
      pseudonym: 'Ouder A',
    });
    // Someone entered as registered gets the next letter at once; another kind has its own letters.
    const direct = await createParticipant({ ...lead, ...ids, kind: 'parent', status: 'registered' });
    const youth = await createParticipant({ ...lead, ...ids, kind: 'youth', status: 'registered' });
    expect([direct.pseudonym, youth.pseudonym]).toEqual(['Ouder B', 'Jongere A']);
  });

  it('refuses a move that skips a step, and a double press changes nothing', async () => {
    const { lead, participant, ids } = await setup();
    const move = (to: Parameters<typeof moveParticipant>[0]['to']) => moveParticipant({ ...lead, ...ids, participantId: participant.id, to });
    await expect(move('registered')).rejects.toEqual(new RuleError('recruitment.moveRefused'));
    expect((await move('interested')).status).toBe('interested');
    await expect(move('interested')).rejects.toBeInstanceOf(RuleError);
    expect((await move('approached')).status).toBe('approached');
  });

  it('keeps the pseudonym after going back or cancelling, and never hands it out again', async () => {
    const { lead, participant, ids } = await setup();
    const move = (participantId: string, to: Parameters<typeof moveParticipant>[0]['to']) => moveParticipant({ ...lead, ...ids, participantId, to });
    await move(participant.id, 'interested');
    await move(participant.id, 'registered');
    expect(await move(participant.id, 'interested')).toMatchObject({ pseudonym: 'Ouder A' });
    expect(await move(participant.id, 'cancelled')).toMatchObject({ pseudonym: 'Ouder A' });
    const next = await createParticipant({ ...lead, ...ids, kind: 'parent', status: 'registered' });
    expect(next.pseudonym).toBe('Ouder B');
    // Back in after cancelling: the same pseudonym.
    await move(participant.id, 'interested');
    expect(await move(participant.id, 'registered')).toMatchObject({ pseudonym: 'Ouder A' });
  });

  it('counts against the target and warns', async () => {
    const { lead, ids, trajectory } = await setup();
    for (let i = 0; i < 3; i++) await createParticipant({ ...lead, ...ids, kind: 'parent', status: 'interested' });
    await createParticipant({ ...lead, ...ids, kind: 'parent', status: 'registered' });
    const rows = await listPseudonymousParticipants({ ...lead, ...ids });
    expect(recruitmentSummary(rows, trajectory)).toEqual({ registered: 1, interested: 3, min: 5, max: 8, warning: 'belowMin' });
    for (let i = 0; i < 8; i++) await createParticipant({ ...lead, ...ids, kind: 'youth', status: 'registered' });
    expect(recruitmentSummary(await listPseudonymousParticipants({ ...lead, ...ids }), trajectory).warning).toBe('aboveMax');
  });

  it('saves all fields of one participant at once; consent keeps its first moment', async () => {
    const { org, lead, participant, ids } = await setup();
    const contact = await memberWith(org.id, ids.trajectoryId, 'parent_contact');
    const { consentAt: _c, ...rest } = personal;
    const changes = {
      kind: 'youth' as const,
      status: 'interested' as const,
      placeCategory: 'mosque' as const,
      placeName: 'Al Fath',
      profileFit: 'fits' as const,
      recruitedBy: contact.actor.userId,
      personal: rest,
      consent: true,
    };
    expect(await updateParticipant({ ...lead, ...ids, participantId: participant.id, ...changes })).toEqual({ pseudonym: null });
    const read = await getParticipantPersonalData({ ...contact, ...ids, participantId: participant.id, screen: 'test' });
    expect(read).toMatchObject({
      kind: 'youth',
      status: 'interested',
      placeCategory: 'mosque',
      placeName: 'Al Fath',
      profileFit: 'fits',
      recruitedBy: contact.actor.userId,
    });
    expect(read.personal).toMatchObject({ ...rest });
    const firstConsent = read.personal.consentAt;
    expect(firstConsent).toBeInstanceOf(Date);
    await updateParticipant({ ...contact, ...ids, participantId: participant.id, ...changes, status: 'registered' });
    const again = await getParticipantPersonalData({ ...lead, ...ids, participantId: participant.id, screen: 'test' });
    expect(again.personal.consentAt).toEqual(firstConsent);
    expect(again.pseudonym).toBe('Jongere A');
    // A status that skips a step is refused and nothing is half-saved.
    await expect(updateParticipant({ ...lead, ...ids, participantId: participant.id, ...changes, placeName: 'Anders', status: 'attended' })).rejects.toEqual(
      new RuleError('recruitment.saveRefused'),
    );
    expect((await getParticipantPersonalData({ ...lead, ...ids, participantId: participant.id, screen: 'test' })).placeName).toBe('Al Fath');
    // Withdrawn consent is cleared; correcting the kind does not change the pseudonym.
    await updateParticipant({ ...lead, ...ids, participantId: participant.id, ...changes, kind: 'parent', status: 'registered', consent: false });
    const last = await getParticipantPersonalData({ ...lead, ...ids, participantId: participant.id, screen: 'test' });
    expect([last.personal.consentAt, last.pseudonym]).toEqual([null, 'Jongere A']);
  });

  it('only accepts a recruiter who has a role in the trajectory', async () => {
    const { org, lead, ids } = await setup();
    const outsider = await makeMember(org.id, 'member');
    expect(await status(createParticipant({ ...lead, ...ids, kind: 'parent', recruitedBy: outsider.actor.userId }))).toBe(404);
    expect((await listParticipants({ ...lead, ...ids }, 'test')).length).toBe(1);
  });

  it('lists the pipeline with personal data and the recruiter for a lead and a parent contact', async () => {
    const { org, lead, ids } = await setup();
    const contact = await memberWith(org.id, ids.trajectoryId, 'parent_contact');
    await createParticipant({ ...contact, ...ids, kind: 'carer', recruitedBy: contact.actor.userId, personal: { name: 'Yusuf' } });
    const list = await listParticipants({ ...lead, ...ids }, 'test');
    expect(list.map((p) => [p.personal.name, p.recruitedByName])).toEqual([
      ['Fatima', null],
      ['Yusuf', 'Test Persoon'],
    ]);
  });
});

describe('who may see personal data', () => {
  it('lets the lead and a parent contact read and write it', async () => {
    const { org, lead, participant, ids } = await setup();
    await saveParticipantPersonalData({ ...lead, ...ids, participantId: participant.id, personal });
    const contact = await memberWith(org.id, ids.trajectoryId, 'parent_contact');
    const read = await getParticipantPersonalData({ ...contact, ...ids, participantId: participant.id, screen: 'test' });
    expect(read.personal).toEqual(personal);
    await saveParticipantPersonalData({ ...contact, ...ids, participantId: participant.id, personal: { ...personal, phone: '0201234567' } });
    expect((await getParticipantPersonalData({ ...lead, ...ids, participantId: participant.id, screen: 'test' })).personal.phone).toBe('0201234567');
  });

  it('refuses every other role, and an admin or coordinator without one of those roles (403), but shows them pseudonyms', async () => {
    const { org, lead, participant, ids } = await setup();
    await moveParticipant({ ...lead, ...ids, participantId: participant.id, to: 'interested' });
    await moveParticipant({ ...lead, ...ids, participantId: participant.id, to: 'registered' });
    const others = [
      await memberWith(org.id, ids.trajectoryId, 'workgroup', 'coordinator'),
      await memberWith(org.id, ids.trajectoryId, 'policy'),
      await memberWith(org.id, ids.trajectoryId, 'listener'),
      await memberWith(org.id, ids.trajectoryId, 'minute_taker'),
      await memberWith(org.id, ids.trajectoryId, 'partner_contact'),
      await memberWith(org.id, ids.trajectoryId, 'conversation_leader'),
      await memberWith(org.id, ids.trajectoryId, null, 'admin'),
      await memberWith(org.id, ids.trajectoryId, null, 'coordinator'),
    ];
    const pid = { ...ids, participantId: participant.id };
    for (const who of others) {
      expect(await status(getParticipantPersonalData({ ...who, ...pid, screen: 'test' }))).toBe(403);
      expect(await status(saveParticipantPersonalData({ ...who, ...pid, personal }))).toBe(403);
      expect(await status(listParticipants({ ...who, ...ids }, 'test'))).toBe(403);
      expect(await status(createParticipant({ ...who, ...ids, kind: 'parent' }))).toBe(403);
      expect(await status(moveParticipant({ ...who, ...pid, to: 'confirmed' }))).toBe(403);
      expect(
        await status(
          updateParticipant({
            ...who,
            ...pid,
            kind: 'parent',
            status: 'registered',
            placeCategory: '',
            placeName: '',
            profileFit: '',
            recruitedBy: null,
            personal,
            consent: false,
          }),
        ),
      ).toBe(403);
      expect(await listPseudonymousParticipants({ ...who, ...ids })).toEqual([{ status: 'registered', kind: 'parent', pseudonym: 'Ouder A' }]);
    }
  });

  it('gives someone of another organisation a 404, and a wrong participant id too', async () => {
    const { trajectory, lead, leadMember, participant, ids } = await setup();
    const otherOrg = await makeOrg();
    const stranger = await makeMember(otherOrg.id, 'admin');
    // No scope for a trajectory of another organisation, so no operation can be reached.
    expect(await status(scopeIn(stranger, trajectory.id))).toBe(404);
    // A participant of another trajectory in the same organisation is not found through this one.
    const elsewhere = await makeTrajectory(lead.orgId);
    await giveRole(lead.orgId, elsewhere.id, lead.actor.userId, 'lead');
    const there = await scopeIn(leadMember, elsewhere.id);
    expect(await status(getParticipantPersonalData({ ...there, participantId: participant.id, screen: 'test' }))).toBe(404);
    expect(await status(saveParticipantPersonalData({ ...there, participantId: participant.id, personal }))).toBe(404);
    expect(await status(moveParticipant({ ...there, participantId: participant.id, to: 'interested' }))).toBe(404);
    expect(await listParticipants(there, 'test')).toEqual([]);
    expect(await status(getParticipantPersonalData({ ...lead, ...ids, participantId: 'nope', screen: 'test' }))).toBe(404);
    // Nothing moved.
    const [row] = await (await db()).select().from(participants).where(eq(participants.id, participant.id));
    expect(row!.status).toBe('approached');
    const [data] = await (await db()).select().from(participantPersonalData).where(eq(participantPersonalData.participantId, participant.id));
    expect(data!.trajectoryId).toBe(trajectory.id);
  });
});
