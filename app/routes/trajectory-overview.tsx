import { useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { ButtonLink, Heading, Link, Paragraph, StatusBadge, Page } from '#app/components/ui';
import { getTrajectoryOverview } from '#app/features/trajectory/server/get-trajectory-overview.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { stateLabel, stateTone } from '#app/features/trajectory/ui/labels';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/trajectory-overview';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  return {
    ...(await getTrajectoryOverview(scope)),
    title: trajectory.title,
    base: `/o/${org.slug}/t/${trajectory.id}`,
    newFromThis: can(scope, 'org.createTrajectory') ? `/o/${org.slug}/t/new?from=${trajectory.id}` : null,
  };
}

export default function TrajectoryOverview() {
  const { steps, done, title, base, newFromThis } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('trajectory.overviewTitle')} context={title} intro={t('trajectory.overviewIntro')} lead={false}>
      <Paragraph>
        <strong>{t('trajectory.stepsDoneSummary', { done })}</strong>
      </Paragraph>
      <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {steps.map((step) => (
          <li key={step.step} className="spiegel-card" data-testid="step" data-state={step.state}>
            <Heading level={2}>{t('trajectory.stepHeading', { step: step.step, name: t(step.name) })}</Heading>
            <Paragraph>
              {t('trajectory.stateLabel')} <StatusBadge tone={stateTone[step.state]}>{t(stateLabel[step.state])}</StatusBadge>
            </Paragraph>
            <Paragraph>{t(step.summary, step.values)}</Paragraph>
            <Paragraph>
              <strong>{t('trajectory.nextLabel')}</strong>{' '}
              {step.link ? <Link to={`${base}/${step.link}`}>{t(step.next, step.values)}</Link> : t(step.next, step.values)}
            </Paragraph>
          </li>
        ))}
      </ol>
      <Paragraph>
        <Link to={`${base}/reports/trajectory`}>{t('reports.trajectoryLink')}</Link>
      </Paragraph>
      {newFromThis ? <ButtonLink to={newFromThis}>{t('trajectory.startFromThis')}</ButtonLink> : null}
    </Page>
  );
}
