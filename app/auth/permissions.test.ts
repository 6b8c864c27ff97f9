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
