import { redirect, useActionData, useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { ZReflection } from '#app/features/insights/forms';
import { createReflection } from '#app/features/insights/server/create-reflection.server';
import { getReflectionPage } from '#app/features/insights/server/get-reflection-page.server';
import { NoReflectionChoices, ReflectionForm } from '#app/features/insights/ui/reflection-form';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/reflection-new';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, ...(await getReflectionPage({ orgId: ctx.orgId, actor: ctx.actor })) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  return handleForm(await request.formData(), ZReflection, async (input) => {
    const { id } = await createReflection({ orgId: ctx.orgId, actor: ctx.actor, ...input });
    // Straight to the board: its notes are the chosen trajectories' insights.
    throw redirect(`/o/${ctx.org.slug}/t/${id}/board`);
  });
}

export default function ReflectionNew() {
  const { org, groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('insights.reflectionTitle')} context={org.name} intro={t('insights.reflectionIntro')}>
      {groups.length === 0 ? (
        <NoReflectionChoices />
      ) : (
        <ReflectionForm groups={groups} state={result && !result.ok ? result : undefined} defaultTitle={t('insights.reflectionLabel')} />
      )}
    </Page>
  );
}
