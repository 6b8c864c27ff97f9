// Which listener categories are covered by people who said yes to the mirror meeting, against the plan of step 4.
import {
  isListenerCategory,
  LISTENER_CATEGORIES,
  type ListenerCategory,
  listenerCoverageAdvice,
  type ListenerCoverageAdvice,
} from '#app/features/theme/domain/listener-plan';
import { type ListenerAnswers, rsvpOf } from './rsvp';

export type CoverageRow = { category: ListenerCategory; planned: number; listed: number; yes: number };
type Listed = ListenerAnswers & { category: string };

/** An unknown category (an old value) counts as 'other'. */
const categoryOf = (listener: { category: string }): ListenerCategory => (isListenerCategory(listener.category) ? listener.category : 'other');

/** One row per category that is planned or has listeners, in the method's order. */
export function categoryCoverage(listeners: readonly Listed[], plan: readonly { category: string; plannedCount: number }[]): CoverageRow[] {
  return LISTENER_CATEGORIES.map((category) => {
    const mine = listeners.filter((l) => categoryOf(l) === category);
    const planned = plan.filter((p) => p.category === category).reduce((sum, p) => sum + Math.max(0, p.plannedCount), 0);
    return { category, planned, listed: mine.length, yes: mine.filter((l) => rsvpOf(l, 'mirror') === 'yes').length };
  }).filter((row) => row.planned > 0 || row.listed > 0);
}

/** The method's advice (welfare or community work; an experience-expert parent), on the actual yes-list. */
export function yesCoverageAdvice(listeners: readonly Listed[]): ListenerCoverageAdvice[] {
  return listenerCoverageAdvice(listeners.filter((l) => rsvpOf(l, 'mirror') === 'yes').map((l) => ({ category: categoryOf(l), plannedCount: 1 })));
}

/** Planned categories (step 4) that nobody said yes for yet. */
export function uncoveredPlannedCategories(rows: readonly CoverageRow[]): ListenerCategory[] {
  return rows.filter((row) => row.planned > 0 && row.yes === 0).map((row) => row.category);
}
