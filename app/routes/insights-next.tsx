import { redirect, useActionData, useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { ZNextTrajectory } from '#app/features/insights/forms';
import { getNextTrajectoryPage } from '#app/features/insights/server/get-next-trajectory-page.server';
import { startNextTrajectory } from '#app/features/insights/server/start-next-trajectory.server';
import { CarryOverForm, ChooseEarlier } from '#app/features/insights/ui/next-form';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { isLocale, useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/insights-next';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  // ?from=<trajectory>: from the library, or from a trajectory's own page.
  const from = new URL(request.url).searchParams.get('from') ?? '';
  return { org: ctx.org, from, ...(await getNextTrajectoryPage({ orgId: ctx.orgId, actor: ctx.actor, from })) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  const locale = isLocale(ctx.user.locale) ? ctx.user.locale : 'nl';
  return handleForm(await request.formData(), ZNextTrajectory, async (input) => {
    const { id } = await startNextTrajectory({ orgId: ctx.orgId, actor: ctx.actor, locale, ...input });
    throw redirect(`/o/${ctx.org.slug}/t/${id}`);
  });
}

export default function InsightsNext() {
  const { org, from, choices, carry, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('insights.nextTitle')} context={org.name} intro={t('insights.nextIntro')}>
      <ChooseEarlier choices={choices} from={from} />
      {carry ? <CarryOverForm key={carry.previous.id} carry={carry} teams={teams} state={result && !result.ok ? result : undefined} /> : null}
    </Page>
  );
}
