import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import {
  Alert,
  Button,
  DataList,
  FormErrorSummary,
  type FormState,
  Heading,
  Paragraph,
  RadioGroup,
  StatusBadge,
  TextAreaField,
  TextField,
} from '#app/components/ui';
import { addGoalReview } from '#app/features/goal/server/add-goal-review.server';
import { listGoalReviews } from '#app/features/goal/server/list-goal-reviews.server';
import { updateGoals } from '#app/features/goal/server/update-goals.server';
import { MultilineText } from '#app/features/goal/ui/multiline-text';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, todayInAmsterdam, useI18n } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-goal';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { orgId, actor, trajectory, access } = await requireTrajectory(request, params);
  return {
    goals: {
      shortTermGoal: trajectory.shortTermGoal,
      longTermGoal: trajectory.longTermGoal,
      horizonGoal: trajectory.horizonGoal,
      visionLink: trajectory.visionLink,
    },
    reviews: await listGoalReviews({ orgId, actor, trajectoryId: trajectory.id }),
    canEdit: access.canEdit,
    today: todayInAmsterdam(),
  };
}

const ZGoals = z.object({
  intent: z.literal('goals'),
  shortTermGoal: f.text(2000),
  longTermGoal: f.text(2000),
  horizonGoal: f.text(2000),
  visionLink: f.optionalUrl(),
});
const ZReview = z.object({
  intent: z.literal('review'),
  reviewedOn: f.day(),
  stillFits: f.choice(['yes', 'no']),
  whatChanged: f.text(2000),
});

export async function action({ request, params }: Route.ActionArgs) {
  const { orgId, actor, trajectory } = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(z.discriminatedUnion('intent', [ZGoals, ZReview]), await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const at = { orgId, actor, trajectoryId: trajectory.id };
  if (input.intent === 'goals') {
    const { intent: _, ...goals } = input;
    await updateGoals({ ...at, ...goals });
  } else {
    await addGoalReview({ ...at, reviewedOn: input.reviewedOn, stillFits: input.stillFits === 'yes', whatChanged: input.whatChanged });
  }
  return { ok: true as const, saved: input.intent };
}

export default function StepGoal() {
  const { goals, reviews, canEdit, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  // Two forms on one page: errors belong to the form that was sent.
  const stateFor = (intent: string): FormState => (result && 'errors' in result && result.values.intent === intent ? result : undefined);
  const goalsState = stateFor('goals');
  const reviewState = stateFor('review');
  const saved = result && 'saved' in result ? result.saved : undefined;

  return (
    <div className="spiegel-page">
      <title>{`${t('goal.title')} · Spiegel`}</title>
      <Heading level={1}>{t('goal.title')}</Heading>
      <Paragraph lead>{t('goal.intro')}</Paragraph>

      {canEdit ? (
        <>
          {saved === 'goals' ? <Alert type="ok">{t('goal.goalsSaved')}</Alert> : null}
          <FormErrorSummary state={goalsState} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="goals" />
            <TextAreaField
              name="shortTermGoal"
              label={t('goal.shortTermLabel')}
              description={t('goal.shortTermHint')}
              defaultValue={goals.shortTermGoal}
              state={goalsState}
              rows={3}
            />
            <TextAreaField
              name="longTermGoal"
              label={t('goal.longTermLabel')}
              description={t('goal.longTermHint')}
              defaultValue={goals.longTermGoal}
              state={goalsState}
              rows={3}
            />
            <TextAreaField
              name="horizonGoal"
              label={t('goal.horizonLabel')}
              description={t('goal.horizonHint')}
              defaultValue={goals.horizonGoal}
              state={goalsState}
              rows={3}
            />
            <TextField
              name="visionLink"
              type="url"
              label={t('goal.visionLabel')}
              description={t('goal.visionHint')}
              defaultValue={goals.visionLink}
              state={goalsState}
              required={false}
            />
            <Button>{t('goal.saveGoals')}</Button>
          </Form>
        </>
      ) : (
        <>
          <Alert type="info">{t('goal.readOnly')}</Alert>
          <DataList
            items={[
              { key: t('goal.shortTermLabel'), value: goals.shortTermGoal ? <MultilineText>{goals.shortTermGoal}</MultilineText> : t('common.none') },
              { key: t('goal.longTermLabel'), value: goals.longTermGoal ? <MultilineText>{goals.longTermGoal}</MultilineText> : t('common.none') },
              { key: t('goal.horizonLabel'), value: goals.horizonGoal ? <MultilineText>{goals.horizonGoal}</MultilineText> : t('common.none') },
              {
                key: t('goal.visionLabel'),
                value: goals.visionLink ? (
                  <a className="utrecht-link utrecht-link--html-a" href={goals.visionLink} rel="noopener noreferrer">
                    {goals.visionLink}
                  </a>
                ) : (
                  t('common.none')
                ),
              },
            ]}
          />
        </>
      )}

      <Heading level={2}>{t('goal.reviewsTitle')}</Heading>
      <Paragraph>{t('goal.reviewsIntro')}</Paragraph>
      {reviews.length === 0 ? <Paragraph>{t('goal.reviewsEmpty')}</Paragraph> : null}
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {reviews.map((review) => (
          <li key={review.id} className="spiegel-card" data-testid="goal-review">
            <Heading level={3}>{t('goal.reviewOn', { date: formatDate(review.reviewedOn, locale) })}</Heading>
            <Paragraph>
              <StatusBadge tone={review.stillFits ? 'done' : 'active'}>
                {review.stillFits ? t('goal.reviewStillFits') : t('goal.reviewNoLongerFits')}
              </StatusBadge>
            </Paragraph>
            {review.whatChanged ? <MultilineText>{review.whatChanged}</MultilineText> : null}
            <Paragraph>{t('goal.reviewBy', { name: review.authorName ?? t('goal.unknownAuthor') })}</Paragraph>
          </li>
        ))}
      </ul>

      {canEdit ? (
        <section className="spiegel-stack" aria-labelledby="review-add">
          <Heading level={3} id="review-add">
            {t('goal.reviewAddTitle')}
          </Heading>
          {saved === 'review' ? <Alert type="ok">{t('goal.reviewSaved')}</Alert> : null}
          <FormErrorSummary state={reviewState} />
          {/* A new key after each saved review empties the form. */}
          <Form method="post" className="spiegel-stack" noValidate key={reviews.length}>
            <input type="hidden" name="intent" value="review" />
            <TextField name="reviewedOn" type="date" label={t('goal.reviewDateLabel')} defaultValue={today} state={reviewState} idPrefix="review" />
            <RadioGroup
              name="stillFits"
              label={t('goal.reviewFitsLabel')}
              state={reviewState}
              idPrefix="review"
              options={[
                { value: 'yes', label: t('common.yes') },
                { value: 'no', label: t('common.no') },
              ]}
            />
            <TextAreaField
              name="whatChanged"
              label={t('goal.reviewWhatChangedLabel')}
              description={t('goal.reviewWhatChangedHint')}
              state={reviewState}
              idPrefix="review"
              rows={3}
            />
            <Button>{t('goal.reviewAdd')}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
