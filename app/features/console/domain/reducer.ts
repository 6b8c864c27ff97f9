// The console's rules: every button is an action, every action a pure step from one state to
// the next. An action that does not fit the moment (a mark before the start, …) changes nothing.
import { moveInOrder } from '#app/features/questions/domain/ordering';
import type { ConversationState, TurnMark } from './state';

export type ConsoleAction =
  | { type: 'start' }
  | { type: 'mark'; mark: TurnMark }
  /** One press for a whole turn: how it went, then the next parent. */
  | { type: 'markAndNext'; mark: TurnMark }
  | { type: 'next' }
  | { type: 'nextQuestion' }
  | { type: 'jump'; key: string }
  | { type: 'moveSeat'; participantId: string; direction: 'up' | 'down' }
  | { type: 'moveItem'; key: string; direction: 'up' | 'down' }
  | { type: 'editItem'; key: string; text: string }
  | { type: 'end' }
  | { type: 'finish' }
  | { type: 'reset' };

export const CONSOLE_ACTIONS = [
  'start',
  'mark',
  'markAndNext',
  'next',
  'nextQuestion',
  'jump',
  'moveSeat',
  'moveItem',
  'editItem',
  'end',
  'finish',
  'reset',
] as const;

/** The mark a participant has for a question, if any. */
export const markOf = (state: ConversationState, key: string | null, participantId: string): TurnMark | undefined =>
  key ? state.turns[key]?.[participantId] : undefined;

/** The first seat without a mark for this question (the first seat when everyone had a turn). */
function firstOpenSeat(state: ConversationState, key: string): string | null {
  return state.seats.find((id) => !markOf(state, key, id)) ?? state.seats[0] ?? null;
}

export function reduceConsole(state: ConversationState, action: ConsoleAction, now: Date): ConversationState {
  const running = state.phase === 'conversation';
  switch (action.type) {
    case 'start': {
      if (state.phase !== 'notStarted' || state.queue.length === 0) return state;
      const currentKey = state.queue[0]!.key;
      return {
        ...state,
        phase: 'conversation',
        startedAt: now.toISOString(),
        currentKey,
        currentParticipantId: state.seats[0] ?? null,
      };
    }
    case 'mark': {
      if (!running || !state.currentKey || !state.currentParticipantId) return state;
      const key = state.currentKey;
      return {
        ...state,
        turns: {
          ...state.turns,
          [key]: {
            ...state.turns[key],
            [state.currentParticipantId]: action.mark,
          },
        },
      };
    }
    case 'markAndNext': {
      const marked = reduceConsole(state, { type: 'mark', mark: action.mark }, now);
      return marked === state ? state : reduceConsole(marked, { type: 'next' }, now);
    }
    case 'next': {
      if (!running || !state.currentKey) return state;
      // Only forward in seat order: nobody gets the same question twice in one round.
      const from = state.currentParticipantId ? state.seats.indexOf(state.currentParticipantId) : -1;
      const nextSeat = state.seats.slice(from + 1).find((id) => !markOf(state, state.currentKey, id));
      if (nextSeat) return { ...state, currentParticipantId: nextSeat };
      return reduceConsole(state, { type: 'nextQuestion' }, now);
    }
    case 'nextQuestion': {
      if (!running) return state;
      const at = state.queue.findIndex((i) => i.key === state.currentKey);
      const next = state.queue[at + 1];
      if (!next) return state;
      return {
        ...state,
        currentKey: next.key,
        currentParticipantId: state.seats[0] ?? null,
      };
    }
    case 'jump': {
      if (!running || !state.queue.some((i) => i.key === action.key) || action.key === state.currentKey) return state;
      return {
        ...state,
        currentKey: action.key,
        currentParticipantId: firstOpenSeat(state, action.key),
      };
    }
    case 'moveSeat': {
      if (state.phase === 'ended' || !state.seats.includes(action.participantId)) return state;
      return {
        ...state,
        seats: moveInOrder(state.seats, action.participantId, action.direction),
      };
    }
    case 'moveItem': {
      // The opening question stays first and the closing question last; only questions move.
      const questions = state.queue.filter((i) => i.kind === 'question');
      if (state.phase === 'ended' || !questions.some((i) => i.key === action.key)) return state;
      const order = moveInOrder(
        questions.map((i) => i.key),
        action.key,
        action.direction,
      );
      const byKey = new Map(questions.map((i) => [i.key, i]));
      return {
        ...state,
        queue: [...state.queue.filter((i) => i.kind === 'opening'), ...order.map((k) => byKey.get(k)!), ...state.queue.filter((i) => i.kind === 'closing')],
      };
    }
    case 'editItem': {
      const text = action.text.trim();
      const item = state.queue.find((i) => i.key === action.key);
      if (state.phase === 'ended' || !item || item.kind === 'question' || !text) return state;
      return {
        ...state,
        queue: state.queue.map((i) => (i.key === action.key ? { ...i, text } : i)),
      };
    }
    case 'end':
      if (!running) return state;
      return { ...state, phase: 'firstReactions', endedAt: now.toISOString() };
    case 'finish':
      if (state.phase !== 'firstReactions') return state;
      return {
        ...state,
        phase: 'ended',
        currentKey: null,
        currentParticipantId: null,
      };
    case 'reset':
      // A rehearsal or a false start: back to the beginning, seats and queue kept.
      if (state.phase === 'notStarted') return state;
      return {
        ...state,
        phase: 'notStarted',
        startedAt: null,
        endedAt: null,
        currentKey: null,
        currentParticipantId: null,
        turns: {},
      };
  }
}
