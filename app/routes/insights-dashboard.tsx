import { useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { getDashboard } from '#app/features/insights/server/get-dashboard.server';
import { ActionsSection, FeedbackSection, ParentsSection, StepsSection } from '#app/features/insights/ui/dashboard';
import insightsCss from '#app/features/insights/ui/insights.css?url';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/insights-dashboard';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: insightsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, ...(await getDashboard({ orgId: ctx.orgId, actor: ctx.actor })) };
}

export default function InsightsDashboard() {
  const { org, steps, reflections, parents, perTeam, actions, feedback } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('insights.dashboardTitle')} context={org.name} intro={t('insights.dashboardIntro')}>
      <StepsSection steps={steps} reflections={reflections} />
      <ParentsSection total={parents} perTeam={perTeam} />
      <ActionsSection actions={actions} />
      <FeedbackSection medianDays={feedback.medianDays} trajectories={feedback.trajectories} />
    </Page>
  );
}
