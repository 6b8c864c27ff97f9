import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { Source } from '../domain/report';
import { PARENT_LANGUAGE_KINDS, type ReportKind } from '../domain/report-kinds';
import { guarded, readReport } from './reports-records.server';

/**
 * A report's page before its download: whether it can be made yet, and every place the name
 * guard flags (where and what kind, never who), with whether the reader may replace them.
 */
export async function getReportPage(scope: TrajectoryScope & { kind: ReportKind }) {
  authorize(scope, 'trajectory.view');
  const report = await readReport(scope, scope.kind);
  // Who may change each kind of stored text: the same permission as where it is written.
  const canReplace: Record<Source['table'], boolean> = {
    minuteNote: can(scope, 'minutes.write'),
    boardNote: can(scope, 'board.curate'),
    boardTheme: can(scope, 'board.curate'),
    agendaItem: can(scope, 'agenda.edit'),
    action: can(scope, 'actions.manage'),
  };
  if (!report) return { ready: false, places: [], canReplace, languages: [] };
  const { places } = await guarded(scope, report);
  // The agenda also downloads in each language the workgroup chose for the parents; what the guard
  // flags only there (in a translation) blocks that download, so it is shown here too.
  const languages = PARENT_LANGUAGE_KINDS.includes(scope.kind) ? (await loadTrajectory(scope)).feedbackLanguages : [];
  for (const language of languages) {
    const translated = await readReport(scope, scope.kind, language);
    if (!translated) continue;
    for (const place of (await guarded(scope, translated)).places) {
      if (place.source || place.inTitle || places.some((p) => p.text === place.text)) continue;
      places.push({ ...place, key: `${language}:${place.key}`, language });
    }
  }
  return { ready: true, places, canReplace, languages };
}
