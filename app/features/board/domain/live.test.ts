import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { receive, startVersioned } from '#app/realtime/versions';
import { applyBoardChange, applyOwnVotes, type BoardChange, markOwnNotes, type OwnVote } from './live';
import type { BoardNoteView, BoardView } from './types';

const view = (over: Partial<BoardView> = {}): BoardView => ({
  id: 'b',
  trajectoryId: 't',
  trajectoryTitle: 'T',
  joinCode: 'ABCDEF',
  channel: 'board:b',
  version: 1,
  phase: 'vote',
  ideasRevealed: true,
  settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: true },
  moderated: false,
  closed: false,
  memberCount: 2,
  notes: [],
  themes: [],
  ideas: [{ id: 'i1', themeId: 't1', text: 'Idee', onBehalf: false, mine: true, tally: { '': 2 }, total: 2, paper: {}, myDots: { '': 1 } }],
  ideaCount: 1,
  criteria: [''],
  dotsLeft: { '': 4 },
  pledges: [],
  top: null,
  ...over,
});
const note = {
  id: 'n1',
  column: 'goes_well' as const,
  text: 'Fijn',
  themeId: null,
  onBehalf: false,
  interpretation: false,
  interpretationComment: '',
  quotes: [],
};

describe('a pushed board change on a phone', () => {
  it("adds a note once, as somebody else's", () => {
    const once = applyBoardChange(view(), { kind: 'note', note });
    expect(once.notes).toEqual([{ ...note, mine: false, hidden: false, waiting: false }]);
    expect(applyBoardChange(once, { kind: 'note', note: { ...note, text: 'anders' } })).toBe(once);
  });

  it('moves the tally and total of one idea, keeping the own dots', () => {
    const after = applyBoardChange(view(), { kind: 'vote', ideaId: 'i1', criterion: '', delta: -1 });
    expect(after.ideas[0]).toMatchObject({ tally: { '': 1 }, total: 1, myDots: { '': 1 }, mine: true });
    expect(after.dotsLeft).toEqual({ '': 4 });
  });

  it('leaves hidden tallies hidden', () => {
    const hidden = view({ ideas: [{ ...view().ideas[0]!, tally: null, total: null }] });
    expect(applyBoardChange(hidden, { kind: 'vote', ideaId: 'i1', criterion: '', delta: 1 }).ideas[0]).toMatchObject({ tally: null, total: null });
  });

  it('shows a new idea only once ideas are revealed, and counts it either way', () => {
    const idea = { id: 'i2', themeId: 't1', text: 'Nieuw', onBehalf: true };
    const revealed = applyBoardChange(view(), { kind: 'idea', idea });
    expect(revealed.ideaCount).toBe(2);
    expect(revealed.ideas[1]).toMatchObject({ id: 'i2', mine: false, tally: { '': 0 }, total: 0, myDots: {} });
    const hidden = applyBoardChange(view({ ideasRevealed: false }), { kind: 'idea', idea: null });
    expect(hidden).toMatchObject({ ideaCount: 2, ideas: view().ideas });
  });

  it('counts a new member and changes nothing for a quiet change', () => {
    expect(applyBoardChange(view(), { kind: 'member' }).memberCount).toBe(3);
    const same = view();
    expect(applyBoardChange(same, { kind: 'quiet' })).toBe(same);
  });
});

