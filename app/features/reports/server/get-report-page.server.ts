import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { Source } from '../domain/report';
import type { ReportKind } from '../domain/report-kinds';
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
  if (!report) return { ready: false, places: [], canReplace };
  const { places } = await guarded(scope, report);
  return { ready: true, places, canReplace };
}
