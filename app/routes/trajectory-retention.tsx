import { useActionData, useLoaderData } from 'react-router';
import { Page, Paragraph } from '#app/components/ui';
import { ZExtendRetention } from '#app/features/retention/forms';
import { extendRetention } from '#app/features/retention/server/extend-retention.server';
import { getRetentionPage } from '#app/features/retention/server/get-retention-page.server';
import { DueTable, ExtendForm, RetentionLog } from '#app/features/retention/ui/retention-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/trajectory-retention';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory } = await requireTrajectory(request, params);
  return { title: trajectory.title, ...(await getRetentionPage(scope)) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZExtendRetention, (input) =>
    extendRetention({ ...scope, kind: input.kind, keepUntil: input.keepUntil, reason: input.reason }),
  );
}

export default function TrajectoryRetention() {
  const { title, lastStep, rows, log, canExtend } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  return (
    <Page title={t('personalData.retentionPageTitle')} context={title} intro={t('personalData.retentionPageLead')}>
      <Paragraph>{lastStep ? t('personalData.lastStep', { date: formatDate(lastStep, locale) }) : t('personalData.noLastStep')}</Paragraph>
      <DueTable rows={rows} />
      {canExtend && lastStep ? <ExtendForm rows={rows} result={result} /> : null}
      <RetentionLog log={log} />
    </Page>
  );
}
