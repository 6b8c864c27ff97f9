// The current consent of a participant, derived from the consent log (issue 16): per kind, the
// last event counts. Pure: the log's rows come in, the state goes out.
import { CONSENT_KINDS } from '#app/db/schema';
import type { ConsentKind } from './texts';

export type ConsentDecision = 'granted' | 'withdrawn';
export type ConsentEvent = { kind: ConsentKind; decision: ConsentDecision; at: Date };
/** Per kind: true (granted), false (withdrawn, or refused) or null (never asked). */
export type ConsentState = Record<ConsentKind, boolean | null>;

/**
 * The state after all `events`, in any order: per kind the latest event wins; two events at the same
 * moment resolve to "withdrawn", so a doubt never counts as consent.
 */
export function consentState(events: readonly ConsentEvent[]): ConsentState {
  const latest = new Map<ConsentKind, ConsentEvent>();
  for (const event of events) {
    const before = latest.get(event.kind);
    const later = !before || event.at.getTime() > before.at.getTime();
    const tieWithdraws = !!before && event.at.getTime() === before.at.getTime() && event.decision === 'withdrawn';
    if (later || tieWithdraws) latest.set(event.kind, event);
  }
  return Object.fromEntries(CONSENT_KINDS.map((kind) => [kind, latest.has(kind) ? latest.get(kind)!.decision === 'granted' : null])) as ConsentState;
}

/** The event to record when an answer is saved again: none when it did not change. */
export function consentChange(current: boolean | null, answer: boolean | null): ConsentDecision | null {
  if (answer === null || answer === current) return null;
  return answer ? 'granted' : 'withdrawn';
}
