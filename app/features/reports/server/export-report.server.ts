import { authorize } from '#app/auth/authorize.server';
import { orgBranding } from '#app/db/org-branding.server';
import { orgName } from '#app/db/org-name.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { readLogo } from '#app/features/organisations/domain/branding';
import { RuleError } from '#app/utils/rule-error';
import type { ReportBranding } from '../domain/report';
import { CONTENT_TYPE, type ReportFormat, type ReportKind } from '../domain/report-kinds';
import { renderDocx } from './render-docx-records.server';
import { renderPdf } from './render-pdf-records.server';
import { guarded, readReport, reportT } from './reports-records.server';

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
  const branded = { ...report, branding: await reportBranding(scope.orgId) };
  const body = scope.format === 'pdf' ? await renderPdf(branded) : await renderDocx(branded);
  return { filename: `${report.filename}.${scope.format}`, contentType: CONTENT_TYPE[scope.format], body };
}

/** The organisation's colour and logo (with its size in pixels, read from the file) for its reports. */
async function reportBranding(orgId: string): Promise<ReportBranding> {
  const { accent, logo } = await orgBranding(orgId);
  const image = logo && readLogo(logo.data);
  if (!logo || !image) return { accent };
  return {
    accent,
    logo: { data: logo.data, mediaType: image.mediaType, width: image.width, height: image.height, alt: reportT('org.logoAlt', { org: await orgName(orgId) }) },
  };
}
