import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSING_KEY, initialState, OPENING_KEY, questionKey } from './queue';
import { reduceConsole, type ConsoleAction, markOf } from './reducer';
import type { ConversationState } from './state';

const now = new Date('2025-03-01T19:00:00Z');
const later = new Date('2025-03-01T20:10:00Z');
const roster = {
  participantIds: ['p1', 'p2', 'p3'],
  opening: 'Hoe is het?',
  closing: 'Hoe was het?',
  questions: [
    { id: 'a', text: 'Vraag A' },
    { id: 'b', text: 'Vraag B' },
  ],
};
const run = (state: ConversationState, ...actions: ConsoleAction[]) => actions.reduce((s, a) => reduceConsole(s, a, now), state);
const started = () => run(initialState(roster), { type: 'start' });

describe('the console round-robin', () => {
  it('starts at the opening question with the first seat and the clock running', () => {
    const s = started();
    expect(s).toMatchObject({
      phase: 'conversation',
      startedAt: now.toISOString(),
      currentKey: OPENING_KEY,
      currentParticipantId: 'p1',
    });
    // Starting twice changes nothing.
    expect(run(s, { type: 'start' })).toBe(s);
  });

  it('marks the current turn and moves on through the seats, then to the next question', () => {
    let s = run(started(), { type: 'mark', mark: 'answered' }, { type: 'next' });
    expect(markOf(s, OPENING_KEY, 'p1')).toBe('answered');
    expect(s.currentParticipantId).toBe('p2');
    s = run(s, { type: 'mark', mark: 'passed' }, { type: 'next' }, { type: 'mark', mark: 'skipped' }, { type: 'next' });
    expect(s.turns[OPENING_KEY]).toEqual({
      p1: 'answered',
      p2: 'passed',
      p3: 'skipped',
    });
    expect(s).toMatchObject({
      currentKey: questionKey('a'),
      currentParticipantId: 'p1',
    });
  });

  it('passes over seats that already have a mark', () => {
    // Marked p2 out of turn (after a jump back), then "next" from p1 goes to p3.
    let s = run(started(), { type: 'next' }, { type: 'mark', mark: 'answered' }, { type: 'nextQuestion' }, { type: 'jump', key: OPENING_KEY });
    expect(s.currentParticipantId).toBe('p1');
    s = run(s, { type: 'next' });
    expect(s.currentParticipantId).toBe('p3');
  });

  it('moves to the next question on request and stops at the closing question', () => {
    const s = run(started(), { type: 'nextQuestion' }, { type: 'nextQuestion' }, { type: 'nextQuestion' });
    expect(s.currentKey).toBe(CLOSING_KEY);
    expect(run(s, { type: 'nextQuestion' })).toBe(s);
    expect(run(s, { type: 'next' }, { type: 'next' }, { type: 'next' }).currentKey).toBe(CLOSING_KEY);
  });

  it('jumps to a question, starting with the first seat that has not had it', () => {
    const s = run(
      started(),
      { type: 'nextQuestion' },
      { type: 'mark', mark: 'answered' },
      { type: 'jump', key: OPENING_KEY },
      { type: 'jump', key: questionKey('a') },
    );
    expect(s).toMatchObject({
      currentKey: questionKey('a'),
      currentParticipantId: 'p2',
    });
    expect(run(s, { type: 'jump', key: 'q:unknown' })).toBe(s);
  });

  it('reorders seats and questions; the opening stays first and the closing last', () => {
    let s = run(initialState(roster), {
      type: 'moveSeat',
      participantId: 'p3',
      direction: 'up',
    });
    expect(s.seats).toEqual(['p1', 'p3', 'p2']);
    s = run(s, { type: 'moveItem', key: questionKey('b'), direction: 'up' });
    expect(s.queue.map((i) => i.key)).toEqual([OPENING_KEY, questionKey('b'), questionKey('a'), CLOSING_KEY]);
    expect(run(s, { type: 'moveItem', key: questionKey('b'), direction: 'up' })).toEqual(s);
    expect(run(s, { type: 'moveItem', key: OPENING_KEY, direction: 'down' })).toBe(s);
  });

  it('edits the opening and closing question, never with empty text', () => {
    const s = run(initialState(roster), {
      type: 'editItem',
      key: OPENING_KEY,
      text: '  Vertel eens over uw buurt. ',
    });
    expect(s.queue[0]!.text).toBe('Vertel eens over uw buurt.');
    expect(run(s, { type: 'editItem', key: OPENING_KEY, text: '  ' })).toBe(s);
    expect(run(s, { type: 'editItem', key: questionKey('a'), text: 'Anders' })).toBe(s);
  });

  it('ends the conversation into first reactions, then closes; a reset starts over', () => {
    const s = reduceConsole(started(), { type: 'end' }, later);
    expect(s).toMatchObject({
      phase: 'firstReactions',
      endedAt: later.toISOString(),
    });
    expect(run(s, { type: 'mark', mark: 'answered' })).toBe(s);
    const ended = run(s, { type: 'finish' });
    expect(ended).toMatchObject({
      phase: 'ended',
      currentKey: null,
      currentParticipantId: null,
    });
    expect(run(ended, { type: 'reset' })).toMatchObject({
      phase: 'notStarted',
      startedAt: null,
      turns: {},
      seats: roster.participantIds,
    });
  });

  it('does nothing with marks or moves before the start', () => {
    const s = initialState(roster);
    for (const a of [{ type: 'mark', mark: 'answered' }, { type: 'next' }, { type: 'nextQuestion' }, { type: 'end' }, { type: 'finish' }] as ConsoleAction[]) {
      expect(run(s, a)).toBe(s);
    }
  });
});

