import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { qrSvg } from '#app/utils/qr-code.server';
import type { FlyerView } from '../domain/flyer-format';
import { readFlyer } from './flyer-records.server';

/** The flyer of a trajectory in one language, with the QR codes of its sign-up link and (when on) its contribution link; 404 for a language without a flyer (Dutch always has one). */
export async function getFlyer(input: TrajectoryScope & { language: string }): Promise<FlyerView & { qrSvg: string; contributionQrSvg: string | null }> {
  authorize(input, 'trajectory.view');
  const trajectory = await loadTrajectory(input);
  const flyer = await readFlyer(input, trajectory.theme, input.language);
  const contributionQrSvg = flyer.contribution ? await qrSvg(flyer.contribution.url) : null;
  return { ...flyer, qrSvg: await qrSvg(flyer.signupUrl), contributionQrSvg };
}
