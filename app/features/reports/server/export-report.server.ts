import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { CONTENT_TYPE, type ReportFormat, type ReportKind } from '../domain/report-kinds';
import { renderDocx } from './render-docx-records.server';
import { renderPdf } from './render-pdf-records.server';
import { guarded, readReport } from './reports-records.server';

/**
 * A report as a file, only after the name guard found nothing in any of its texts. A RuleError
 * when it cannot be made yet (`reports.notReadyShort`) or the guard flags a place (`reports.blockedShort`):
 * the report's page then shows why and each place.
 */
export async function exportReport(scope: TrajectoryScope & { kind: ReportKind; format: ReportFormat; language?: string }) {
  authorize(scope, 'trajectory.view');
  const read = await readReport(scope, scope.kind, scope.language);
  if (!read) throw new RuleError('reports.notReadyShort');
  const { report, places } = await guarded(scope, read);
  if (places.length > 0) throw new RuleError('reports.blockedShort');
  const body = scope.format === 'pdf' ? await renderPdf(report) : await renderDocx(report);
  return { filename: `${report.filename}.${scope.format}`, contentType: CONTENT_TYPE[scope.format], body };
}
