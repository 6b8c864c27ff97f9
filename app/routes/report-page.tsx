// A report's page (R1): whether it can be made, each place the name guard flags with a one-click
// replacement, and the downloads once nothing is flagged. One module for every report (reports/minutes, …).
import { data, useActionData, useLoaderData } from 'react-router';
import { reportKindOf } from '#app/features/reports/domain/report-kinds';
import { ZReportForms } from '#app/features/reports/forms';
import { getReportPage } from '#app/features/reports/server/get-report-page.server';
import { replaceActionLeak } from '#app/features/reports/server/replace-action-leak.server';
import { replaceAgendaLeak } from '#app/features/reports/server/replace-agenda-leak.server';
import { replaceBoardLeak } from '#app/features/reports/server/replace-board-leak.server';
import { replaceMinutesLeak } from '#app/features/reports/server/replace-minutes-leak.server';
import { ReportPage } from '#app/features/reports/ui/report-page';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { handleForm } from '#app/utils/forms';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/report-page';

/** The one-click replacement for each kind of stored text, each with the permission of where it is written. */
const REPLACE = {
  minuteNote: replaceMinutesLeak,
  boardNote: replaceBoardLeak,
  boardTheme: replaceBoardLeak,
  agendaItem: replaceAgendaLeak,
  action: replaceActionLeak,
} as const;

function kindOf(request: Request) {
  return reportKindOf(new URL(request.url).pathname) ?? notFound();
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  const kind = kindOf(request);
  const page = await getReportPage({ ...scope, kind });
  const files = `/o/${org.slug}/t/${trajectory.id}/reports/${kind}`;
  // 409 while the report cannot be made yet: the page says why.
  return data({ ...page, kind, files, trajectoryTitle: trajectory.title }, { status: page.ready ? 200 : 409 });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  kindOf(request);
  return handleForm(await request.formData(), ZReportForms, (input) => REPLACE[input.table]({ ...scope, ...input }));
}

export default function ReportRoute() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <ReportPage page={page} result={result} />;
}
