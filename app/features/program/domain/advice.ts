// Advice on a program against the method's numbers. Advice only: organisations adapt the method.
import type { ProgramKind } from './templates';

export const CONVERSATION_MAX = 90;
export const MIRROR_MIN = 210;
export const MIRROR_MAX = 240;
export const FOLLOW_UP_MIN = 90;
export const FOLLOW_UP_MAX = 120;

export type ProgramAdvice = 'conversationLong' | 'mirrorShort' | 'mirrorLong' | 'followUpShort' | 'followUpLong';

// Blocks keep their title only, so the conversation is recognised by its name (Dutch or English),
// also after a title was changed, as long as it still names the conversation.
const CONVERSATION = /spiegelgesprek|mirror conversation/i;
export const isConversationBlock = (title: string) => CONVERSATION.test(title);

/** Minutes of the conversation itself; in the care variant it is split around the outer-circle round. */
export function conversationMinutes(blocks: readonly { title: string; minutes: number }[]): number {
  return blocks.filter((b) => isConversationBlock(b.title)).reduce((sum, b) => sum + b.minutes, 0);
}

export function programAdvice(kind: ProgramKind, blocks: readonly { title: string; minutes: number }[]): ProgramAdvice[] {
  if (blocks.length === 0) return [];
  const total = blocks.reduce((sum, b) => sum + b.minutes, 0);
  const advice: ProgramAdvice[] = [];
  if (kind === 'mirror') {
    if (conversationMinutes(blocks) > CONVERSATION_MAX) advice.push('conversationLong');
    if (total < MIRROR_MIN) advice.push('mirrorShort');
    if (total > MIRROR_MAX) advice.push('mirrorLong');
  } else {
    if (total < FOLLOW_UP_MIN) advice.push('followUpShort');
    if (total > FOLLOW_UP_MAX) advice.push('followUpLong');
  }
  return advice;
}
