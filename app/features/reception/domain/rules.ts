// Pure rules of the welcome desk (S6a): who is expected, who is present, and whose words may be
// written down. No database, no React.
import type { ParticipantStatus } from '#app/features/recruitment/domain/pipeline';
import { todayInAmsterdam } from '#app/i18n/i18n';

/** Participants the desk expects: they said yes. Attended ones are those already checked in. */
export const EXPECTED_STATUSES = ['registered', 'confirmed', 'attended'] as const satisfies readonly ParticipantStatus[];
export const isExpected = (status: ParticipantStatus) => (EXPECTED_STATUSES as readonly ParticipantStatus[]).includes(status);

export type ConsentAnswers = {
  participantId: string;
  minutes: boolean | null;
  photos?: boolean | null;
};
export type DeskParticipant = ConsentAnswers & {
  pseudonym: string | null;
  status: ParticipantStatus;
  checkedInAt: Date | string | null;
};
export type DeskListener = { id: string; rsvpMirror: string };

/** Present: checked in at the desk, or already marked as attended in the pipeline. */
export const isPresent = (p: Pick<DeskParticipant, 'status' | 'checkedInAt'>) => p.checkedInAt !== null || p.status === 'attended';

/**
 * The participants whose words may go into the minutes: only an explicit yes counts. The
 * minute-taker's screen uses this; no answer or "no" both mean: not in the minutes.
 */
export function consentForMinutes(consents: readonly ConsentAnswers[]): Set<string> {
  return new Set(consents.filter((c) => c.minutes === true).map((c) => c.participantId));
}

/** Present people of whom nobody asked (yet) whether their words may be written down. */
export const presentWithoutMinutesAnswer = <T extends DeskParticipant>(participants: readonly T[]): T[] =>
  participants.filter((p) => isPresent(p) && p.minutes === null);

/** Present people who said no: their words stay out of the minutes. */
export const presentWithoutMinutesConsent = <T extends DeskParticipant>(participants: readonly T[]): T[] =>
  participants.filter((p) => isPresent(p) && p.minutes === false);

export type ReceptionCounts = {
  present: number;
  expected: number;
  minutesConsent: number;
  listenersPresent: number;
  listenersExpected: number;
};

export function receptionCounts(
  participants: readonly DeskParticipant[],
  listeners: readonly DeskListener[],
  listenersPresent: readonly string[],
): ReceptionCounts {
  const expected = participants.filter((p) => isExpected(p.status));
  const known = new Set(listeners.map((l) => l.id));
  return {
    present: expected.filter(isPresent).length,
    expected: expected.length,
    minutesConsent: expected.filter((p) => p.minutes === true).length,
    // A listener removed from the list after checking in no longer counts.
    listenersPresent: new Set(listenersPresent.filter((id) => known.has(id))).size,
    listenersExpected: listeners.filter((l) => l.rsvpMirror === 'yes').length,
  };
}

/** The list of checked-in listeners after a check-in or its undo; each id once, order kept. */
export function withListener(present: readonly string[], listenerId: string, isHere: boolean): string[] {
  const others = present.filter((id) => id !== listenerId);
  return isHere ? [...others, listenerId] : others;
}

/** Whether a listener may check in on their own now: open, or why not (with the day that matters). */
export type SelfCheckInWindow = { state: 'open' } | { state: 'no-date' } | { state: 'not-yet'; opensOn: string } | { state: 'over'; meetingOn: string };

/**
 * A listener's own check-in is open on the day of the mirror meeting only: the whole calendar day
 * in Amsterdam, from 00:00 to 24:00 local time (so 23 or 25 hours on the days the clocks change).
 * Pressing it weeks before would count someone as present who is not; after that day it says
 * nothing true either (the desk can still check someone in). Without a date it is closed: nobody
 * knows the day yet. A meeting moved at the last minute opens on its new date once the workgroup
 * changes it.
 */
export function selfCheckInWindow(meetingDate: string | null | undefined, now: Date): SelfCheckInWindow {
  if (!meetingDate) return { state: 'no-date' };
  const today = todayInAmsterdam(now);
  // YYYY-MM-DD strings compare as the days they name.
  if (today < meetingDate) return { state: 'not-yet', opensOn: meetingDate };
  if (today > meetingDate) return { state: 'over', meetingOn: meetingDate };
  return { state: 'open' };
}

/** Undoing a check-in puts an attended participant back one step, as in the pipeline. */
export const statusAfterCheckIn = (status: ParticipantStatus, present: boolean): ParticipantStatus =>
  present ? 'attended' : status === 'attended' ? 'confirmed' : status;