describe('console properties', () => {
  const seatIds = fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), { maxLength: 6 });
  const questionIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), {
    maxLength: 4,
  });
  const action = (seats: string[], keys: string[]): fc.Arbitrary<ConsoleAction> =>
    fc.oneof(
      fc.constant({ type: 'start' } as const),
      fc.constantFrom('answered', 'passed', 'skipped').map((mark) => ({ type: 'mark', mark }) as const),
      fc.constantFrom('answered', 'passed', 'skipped').map((mark) => ({ type: 'markAndNext', mark }) as const),
      fc.constant({ type: 'next' } as const),
      fc.constant({ type: 'next' } as const),
      fc.constant({ type: 'nextQuestion' } as const),
      fc.constantFrom(...keys, 'q:x').map((key) => ({ type: 'jump', key }) as const),
      fc
        .record({
          participantId: fc.constantFrom(...seats, 'px'),
          direction: fc.constantFrom('up', 'down') as fc.Arbitrary<'up' | 'down'>,
        })
        .map((a) => ({ type: 'moveSeat', ...a }) as const),
      fc
        .record({
          key: fc.constantFrom(...keys),
          direction: fc.constantFrom('up', 'down') as fc.Arbitrary<'up' | 'down'>,
        })
        .map((a) => ({ type: 'moveItem', ...a }) as const),
      fc.constant({ type: 'end' } as const),
      fc.constant({ type: 'reset' } as const),
    );
  const scenario = fc.tuple(seatIds, questionIds).chain(([seats, qs]) => {
    const state = initialState({
      participantIds: seats,
      opening: 'O',
      closing: 'C',
      questions: qs.map((id) => ({ id, text: id })),
    });
    return fc.tuple(
      fc.constant(state),
      fc.array(
        action(
          seats,
          state.queue.map((i) => i.key),
        ),
        { maxLength: 60 },
      ),
    );
  });

  it('never has a current participant outside the seats, nor a question outside the queue', () => {
    fc.assert(
      fc.property(scenario, ([initial, actions]) => {
        let s = initial;
        for (const a of actions) {
          s = reduceConsole(s, a, now);
          if (s.currentParticipantId !== null) expect(s.seats).toContain(s.currentParticipantId);
          if (s.currentKey !== null) expect(s.queue.map((i) => i.key)).toContain(s.currentKey);
          expect([...s.seats].sort()).toEqual([...initial.seats].sort());
          expect(s.queue[0]?.kind).toBe('opening');
          expect(s.queue.at(-1)?.kind).toBe('closing');
        }
      }),
    );
  });

  it('with "next" only, every participant gets each question exactly once, in seat order', () => {
    fc.assert(
      fc.property(
        seatIds.filter((s) => s.length > 0),
        questionIds,
        fc.array(fc.constantFrom('answered', 'passed', 'skipped', null), {
          maxLength: 40,
        }),
        (seats, qs, marks) => {
          let s = run(
            initialState({
              participantIds: seats,
              opening: 'O',
              closing: 'C',
              questions: qs.map((id) => ({ id, text: id })),
            }),
            { type: 'start' },
          );
          const visits: string[] = [];
          for (let i = 0; i < seats.length * s.queue.length; i++) {
            visits.push(`${s.currentKey}/${s.currentParticipantId}`);
            const mark = marks[i % Math.max(1, marks.length)];
            if (mark) s = run(s, { type: 'mark', mark });
            s = run(s, { type: 'next' });
          }
          expect(visits).toEqual(s.queue.flatMap((item) => seats.map((p) => `${item.key}/${p}`)));
        },
      ),
    );
  });
});

describe('one press per turn', () => {
  it('records the mark and moves on, as "mark" then "next" would', () => {
    const s = run(started(), { type: 'markAndNext', mark: 'answered' });
    expect(markOf(s, OPENING_KEY, 'p1')).toBe('answered');
    expect(s.currentParticipantId).toBe('p2');
    // After the last seat the next question comes up.
    const t = run(s, { type: 'markAndNext', mark: 'passed' }, { type: 'markAndNext', mark: 'skipped' });
    expect(t.turns[OPENING_KEY]).toEqual({ p1: 'answered', p2: 'passed', p3: 'skipped' });
    expect(t).toMatchObject({ currentKey: questionKey('a'), currentParticipantId: 'p1' });
  });

  it('does nothing when there is no turn to record (before the start, after the end)', () => {
    const before = initialState(roster);
    expect(run(before, { type: 'markAndNext', mark: 'answered' })).toBe(before);
    const ended = run(started(), { type: 'end' });
    expect(run(ended, { type: 'markAndNext', mark: 'answered' })).toBe(ended);
  });

  it('equals "mark" then "next" in every state', () => {
    const mark = fc.constantFrom('answered', 'passed', 'skipped') as fc.Arbitrary<'answered' | 'passed' | 'skipped'>;
    const step = fc.oneof(
      mark.map((m) => ({ type: 'markAndNext', mark: m }) as const),
      fc.constant({ type: 'next' } as const),
      fc.constant({ type: 'nextQuestion' } as const),
      fc.constant({ type: 'jump', key: OPENING_KEY } as const),
      fc.constant({ type: 'end' } as const),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), mark, (steps, m) => {
        const s = run(started(), ...steps);
        const once = run(s, { type: 'markAndNext', mark: m });
        const twice = run(s, { type: 'mark', mark: m }, { type: 'next' });
        expect(once).toEqual(s.phase === 'conversation' && s.currentParticipantId ? twice : s);
      }),
    );
  });
});
