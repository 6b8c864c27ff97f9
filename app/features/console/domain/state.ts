// The shape of the conversation-leader console's state, stored as jsonb in `conversations`.
// The console's rules (round-robin, timer) live beside this file; the minutes read it.
export type QueueItem = { key: string; kind: 'opening' | 'question' | 'closing'; text: string; questionId?: string };
export type TurnMark = 'answered' | 'passed' | 'skipped';
export type ConversationPhase = 'notStarted' | 'conversation' | 'firstReactions' | 'ended';

export type ConversationState = {
  phase: ConversationPhase;
  /** ISO time the conversation started (the timer runs from here). */
  startedAt: string | null;
  endedAt: string | null;
  /** Participant ids in seat order (the inner circle). */
  seats: string[];
  queue: QueueItem[];
  currentKey: string | null;
  currentParticipantId: string | null;
  /** questionKey → participantId → how the turn went. */
  turns: Record<string, Record<string, TurnMark>>;
};

export const EMPTY_CONVERSATION: ConversationState = {
  phase: 'notStarted',
  startedAt: null,
  endedAt: null,
  seats: [],
  queue: [],
  currentKey: null,
  currentParticipantId: null,
  turns: {},
};
