import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, canInviteAs, orgRoles, type Actor, type OrgRole } from '#app/auth/permissions';
import { leavesNoAdmin } from './last-admin';

const actor = (orgRole: OrgRole): Actor => ({ userId: 'u', orgRole });

describe('organisation permissions', () => {
  it('lets admins invite any role and coordinators anything but admin', () => {
    expect(orgRoles.filter((r) => canInviteAs(actor('admin'), r))).toEqual(['admin', 'coordinator', 'member']);
    expect(orgRoles.filter((r) => canInviteAs(actor('coordinator'), r))).toEqual(['coordinator', 'member']);
    expect(orgRoles.filter((r) => canInviteAs(actor('member'), r))).toEqual([]);
  });

  it('lets admins and coordinators manage teams, not members', () => {
    expect(orgRoles.filter((r) => can({ actor: actor(r) }, 'org.manageTeams'))).toEqual(['admin', 'coordinator']);
  });

  it('never lets someone invite as a role without being allowed to invite at all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...orgRoles), fc.constantFrom(...orgRoles), (mine, theirs) => {
        if (canInviteAs(actor(mine), theirs)) expect(can({ actor: actor(mine) }, 'org.invite')).toBe(true);
      }),
    );
  });
});

describe('last admin', () => {
  it('refuses to demote or remove the only admin', () => {
    expect(leavesNoAdmin({ adminCount: 1, currentRole: 'admin', newRole: 'member' })).toBe(true);
    expect(leavesNoAdmin({ adminCount: 1, currentRole: 'admin', newRole: null })).toBe(true);
    expect(leavesNoAdmin({ adminCount: 1, currentRole: 'admin', newRole: 'admin' })).toBe(false);
    expect(leavesNoAdmin({ adminCount: 2, currentRole: 'admin', newRole: null })).toBe(false);
    expect(leavesNoAdmin({ adminCount: 1, currentRole: 'member', newRole: null })).toBe(false);
  });

  it('never lets the number of admins drop to zero', () => {
    const role = fc.constantFrom<OrgRole>('admin', 'coordinator', 'member');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), role, fc.option(role), (adminCount, currentRole, newRole) => {
        fc.pre(currentRole !== 'admin' || adminCount >= 1);
        const after = adminCount - (currentRole === 'admin' ? 1 : 0) + (newRole === 'admin' ? 1 : 0);
        return leavesNoAdmin({ adminCount, currentRole, newRole }) === (after === 0);
      }),
    );
  });
});