describe('a changed, deleted or hidden note on a phone', () => {
  it('shows the new text in place, keeping the marks', () => {
    const shown = markOwnNotes(applyBoardChange(view(), { kind: 'note', note }), new Set(['n1']));
    const after = applyBoardChange(shown, { kind: 'note-text', noteId: 'n1', text: 'Anders gezegd' });
    expect(after.notes).toEqual([{ ...note, text: 'Anders gezegd', mine: true, hidden: false, waiting: false }]);
    expect(applyBoardChange(after, { kind: 'note-text', noteId: 'elders', text: 'x' }).notes).toEqual(after.notes);
  });

  it('takes a deleted or hidden note off, and only that one', () => {
    const two = applyBoardChange(applyBoardChange(view(), { kind: 'note', note }), { kind: 'note', note: { ...note, id: 'n2' } });
    expect(applyBoardChange(two, { kind: 'note-gone', noteId: 'n1' }).notes.map((n) => n.id)).toEqual(['n2']);
    expect(applyBoardChange(two, { kind: 'note-gone', noteId: 'n9' }).notes.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  // What the board holds after a run of note changes, as a reload reads it (notes in the order written).
  type Op = { op: 'add' | 'edit' | 'gone'; n: number; text: string };
  const model = (ops: readonly Op[]) => {
    // A Map keeps the order notes were (last) added in: the order a reload reads them in.
    const notes = new Map<string, string>();
    const changes: BoardChange[] = [];
    for (const { op, n, text } of ops) {
      const id = `n${n}`;
      if (op === 'add' && !notes.has(id)) {
        notes.set(id, text);
        changes.push({ kind: 'note', note: { ...note, id, text } });
      } else if (op === 'edit' && notes.has(id)) {
        notes.set(id, text);
        changes.push({ kind: 'note-text', noteId: id, text });
      } else if (op === 'gone' && notes.has(id)) {
        notes.delete(id);
        changes.push({ kind: 'note-gone', noteId: id });
      }
    }
    return { changes, notes };
  };

  it('gives the view a reload gives, whatever order the versions arrive in', () => {
    const ops = fc.array(
      fc.record({
        op: fc.constantFrom('add' as const, 'edit' as const, 'gone' as const),
        n: fc.integer({ min: 1, max: 4 }),
        text: fc.string({ maxLength: 5 }),
      }),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(
        ops.chain((list) => {
          const { changes } = model(list);
          // Each change with its version (the board's lock gives them in order), delivered shuffled.
          return fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              changes.map((change, i) => ({ version: 2 + i, change })),
              { minLength: changes.length },
            ),
          );
        }),
        ([list, delivered]) => {
          const { notes } = model(list);
          let state = startVersioned<BoardView, BoardChange>(view({ version: 1 }));
          for (const event of delivered) state = receive(state, event, applyBoardChange);
          expect(state.reload).toBe(false);
          expect(state.view.version).toBe(1 + delivered.length);
          // A reload lists the notes by when they were written; an edit keeps a note in its place.
          const expected: BoardNoteView[] = [...notes].map(([id, text]) => ({ ...note, id, text, mine: false, hidden: false, waiting: false }));
          expect(state.view.notes).toEqual(expected);
        },
      ),
    );
  });
});

describe("a phone's own notes", () => {
  it('marks the notes this phone sent, whether their change arrived before or after the answer', () => {
    const other = { ...note, id: 'n2', text: 'Van een ander' };
    const pushed = applyBoardChange(applyBoardChange(view(), { kind: 'note', note }), { kind: 'note', note: other });
    const marked = markOwnNotes(pushed, new Set(['n1', 'n3']));
    expect(marked.notes.map((n) => [n.id, n.mine])).toEqual([
      ['n1', true],
      ['n2', false],
    ]);
    // The answer came first: the note is marked once its change arrives.
    const later = markOwnNotes(applyBoardChange(marked, { kind: 'note', note: { ...note, id: 'n3' } }), new Set(['n1', 'n3']));
    expect(later.notes.find((n) => n.id === 'n3')?.mine).toBe(true);
  });

  it('keeps the same view when there is nothing to mark', () => {
    const shown = applyBoardChange(view(), { kind: 'note', note });
    expect(markOwnNotes(shown, new Set())).toBe(shown);
    const mine = markOwnNotes(shown, new Set(['n1']));
    expect(markOwnNotes(mine, new Set(['n1']))).toBe(mine);
  });
});

describe("a phone's own votes", () => {
  const two = view({
    ideas: [view().ideas[0]!, { ...view().ideas[0]!, id: 'i2', mine: false, myDots: {} }],
    version: 10,
  });

  it('shows the dots of the answers newer than the loaded view, the newest dots left winning', () => {
    const votes: OwnVote[] = [
      { ideaId: 'i2', criterion: '', dots: 2, dotsLeft: 2, version: 13 },
      { ideaId: 'i1', criterion: '', dots: 2, dotsLeft: 3, version: 12 },
      { ideaId: 'i1', criterion: '', dots: 0, dotsLeft: 9, version: 9 },
    ];
    const shown = applyOwnVotes(two, votes, 10);
    expect(shown.dotsLeft).toEqual({ '': 2 });
    expect(shown.ideas.map((i) => i.myDots)).toEqual([{ '': 2 }, { '': 2 }]);
    // What the loaded view already holds is not applied again.
    expect(applyOwnVotes(two, votes, 13)).toBe(two);
  });

  it('gives the same view whatever order the answers arrive in', () => {
    const vote = fc.record({
      ideaId: fc.constantFrom('i1', 'i2'),
      criterion: fc.constantFrom('' as const),
      dots: fc.integer({ min: 0, max: 5 }),
      dotsLeft: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 8 }), (list) => {
        // Each answer has its own version, as the board's lock gives them.
        const votes = list.map((v, i) => ({ ...v, version: 9 + i }));
        const inOrder = applyOwnVotes(two, votes, 10);
        expect(applyOwnVotes(two, [...votes].reverse(), 10)).toEqual(inOrder);
        const last = votes.filter((v) => v.version > 10).at(-1);
        if (last) expect(inOrder.dotsLeft?.['']).toBe(last.dotsLeft);
      }),
    );
  });
});
