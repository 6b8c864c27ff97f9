import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { findIdentifying, NO_IDENTIFIERS } from '#app/features/privacy/domain/name-guard';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, type Locale, todayInAmsterdam } from '#app/i18n/i18n';
import { knownIdentifiersPerTrajectory } from '#app/privacy/known-identifiers.server';
import { csvFilename, toCsv } from '#app/utils/csv';
import { refuseIdentifyingRows } from '../domain/export';
import { statusLabel } from '../ui/status';
import { type OrgActionFilters, listOrgActions } from './list-org-actions.server';

/**
 * The coalition's overview of actions as a CSV file (R1), with the same filters as the page.
 * The free texts pass the name-leak guard first, each against its own trajectory's participants:
 * one hit refuses the whole file with ExportRefused (row and field, never who).
 */
export async function exportOrgActions({ locale, ...input }: OrgScope & OrgActionFilters & { locale: Locale }) {
  authorize({ actor: input.actor }, 'org.insights');
  const [{ items }, known] = await Promise.all([listOrgActions(input), knownIdentifiersPerTrajectory(await db(), input.orgId)]);
  refuseIdentifyingRows(items, (trajectoryId, text) => findIdentifying(text, known.get(trajectoryId) ?? NO_IDENTIFIERS)[0]?.kind ?? null);
  const t = createTranslator(locale);
  const header = [
    t('actions.colAction'),
    t('actions.colTrajectory'),
    t('actions.colItem'),
    t('actions.colOwner'),
    t('actions.ownerNameLabel'),
    t('actions.colStatus'),
    t('actions.colDue'),
    t('actions.overdue'),
    t('actions.nextStepLabel'),
    t('actions.stopReasonLabel'),
    t('actions.colLastUpdate'),
  ];
  const rows = items.map((a) => [
    a.title,
    a.trajectoryTitle,
    a.itemTitle ?? '',
    a.partnerName ?? '',
    a.ownerName,
    t(statusLabel[a.status]),
    a.dueOn ? formatDate(a.dueOn, locale) : '',
    t(a.overdue ? 'common.yes' : 'common.no'),
    a.nextStep,
    a.stopReason,
    a.lastUpdateAt ? formatDate(a.lastUpdateAt, locale) : '',
  ]);
  return { filename: csvFilename(t('actions.csvFile'), todayInAmsterdam()), content: toCsv(header, rows) };
}
