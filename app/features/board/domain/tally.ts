import type { VoteCriterion } from './types';

/** Dots per criterion ('' when the board votes without criteria). */
export type Tally = Partial<Record<VoteCriterion, number>>;

export const sumTally = (...tallies: (Tally | undefined)[]) =>
  tallies.reduce<number>((sum, t) => sum + Object.values(t ?? {}).reduce((a, b) => a + (b ?? 0), 0), 0);
