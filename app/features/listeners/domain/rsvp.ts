// RSVP counts per meeting. A listener answers per meeting: yes, no or maybe; '' means no answer yet.
export const RSVP_CHOICES = ['yes', 'no', 'maybe'] as const;
export type RsvpChoice = (typeof RSVP_CHOICES)[number];
export type Rsvp = RsvpChoice | '';

/** The two meetings a listener is invited to. */
export const LISTENER_MEETINGS = ['mirror', 'follow_up'] as const;
export type ListenerMeeting = (typeof LISTENER_MEETINGS)[number];

export type ListenerAnswers = { invitedAt: Date | string | null; rsvpMirror: string; rsvpFollowUp: string };
export type RsvpCounts = { yes: number; no: number; maybe: number; unknown: number };

export function rsvpOf(listener: ListenerAnswers, meeting: ListenerMeeting): Rsvp {
  const value = meeting === 'mirror' ? listener.rsvpMirror : listener.rsvpFollowUp;
  return (RSVP_CHOICES as readonly string[]).includes(value) ? (value as RsvpChoice) : '';
}

/** Answers for one meeting; every listener on the list lands in exactly one bucket. */
export function rsvpCounts(listeners: readonly ListenerAnswers[], meeting: ListenerMeeting): RsvpCounts {
  const counts: RsvpCounts = { yes: 0, no: 0, maybe: 0, unknown: 0 };
  for (const listener of listeners) {
    const answer = rsvpOf(listener, meeting);
    counts[answer === '' ? 'unknown' : answer] += 1;
  }
  return counts;
}

export function invitedCount(listeners: readonly ListenerAnswers[]): number {
  return listeners.filter((l) => l.invitedAt != null).length;
}
