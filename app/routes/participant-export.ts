// Resource route: everything stored about one participant (issue 16), as a JSON file or a PDF; leads and parent contacts only.
import { ZExportFormat } from '#app/features/rights/forms';
import { exportParticipantData } from '#app/features/rights/server/export-participant-data.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { isLocale } from '#app/i18n/i18n';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/participant-export';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  const format = ZExportFormat.safeParse(params.format);
  if (!format.success) notFound();
  const file = await exportParticipantData({ ...scope, participantId: params.pid, format: format.data, locale: isLocale(user.locale) ? user.locale : 'nl' });
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
