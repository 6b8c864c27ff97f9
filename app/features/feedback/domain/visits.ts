// "New since your previous visit": a visit moves the last visit to the previous one, but reloads
// within the hour count as the same visit, so the marks do not vanish on the next click.
export const SAME_VISIT_MS = 60 * 60 * 1000;

export type Visits = { lastVisitAt: Date | null; previousVisitAt: Date | null };

/** The visits after a visit at `now` (the same values when the last visit was under an hour ago). */
export function afterVisit(visits: Visits, now: Date): Visits {
  if (visits.lastVisitAt && now.getTime() - visits.lastVisitAt.getTime() < SAME_VISIT_MS) return visits;
  return { lastVisitAt: now, previousVisitAt: visits.lastVisitAt };
}

/** Whether something that changed at these moments is new to a parent whose previous visit was then (never on a first visit). */
export function isNewSince(changedAt: readonly (Date | string | null | undefined)[], previousVisitAt: Date | string | null): boolean {
  if (!previousVisitAt) return false;
  const since = new Date(previousVisitAt).getTime();
  return changedAt.some((at) => at != null && new Date(at).getTime() > since);
}
