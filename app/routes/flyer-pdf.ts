// The flyer in one language as a PDF file (A4, or A5 with ?size=a5).
import { getFlyerPdf } from '#app/features/materials/server/get-flyer-pdf.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { Route } from './+types/flyer-pdf';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  const size = new URL(request.url).searchParams.get('size') === 'a5' ? 'a5' : 'a4';
  const { filename, pdf } = await getFlyerPdf({ ...scope, language: params.lang, size });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
