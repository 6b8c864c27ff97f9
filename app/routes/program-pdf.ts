// The program and run sheet as a PDF file (resource route: no page, just the file).
import { buildProgramPdf } from '#app/features/program/server/build-program-pdf.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, todayInAmsterdam } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import type { Route } from './+types/program-pdf';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  const locale = await localeFor(request, user.locale);
  const pdf = await buildProgramPdf({ ...scope, t: createTranslator(locale), locale, today: todayInAmsterdam() });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="programma-en-draaiboek.pdf"',
      'Cache-Control': 'private, no-store',
    },
  });
}
