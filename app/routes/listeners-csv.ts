// Resource route: the trajectory's listeners as a CSV file for Excel (R1).
import { exportListeners } from '#app/features/listeners/server/export-listeners.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { isLocale } from '#app/i18n/i18n';
import { csvResponse } from '#app/utils/csv';
import type { Route } from './+types/listeners-csv';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  const file = await exportListeners({ ...scope, locale: isLocale(user.locale) ? user.locale : 'nl' });
  return csvResponse(file.filename, file.content);
}
