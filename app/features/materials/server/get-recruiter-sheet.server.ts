import type { ParticipantProfile } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { getFlyer } from './get-flyer.server';
import { qrSvg } from './qr-code.server';

type SheetTrajectory = { id: string; theme: string; profile: ParticipantProfile | null; participantTargetMin: number; participantTargetMax: number };

/** The recruiter sheet: the profile from step 4 and the practical information of the Dutch flyer. */
export async function getRecruiterSheet(scope: OrgScope & { trajectory: SheetTrajectory }) {
  const { trajectory } = scope;
  const flyer = await getFlyer({ ...scope, language: 'nl' });
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
