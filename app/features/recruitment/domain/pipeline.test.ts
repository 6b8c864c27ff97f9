import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_KINDS, type ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import {
  allowedMoves,
  canMove,
  isCommitted,
  movesToAttended,
  moveDirection,
  type ParticipantStatus,
  pseudonymFor,
  selfSignupAtDesk,
  START_STATUSES,
  STATUSES,
} from './pipeline';

describe('pipeline moves', () => {
  it('goes one step forward or back, and can be cancelled until attended', () => {
    expect(allowedMoves('approached')).toEqual(['interested', 'cancelled']);
    expect(allowedMoves('interested')).toEqual(['registered', 'approached', 'cancelled']);
    expect(allowedMoves('registered')).toEqual(['confirmed', 'interested', 'cancelled']);
    expect(allowedMoves('confirmed')).toEqual(['attended', 'registered', 'cancelled']);
    expect(allowedMoves('attended')).toEqual(['confirmed']);
    expect(allowedMoves('cancelled')).toEqual(['interested']);
  });

  it('does not skip steps or stay in place', () => {
    expect(canMove('approached', 'registered')).toBe(false);
    expect(canMove('interested', 'attended')).toBe(false);
    expect(canMove('registered', 'registered')).toBe(false);
    expect(canMove('attended', 'cancelled')).toBe(false);
    expect(canMove('cancelled', 'registered')).toBe(false);
  });

  it('names the direction of a move', () => {
    expect(moveDirection('interested', 'registered')).toBe('forward');
    expect(moveDirection('registered', 'interested')).toBe('back');
    expect(moveDirection('confirmed', 'cancelled')).toBe('cancel');
    expect(moveDirection('cancelled', 'interested')).toBe('reopen');
  });

  it('every state can reach attended and every non-final state can be cancelled', () => {
    for (const from of STATUSES) {
      const seen = new Set<ParticipantStatus>([from]);
      const queue: ParticipantStatus[] = [from];
      while (queue.length) {
        for (const to of allowedMoves(queue.shift()!)) {
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect(seen.has('attended'), from).toBe(true);
      if (from !== 'attended' && from !== 'cancelled') expect(canMove(from, 'cancelled'), from).toBe(true);
    }
  });
});

describe('pseudonym at registration', () => {
  it('is given on the first registration, not before', () => {
    expect(pseudonymFor({ kind: 'parent', status: 'interested', current: null, reserved: [] })).toBeNull();
    expect(pseudonymFor({ kind: 'parent', status: 'registered', current: null, reserved: ['Ouder A'] })).toBe('Ouder B');
    expect(pseudonymFor({ kind: 'youth', status: 'registered', current: null, reserved: ['Ouder A'] })).toBe('Jongere A');
  });

  it('never changes once given, also when going back or cancelling', () => {
    for (const status of STATUSES) expect(pseudonymFor({ kind: 'youth', status, current: 'Ouder C', reserved: [] })).toBe('Ouder C');
  });

  type Op =
    | { op: 'add'; kind: ParticipantKind; status: (typeof START_STATUSES)[number] }
    | { op: 'move'; who: number; to: ParticipantStatus }
    | { op: 'kind'; who: number; kind: ParticipantKind };
  const kind = fc.constantFrom(...PARTICIPANT_KINDS);
  const ops = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('add' as const), kind, status: fc.constantFrom(...START_STATUSES) }),
      fc.record({ op: fc.constant('move' as const), who: fc.nat(30), to: fc.constantFrom(...STATUSES) }),
      fc.record({ op: fc.constant('kind' as const), who: fc.nat(30), kind }),
    ) as fc.Arbitrary<Op>,
    { maxLength: 120 },
  );

  it('stay unique and fixed under any sequence of adds, moves and kind changes', () => {
    fc.assert(
      fc.property(ops, (sequence) => {
        const people: { kind: ParticipantKind; status: ParticipantStatus; pseudonym: string | null }[] = [];
        const everGiven = new Set<string>();
        const step = (p: (typeof people)[number]) => {
          const before = p.pseudonym;
          p.pseudonym = pseudonymFor({
            kind: p.kind,
            status: p.status,
            current: p.pseudonym,
            reserved: people.flatMap((q) => (q.pseudonym ? [q.pseudonym] : [])),
          });
          if (before) expect(p.pseudonym).toBe(before);
          else if (p.pseudonym) {
            expect(everGiven.has(p.pseudonym)).toBe(false);
            everGiven.add(p.pseudonym);
          }
        };
        for (const o of sequence) {
          if (o.op === 'add') {
            const p = { kind: o.kind, status: o.status as ParticipantStatus, pseudonym: null };
            people.push(p);
            step(p);
          } else {
            const p = people[o.who];
            if (!p) continue;
            if (o.op === 'kind') p.kind = o.kind;
            else if (canMove(p.status, o.to)) p.status = o.to;
            step(p);
          }
        }
        const given = people.flatMap((p) => (p.pseudonym ? [p.pseudonym] : []));
        expect(new Set(given).size).toBe(given.length);
        for (const p of people) if (['registered', 'confirmed', 'attended'].includes(p.status)) expect(p.pseudonym).not.toBeNull();
      }),
    );
  });
});

describe('a self sign-up at the welcome desk (issue 14, item 7)', () => {
  const status = fc.constantFrom(...STATUSES);
  const source = fc.constantFrom('workgroup' as const, 'signup' as const);

  it('checks in at once only a parent who signed up themselves and is still where a sign-up lands', () => {
    fc.assert(
      fc.property(source, status, fc.boolean(), (s, st, consentGiven) => {
        const answer = selfSignupAtDesk({ source: s, status: st, consentGiven });
        if (s !== 'signup' || st !== 'interested') expect(answer).toBe('no');
        else expect(answer).toBe(consentGiven ? 'allowed' : 'needs-consent');
      }),
    );
  });

  it('never lets the desk do what the pipeline forbids: the one press is a chain of allowed forward moves that gives a pseudonym', () => {
    fc.assert(
      fc.property(status, (from) => {
        if (selfSignupAtDesk({ source: 'signup', status: from, consentGiven: true }) !== 'allowed') return;
        const moves = movesToAttended(from);
        expect(moves.at(-1)).toBe('attended');
        let at = from;
        for (const to of moves) {
          expect(canMove(at, to)).toBe(true);
          at = to;
        }
        // Attended is committed: the pseudonym is given on the way, as registering would.
        expect(isCommitted('attended')).toBe(true);
        expect(pseudonymFor({ kind: 'parent', status: 'attended', current: null, reserved: [] })).toBe('Ouder A');
      }),
    );
    // Cancelled and approached are not on a way forward the desk may take.
    expect(movesToAttended('cancelled')).toEqual([]);
    expect(selfSignupAtDesk({ source: 'signup', status: 'cancelled', consentGiven: true })).toBe('no');
    expect(selfSignupAtDesk({ source: 'signup', status: 'approached', consentGiven: true })).toBe('no');
  });
});
