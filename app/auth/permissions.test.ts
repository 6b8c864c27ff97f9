import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, canCreateTrajectory, canInviteMembers, canManageOrganisation, orgRoles, trajectoryAccess, trajectoryRoleList } from './permissions';

const actor = (orgRole: Actor['orgRole']): Actor => ({ userId: 'u', orgRole });

describe('organisation roles', () => {
  it('lets admins manage, admins and coordinators invite and create trajectories', () => {
    expect(orgRoles.filter((r) => canManageOrganisation(actor(r)))).toEqual(['admin']);
    expect(orgRoles.filter((r) => canInviteMembers(actor(r)))).toEqual(['admin', 'coordinator']);
    expect(orgRoles.filter((r) => canCreateTrajectory(actor(r)))).toEqual(['admin', 'coordinator']);
  });
});

describe('trajectory access', () => {
  it('gives personal data only to leads and parent contacts, whatever the organisation role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...orgRoles), fc.uniqueArray(fc.constantFrom(...trajectoryRoleList)), (orgRole, roles) => {
        const access = trajectoryAccess(actor(orgRole), roles);
        expect(access.canReadParticipantData).toBe(roles.includes('lead') || roles.includes('parent_contact'));
        expect(access.canView).toBe(true);
        if (access.canManageRoles) expect(access.canEdit).toBe(true);
      }),
    );
  });

  it('lets the workgroup edit but not listeners or minute-takers', () => {
    for (const role of ['lead', 'workgroup', 'policy', 'parent_contact'] as const) {
      expect(trajectoryAccess(actor('member'), [role]).canEdit).toBe(true);
    }
    for (const role of ['listener', 'minute_taker', 'guardian', 'partner_contact'] as const) {
      expect(trajectoryAccess(actor('member'), [role]).canEdit).toBe(false);
    }
  });

  it('does not show personal data to an admin without a lead or parent-contact role', () => {
    expect(trajectoryAccess(actor('admin'), []).canReadParticipantData).toBe(false);
    expect(trajectoryAccess(actor('admin'), ['workgroup']).canReadParticipantData).toBe(false);
  });
});

describe('reception (S6a)', () => {
  it('is for leads and parent contacts only, whatever the organisation role', async () => {
    const { canRunReception } = await import('./permissions');
    fc.assert(
      fc.property(fc.constantFrom(...orgRoles), fc.uniqueArray(fc.constantFrom(...trajectoryRoleList)), (orgRole, roles) => {
        expect(canRunReception(actor(orgRole), roles)).toBe(roles.includes('lead') || roles.includes('parent_contact'));
        // Whoever runs the desk may also read the names it shows.
        if (canRunReception(actor(orgRole), roles)) expect(trajectoryAccess(actor(orgRole), roles).canReadParticipantData).toBe(true);
      }),
    );
    expect(canRunReception(actor('admin'), ['workgroup', 'listener', 'minute_taker'])).toBe(false);
  });
});

describe('minutes (S6c)', () => {
  it('are written by minute-takers and leads only, read in draft also by the conversation leader', async () => {
    const { canWriteMinutes, canReadMinutes } = await import('./permissions');
    fc.assert(
      fc.property(fc.constantFrom(...orgRoles), fc.uniqueArray(fc.constantFrom(...trajectoryRoleList)), (orgRole, roles) => {
        const writer = roles.includes('minute_taker') || roles.includes('lead');
        expect(canWriteMinutes(actor(orgRole), roles)).toBe(writer);
        expect(canReadMinutes(actor(orgRole), roles, 'draft')).toBe(writer || roles.includes('conversation_leader'));
        expect(canReadMinutes(actor(orgRole), roles, 'finalised')).toBe(true);
      }),
    );
    expect(canReadMinutes(actor('admin'), ['listener', 'workgroup', 'process_facilitator'], 'draft')).toBe(false);
    expect(canReadMinutes(actor('member'), ['listener'], 'finalised')).toBe(true);
  });
});

describe('live channel subscriptions (canSubscribe)', () => {
  it('lets exactly the working roles follow each channel, whatever the organisation role', async () => {
    const { canSubscribe } = await import('./permissions');
    const allowed = {
      console: ['lead', 'conversation_leader', 'process_facilitator', 'minute_taker'],
      minutes: ['lead', 'conversation_leader', 'minute_taker'],
      reception: ['lead', 'parent_contact'],
    } as const;
    for (const orgRole of orgRoles) {
      for (const topic of ['console', 'minutes', 'reception'] as const) {
        expect(trajectoryRoleList.filter((role) => canSubscribe(actor(orgRole), [role], topic))).toEqual(
          trajectoryRoleList.filter((role) => (allowed[topic] as readonly string[]).includes(role)),
        );
        expect(canSubscribe(actor(orgRole), [], topic)).toBe(false);
      }
    }
  });

  it('never lets a listener subscribe to the minutes, and a listener role adds nothing', async () => {
    const { canSubscribe } = await import('./permissions');
    fc.assert(
      fc.property(
        fc.constantFrom(...orgRoles),
        fc.uniqueArray(fc.constantFrom(...trajectoryRoleList)),
        fc.constantFrom('console', 'minutes', 'reception' as const),
        (orgRole, roles, topic) => {
          const without = roles.filter((r) => r !== 'listener');
          expect(canSubscribe(actor(orgRole), [...without, 'listener'], topic)).toBe(canSubscribe(actor(orgRole), without, topic));
        },
      ),
    );
    expect(canSubscribe(actor('admin'), ['listener'], 'minutes')).toBe(false);
  });
});

describe('console (S6b)', () => {
  it('is for the conversation leader, the process facilitator and leads only, whatever the organisation role', async () => {
    const { canRunConsole } = await import('./permissions');
    fc.assert(
      fc.property(fc.constantFrom(...orgRoles), fc.uniqueArray(fc.constantFrom(...trajectoryRoleList)), (orgRole, roles) => {
        expect(canRunConsole(actor(orgRole), roles)).toBe(
          roles.includes('conversation_leader') || roles.includes('process_facilitator') || roles.includes('lead'),
        );
      }),
    );
    expect(canRunConsole(actor('admin'), ['listener', 'minute_taker', 'workgroup'])).toBe(false);
  });
});
