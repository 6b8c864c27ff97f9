import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  FormErrorSummary,
  type FormState,
  Heading,
  Link,
  Paragraph,
  SelectField,
  StatusBadge,
  TextAreaField,
} from '#app/components/ui';
import { MultilineText } from '#app/features/goal/ui/multiline-text';
import { CopyableLink } from '#app/features/partners/ui/copyable-link';
import { missingRequiredDomains, QUESTION_DOMAINS, questionsInScope } from '#app/features/questions/domain/domains';
import { duplicateSuggestions } from '#app/features/questions/domain/duplicates';
import { chosenInOrder } from '#app/features/questions/domain/ordering';
import { readability } from '#app/features/questions/domain/readability';
import { ensureQuestionCode } from '#app/features/questions/server/ensure-question-code.server';
import { listQuestions } from '#app/features/questions/server/list-questions.server';
import { mergeQuestions } from '#app/features/questions/server/merge-questions.server';
import { moveQuestion } from '#app/features/questions/server/move-question.server';
import { questionLinkUrl } from '#app/features/questions/server/question-link-url.server';
import { qrSvg } from '#app/features/questions/server/question-qr.server';
import { setQuestionDomains } from '#app/features/questions/server/set-question-domains.server';
import { setQuestionStatus } from '#app/features/questions/server/set-question-status.server';
import { updateQuestionText } from '#app/features/questions/server/update-question-text.server';
import { ReadabilityResult } from '#app/features/questions/ui/readability-result';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { f, fieldFailure, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-questions';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { orgId, actor, trajectory, access, org } = await requireTrajectory(request, params);
  const at = { orgId, actor, trajectoryId: trajectory.id };
  // The code is made on first need: the first time someone who can use it opens this page.
  const code = access.canEdit ? await ensureQuestionCode(at) : trajectory.questionCode;
  const link = code ? { code, url: questionLinkUrl(code), qr: await qrSvg(questionLinkUrl(code)) } : null;
  const rows = await listQuestions(at);
  // Numbers in order of arrival: stable, so "question 3" means the same thing everywhere on the page.
  const numbered = rows.map((q, i) => ({ ...q, number: i + 1, readability: readability(q.text) }));
  const inPlay = numbered.filter((q) => q.status === 'submitted' || q.status === 'chosen');
  return {
    canEdit: access.canEdit,
    printUrl: `/o/${org.slug}/t/${trajectory.id}/questions/print`,
    link,
    questions: numbered,
    chosen: chosenInOrder(numbered).map((q) => q.id),
    duplicates: duplicateSuggestions(inPlay),
    missing: rows.length > 0 ? missingRequiredDomains(rows) : [],
    coverageScope: questionsInScope(rows).some((q) => q.status === 'chosen') ? 'chosen' : 'all',
  };
}

const ZQuestion = { questionId: f.uuid() };
const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('status'), ...ZQuestion, change: f.choice(['choose', 'setAside', 'restore']) }),
  z.object({ intent: z.literal('move'), ...ZQuestion, direction: f.choice(['up', 'down']) }),
  z.object({
    intent: z.literal('domains'),
    ...ZQuestion,
    domains: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(f.choice(QUESTION_DOMAINS))),
  }),
  z.object({ intent: z.literal('text'), ...ZQuestion, text: z.string().trim().min(1, 'questions.textRequired').max(500, 'questions.textTooLong') }),
  z.object({ intent: z.literal('merge'), ...ZQuestion, keptId: f.uuid() }),
]);

const refusal: Record<'same' | 'keptIsMerged' | 'alreadyMerged', MessageKey> = {
  same: 'questions.mergeSame',
  keptIsMerged: 'questions.mergeKeptIsMerged',
  alreadyMerged: 'questions.mergeAlreadyMerged',
};

