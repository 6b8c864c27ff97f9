import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBoardChange, personalise } from './live';
import { noteVisibleTo, waitsForFacilitator, withShownNote } from './moderation';
import type { Audience, BoardNoteView } from './types';

const note = (id: string, over: Partial<BoardNoteView> = {}): BoardNoteView => ({
  id,
  column: 'difficult',
  text: `Briefje ${id}`,
  themeId: null,
  onBehalf: false,
  interpretation: false,
  interpretationComment: '',
  quotes: [],
  mine: false,
  hidden: false,
  waiting: false,
  ...over,
});
const bare = ({ mine: _m, hidden: _h, waiting: _w, ...rest }: BoardNoteView) => rest;

describe('a new note waits (issue 14, 5e)', () => {
  it('waits only on a moderated board, and never when the facilitator wrote it for the room', () => {
    expect(waitsForFacilitator({ moderated: true, byStaff: false })).toBe(true);
    expect(waitsForFacilitator({ moderated: true, byStaff: true })).toBe(false);
    expect(waitsForFacilitator({ moderated: false, byStaff: false })).toBe(false);
    expect(waitsForFacilitator({ moderated: false, byStaff: true })).toBe(false);
  });
});

describe('who sees a note', () => {
  const audience = fc.constantFrom<Audience>('facilitator', 'projector', 'participant');
  const flags = fc.record({ hidden: fc.boolean(), waiting: fc.boolean(), mine: fc.boolean() });

  it('the facilitator sees every note; nobody else sees a hidden note', () => {
    fc.assert(
      fc.property(flags, audience, (n, a) => {
        if (a === 'facilitator') expect(noteVisibleTo(n, a)).toBe(true);
        else if (n.hidden) expect(noteVisibleTo(n, a)).toBe(false);
      }),
    );
  });

  it('a waiting note is on its writer’s phone only; the projector never shows it', () => {
    fc.assert(
      fc.property(flags, (n) => {
        const waiting = { ...n, waiting: true, hidden: false };
        expect(noteVisibleTo(waiting, 'projector')).toBe(false);
        expect(noteVisibleTo(waiting, 'participant')).toBe(waiting.mine);
        expect(noteVisibleTo({ ...waiting, waiting: false }, 'projector')).toBe(true);
      }),
    );
  });
});

describe('a shown note in the list', () => {
  it('goes after the shown notes and before the waiting ones, once, keeping its own mark', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), waiting: fc.boolean(), mine: fc.boolean() }), { selector: (n) => n.id }),
        fc.nat(),
        (rows, pick) => {
          // A screen's list: shown notes first, then waiting ones (as a reload lists them).
          const list = [...rows.filter((r) => !r.waiting), ...rows.filter((r) => r.waiting)].map((r) => note(r.id, r));
          const known = list.length > 0 ? list[pick % list.length]! : null;
          const shown = known ?? note('nieuw');
          const after = withShownNote(list, bare(shown));
          expect(after.filter((n) => n.id === shown.id)).toHaveLength(1);
          const at = after.findIndex((n) => n.id === shown.id);
          expect(after.slice(0, at).every((n) => !n.waiting)).toBe(true);
          expect(after.slice(at + 1).every((n) => n.waiting)).toBe(true);
          expect(after[at]).toMatchObject({ waiting: false, hidden: false, mine: known?.mine ?? false });
          expect(after).toHaveLength(list.length + (known ? 0 : 1));
        },
      ),
    );
  });

  it("the writer's phone: its waiting note moves after the notes the room saw meanwhile when shown, as a reload lists it", () => {
    const shared = [note('a'), note('c')];
    const own = { noteIds: ['p'], waitingNotes: [bare(note('p'))], ideaIds: [], votes: [], dots: [], pledges: [] };
    const view = { notes: shared } as Parameters<typeof personalise>[0];
    const mine = personalise(
      { ...view, criteria: [], settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: true }, ideas: [], pledges: [] } as never,
      own,
    );
    expect(mine.notes.map((n) => [n.id, n.waiting, n.mine])).toEqual([
      ['a', false, false],
      ['c', false, false],
      ['p', true, true],
    ]);
    // Another phone's note arrives before the waiting one is shown: it goes before the waiting note.
    const withD = applyBoardChange(mine, { kind: 'note', note: bare(note('d')) });
    expect(withD.notes.map((n) => n.id)).toEqual(['a', 'c', 'd', 'p']);
    const shown = applyBoardChange(withD, { kind: 'note', note: bare(note('p')) });
    expect(shown.notes.map((n) => [n.id, n.waiting, n.mine])).toEqual([
      ['a', false, false],
      ['c', false, false],
      ['d', false, false],
      ['p', false, true],
    ]);
    // A note already shown is not moved by its change arriving again.
    expect(applyBoardChange(shown, { kind: 'note', note: bare(note('a')) })).toBe(shown);
  });
});
