import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { TextFinding as Leak } from '#app/features/privacy/domain/name-guard';
import { leaksIn } from './minutes-records.server';

/** What the typed text gives away: for the live warning while typing, and to list what a refused note named. */
export async function checkMinuteText(scope: TrajectoryScope & { texts: string[] }): Promise<Leak[]> {
  authorize(scope, 'minutes.write');
  return leaksIn(scope, scope.texts);
}
