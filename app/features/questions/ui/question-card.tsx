import { Form } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  FormErrorSummary,
  type FormState,
  Heading,
  MultilineText,
  Paragraph,
  SelectField,
  StatusBadge,
  TextAreaField,
} from '#app/components/ui';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { QUESTION_DOMAINS, type QuestionDomain } from '../domain/domains';
import type { QuestionView } from '../server/get-questions-page.server';
import { ReadabilityResult } from './readability-result';

const statusTone = { submitted: 'neutral', chosen: 'done', merged: 'neutral', set_aside: 'neutral' } as const;

/** One handed-in question: its status, where it came from, the plain-language check and the workgroup's forms. */
export function QuestionCard({
  question: q,
  others,
  similar,
  mergedIntoNumber,
  canEdit,
  saved,
  stateFor,
}: {
  question: QuestionView;
  others: QuestionView[];
  similar: Set<string>;
  mergedIntoNumber?: number;
  canEdit: boolean;
  saved?: MessageKey;
  stateFor: (intent: string) => FormState;
}) {
  const { t, locale } = useI18n();
  const prefix = `q${q.number}`;
  const textState = stateFor('text');
  const mergeState = stateFor('merge');
  const statusButtons: ('choose' | 'setAside' | 'restore')[] =
    q.status === 'submitted' ? ['choose', 'setAside'] : q.status === 'chosen' ? ['setAside', 'restore'] : ['restore'];
  const mergeOptions = [...others].sort((a, b) => Number(similar.has(b.id)) - Number(similar.has(a.id)) || a.number - b.number);
  return (
    <li className="spiegel-card spiegel-stack" data-testid="question">
      <Heading level={3}>
        {t('questions.questionNumber', { number: q.number })} <StatusBadge tone={statusTone[q.status]}>{t(`questions.status_${q.status}`)}</StatusBadge>
      </Heading>
      <div data-testid="question-text">
        <MultilineText>{q.text}</MultilineText>
      </div>
      <Paragraph>
        {q.listenerName
          ? t('questions.fromListener', { name: q.listenerName, date: formatDate(q.createdAt, locale) })
          : t('questions.fromOpenLink', { date: formatDate(q.createdAt, locale) })}
      </Paragraph>
      {mergedIntoNumber ? <Paragraph>{t('questions.mergedInto', { number: mergedIntoNumber })}</Paragraph> : null}
      {saved ? <Alert type="ok">{t(saved)}</Alert> : null}
      <ReadabilityResult result={q.readability} />
      {canEdit ? (
        <>
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="questionId" value={q.id} />
            <ButtonGroup>
              {statusButtons.map((change) => (
                <Button key={change} name="change" value={change} appearance={change === 'choose' ? 'primary' : 'secondary'}>
                  {t(`questions.${change}`)}
                </Button>
              ))}
            </ButtonGroup>
          </Form>

          <Form method="post" preventScrollReset className="spiegel-stack">
            <input type="hidden" name="intent" value="domains" />
            <input type="hidden" name="questionId" value={q.id} />
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('questions.domainsLabel')}</legend>
              <div className="spiegel-inline" style={{ gap: '0 1.25rem' }}>
                {QUESTION_DOMAINS.map((domain) => (
                  <CheckboxField
                    key={domain}
                    name="domains"
                    value={domain}
                    idPrefix={`${prefix}-${domain}`}
                    label={t(`questions.domain_${domain}`)}
                    defaultChecked={q.domains.includes(domain)}
                  />
                ))}
              </div>
            </fieldset>
            <Button appearance="secondary">{t('questions.domainsSave')}</Button>
          </Form>

          <details open={Boolean(textState)}>
            <summary>{t('questions.editTitle')}</summary>
            <Form method="post" preventScrollReset className="spiegel-stack" noValidate>
              <input type="hidden" name="intent" value="text" />
              <input type="hidden" name="questionId" value={q.id} />
              <FormErrorSummary state={textState} />
              <TextAreaField
                name="text"
                idPrefix={prefix}
                label={t('questions.editLabel', { number: q.number })}
                description={t('questions.editHint')}
                defaultValue={q.text}
                state={textState}
                rows={4}
              />
              <Button>{t('questions.editSave')}</Button>
            </Form>
          </details>

          {q.status !== 'merged' && mergeOptions.length > 0 ? (
            <details open={Boolean(mergeState)}>
              <summary>{t('questions.mergeTitle')}</summary>
              <Form method="post" preventScrollReset className="spiegel-stack" noValidate>
                <input type="hidden" name="intent" value="merge" />
                <input type="hidden" name="questionId" value={q.id} />
                <SelectField
                  name="keptId"
                  idPrefix={prefix}
                  label={t('questions.mergeLabel')}
                  description={t('questions.mergeHint')}
                  state={mergeState}
                  options={mergeOptions.map((o) => ({
                    value: o.id,
                    label: t(similar.has(o.id) ? 'questions.mergeOptionSimilar' : 'questions.mergeOption', {
                      number: o.number,
                      text: o.text.length > 80 ? `${o.text.slice(0, 77)}…` : o.text,
                    }),
                  }))}
                />
                <Button appearance="secondary">{t('questions.mergeButton')}</Button>
              </Form>
            </details>
          ) : null}
        </>
      ) : q.domains.length > 0 ? (
        <Paragraph>
          {t('questions.domainsLabel')}: {q.domains.map((d) => t(`questions.domain_${d as QuestionDomain}`)).join(', ')}
        </Paragraph>
      ) : null}
    </li>
  );
}
