// The timer of the conversation: elapsed minutes against the method's 90 minutes, and where
// that is in the mirror meeting's program.
import { CONVERSATION_MAX, isConversationBlock } from '#app/features/program/domain/advice';

export const WARNING_AT = 75;
export const LIMIT = CONVERSATION_MAX;

export type TimerLevel = 'none' | 'soon' | 'over';

/** Whole minutes since the start; the clock stops when the conversation ends. */
export function elapsedMinutes(state: { startedAt: string | null; endedAt: string | null }, now: Date): number {
  if (!state.startedAt) return 0;
  const until = state.endedAt ? new Date(state.endedAt) : now;
  return Math.max(0, Math.floor((until.getTime() - new Date(state.startedAt).getTime()) / 60_000));
}

export function timerLevel(minutes: number): TimerLevel {
  if (minutes >= LIMIT) return 'over';
  if (minutes >= WARNING_AT) return 'soon';
  return 'none';
}

export type ProgramPosition = { title: string; minutesLeft: number; nextTitle: string | null } | { title: null; minutesLeft: 0; nextTitle: null };

/**
 * The program block the conversation is in, counting from the first block named like the
 * conversation (in the care variant the outer-circle round follows inside the same time).
 * Null when the program has no such block.
 */
export function programPosition(blocks: readonly { title: string; minutes: number }[], minutes: number): ProgramPosition | null {
  const first = blocks.findIndex((b) => isConversationBlock(b.title));
  if (first < 0) return null;
  let end = 0;
  const rest = blocks.slice(first);
  for (const [i, block] of rest.entries()) {
    end += Math.max(0, block.minutes);
    if (minutes < end)
      return {
        title: block.title,
        minutesLeft: end - minutes,
        nextTitle: rest[i + 1]?.title ?? null,
      };
  }
  return { title: null, minutesLeft: 0, nextTitle: null };
}
