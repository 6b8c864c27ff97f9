// The parts of the goal page (S1): the goals (form or read-only) and the look-backs.
import { Form } from 'react-router';
import {
  Alert,
  Button,
  DataList,
  FormErrorSummary,
  type FormState,
  Heading,
  MultilineText,
  Paragraph,
  RadioGroup,
  StatusBadge,
  TextAreaField,
  TextField,
} from '#app/components/ui';
import { SubmissionKey } from '#app/components/submission-key';
import { formatDate, useI18n } from '#app/i18n/i18n';
import type { GoalReview } from '../server/list-goal-reviews.server';
import type { Goals } from '../server/update-goals.server';

const goalFields = [
  ['shortTermGoal', 'goal.shortTermLabel', 'goal.shortTermHint'],
  ['longTermGoal', 'goal.longTermLabel', 'goal.longTermHint'],
  ['horizonGoal', 'goal.horizonLabel', 'goal.horizonHint'],
] as const;

export function GoalsForm({ goals, state, saved }: { goals: Goals; state: FormState; saved: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {saved ? <Alert type="ok">{t('goal.goalsSaved')}</Alert> : null}
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="goals" />
        {goalFields.map(([name, label, hint]) => (
          <TextAreaField key={name} name={name} label={t(label)} description={t(hint)} defaultValue={goals[name]} state={state} rows={3} />
        ))}
        <TextField
          name="visionLink"
          type="url"
          label={t('goal.visionLabel')}
          description={t('goal.visionHint')}
          defaultValue={goals.visionLink}
          state={state}
          required={false}
        />
        <Button>{t('goal.saveGoals')}</Button>
      </Form>
    </>
  );
}

export function GoalsReadOnly({ goals }: { goals: Goals }) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info">{t('goal.readOnly')}</Alert>
      <DataList
        items={[
          ...goalFields.map(([name, label]) => ({ key: t(label), value: goals[name] ? <MultilineText>{goals[name]}</MultilineText> : t('common.none') })),
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
  );
}

export function ReviewList({ reviews }: { reviews: GoalReview[] }) {
  const { t, locale } = useI18n();
  return (
    <>
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
    </>
  );
}

export function ReviewForm({ today, state, saved, resetKey }: { today: string; state: FormState; saved: boolean; resetKey: number }) {
  const { t } = useI18n();
  return (
    <section className="spiegel-stack" aria-labelledby="review-add">
      <Heading level={3} id="review-add">
        {t('goal.reviewAddTitle')}
      </Heading>
      {saved ? <Alert type="ok">{t('goal.reviewSaved')}</Alert> : null}
      <FormErrorSummary state={state} />
      {/* A new key after each saved review empties the form. */}
      <Form method="post" className="spiegel-stack" noValidate key={resetKey}>
        <input type="hidden" name="intent" value="review" />
        <SubmissionKey />
        <TextField name="reviewedOn" type="date" label={t('goal.reviewDateLabel')} defaultValue={today} state={state} idPrefix="review" />
        <RadioGroup
          name="stillFits"
          label={t('goal.reviewFitsLabel')}
          state={state}
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
          state={state}
          idPrefix="review"
          rows={3}
        />
        <Button>{t('goal.reviewAdd')}</Button>
      </Form>
    </section>
  );
}
