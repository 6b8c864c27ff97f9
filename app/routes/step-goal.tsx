import { useActionData, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { Page } from '#app/components/ui';
import { ZGoalForms } from '#app/features/goal/forms';
import { addGoalReview } from '#app/features/goal/server/add-goal-review.server';
import { listGoalReviews } from '#app/features/goal/server/list-goal-reviews.server';
import { updateGoals } from '#app/features/goal/server/update-goals.server';
import { GoalsForm, GoalsReadOnly, ReviewForm, ReviewList } from '#app/features/goal/ui/goal-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { todayInAmsterdam, useT } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-goal';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory } = await requireTrajectory(request, params);
  return {
    goals: {
      shortTermGoal: trajectory.shortTermGoal,
      longTermGoal: trajectory.longTermGoal,
      horizonGoal: trajectory.horizonGoal,
      visionLink: trajectory.visionLink,
    },
    reviews: await listGoalReviews(scope),
    canEdit: can(scope, 'trajectory.edit'),
    today: todayInAmsterdam(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZGoalForms, async (input) => {
    if (input.intent === 'goals') await updateGoals({ ...scope, ...input });
    else await addGoalReview({ ...scope, reviewedOn: input.reviewedOn, stillFits: input.stillFits === 'yes', whatChanged: input.whatChanged });
  });
}

export default function StepGoal() {
  const { goals, reviews, canEdit, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('goal.title')} intro={t('goal.intro')}>
      {canEdit ? <GoalsForm goals={goals} state={stateFor(result, 'goals')} saved={succeeded(result, 'goals')} /> : <GoalsReadOnly goals={goals} />}
      <ReviewList reviews={reviews} />
      {canEdit ? <ReviewForm today={today} state={stateFor(result, 'review')} saved={succeeded(result, 'review')} resetKey={reviews.length} /> : null}
    </Page>
  );
}
