import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, FormErrorSummary, SelectField, TextField, Page } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { ZNewTrajectory } from '#app/features/trajectory/forms';
import { createTrajectory } from '#app/features/trajectory/server/create-trajectory.server';
import { getNewTrajectoryPage } from '#app/features/trajectory/server/get-new-trajectory-page.server';
import { teamKindLabel } from '#app/features/trajectory/ui/labels';
import { VariantRadios } from '#app/features/trajectory/ui/variant-radios';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/trajectory-new';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const { teams, previous } = await getNewTrajectoryPage(ctx);
  // "Start from this trajectory" on an overview links here with ?from=<id>.
  const from = new URL(request.url).searchParams.get('from') ?? '';
  return {
    org: ctx.org,
    teams,
    previous,
    defaults: {
      variant: ctx.org.kind === 'care' ? 'care' : 'coalition',
      previousTrajectoryId: previous.some((p) => p.id === from) ? from : '',
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  return handleForm(await request.formData(), ZNewTrajectory, async (input) => {
    const { id } = await createTrajectory({ orgId: ctx.orgId, actor: ctx.actor, ...input });
    throw redirect(`/o/${ctx.org.slug}/t/${id}`);
  });
}

export default function TrajectoryNew() {
  const { teams, previous, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && !result.ok ? result : undefined;
  const t = useT();
  return (
    <Page title={t('trajectory.newTitle')} intro={t('trajectory.newIntro')} lead={false}>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack">
        <SubmissionKey />
        <TextField name="title" label={t('trajectory.fieldTitle')} description={t('trajectory.fieldTitleHint')} state={state} />
        <VariantRadios state={state} defaultValue={defaults.variant} />
        {teams.length > 0 ? (
          <SelectField
            name="teamId"
            label={t('trajectory.fieldTeam')}
            state={state}
            required={false}
            options={[
              { value: '', label: t('trajectory.noTeam') },
              ...teams.map((team) => ({ value: team.id, label: t('trajectory.teamOption', { name: team.name, kind: t(teamKindLabel[team.kind]) }) })),
            ]}
          />
        ) : null}
        <TextField name="theme" label={t('trajectory.fieldTheme')} description={t('trajectory.fieldThemeHint')} state={state} required={false} />
        {previous.length > 0 ? (
          <SelectField
            name="previousTrajectoryId"
            label={t('trajectory.fieldPrevious')}
            description={t('trajectory.fieldPreviousHint')}
            state={state}
            required={false}
            defaultValue={defaults.previousTrajectoryId}
            options={[{ value: '', label: t('trajectory.fieldPreviousNone') }, ...previous.map((p) => ({ value: p.id, label: p.title }))]}
          />
        ) : null}
        <Button>{t('trajectory.createButton')}</Button>
      </Form>
    </Page>
  );
}
