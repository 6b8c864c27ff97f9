// Is the place ready? The checklist items differ per meeting, because different people come:
// - mirror meeting: parents and 30–40 listeners, so everything counts.
// - follow-up session: professionals only (about 20), no parents: no childcare, no place parents
//   know, no introduction room for parents, and no microphone needed for a group that size.
// - feedback to parents: a small group of parents, possibly at the professionals' workplace:
//   childcare, food and access matter; a microphone, half circles and an intro room do not.
import type { LocationChecklist, MeetingKind } from '#app/db/schema';

export const CHECKLIST_ITEMS = ['microphone', 'childcare', 'familiarPlace', 'food', 'introRoom', 'halfCircles', 'accessible'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

const ITEMS_PER_KIND: Record<MeetingKind, readonly ChecklistItem[]> = {
  mirror: CHECKLIST_ITEMS,
  follow_up: ['food', 'halfCircles', 'accessible'],
  feedback: ['childcare', 'food', 'accessible'],
};

export function checklistItemsFor(kind: MeetingKind): readonly ChecklistItem[] {
  return ITEMS_PER_KIND[kind];
}

export type LocationReadiness = {
  ready: number;
  total: number;
  missing: ChecklistItem[];
};

/** How many of the items this meeting needs are arranged, and which are still missing (in checklist order). */
export function locationReadiness(checklist: LocationChecklist | null | undefined, kind: MeetingKind): LocationReadiness {
  const items = checklistItemsFor(kind);
  const missing = items.filter((item) => checklist?.[item] !== true);
  return { ready: items.length - missing.length, total: items.length, missing };
}
