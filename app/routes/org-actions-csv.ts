// Resource route: the coalition's overview of actions as a CSV file (R1), with the page's filters.
// Refused with a 409 page when a free text looks identifying (which row and field, never who).
import { orgActionFiltersFrom } from '#app/features/actions/forms';
import { ExportRefused } from '#app/features/actions/domain/export';
import { exportOrgActions } from '#app/features/actions/server/export-org-actions.server';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { createTranslator, isLocale } from '#app/i18n/i18n';
import { csvResponse } from '#app/utils/csv';
import { refusalPage } from '#app/utils/refusal-page.server';
import type { Route } from './+types/org-actions-csv';

const fieldLabel = { title: 'actions.titleLabel', nextStep: 'actions.nextStepLabel', stopReason: 'actions.stopReasonLabel' } as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const locale = isLocale(ctx.user.locale) ? ctx.user.locale : 'nl';
  const url = new URL(request.url);
  try {
    const file = await exportOrgActions({ ...ctx, ...orgActionFiltersFrom(url).query, locale });
    return csvResponse(file.filename, file.content);
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    const t = createTranslator(locale);
    return refusalPage({
      status: 409,
      lang: locale,
      title: t('actions.csvRefusedTitle'),
      body: t('actions.csvRefused', {
        row: error.row,
        trajectory: error.trajectoryTitle,
        field: t(fieldLabel[error.field as keyof typeof fieldLabel]),
        kind: t(`actions.csvKind_${error.kind}`),
      }),
      back: { href: `/o/${ctx.org.slug}/actions${url.search}`, label: t('actions.csvBack') },
    });
  }
}
