// What a change on the board does to a phone's screen, pushed with the event so that a phone shows
// it without asking the server again (decision 0011). Only what every phone may see travels: a note,
// an idea once ideas are revealed, the dots on an idea while tallies are live. What differs per
// phone (own dots, own hidden ideas, own pledges) comes with that phone's own answer after its post.
import { withShownNote } from './moderation';
import type { BoardNoteView, BoardView, VoteCriterion } from './types';

export type BoardChange =
  /** A new note, or a waiting note the facilitator showed ("Tonen"): it goes after the shown notes. */
  | { kind: 'note'; note: Omit<BoardNoteView, 'mine' | 'hidden' | 'waiting'> }
  /** A note's writer changed its text (while its phase takes notes). */
  | { kind: 'note-text'; noteId: string; text: string }
  /** A note left every phone: its writer deleted it, or the facilitator hid it (restoring reloads). */
  | { kind: 'note-gone'; noteId: string }
  /** A new idea: its text only once ideas are revealed; before that only that one more exists. */
  | { kind: 'idea'; idea: { id: string; themeId: string; text: string; onBehalf: boolean } | null }
  /** Dots on an idea changed by `delta`: sent only while tallies are live. */
  | { kind: 'vote'; ideaId: string; criterion: VoteCriterion; delta: number }
  | { kind: 'member' }
  /** Nothing another phone sees changed (an own pledge, a vote while tallies are hidden, a re-join). */
  | { kind: 'quiet' };

/** The participant's view after one change; a change already in the view (same id) changes nothing. */
export function applyBoardChange(view: BoardView, change: BoardChange): BoardView {
  switch (change.kind) {
    case 'note': {
      const known = view.notes.find((note) => note.id === change.note.id);
      if (known && !known.waiting) return view;
      return { ...view, notes: withShownNote(view.notes, change.note) };
    }
    case 'note-text':
      return { ...view, notes: view.notes.map((note) => (note.id === change.noteId ? { ...note, text: change.text } : note)) };
    case 'note-gone':
      return { ...view, notes: view.notes.filter((note) => note.id !== change.noteId) };
    case 'idea': {
      const idea = change.idea;
      if (idea && view.ideas.some((known) => known.id === idea.id)) return view;
      const ideaCount = view.ideaCount + 1;
      if (!idea || !view.ideasRevealed) return { ...view, ideaCount };
      const shown = view.settings.talliesLive || view.closed;
      const tally = shown ? Object.fromEntries(view.criteria.map((criterion) => [criterion, 0])) : null;
      return { ...view, ideaCount, ideas: [...view.ideas, { ...idea, mine: false, tally, total: shown ? 0 : null, paper: {}, myDots: {} }] };
    }
    case 'vote':
      return {
        ...view,
        ideas: view.ideas.map((idea) =>
          idea.id !== change.ideaId || idea.tally === null
            ? idea
            : {
                ...idea,
                tally: { ...idea.tally, [change.criterion]: (idea.tally[change.criterion] ?? 0) + change.delta },
                total: (idea.total ?? 0) + change.delta,
              },
        ),
      };
    case 'member':
      return { ...view, memberCount: view.memberCount + 1 };
    case 'quiet':
      return view;
  }
}

/** What only this phone sees of the board, read for it: its notes and ideas, dots and pledges. */
export type OwnParts = {
  noteIds: string[];
  /** Its notes still waiting for the facilitator (a moderated board): no other screen has them. */
  waitingNotes: Omit<BoardNoteView, 'mine' | 'hidden' | 'waiting'>[];
  ideaIds: string[];
  votes: { ideaId: string; criterion: VoteCriterion; dots: number }[];
  dots: { criterion: VoteCriterion; used: number; budget: number }[];
  pledges: { id: string; text: string }[];
};

/**
 * A phone's view from the board's shared view (read for nobody) and its own parts. Only while
 * ideas are revealed or the phone wrote none: before the reveal, own ideas come with the full read.
 */
export function personalise(shared: BoardView, own: OwnParts): BoardView {
  const notes = new Set(own.noteIds);
  const ideas = new Set(own.ideaIds);
  const dotsLeft: Partial<Record<VoteCriterion, number>> = {};
  for (const criterion of shared.criteria) {
    const row = own.dots.find((d) => d.criterion === criterion);
    dotsLeft[criterion] = row ? row.budget - row.used : shared.settings.dotsPerPerson;
  }
  return {
    ...shared,
    notes: [
      ...shared.notes.map((note) => (notes.has(note.id) ? { ...note, mine: true } : note)),
      ...own.waitingNotes.map((note) => ({ ...note, mine: true, hidden: false, waiting: true })),
    ],
    ideas: shared.ideas.map((idea) => {
      const myDots: Partial<Record<VoteCriterion, number>> = {};
      for (const vote of own.votes) if (vote.ideaId === idea.id) myDots[vote.criterion] = vote.dots;
      return { ...idea, mine: ideas.has(idea.id), myDots };
    }),
    dotsLeft,
    pledges: own.pledges.map((pledge) => ({ ...pledge, mine: true })),
  };
}

/**
 * The notes this phone sent, marked as its own: a note arrives pushed like everyone's (without its
 * writer), and the phone no longer reloads after sending one (decision 0012).
 */
export function markOwnNotes(view: BoardView, own: ReadonlySet<string>): BoardView {
  if (own.size === 0 || !view.notes.some((note) => own.has(note.id) && !note.mine)) return view;
  return { ...view, notes: view.notes.map((note) => (own.has(note.id) ? { ...note, mine: true } : note)) };
}

/** What a phone's own vote answered: its dots on the idea, the dots left, and the board's version after it. */
export type OwnVote = { ideaId: string; criterion: VoteCriterion; dots: number; dotsLeft: number; version: number };

/**
 * The phone's own votes answered since its view was loaded (`loadedVersion`), applied in board
 * version order: its dots per idea and its dots left travel in no event, and the phone no longer
 * reloads after a vote (decision 0012). Answers may arrive in any order; the newest version wins.
 */
export function applyOwnVotes(view: BoardView, votes: readonly OwnVote[], loadedVersion: number): BoardView {
  const newer = votes.filter((vote) => vote.version > loadedVersion).sort((a, b) => a.version - b.version);
  if (newer.length === 0) return view;
  const dotsLeft = { ...view.dotsLeft };
  const myDots = new Map<string, Partial<Record<VoteCriterion, number>>>();
  for (const vote of newer) {
    dotsLeft[vote.criterion] = vote.dotsLeft;
    myDots.set(vote.ideaId, { ...myDots.get(vote.ideaId), [vote.criterion]: vote.dots });
  }
  return { ...view, dotsLeft, ideas: view.ideas.map((idea) => (myDots.has(idea.id) ? { ...idea, myDots: { ...idea.myDots, ...myDots.get(idea.id) } } : idea)) };
}
