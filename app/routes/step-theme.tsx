import { data, Form, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, DataList, FormErrorSummary, Heading, Paragraph, RadioGroup, TextAreaField, TextField } from '#app/components/ui';
import type { ParticipantProfile } from '#app/db/schema';
import { listenerCoverageAdvice, plannedTotal } from '#app/features/theme/domain/listener-plan';
import { participantRange, targetAdvice } from '#app/features/theme/domain/target-advice';
import { THEME_EXAMPLES } from '#app/features/theme/domain/theme-examples';
import { planRows, ZThemeAction } from '#app/features/theme/forms';
import { listListenerPlan } from '#app/features/theme/server/list-listener-plan.server';
import { saveListenerPlan } from '#app/features/theme/server/save-listener-plan.server';
import { saveParticipantProfile } from '#app/features/theme/server/save-participant-profile.server';
import { saveTargets } from '#app/features/theme/server/save-targets.server';
import { saveTheme } from '#app/features/theme/server/save-theme.server';
import { stateFor } from '#app/features/theme/ui/form-state';
import { ListenerPlanTable } from '#app/features/theme/ui/listener-plan-table';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-theme';

const emptyProfile: ParticipantProfile = { childAges: '', sameNeighbourhood: '', phase: '', education: '', languages: '', other: '' };

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const { trajectory } = ctx;
  const plan = await listListenerPlan({ orgId: ctx.orgId, actor: ctx.actor, trajectoryId: trajectory.id });
  const targets = {
    participantTargetMin: trajectory.participantTargetMin,
    participantTargetMax: trajectory.participantTargetMax,
    mirrorListenerTarget: trajectory.mirrorListenerTarget,
    followUpListenerTarget: trajectory.followUpListenerTarget,
  };
  return {
    theme: trajectory.theme,
    profile: { ...emptyProfile, ...trajectory.profile },
    targets,
    participantRange: participantRange(trajectory.variant),
    targetAdvice: targetAdvice(trajectory.variant, targets),
    plan,
    plannedTotal: plannedTotal(plan),
    coverageAdvice: listenerCoverageAdvice(plan),
    canEdit: ctx.access.canEdit,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(ZThemeAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  switch (input.intent) {
    case 'example':
      // Only fills the field; the workgroup adjusts the wording and saves it.
      return { ok: true as const, example: input.example };
    case 'theme':
      await saveTheme({ ...scope, theme: input.theme });
      break;
    case 'profile': {
      const { intent: _intent, ...profile } = input;
      await saveParticipantProfile({ ...scope, profile });
      break;
    }
    case 'targets': {
      const { intent: _intent, ...targets } = input;
      await saveTargets({ ...scope, targets });
      break;
    }
    case 'plan':
      await saveListenerPlan({ ...scope, rows: planRows(input) });
      break;
  }
  return { ok: true as const, saved: input.intent };
}

export default function StepTheme() {
  const loaded = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const t = useT();
  const failure = state && 'errors' in state ? state : undefined;
  const saved = state && 'saved' in state ? state.saved : undefined;
  const example = state && 'example' in state ? state.example : undefined;
  const { canEdit, profile, targets, participantRange: range } = loaded;
  const savedAlert = (intent: string, key: Parameters<typeof t>[0]) => (saved === intent ? <Alert type="ok">{t(key)}</Alert> : null);

  const neighbourhoodLabel = profile.sameNeighbourhood ? t(`theme.neighbourhood_${profile.sameNeighbourhood}`) : t('theme.neighbourhood_open');
  const targetLabels = [
    ['participantTargetMin', t('theme.participantMin')],
    ['participantTargetMax', t('theme.participantMax')],
    ['mirrorListenerTarget', t('theme.mirrorListeners')],
    ['followUpListenerTarget', t('theme.followUpListeners')],
  ] as const;

  return (
    <div className="spiegel-page">
      <title>{`${t('theme.title')} · Spiegel`}</title>
      <Heading level={1}>{t('theme.title')}</Heading>
      <Paragraph lead>{t('theme.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('theme.readOnly')}</Alert>}

      <section aria-labelledby="theme-title" className="spiegel-stack">
        <Heading level={2} id="theme-title">
          {t('theme.themeTitle')}
        </Heading>
        {canEdit ? (
          <>
            {savedAlert('theme', 'theme.themeSaved')}
            {example ? <Alert type="info">{t('theme.exampleFilled')}</Alert> : null}
            <FormErrorSummary state={stateFor(failure, 'theme')} />
            <Form method="post" className="spiegel-stack">
              <input type="hidden" name="intent" value="theme" />
              {/* A new key when an example is chosen, so the field shows it (also after a full page load). */}
              <TextAreaField
                key={example ?? 'saved'}
                name="theme"
                rows={3}
                label={t('theme.themeLabel')}
                description={t('theme.themeHint')}
                state={stateFor(failure, 'theme')}
                defaultValue={example ? t(`theme.example_${example}`) : loaded.theme}
              />
              <Button>{t('theme.saveTheme')}</Button>
            </Form>
            <Form method="post" className="spiegel-stack" aria-labelledby="theme-examples">
              <Heading level={3} id="theme-examples">
                {t('theme.examplesTitle')}
              </Heading>
              <Paragraph>{t('theme.examplesIntro')}</Paragraph>
              <input type="hidden" name="intent" value="example" />
              <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
                {THEME_EXAMPLES.map((key) => (
                  <li key={key}>
                    <Button appearance="secondary" name="example" value={key} style={{ textAlign: 'start' }}>
                      {t(`theme.example_${key}`)}
                    </Button>
                  </li>
                ))}
              </ul>
            </Form>
          </>
        ) : (
          <Paragraph>{loaded.theme || t('theme.noTheme')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="profile-title" className="spiegel-stack">
        <Heading level={2} id="profile-title">
          {t('theme.profileTitle')}
        </Heading>
        <Paragraph>{t('theme.profileHint')}</Paragraph>
        {canEdit ? (
          <>
            {savedAlert('profile', 'theme.profileSaved')}
            <FormErrorSummary state={stateFor(failure, 'profile')} />
            <Form method="post" className="spiegel-stack">
              <input type="hidden" name="intent" value="profile" />
              <TextField
                name="childAges"
                label={t('theme.childAges')}
                description={t('theme.childAgesHint')}
                state={stateFor(failure, 'profile')}
                defaultValue={profile.childAges}
              />
              <RadioGroup
                name="sameNeighbourhood"
                label={t('theme.sameNeighbourhood')}
                state={stateFor(failure, 'profile')}
                defaultValue={profile.sameNeighbourhood}
                options={[
                  { value: 'same', label: t('theme.neighbourhood_same') },
                  { value: 'mixed', label: t('theme.neighbourhood_mixed') },
                  { value: '', label: t('theme.neighbourhood_open') },
                ]}
              />
              <TextField
                name="phase"
                label={t('theme.phase')}
                description={t('theme.phaseHint')}
                state={stateFor(failure, 'profile')}
                defaultValue={profile.phase}
              />
              <TextField
                name="education"
                label={t('theme.education')}
                description={t('theme.educationHint')}
                state={stateFor(failure, 'profile')}
                defaultValue={profile.education}
              />
              <TextField
                name="languages"
                label={t('theme.languages')}
                description={t('theme.languagesHint')}
                state={stateFor(failure, 'profile')}
                defaultValue={profile.languages}
              />
              <TextAreaField name="other" label={t('theme.other')} state={stateFor(failure, 'profile')} defaultValue={profile.other} required={false} />
              <Button>{t('theme.saveProfile')}</Button>
            </Form>
          </>
        ) : (
          <DataList
            items={[
              { key: t('theme.childAges'), value: profile.childAges || t('common.none') },
              { key: t('theme.sameNeighbourhood'), value: neighbourhoodLabel },
              { key: t('theme.phase'), value: profile.phase || t('common.none') },
              { key: t('theme.education'), value: profile.education || t('common.none') },
              { key: t('theme.languages'), value: profile.languages || t('common.none') },
              { key: t('theme.other'), value: profile.other || t('common.none') },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="targets-title" className="spiegel-stack">
        <Heading level={2} id="targets-title">
          {t('theme.targetsTitle')}
        </Heading>
        <Paragraph>{t('theme.targetsIntro', range)}</Paragraph>
        {canEdit ? (
          <>
            {savedAlert('targets', 'theme.targetsSaved')}
            <FormErrorSummary state={stateFor(failure, 'targets')} />
            <Form method="post" className="spiegel-stack" noValidate>
              <input type="hidden" name="intent" value="targets" />
              {targetLabels.map(([name, label]) => (
                <TextField
                  key={name}
                  name={name}
                  label={label}
                  inputMode="numeric"
                  state={stateFor(failure, 'targets')}
                  defaultValue={targets[name]}
                  required
                />
              ))}
              <Button>{t('theme.saveTargets')}</Button>
            </Form>
          </>
        ) : (
          <DataList items={targetLabels.map(([name, label]) => ({ key: label, value: targets[name] }))} />
        )}
        {loaded.targetAdvice.length > 0 ? (
          <Alert type="warning">
            <ul className="spiegel-stack" data-testid="target-advice">
              {loaded.targetAdvice.map((a) => (
                <li key={a}>{t(`theme.targetAdvice_${a}`, range)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </section>

      <section aria-labelledby="plan-title" className="spiegel-stack">
        <Heading level={2} id="plan-title">
          {t('theme.planTitle')}
        </Heading>
        <Paragraph>{t('theme.planIntro')}</Paragraph>
        <Paragraph>
          <strong data-testid="plan-total">{t('theme.planTotal', { total: loaded.plannedTotal, target: targets.mirrorListenerTarget })}</strong>
        </Paragraph>
        {loaded.coverageAdvice.length > 0 ? (
          <Alert type="warning">
            <ul className="spiegel-stack" data-testid="coverage-advice">
              {loaded.coverageAdvice.map((a) => (
                <li key={a}>{t(`theme.coverage_${a}`)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {canEdit ? (
          <>
            {savedAlert('plan', 'theme.planSaved')}
            <FormErrorSummary state={stateFor(failure, 'plan')} />
            <Form method="post" className="spiegel-stack" noValidate>
              <input type="hidden" name="intent" value="plan" />
              <ListenerPlanTable plan={loaded.plan} state={stateFor(failure, 'plan')} editable />
              <Button>{t('theme.savePlan')}</Button>
            </Form>
          </>
        ) : (
          <ListenerPlanTable plan={loaded.plan} editable={false} />
        )}
      </section>
    </div>
  );
}
