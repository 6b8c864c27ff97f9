import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, can, canSubscribe, orgRoles, type Permission, permissions, type TrajectoryRole, trajectoryRoleList } from './permissions';

const actor = (orgRole: Actor['orgRole']): Actor => ({ userId: 'u', orgRole });
const anyOrgRole = fc.constantFrom(...orgRoles);
const anyRoles = fc.uniqueArray(fc.constantFrom(...trajectoryRoleList));
const holdsAny = (roles: readonly TrajectoryRole[], ...wanted: TrajectoryRole[]) => roles.some((r) => wanted.includes(r));
/** Whether this caller may, for every combination of organisation role and trajectory roles. */
const forAllCallers = (check: (orgRole: Actor['orgRole'], roles: TrajectoryRole[], may: (p: Permission) => boolean) => void) =>
  fc.assert(
    fc.property(anyOrgRole, anyRoles, (orgRole, roles) => {
      check(orgRole, roles, (p) => can({ actor: actor(orgRole), roles }, p));
    }),
  );

describe('organisation roles', () => {
  it('lets admins manage, admins and coordinators invite and create trajectories', () => {
    const holders = (p: Permission) => orgRoles.filter((r) => can({ actor: actor(r) }, p));
    expect(holders('org.manage')).toEqual(['admin']);
    expect(holders('org.branding')).toEqual(['admin']);
    expect(holders('org.invite')).toEqual(['admin', 'coordinator']);
    expect(holders('org.createTrajectory')).toEqual(['admin', 'coordinator']);
    expect(holders('org.view')).toEqual(['admin', 'coordinator', 'member']);
  });

  it('answers every named permission for every caller, also without trajectory roles', () => {
    for (const permission of permissions) for (const orgRole of orgRoles) expect(typeof can({ actor: actor(orgRole) }, permission)).toBe('boolean');
  });
});

describe('trajectory permissions', () => {
  it('gives personal data only to leads and parent contacts, whatever the organisation role', () => {
    forAllCallers((_orgRole, roles, may) => {
      expect(may('participants.personalData')).toBe(holdsAny(roles, 'lead', 'parent_contact'));
      expect(may('trajectory.view')).toBe(true);
      if (may('trajectory.manageRoles')) expect(may('trajectory.edit')).toBe(true);
    });
  });

  it('lets the workgroup edit but not listeners or minute-takers', () => {
    for (const role of ['lead', 'workgroup', 'policy', 'parent_contact'] as const)
      expect(can({ actor: actor('member'), roles: [role] }, 'trajectory.edit')).toBe(true);
    for (const role of ['listener', 'minute_taker', 'guardian', 'partner_contact'] as const) {
      expect(can({ actor: actor('member'), roles: [role] }, 'trajectory.edit')).toBe(false);
    }
  });

  it('does not show personal data to an admin without a lead or parent-contact role', () => {
    expect(can({ actor: actor('admin') }, 'participants.personalData')).toBe(false);
    expect(can({ actor: actor('admin'), roles: ['workgroup'] }, 'participants.personalData')).toBe(false);
  });
});

describe('reception (S6a)', () => {
  it('is for leads and parent contacts only, whatever the organisation role', () => {
    forAllCallers((_orgRole, roles, may) => {
      expect(may('reception.run')).toBe(holdsAny(roles, 'lead', 'parent_contact'));
      // Whoever runs the desk may also read the names it shows.
      if (may('reception.run')) expect(may('participants.personalData')).toBe(true);
    });
    expect(can({ actor: actor('admin'), roles: ['workgroup', 'listener', 'minute_taker'] }, 'reception.run')).toBe(false);
  });
});

describe('minutes (S6c)', () => {
  it('are written by minute-takers and leads only, read in draft also by the conversation leader', () => {
    forAllCallers((_orgRole, roles, may) => {
      const writer = holdsAny(roles, 'minute_taker', 'lead');
      expect(may('minutes.write')).toBe(writer);
      expect(may('minutes.readDraft')).toBe(writer || roles.includes('conversation_leader'));
      // Finalised minutes are part of the workspace everyone in the organisation may see.
      expect(may('trajectory.view')).toBe(true);
    });
    expect(can({ actor: actor('admin'), roles: ['listener', 'workgroup', 'process_facilitator'] }, 'minutes.readDraft')).toBe(false);
  });
});

describe('console (S6b)', () => {
  it('is for the conversation leader, the process facilitator and leads only, whatever the organisation role', () => {
    forAllCallers((_orgRole, roles, may) => expect(may('console.run')).toBe(holdsAny(roles, 'conversation_leader', 'process_facilitator', 'lead')));
    expect(can({ actor: actor('admin'), roles: ['listener', 'minute_taker', 'workgroup'] }, 'console.run')).toBe(false);
  });
});

describe('follow-up board (S7)', () => {
  it('is run by the process facilitator and leads, curated also by the guardian', () => {
    forAllCallers((_orgRole, roles, may) => {
      expect(may('board.run')).toBe(holdsAny(roles, 'process_facilitator', 'lead'));
      expect(may('board.curate')).toBe(holdsAny(roles, 'process_facilitator', 'lead', 'guardian'));
    });
  });
});

describe('live channel subscriptions (canSubscribe)', () => {
  it('lets exactly the working roles follow each channel, whatever the organisation role', () => {
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

  it('never lets a listener subscribe to the minutes, and a listener role adds nothing', () => {
    fc.assert(
      fc.property(anyOrgRole, anyRoles, fc.constantFrom('console', 'minutes', 'reception' as const), (orgRole, roles, topic) => {
        const without = roles.filter((r) => r !== 'listener');
        expect(canSubscribe(actor(orgRole), [...without, 'listener'], topic)).toBe(canSubscribe(actor(orgRole), without, topic));
      }),
    );
    expect(canSubscribe(actor('admin'), ['listener'], 'minutes')).toBe(false);
  });
});
