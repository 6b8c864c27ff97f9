// The method's programs for the mirror meeting and the follow-up session. Titles are catalogue
// keys (program.block_<key>) so a template shows in the reader's language; once copied into a
// meeting the blocks hold plain text the workgroup can change.
import { variantDefaults, type Variant } from '#app/features/trajectory/domain/variants';

export const PROGRAM_KINDS = ['mirror', 'follow_up'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const BLOCK_KEYS = [
  'parentsWelcome',
  'listenersWalkIn',
  'opening',
  'conversation',
  'conversationFirstRound',
  'outerCircleRound',
  'conversationContinued',
  'firstReactions',
  'whatNext',
  'informal',
  'followUpWalkIn',
  'followUpWelcome',
  'touched',
  'heard',
  'whatToDo',
  'vote',
  'tomorrow',
] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

export type TemplateBlock = { key: BlockKey; minutes: number };

// Mirror meeting: 3 h 45 min, inside the method's 3.5–4 hours. Each block stays inside the
// method's range: parents 30–60, walk-in 30–60, conversation at most 90, informal 30–60.
const MIRROR: TemplateBlock[] = [
  { key: 'parentsWelcome', minutes: 45 },
  { key: 'listenersWalkIn', minutes: 30 },
  { key: 'opening', minutes: 10 },
  { key: 'conversation', minutes: 90 },
  { key: 'firstReactions', minutes: 15 },
  { key: 'whatNext', minutes: 5 },
  { key: 'informal', minutes: 30 },
];

// Follow-up session: the method's 120 minutes, block by block.
const FOLLOW_UP: TemplateBlock[] = [
  { key: 'followUpWalkIn', minutes: 30 },
  { key: 'followUpWelcome', minutes: 15 },
  { key: 'touched', minutes: 20 },
  { key: 'heard', minutes: 10 },
  { key: 'whatToDo', minutes: 25 },
  { key: 'vote', minutes: 15 },
  { key: 'tomorrow', minutes: 5 },
];

/**
 * The example program of a meeting. The care variant adds the outer-circle round after the first
 * round of the conversation (the whole meeting is then exactly 4 hours).
 */
export function programTemplate(kind: ProgramKind, variant: Variant): TemplateBlock[] {
  if (kind === 'follow_up') return FOLLOW_UP.map((b) => ({ ...b }));
  if (!variantDefaults(variant).outerCircleRound) return MIRROR.map((b) => ({ ...b }));
  return MIRROR.flatMap((b) =>
    b.key === 'conversation'
      ? [
          { key: 'conversationFirstRound' as const, minutes: 45 },
          { key: 'outerCircleRound' as const, minutes: 15 },
          { key: 'conversationContinued' as const, minutes: 45 },
        ]
      : [{ ...b }],
  );
}

export const templateMinutes = (blocks: readonly { minutes: number }[]) => blocks.reduce((sum, b) => sum + b.minutes, 0);
