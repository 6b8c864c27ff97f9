import { describe, expect, it } from 'vitest';
import { whoSees } from './who-sees';

describe('whoSees', () => {
  it("participants' personal data: leads and parent contacts, no organisation role", () => {
    expect(whoSees('participants.personalData')).toEqual({ everyone: false, orgRoles: [], trajectoryRoles: ['lead', 'parent_contact'] });
  });
  it('what every member may see is everyone', () => {
    expect(whoSees('trajectory.view')).toEqual({ everyone: true, orgRoles: ['admin', 'coordinator', 'member'], trajectoryRoles: [] });
  });
  it('organisation roles and trajectory roles together', () => {
    expect(whoSees('board.run')).toEqual({ everyone: false, orgRoles: [], trajectoryRoles: ['lead', 'process_facilitator'] });
    expect(whoSees('org.invite').orgRoles).toEqual(['admin', 'coordinator']);
  });
});
