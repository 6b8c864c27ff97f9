// Resource route: the participants with personal data as a CSV file (R1); leads and parent contacts only.
import { exportParticipants } from '#app/features/recruitment/server/export-participants.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { isLocale } from '#app/i18n/i18n';
import { csvResponse } from '#app/utils/csv';
import type { Route } from './+types/participants-csv';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  const file = await exportParticipants({ ...scope, locale: isLocale(user.locale) ? user.locale : 'nl' });
  return csvResponse(file.filename, file.content);
}
