// Counts against the target group size (5–8 parents, or 8–12 in the care-organisation variant).
// Warnings only: the workgroup decides. Pure, and free of personal data.
import { COMMITTED, type ParticipantStatus, STATUSES } from './pipeline';

export type StatusCounts = Record<ParticipantStatus, number>;

export function statusCounts(rows: readonly { status: ParticipantStatus }[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** Registered, confirmed and attended: the people who said yes. */
export const committedCount = (counts: StatusCounts) => COMMITTED.reduce((sum, s) => sum + counts[s], 0);

export type TargetWarning = 'belowMin' | 'aboveMax' | 'manyInterested';

/** From "many interested" on, the note appears: at least this many, and not fewer than those who said yes. */
export const MANY_INTERESTED = 3;

/**
 * Most important first. `manyInterested` is a note, not a problem: several people are still
 * only interested (at least 3, and at least as many as those who said yes), so a call to ask
 * them to register is worth it.
 */
export function targetWarnings(counts: StatusCounts, { min, max }: { min: number; max: number }): TargetWarning[] {
  const committed = committedCount(counts);
  const warnings: TargetWarning[] = [];
  if (committed > max) warnings.push('aboveMax');
  if (committed < min) warnings.push('belowMin');
  if (counts.interested >= MANY_INTERESTED && counts.interested >= committed) warnings.push('manyInterested');
  return warnings;
}

export type RecruitmentSummary = { registered: number; interested: number; min: number; max: number; warning?: TargetWarning };

/** For the step-5 hub and the trajectory overview: numbers only, no personal data. */
export function recruitmentSummary(
  participants: readonly { status: ParticipantStatus }[],
  targets: { participantTargetMin: number; participantTargetMax: number },
): RecruitmentSummary {
  const counts = statusCounts(participants);
  const min = targets.participantTargetMin;
  const max = targets.participantTargetMax;
  const [warning] = targetWarnings(counts, { min, max });
  return { registered: committedCount(counts), interested: counts.interested, min, max, ...(warning ? { warning } : {}) };
}
