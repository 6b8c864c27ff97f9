import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trajectoryRoleList, type TrajectoryRole } from '#app/auth/permissions';
import { WORKGROUP_MAX, WORKGROUP_MIN, WORKGROUP_ROLES, workgroupAdvice, workgroupMembers } from './workgroup-advice';

const member = (...roles: TrajectoryRole[]) => ({ roles });
const plain = (n: number) => Array.from({ length: n }, () => member('workgroup'));

describe('workgroupAdvice', () => {
  it('asks for every needed role in an empty trajectory', () => {
    expect(workgroupAdvice([])).toEqual(['noLead', 'noPolicy', 'noParentContact', 'tooSmall']);
  });

  it('is quiet for a complete group of five', () => {
    expect(workgroupAdvice([member('lead'), member('policy'), member('parent_contact'), ...plain(2)])).toEqual([]);
  });

  it('counts 2 as too small, 3 and 8 as fine and 9 as too large', () => {
    const size = (n: number) => workgroupAdvice([member('lead', 'policy', 'parent_contact'), ...plain(n - 1)]);
    expect(size(2)).toEqual(['tooSmall']);
    expect(size(3)).toEqual([]);
    expect(size(8)).toEqual([]);
    expect(size(9)).toEqual(['tooLarge']);
  });

  it('does not count people who only have other roles', () => {
    const advice = workgroupAdvice([member('lead'), member('policy'), member('parent_contact'), member('listener'), member('minute_taker')]);
    expect(advice).toEqual([]);
    expect(workgroupAdvice([member('lead', 'policy', 'parent_contact'), member('listener'), member('guardian')])).toEqual(['tooSmall']);
  });

  it('one person may hold several roles', () => {
    expect(workgroupAdvice([member('lead', 'parent_contact'), member('policy'), member('workgroup')])).toEqual([]);
  });

  const people = fc.array(fc.record({ roles: fc.uniqueArray(fc.constantFrom(...trajectoryRoleList), { maxLength: 4 }) }), { maxLength: 14 });

  it('size advice follows the number of workgroup members (property)', () => {
    fc.assert(
      fc.property(people, (ps) => {
        const size = workgroupMembers(ps).length;
        const advice = workgroupAdvice(ps);
        expect(advice.includes('tooSmall')).toBe(size < WORKGROUP_MIN);
        expect(advice.includes('tooLarge')).toBe(size > WORKGROUP_MAX);
      }),
    );
  });

  it('asks for a role exactly when nobody holds it (property)', () => {
    fc.assert(
      fc.property(people, (ps) => {
        const advice = workgroupAdvice(ps);
        const held = (r: TrajectoryRole) => ps.some((p) => p.roles.includes(r));
        expect(advice.includes('noLead')).toBe(!held('lead'));
        expect(advice.includes('noPolicy')).toBe(!held('policy'));
        expect(advice.includes('noParentContact')).toBe(!held('parent_contact'));
      }),
    );
  });

  it('adding someone with another role never changes the advice (property)', () => {
    const other = fc.constantFrom(...trajectoryRoleList.filter((r) => !(WORKGROUP_ROLES as readonly string[]).includes(r)));
    fc.assert(
      fc.property(people, other, (ps, role) => {
        expect(workgroupAdvice([...ps, member(role)])).toEqual(workgroupAdvice(ps));
      }),
    );
  });
});

describe('workgroupMembers', () => {
  it('keeps only workgroup roles and drops people without one', () => {
    const result = workgroupMembers([
      { name: 'A', roles: ['lead', 'listener'] as TrajectoryRole[] },
      { name: 'B', roles: ['guardian'] as TrajectoryRole[] },
    ]);
    expect(result).toEqual([{ name: 'A', roles: ['lead'] }]);
  });
});
