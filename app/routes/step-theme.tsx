import { useActionData, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { Alert, Page } from '#app/components/ui';
import type { ParticipantProfile } from '#app/db/schema';
import { listenerCoverageAdvice, plannedTotal } from '#app/features/theme/domain/listener-plan';
import { participantRange, targetAdvice } from '#app/features/theme/domain/target-advice';
import { planRows, ZThemeAction } from '#app/features/theme/forms';
import { listListenerPlan } from '#app/features/theme/server/list-listener-plan.server';
import { saveListenerPlan } from '#app/features/theme/server/save-listener-plan.server';
import { saveParticipantProfile } from '#app/features/theme/server/save-participant-profile.server';
import { saveTargets } from '#app/features/theme/server/save-targets.server';
import { saveTheme } from '#app/features/theme/server/save-theme.server';
import { PlanSection, ProfileSection, TargetsSection, ThemeSection } from '#app/features/theme/ui/theme-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-theme';

const emptyProfile: ParticipantProfile = { childAges: '', sameNeighbourhood: '', phase: '', education: '', languages: '', other: '' };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory } = await requireTrajectory(request, params);
  const plan = await listListenerPlan(scope);
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
    canEdit: can(scope, 'trajectory.edit'),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZThemeAction, async (input) => {
    switch (input.intent) {
      case 'example':
        // Only fills the field; the workgroup adjusts the wording and saves it.
        return input.example;
      case 'theme':
        return void (await saveTheme({ ...scope, theme: input.theme }));
      case 'profile': {
        const { intent: _intent, ...profile } = input;
        return void (await saveParticipantProfile({ ...scope, profile }));
      }
      case 'targets': {
        const { intent: _intent, ...targets } = input;
        return void (await saveTargets({ ...scope, targets }));
      }
      case 'plan':
        return void (await saveListenerPlan({ ...scope, rows: planRows(input) }));
    }
  });
}

export default function StepTheme() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { canEdit, targets } = loaded;
  const example = result?.ok && result.intent === 'example' ? result.value : undefined;
  const form = (intent: string) => ({ canEdit, state: stateFor(result, intent), saved: succeeded(result, intent) });
  return (
    <Page title={t('theme.title')} intro={t('theme.intro')}>
      {canEdit ? null : <Alert type="info">{t('theme.readOnly')}</Alert>}
      <ThemeSection theme={loaded.theme} example={example} {...form('theme')} />
      <ProfileSection profile={loaded.profile} {...form('profile')} />
      <TargetsSection targets={targets} range={loaded.participantRange} targetAdvice={loaded.targetAdvice} {...form('targets')} />
      <PlanSection plan={loaded.plan} plannedTotal={loaded.plannedTotal} coverageAdvice={loaded.coverageAdvice} targets={targets} {...form('plan')} />
    </Page>
  );
}
