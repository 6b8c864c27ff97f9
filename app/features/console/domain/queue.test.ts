import { describe, expect, it } from 'vitest';
import { buildQueue, CLOSING_KEY, firstNameOf, initialState, OPENING_KEY, questionKey, reconcile } from './queue';
import { reduceConsole } from './reducer';

const roster = {
  participantIds: ['p1', 'p2'],
  opening: 'Open',
  closing: 'Dicht',
  questions: [{ id: 'a', text: 'Vraag A' }],
};

describe('the question queue', () => {
  it('is the opening question, the chosen questions in order, and the closing question', () => {
    expect(
      buildQueue({
        ...roster,
        questions: [
          { id: 'b', text: 'B' },
          { id: 'a', text: 'A' },
        ],
      }),
    ).toEqual([
      { key: OPENING_KEY, kind: 'opening', text: 'Open' },
      { key: questionKey('b'), kind: 'question', text: 'B', questionId: 'b' },
      { key: questionKey('a'), kind: 'question', text: 'A', questionId: 'a' },
      { key: CLOSING_KEY, kind: 'closing', text: 'Dicht' },
    ]);
    expect(buildQueue({ ...roster, questions: [] }).map((i) => i.kind)).toEqual(['opening', 'closing']);
  });

  it('follows the preparation before the start, keeping the leader’s order and texts', () => {
    let s = reduceConsole(initialState(roster), { type: 'editItem', key: OPENING_KEY, text: 'Eigen opening' }, new Date());
    s = reconcile(s, {
      ...roster,
      participantIds: ['p2', 'p3'],
      questions: [
        { id: 'a', text: 'Vraag A, korter' },
        { id: 'c', text: 'C' },
      ],
    });
    expect(s.seats).toEqual(['p2', 'p3']);
    expect(s.queue.map((i) => i.text)).toEqual(['Eigen opening', 'Vraag A, korter', 'C', 'Dicht']);
    // Nothing new: the very same state comes back.
    expect(
      reconcile(s, {
        ...roster,
        participantIds: ['p2', 'p3'],
        questions: [
          { id: 'a', text: 'Vraag A, korter' },
          { id: 'c', text: 'C' },
        ],
      }),
    ).toBe(s);
  });

  it('keeps the queue once the conversation runs, but not a participant who left', () => {
    const s = reduceConsole(initialState(roster), { type: 'start' }, new Date());
    const next = reconcile(s, {
      ...roster,
      participantIds: ['p2'],
      questions: [],
    });
    expect(next.queue).toBe(s.queue);
    expect(next).toMatchObject({ seats: ['p2'], currentParticipantId: 'p2' });
  });

  it('takes the first word of a name as the first name', () => {
    expect(firstNameOf('  Amira  El Amrani ')).toBe('Amira');
    expect(firstNameOf('')).toBe('');
  });
});
