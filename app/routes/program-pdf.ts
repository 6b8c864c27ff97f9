// The program and run sheet as a PDF file (resource route: no page, just the file).
import { buildProgramPdf } from '#app/features/program/server/build-program-pdf.server';
import { listMeetings } from '#app/features/program/server/list-meetings.server';
import { listProgram } from '#app/features/program/server/list-program.server';
import { listRunSheet } from '#app/features/program/server/list-run-sheet.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, todayInAmsterdam } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import type { Route } from './+types/program-pdf';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const locale = await localeFor(request, ctx.user.locale);
  const pdf = await buildProgramPdf({
    t: createTranslator(locale),
    locale,
    trajectoryTitle: ctx.trajectory.title,
    meetings: await listMeetings(scope),
    program: await listProgram(scope),
    tasks: await listRunSheet(scope),
    today: todayInAmsterdam(),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="programma-en-draaiboek.pdf"',
      'Cache-Control': 'private, no-store',
    },
  });
}