export async function action({ request, params }: Route.ActionArgs) {
  const { orgId, actor, trajectory } = await requireTrajectory(request, params, { need: 'edit' });
  const formData = await request.formData();
  const parsed = parseForm(ZAction, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const at = { orgId, actor, trajectoryId: trajectory.id, questionId: input.questionId };
  switch (input.intent) {
    case 'status':
      await setQuestionStatus({ ...at, change: input.change });
      return { ok: true as const, saved: `saved_${input.change}` as const, questionId: input.questionId };
    case 'move':
      await moveQuestion({ ...at, direction: input.direction });
      return { ok: true as const, saved: 'saved_move' as const, questionId: input.questionId };
    case 'domains':
      await setQuestionDomains({ ...at, domains: input.domains });
      return { ok: true as const, saved: 'saved_domains' as const, questionId: input.questionId };
    case 'text':
      await updateQuestionText({ ...at, text: input.text });
      return { ok: true as const, saved: 'saved_text' as const, questionId: input.questionId };
    case 'merge': {
      const outcome = await mergeQuestions({ ...at, keptId: input.keptId });
      if (!outcome.ok) return data(fieldFailure(formData, 'keptId', refusal[outcome.reason]), { status: 400 });
      // The message shows at the question that was kept.
      return { ok: true as const, saved: 'saved_merge' as const, questionId: input.keptId };
    }
  }
}

type Question = Awaited<ReturnType<typeof loader>>['questions'][number];

export default function StepQuestions() {
  const { canEdit, printUrl, link, questions, chosen, duplicates, missing, coverageScope } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const failed = result && 'errors' in result ? result : undefined;
  const stateFor = (intent: string, questionId: string): FormState =>
    failed?.values.intent === intent && failed.values.questionId === questionId ? failed : undefined;
  const savedFor = (questionId: string) => (result && 'saved' in result && result.questionId === questionId ? result.saved : undefined);

  return (
    <div className="spiegel-page">
      <title>{`${t('questions.title')} · Spiegel`}</title>
      <Heading level={1}>{t('questions.title')}</Heading>
      <Paragraph lead>{t('questions.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('questions.readOnly')}</Alert>}

      <section className="spiegel-stack" aria-labelledby="link">
        <Heading level={2} id="link">
          {t('questions.linkTitle')}
        </Heading>
        {link ? (
          <>
            <Paragraph>{t('questions.linkIntro')}</Paragraph>
            <CopyableLink id="question-link" label={t('questions.linkLabel')} value={link.url} />
            <Paragraph>
              <strong data-testid="question-code" style={{ fontSize: '1.5rem', letterSpacing: '0.1em' }}>
                {t('questions.codeValue', { code: link.code })}
              </strong>
            </Paragraph>
            <div
              role="img"
              aria-label={t('questions.qrLabel', { url: link.url })}
              data-testid="question-qr"
              style={{ inlineSize: '12rem', maxInlineSize: '100%' }}
              dangerouslySetInnerHTML={{ __html: link.qr.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" focusable="false" ') }}
            />
          </>
        ) : (
          <Paragraph>{t('questions.noCodeYet')}</Paragraph>
        )}
        <Paragraph>
          <Link to={printUrl}>{t('questions.printLink')}</Link>
        </Paragraph>
      </section>

      {missing.length > 0 ? (
        <Alert type="warning">
          <div data-testid="coverage-warning">
            {missing.map((domain) => (
              <Paragraph key={domain}>{t(domain === 'medical' ? 'questions.coverageMedical' : 'questions.coverageSocial', { scope: coverageScope })}</Paragraph>
            ))}
            <Paragraph>{t('questions.coverageAdvice')}</Paragraph>
          </div>
        </Alert>
      ) : null}

      <section className="spiegel-stack" aria-labelledby="chosen">
        <Heading level={2} id="chosen">
          {t('questions.chosenTitle')}
        </Heading>
        <Paragraph>{t('questions.chosenIntro')}</Paragraph>
        {chosen.length === 0 ? (
          <Paragraph>{t('questions.chosenEmpty')}</Paragraph>
        ) : (
          <ol className="spiegel-stack" data-testid="chosen-list">
            {chosen.map((id, index) => {
              const q = byId.get(id)!;
              return (
                <li key={id} data-testid="chosen-question">
                  <MultilineText>{q.text}</MultilineText>
                  {savedFor(id) === 'saved_move' ? <Alert type="ok">{t('questions.saved_move')}</Alert> : null}
                  {canEdit ? (
                    <ButtonGroup>
                      {index > 0 ? <MoveButton questionId={id} direction="up" number={q.number} /> : null}
                      {index < chosen.length - 1 ? <MoveButton questionId={id} direction="down" number={q.number} /> : null}
                    </ButtonGroup>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {duplicates.length > 0 ? (
        <section className="spiegel-stack" aria-labelledby="duplicates">
          <Heading level={2} id="duplicates">
            {t('questions.duplicatesTitle')}
          </Heading>
          <Paragraph>{t('questions.duplicatesIntro')}</Paragraph>
          <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
            {duplicates.map((pair) => {
              const [first, second] = [byId.get(pair.firstId)!, byId.get(pair.secondId)!];
              return (
                <li key={`${pair.firstId}-${pair.secondId}`} className="spiegel-card spiegel-stack" data-testid="duplicate-pair">
                  <Paragraph>{t('questions.duplicatePair', { first: first.number, second: second.number, percent: Math.round(pair.score * 100) })}</Paragraph>
                  <ul>
                    {[first, second].map((q) => (
                      <li key={q.id}>
                        <strong>{t('questions.questionNumber', { number: q.number })}:</strong> {q.text}
                      </li>
                    ))}
                  </ul>
                  {canEdit ? (
                    <ButtonGroup>
                      {[
                        [first, second],
                        [second, first],
                      ].map(([kept, merged]) => (
                        <Form method="post" key={kept!.id} preventScrollReset>
                          <input type="hidden" name="intent" value="merge" />
                          <input type="hidden" name="questionId" value={merged!.id} />
                          <input type="hidden" name="keptId" value={kept!.id} />
                          <Button appearance="secondary">{t('questions.keepAndMerge', { kept: kept!.number, merged: merged!.number })}</Button>
                        </Form>
                      ))}
                    </ButtonGroup>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section className="spiegel-stack" aria-labelledby="all">
        <Heading level={2} id="all">
          {t('questions.allTitle')}
        </Heading>
        {questions.length === 0 ? <Paragraph>{t('questions.allEmpty')}</Paragraph> : null}
        <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
          {questions.map((q) => (
            <QuestionCard
              key={q.id}
              question={q}
              others={questions.filter((o) => o.id !== q.id && o.status !== 'merged')}
              similar={new Set(duplicates.flatMap((d) => (d.firstId === q.id ? [d.secondId] : d.secondId === q.id ? [d.firstId] : [])))}
              mergedIntoNumber={q.mergedIntoId ? byId.get(q.mergedIntoId)?.number : undefined}
              canEdit={canEdit}
              saved={savedFor(q.id)}
              stateFor={(intent) => stateFor(intent, q.id)}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

function MoveButton({ questionId, direction, number }: { questionId: string; direction: 'up' | 'down'; number: number }) {
  const { t } = useI18n();
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="direction" value={direction} />
      <Button appearance="secondary" aria-label={t(direction === 'up' ? 'questions.moveUpLabel' : 'questions.moveDownLabel', { number })}>
        {t(direction === 'up' ? 'questions.moveUp' : 'questions.moveDown')}
      </Button>
    </Form>
  );
}

const statusTone = { submitted: 'neutral', chosen: 'done', merged: 'neutral', set_aside: 'neutral' } as const;

function QuestionCard({
  question: q,
  others,
  similar,
  mergedIntoNumber,
  canEdit,
  saved,
  stateFor,
}: {
  question: Question;
  others: Question[];
  similar: Set<string>;
  mergedIntoNumber?: number;
  canEdit: boolean;
  saved?: string;
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
      {saved ? <Alert type="ok">{t(`questions.${saved}` as MessageKey)}</Alert> : null}
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
          {t('questions.domainsLabel')}: {q.domains.map((d) => t(`questions.domain_${d as (typeof QUESTION_DOMAINS)[number]}`)).join(', ')}
        </Paragraph>
      ) : null}
    </li>
  );
}
