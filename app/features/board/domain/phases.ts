// The order of the follow-up session and what each phase lets people do (method step 7).
import { BOARD_PHASES, type BoardPhase, type NoteColumn } from './types';

export const PHASES = BOARD_PHASES;

export type BoardAction = 'note' | 'cluster' | 'idea' | 'vote' | 'pledge' | 'paperVotes';

const allowed: Record<BoardPhase, readonly BoardAction[]> = {
  touched: ['note'],
  heard: ['note', 'cluster'],
  themes: ['note', 'cluster'],
  ideas: ['idea', 'cluster'],
  vote: ['vote', 'paperVotes'],
  tomorrow: ['pledge', 'paperVotes'],
  closed: [],
};

/** Whether an action can be done in a phase. */
export const phaseAllows = (phase: BoardPhase, action: BoardAction) => allowed[phase].includes(action);

/** The note columns that take new notes in a phase ("touched" only in the first phase). */
export function columnsFor(phase: BoardPhase): NoteColumn[] {
  if (phase === 'touched') return ['touched'];
  if (phase === 'heard' || phase === 'themes') return ['goes_well', 'difficult'];
  return [];
}

export const nextPhase = (phase: BoardPhase): BoardPhase | null => PHASES[PHASES.indexOf(phase) + 1] ?? null;
export const previousPhase = (phase: BoardPhase): BoardPhase | null => (phase === 'touched' ? null : PHASES[PHASES.indexOf(phase) - 1]!);
