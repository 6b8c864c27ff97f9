import { data, Form, redirect, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { canCreateTrajectory } from '#app/auth/permissions';
import { Button, FormErrorSummary, Heading, Paragraph, SelectField, TextField } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { variants } from '#app/features/trajectory/domain/variants';
import { createTrajectory } from '#app/features/trajectory/server/create-trajectory.server';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { listTrajectoryChoices } from '#app/features/trajectory/server/list-trajectories.server';
import { teamKindLabel } from '#app/features/trajectory/ui/labels';
import { VariantRadios } from '#app/features/trajectory/ui/variant-radios';
import { useT } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import { forbidden } from '#app/utils/http.server';
import type { Route } from './+types/trajectory-new';

async function requireCreator(request: Request, slug: string | undefined) {
  const ctx = await requireOrg(request, slug);
  if (!canCreateTrajectory(ctx.actor)) forbidden();
  return ctx;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireCreator(request, params.org);
  const [teams, previous] = await Promise.all([listTeams(ctx), listTrajectoryChoices(ctx)]);
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

const optionalId = z
  .union([z.literal(''), z.uuid()], { error: 'validation.choose' })
  .optional()
  .transform((v) => v || null);

const ZNew = z.object({
  title: f.required(200),
  theme: f
    .text(500)
    .optional()
    .transform((v) => v ?? ''),
  teamId: optionalId,
  variant: f.choice(variants),
  previousTrajectoryId: optionalId,
});

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireCreator(request, params.org);
  const parsed = parseForm(ZNew, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { id } = await createTrajectory({ orgId: ctx.orgId, actor: ctx.actor, ...parsed.data });
  return redirect(`/o/${ctx.org.slug}/t/${id}`);
}

export default function TrajectoryNew() {
  const { teams, previous, defaults } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="spiegel-page">
      <title>{`${t('trajectory.newTitle')} · Spiegel`}</title>
      <Heading level={1}>{t('trajectory.newTitle')}</Heading>
      <Paragraph>{t('trajectory.newIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack">
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
    </div>
  );
}
