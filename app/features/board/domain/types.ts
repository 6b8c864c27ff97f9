// Shapes shared by the board's server operations and its screens.
import type { BoardPhase, NoteColumn, VoteCriterion } from '#app/db/schema';
export { BOARD_PHASES, NOTE_COLUMNS, VOTE_CRITERIA } from '#app/db/schema';

export type { BoardPhase, NoteColumn, VoteCriterion };

/** Who looks at the board: a phone of a participant, the facilitator's screen, or the projector. */
export type Audience = 'participant' | 'facilitator' | 'projector';

export type BoardSettings = {
  dotsPerPerson: number;
  maxDotsPerIdea: number | null;
  byCriteria: boolean;
  talliesLive: boolean;
};

export type BoardQuoteLink = { minuteNoteId: string; quoteIndex: number; quote: string };

export type BoardNoteView = {
  id: string;
  column: NoteColumn;
  text: string;
  themeId: string | null;
  onBehalf: boolean;
  interpretation: boolean;
  interpretationComment: string;
  quotes: BoardQuoteLink[];
  mine: boolean;
  /** Hidden by the facilitator: only the facilitator's view holds such a note (dimmed, to restore). */
  hidden: boolean;
  /** Waiting for the facilitator on a moderated board: on the facilitator's screen and its writer's phone only. */
  waiting: boolean;
};

export type BoardThemeView = { id: string; name: string; position: number };

export type BoardIdeaView = {
  id: string;
  themeId: string;
  text: string;
  onBehalf: boolean;
  mine: boolean;
  /** Dots per criterion ('' when the board votes without criteria); null while tallies are hidden. */
  tally: Partial<Record<VoteCriterion, number>> | null;
  total: number | null;
  /** Counted paper stickers per criterion, entered by the facilitator (facilitator view only, else {}). */
  paper: Partial<Record<VoteCriterion, number>>;
  /** This viewer's own dots per criterion. */
  myDots: Partial<Record<VoteCriterion, number>>;
};

export type RankedItem = {
  rank: number;
  tied: boolean;
  ideaId: string;
  title: string;
  themeName: string;
  dots: number;
};

export type BoardView = {
  id: string;
  trajectoryId: string;
  trajectoryTitle: string;
  joinCode: string;
  channel: string;
  /** The board's version this view was read at: pushed changes apply from here (decision 0011). */
  version: number;
  phase: BoardPhase;
  ideasRevealed: boolean;
  settings: BoardSettings;
  /** New notes from phones wait for the facilitator's "Tonen" before the room sees them (issue 14, 5e). */
  moderated: boolean;
  closed: boolean;
  memberCount: number;
  notes: BoardNoteView[];
  themes: BoardThemeView[];
  /** Ideas this audience may see: all once revealed; before that only the viewer's own (none on the projector). */
  ideas: BoardIdeaView[];
  /** How many ideas exist in all (so the projector can say "12 ideas written" while they are hidden). */
  ideaCount: number;
  /** The criteria in use: [''] or ['urgent', 'feasible', 'meaningful']. */
  criteria: VoteCriterion[];
  /** Dots this viewer has left per criterion; null for the projector and for a facilitator who is not a member. */
  dotsLeft: Partial<Record<VoteCriterion, number>> | null;
  /** Participant: own pledges; facilitator and projector: all pledge texts (never e-mail addresses). */
  pledges: { id: string; text: string; mine: boolean }[];
  /** Set once the board is closed: the ranked top 10 (more when tied at the boundary). */
  top: RankedItem[] | null;
};

/**
 * A suggestion: unassigned notes that belong together, either as a new theme (themeId null, with a
 * proposed name) or added to an existing theme. Never includes notes that people already grouped.
 */
export type ThemeSuggestion = { themeId: string | null; name: string; noteIds: string[] };

/** A literal quote from the finalised minutes, with how well it matches (0..1). */
export type QuoteCandidate = BoardQuoteLink & { questionText: string; score: number; source?: 'contribution' | 'conversation' | null };

/** The quote search the facilitator's page opened for one note (?note=…&q=…), or null. */
export type QuoteSearch = { noteId: string; q: string; results: QuoteCandidate[] } | null;
