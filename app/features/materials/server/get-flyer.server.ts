import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { qrSvg } from '#app/utils/qr-code.server';
import type { FlyerView } from '../domain/flyer-format';
import { readFlyer } from './flyer-records.server';

/** The flyer of a trajectory in one language, with the QR code of its sign-up link; 404 for a language without a flyer (Dutch always has one). */
export async function getFlyer(input: TrajectoryScope & { language: string }): Promise<FlyerView & { qrSvg: string }> {
  authorize(input, 'trajectory.view');
  const trajectory = await loadTrajectory(input);
  const flyer = await readFlyer(input, trajectory.theme, input.language);
  return { ...flyer, qrSvg: await qrSvg(flyer.signupUrl) };
}
