import { useRouteLoaderData } from 'react-router';
import type { loader } from '#app/routes/trajectory-layout';

/**
 * The trajectory, the signed-in person's access and roles, for pages below /o/:org/t/:tid.
 * For showing or hiding controls only: actions must re-check with requireTrajectory.
 */
export function useTrajectoryLayout() {
  const data = useRouteLoaderData<typeof loader>('routes/trajectory-layout');
  if (!data) throw new Error('useTrajectoryLayout is used outside the trajectory pages');
  return data;
}
