// Resource route: the .ics calendar file of one meeting (mirror, follow-up or feedback).
import { isMeetingKind } from '#app/features/calendar/domain/meetings';
import { getMeetingFile } from '#app/features/calendar/server/meeting-file.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { isLocale } from '#app/i18n/i18n';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/meeting-ics';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  // URLs use 'follow-up'; the database 'follow_up'.
  const kind = (params.kind ?? '').replace('-', '_');
  if (!isMeetingKind(kind)) notFound();
  const file = await getMeetingFile({ ...scope, kind, locale: isLocale(user.locale) ? user.locale : 'nl' });
  return new Response(file.content, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
