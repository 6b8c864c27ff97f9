// The three dates of step 5 and what the method says about them.
export const MEETING_KINDS = ['mirror', 'follow_up', 'feedback'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** How long each meeting takes (method, step 5): mirror meeting 3.5–4 h, follow-up 90–120 min. */
export const MEETING_DURATION_MINUTES: Record<MeetingKind, number> = { mirror: 240, follow_up: 120, feedback: 90 };

/** The follow-up session comes at most three weeks after the mirror meeting. */
export const MAX_FOLLOW_UP_DAYS = 21;

/** Forms the feedback to parents can take. */
export const FEEDBACK_FORMS = ['meeting', 'home_visit', 'own_professional', 'letter', 'other'] as const;
export type FeedbackForm = (typeof FEEDBACK_FORMS)[number];

export function isMeetingKind(value: string | undefined): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value ?? '');
}

/** A 24-hour clock time, 'HH:MM'. Also accepts 'H:MM' and '9.30' as people type them. */
export function normaliseTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A meeting as the calendar rules need it; a missing date is null. */
export type MeetingDates = { kind: MeetingKind; date: string | null; startTime: string };
