import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { readFlyer } from './flyer-records.server';

/** The recruiter sheet: the profile from step 4 and the practical information of the Dutch flyer. */
export async function getRecruiterSheet(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const trajectory = await loadTrajectory(scope);
  const flyer = await readFlyer(scope, trajectory.theme, 'nl');
  const profile = trajectory.profile;
  const profileItems = profile
    ? (['childAges', 'sameNeighbourhood', 'phase', 'education', 'languages', 'other'] as const)
        .map((key) => ({ key, value: profile[key]?.trim() ?? '' }))
        .filter((item) => item.value !== '')
    : [];
  return {
    target: { min: trajectory.participantTargetMin, max: trajectory.participantTargetMax },
    profileItems,
    flyer,
    qrSvg: await qrSvg(flyer.signupUrl),
  };
}
