import { useActionData, useLoaderData } from 'react-router';
import { Alert, Paragraph, Page, Section } from '#app/components/ui';
import { ZQuestionForms } from '#app/features/questions/forms';
import { getQuestionsPage } from '#app/features/questions/server/get-questions-page.server';
import { mergeQuestions } from '#app/features/questions/server/merge-questions.server';
import { moveQuestion } from '#app/features/questions/server/move-question.server';
import { setQuestionDomains } from '#app/features/questions/server/set-question-domains.server';
import { setQuestionStatus } from '#app/features/questions/server/set-question-status.server';
import { updateQuestionText } from '#app/features/questions/server/update-question-text.server';
import { ChosenQuestions, DuplicatePairs } from '#app/features/questions/ui/chosen-questions';
import { QuestionCard } from '#app/features/questions/ui/question-card';
import { QuestionLinkPanel } from '#app/features/questions/ui/question-link-panel';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/step-questions';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  return { ...(await getQuestionsPage(scope)), printUrl: `/o/${org.slug}/t/${trajectory.id}/questions/print` };
}

/** What was saved, and at which question the message shows. */
const saved = (message: MessageKey, questionId: string) => ({ message, questionId });

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZQuestionForms, async (input) => {
    switch (input.intent) {
      case 'status':
        await setQuestionStatus({ ...scope, ...input });
        return saved(`questions.saved_${input.change}`, input.questionId);
      case 'move':
        await moveQuestion({ ...scope, ...input });
        return saved('questions.saved_move', input.questionId);
      case 'domains':
        await setQuestionDomains({ ...scope, ...input });
        return saved('questions.saved_domains', input.questionId);
      case 'text':
        await updateQuestionText({ ...scope, ...input });
        return saved('questions.saved_text', input.questionId);
      case 'merge':
        await mergeQuestions({ ...scope, ...input });
        // The message shows at the question that was kept.
        return saved('questions.saved_merge', input.keptId);
    }
  });
}

export default function StepQuestions() {
  const { canEdit, printUrl, link, questions, chosen, duplicates, missing, coverageScope } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const done = result?.ok ? result.value : undefined;
  const savedFor = (questionId: string) => (done?.questionId === questionId ? done.message : undefined);

  return (
    <Page title={t('questions.title')} intro={t('questions.intro')}>
      {canEdit ? null : <Alert type="info">{t('questions.readOnly')}</Alert>}

      <QuestionLinkPanel link={link} printUrl={printUrl} />

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

      <ChosenQuestions chosen={chosen} byId={byId} canEdit={canEdit} savedFor={savedFor} />
      <DuplicatePairs duplicates={duplicates} byId={byId} canEdit={canEdit} />

      <Section id="all" title={t('questions.allTitle')}>
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
              stateFor={(intent) => stateFor(result, intent, q.id)}
            />
          ))}
        </ul>
      </Section>
    </Page>
  );
}
