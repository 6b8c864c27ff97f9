// The question queue and the inner circle of the console: built once, kept in step with the
// preparation (newly confirmed parents, newly chosen questions) until the conversation starts.
import { type ConversationState, EMPTY_CONVERSATION, type QueueItem } from './state';

export const OPENING_KEY = 'opening';
export const CLOSING_KEY = 'closing';
export const questionKey = (questionId: string) => `q:${questionId}`;

export type ChosenQuestion = { id: string; text: string };

/** Opening question, the chosen questions in their order, closing question. */
export function buildQueue({ opening, closing, questions }: { opening: string; closing: string; questions: readonly ChosenQuestion[] }): QueueItem[] {
  return [
    { key: OPENING_KEY, kind: 'opening', text: opening },
    ...questions.map((q): QueueItem => ({
      key: questionKey(q.id),
      kind: 'question',
      text: q.text,
      questionId: q.id,
    })),
    { key: CLOSING_KEY, kind: 'closing', text: closing },
  ];
}

export type Roster = {
  /** Inner-circle participant ids in their default seat order. */
  participantIds: readonly string[];
  opening: string;
  closing: string;
  questions: readonly ChosenQuestion[];
};

export function initialState(roster: Roster): ConversationState {
  return {
    ...EMPTY_CONVERSATION,
    seats: [...roster.participantIds],
    queue: buildQueue(roster),
  };
}

/**
 * Brings a stored state in line with the preparation. Seats keep their order; who left the
 * inner circle leaves the seats, who joined sits at the end. Before the start the chosen
 * questions are followed too (kept order, new ones before the closing question); once the
 * conversation runs, the queue is the leader's.
 */
export function reconcile(state: ConversationState, roster: Roster): ConversationState {
  const present = new Set(roster.participantIds);
  const seats = [...state.seats.filter((id) => present.has(id)), ...roster.participantIds.filter((id) => !state.seats.includes(id))];
  let queue = state.queue;
  if (state.phase === 'notStarted') {
    const fresh = buildQueue({
      opening: state.queue.find((i) => i.key === OPENING_KEY)?.text ?? roster.opening,
      closing: state.queue.find((i) => i.key === CLOSING_KEY)?.text ?? roster.closing,
      questions: roster.questions,
    });
    const freshByKey = new Map(fresh.map((i) => [i.key, i]));
    const kept = state.queue.filter((i) => freshByKey.has(i.key)).map((i) => freshByKey.get(i.key)!);
    const added = fresh.filter((i) => !state.queue.some((old) => old.key === i.key));
    queue = withEnds([...kept, ...added]);
  }
  const currentParticipantId =
    state.currentParticipantId && !present.has(state.currentParticipantId)
      ? state.phase === 'conversation'
        ? (seats[0] ?? null)
        : null
      : state.currentParticipantId;
  const same =
    JSON.stringify(seats) === JSON.stringify(state.seats) &&
    JSON.stringify(queue) === JSON.stringify(state.queue) &&
    currentParticipantId === state.currentParticipantId;
  return same ? state : { ...state, seats, queue, currentParticipantId };
}

/** The opening question first and the closing question last, whatever else moved. */
function withEnds(items: QueueItem[]): QueueItem[] {
  const opening = items.filter((i) => i.kind === 'opening');
  const closing = items.filter((i) => i.kind === 'closing');
  return [...opening, ...items.filter((i) => i.kind === 'question'), ...closing];
}

/** The leader addresses parents by first name: the first word of the name they gave. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
