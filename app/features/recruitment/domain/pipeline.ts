// The recruitment pipeline of one participant and the rules for moving through it.
// Pure: no database, no React. See docs in the tests for the decisions on corrections.
import type { participants } from '#app/db/schema';
import { nextPseudonym, type ParticipantKind } from '#app/features/participants/domain/pseudonyms';

export type ParticipantStatus = (typeof participants.$inferSelect)['status'];

/** The forward path; `cancelled` sits beside it. */
export const PIPELINE = ['approached', 'interested', 'registered', 'confirmed', 'attended'] as const satisfies readonly ParticipantStatus[];
export const STATUSES = [...PIPELINE, 'cancelled'] as const satisfies readonly ParticipantStatus[];

/** Statuses in which someone counts towards the group: they said yes. */
export const COMMITTED: readonly ParticipantStatus[] = ['registered', 'confirmed', 'attended'];
export const isCommitted = (status: ParticipantStatus) => COMMITTED.includes(status);

/** A new participant may be entered at one of these (the recruiter may meet someone who signs up at once). */
export const START_STATUSES = ['approached', 'interested', 'registered'] as const satisfies readonly ParticipantStatus[];

/**
 * Where a participant may go from here:
 * - one step forward along the pipeline;
 * - one step back, to correct a mistake;
 * - cancelled from any state except attended (attended is final, apart from the one step back);
 * - from cancelled back to interested, for someone who wants to join after all.
 * Attended → cancelled is not allowed: afterwards nobody "cancels" a meeting they came to.
 */
export function allowedMoves(from: ParticipantStatus): ParticipantStatus[] {
  if (from === 'cancelled') return ['interested'];
  const i = PIPELINE.indexOf(from);
  const moves: ParticipantStatus[] = [];
  if (i < PIPELINE.length - 1) moves.push(PIPELINE[i + 1]!);
  if (i > 0) moves.push(PIPELINE[i - 1]!);
  if (from !== 'attended') moves.push('cancelled');
  return moves;
}

export const canMove = (from: ParticipantStatus, to: ParticipantStatus) => allowedMoves(from).includes(to);

/** Forward or back, for the label of the button. */
export function moveDirection(from: ParticipantStatus, to: ParticipantStatus): 'forward' | 'back' | 'cancel' | 'reopen' {
  if (to === 'cancelled') return 'cancel';
  if (from === 'cancelled') return 'reopen';
  return PIPELINE.indexOf(to as (typeof PIPELINE)[number]) > PIPELINE.indexOf(from as (typeof PIPELINE)[number]) ? 'forward' : 'back';
}

/**
 * The pseudonym after reaching `status`. Assigned the first time someone is registered and
 * never changed afterwards, whatever happens to status or kind. `reserved` holds every
 * pseudonym ever given in the trajectory (cancelled participants keep theirs), so none is reused.
 */
export function pseudonymFor({
  kind,
  status,
  current,
  reserved,
}: {
  kind: ParticipantKind;
  status: ParticipantStatus;
  current: string | null;
  reserved: readonly string[];
}): string | null {
  if (current) return current;
  if (!isCommitted(status)) return null;
  return nextPseudonym(kind, reserved);
}
