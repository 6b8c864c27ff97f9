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

export type ParticipantSource = (typeof participants.$inferSelect)['source'];

/**
 * Where a parent who signed up themselves (the flyer's sign-up page) may stand when the welcome desk
 * checks them in with one press. Such a parent said yes on their own: coming to the meeting records
 * what "registered" and "confirmed" would have (issue 14, item 7). Only from `interested`, where a
 * sign-up lands: someone the workgroup moved back to approached or cancelled has not said yes now.
 */
export const SELF_SIGNUP_DESK_STATUSES = ['interested'] as const satisfies readonly ParticipantStatus[];

/**
 * What the desk may do with a participant who is not (yet) registered: `allowed` to check in at once
 * (a self sign-up with consent to keep their details), `needs-consent` (a self sign-up whose consent
 * is not recorded: ask for it first, as at registration), or `no` (the workgroup's own pipeline).
 */
export function selfSignupAtDesk({
  source,
  status,
  consentGiven,
}: {
  source: ParticipantSource;
  status: ParticipantStatus;
  consentGiven: boolean;
}): 'allowed' | 'needs-consent' | 'no' {
  if (source !== 'signup' || !(SELF_SIGNUP_DESK_STATUSES as readonly ParticipantStatus[]).includes(status)) return 'no';
  return consentGiven ? 'allowed' : 'needs-consent';
}

/** The forward moves the desk's one check-in stands for: from here to attended, one step at a time. */
export function movesToAttended(from: ParticipantStatus): ParticipantStatus[] {
  const i = PIPELINE.indexOf(from as (typeof PIPELINE)[number]);
  return i === -1 ? [] : PIPELINE.slice(i + 1);
}
