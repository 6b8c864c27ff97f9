import { useLoaderData } from 'react-router';
import { Heading, Link, Paragraph, StatusBadge, Page } from '#app/components/ui';
import { getPreparationOverview } from '#app/features/trajectory/server/get-preparation-overview.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { stateLabel, stateTone } from '#app/features/trajectory/ui/labels';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/step-prep';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  return { parts: await getPreparationOverview(scope), base: `/o/${org.slug}/t/${trajectory.id}`, title: trajectory.title };
}

export default function StepPrep() {
  const { parts, base, title } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('trajectory.prepTitle')} context={title} intro={t('trajectory.prepIntro')} lead={false}>
      <ul className="spiegel-cards">
        {parts.map((part) => (
          <li key={part.part} className="spiegel-card" data-testid="prep-part" data-state={part.state}>
            <Heading level={2}>
              <Link to={`${base}/${part.part}`}>{t(part.name)}</Link>
            </Heading>
            <Paragraph>
              {t('trajectory.stateLabel')} <StatusBadge tone={stateTone[part.state]}>{t(stateLabel[part.state])}</StatusBadge>
            </Paragraph>
            <Paragraph>{t(part.summary, part.values)}</Paragraph>
          </li>
        ))}
      </ul>
    </Page>
  );
}
