// The flyer in one language as a PDF file (A4, or A5 with ?size=a5).
import { getFlyer } from '#app/features/materials/server/get-flyer.server';
import { renderFlyerPdf } from '#app/features/materials/server/render-flyer-pdf.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { Route } from './+types/flyer-pdf';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const size = new URL(request.url).searchParams.get('size') === 'a5' ? 'a5' : 'a4';
  const flyer = await getFlyer({ orgId: ctx.orgId, actor: ctx.actor, trajectory: ctx.trajectory, language: params.lang });
  const pdf = await renderFlyerPdf(flyer, size);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="flyer-${flyer.language}-${size}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
