import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccessEntry, type AccessEntryFields, canonicalJson, chainEntries, GENESIS_HASH, verifyChain } from './access-chain';

const fieldsArb: fc.Arbitrary<Omit<AccessEntryFields, 'seq'>> = fc.record({
  orgId: fc.constant('6f1f0000-0000-4000-8000-000000000001'),
  at: fc.date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  actorRoles: fc.array(fc.constantFrom('admin', 'coordinator', 'member', 'lead', 'parent_contact', 'signup'), { maxLength: 3 }),
  trajectoryId: fc.option(fc.uuid(), { nil: null }),
  participantId: fc.uuid(),
  action: fc.constantFrom('view', 'change', 'export', 'erase'),
  screen: fc.constantFrom('participant', 'participants', 'participants.csv', 'rights.export'),
});

const chainArb = fc.array(fieldsArb, { minLength: 1, maxLength: 12 }).map((fields) => chainEntries(null, fields));

/** Changes one field of an entry to another value of the same kind. */
function tamper(entry: AccessEntry, field: keyof AccessEntry, salt: number): AccessEntry {
  const value = entry[field];
  const changed =
    value instanceof Date
      ? new Date(value.getTime() + 1000 + salt)
      : typeof value === 'number'
        ? value + 1 + salt
        : Array.isArray(value)
          ? [...value, `x${salt}`]
          : value === null
            ? `x${salt}`
            : `${value}x${salt}`;
  return { ...entry, [field]: changed };
}

const FIELDS: (keyof AccessEntry)[] = [
  'orgId',
  'seq',
  'at',
  'actorUserId',
  'actorRoles',
  'trajectoryId',
  'participantId',
  'action',
  'screen',
  'prevHash',
  'hash',
];

describe('the access log chain', () => {
  it('numbers entries from 1, starts at the genesis hash and continues after the last one', () => {
    const [first, second] = chainEntries(null, [
      { orgId: 'o', at: new Date(0), actorUserId: null, actorRoles: [], trajectoryId: null, participantId: 'p', action: 'view', screen: 's' },
      { orgId: 'o', at: new Date(1), actorUserId: null, actorRoles: [], trajectoryId: null, participantId: 'p', action: 'view', screen: 's' },
    ]);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.prevHash).toBe(first!.hash);
    const [third] = chainEntries(second!, [{ ...first!, at: new Date(2) }]);
    expect(third!.seq).toBe(3);
    expect(verifyChain([first!, second!, third!])).toEqual({ intact: true, count: 3 });
  });

  it('writes canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: null }], c: new Date(0) } })).toBe(
      '{"a":{"c":"1970-01-01T00:00:00.000Z","d":[2,{"e":null,"f":1}]},"b":1}',
    );
  });

  it('says an untouched chain is intact', () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        expect(verifyChain(chain)).toEqual({ intact: true, count: chain.length });
      }),
    );
  });

  it('finds any changed field of any entry, at that entry', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.constantFrom(...FIELDS), fc.nat(99), (chain, at, field, salt) => {
        const index = at % chain.length;
        const tampered = chain.map((e, i) => (i === index ? tamper(e, field, salt) : e));
        expect(verifyChain(tampered)).toEqual({ intact: false, count: chain.length, brokenAt: index + 1 });
      }),
    );
  });

  it('finds a removed entry (other than the newest) at the place where it was', () => {
    fc.assert(
      fc.property(
        chainArb.filter((c) => c.length >= 2),
        fc.nat(),
        (chain, at) => {
          const index = at % (chain.length - 1);
          const removed = chain.filter((_, i) => i !== index);
          expect(verifyChain(removed)).toMatchObject({ intact: false, brokenAt: index + 1 });
        },
      ),
    );
  });

  it('finds an entry whose hash was recomputed after a change: the next one no longer points at it', () => {
    fc.assert(
      fc.property(
        chainArb.filter((c) => c.length >= 2),
        fc.nat(),
        (chain, at) => {
          const index = at % (chain.length - 1);
          const [rewritten] = chainEntries(index === 0 ? null : chain[index - 1]!, [{ ...chain[index]!, screen: 'rewritten' }]);
          const tampered = chain.map((e, i) => (i === index ? rewritten! : e));
          expect(verifyChain(tampered)).toMatchObject({ intact: false, brokenAt: index + 2 });
        },
      ),
    );
  });
});
