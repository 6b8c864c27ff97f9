import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { type PaperSize, renderFlyerPdf } from './flyer-pdf-records.server';
import { readFlyer } from './flyer-records.server';

/** The flyer in one language as a one-page PDF file (A4 or A5). */
export async function getFlyerPdf(input: TrajectoryScope & { language: string; size: PaperSize }) {
  authorize(input, 'trajectory.view');
  const trajectory = await loadTrajectory(input);
  const flyer = await readFlyer(input, trajectory.theme, input.language);
  return { filename: `flyer-${flyer.language}-${input.size}.pdf`, pdf: await renderFlyerPdf(flyer, input.size) };
}
