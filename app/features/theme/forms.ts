// Form schemas of the theme page (S4). Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { LISTENER_CATEGORIES, type ListenerCategory, type ListenerPlanRow } from './domain/listener-plan';
import { THEME_EXAMPLES } from './domain/theme-examples';

export const ZTheme = z.object({ intent: z.literal('theme'), theme: f.text(300) });

export const ZExample = z.object({ intent: z.literal('example'), example: f.choice(THEME_EXAMPLES) });

export const ZProfile = z.object({
  intent: z.literal('profile'),
  childAges: f.text(200),
  sameNeighbourhood: z.enum(['', 'same', 'mixed'], { error: 'validation.choose' }).default(''),
  phase: f.text(200),
  education: f.text(200),
  languages: f.text(200),
  other: f.text(2000),
});

export const ZTargets = z
  .object({
    intent: z.literal('targets'),
    participantTargetMin: f.count(),
    participantTargetMax: f.count(),
    mirrorListenerTarget: f.count(),
    followUpListenerTarget: f.count(),
  })
  .refine((d) => d.participantTargetMin <= d.participantTargetMax, { path: ['participantTargetMax'], error: 'validation.rangeOrder' });

// An empty number field means nobody of that group is planned.
const plannedCount = z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? '0' : v), f.count());
const planNote = f.text(300).default('');
type PlanShape = { [C in ListenerCategory as `count.${C}`]: typeof plannedCount } & { [C in ListenerCategory as `note.${C}`]: typeof planNote };
const planFields = Object.fromEntries(
  LISTENER_CATEGORIES.flatMap((category) => [
    [countField(category), plannedCount],
    [noteField(category), planNote],
  ]),
) as PlanShape;
export const ZListenerPlan = z.object({ intent: z.literal('plan'), ...planFields });

/** Field names like `count.midwife`, so each row's error lands next to that row's field. */
export function countField<C extends ListenerCategory>(category: C) {
  return `count.${category}` as const;
}
export function noteField<C extends ListenerCategory>(category: C) {
  return `note.${category}` as const;
}

export function planRows(data: Record<string, unknown>): ListenerPlanRow[] {
  return LISTENER_CATEGORIES.map((category) => ({
    category,
    plannedCount: Number(data[countField(category)]),
    note: String(data[noteField(category)] ?? ''),
  }));
}

export const ZThemeAction = z.discriminatedUnion('intent', [ZTheme, ZExample, ZProfile, ZTargets, ZListenerPlan]);
