// A report as a file (resource route): reports/minutes.pdf, reports/minutes.docx. Only after the
// name guard found nothing; otherwise (or while the report cannot be made yet) to the report's page.
import { redirect } from 'react-router';
import { parseReportFile } from '#app/features/reports/domain/report-kinds';
import { exportReport } from '#app/features/reports/server/export-report.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import type { Route } from './+types/report-file';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const file = parseReportFile(params.file);
  if (!file) notFound();
  try {
    const { filename, contentType, body } = await exportReport({ ...scope, ...file });
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    if (error instanceof RuleError) return redirect(`/o/${org.slug}/t/${scope.trajectoryId}/reports/${file.kind}`);
    throw error;
  }
}
