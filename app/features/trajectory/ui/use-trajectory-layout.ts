import { useRouteLoaderData } from 'react-router';
import type { loader } from '#app/routes/trajectory-layout';

/**
 * The trajectory and the signed-in person's roles in it, for pages below /o/:org/t/:tid.
 * For showing or hiding controls only: the operations check permissions themselves.
 */
export function useTrajectoryLayout() {
  const data = useRouteLoaderData<typeof loader>('routes/trajectory-layout');
  if (!data) throw new Error('useTrajectoryLayout is used outside the trajectory pages');
  return data;
}
