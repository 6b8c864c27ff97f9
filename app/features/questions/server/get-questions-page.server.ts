import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { missingRequiredDomains, questionsInScope } from '../domain/domains';
import { duplicateSuggestions } from '../domain/duplicates';
import { chosenInOrder } from '../domain/ordering';
import { readability } from '../domain/readability';
import { ensureQuestionCode } from './ensure-question-code.server';
import { listQuestions } from './list-questions.server';
import { qrSvg, questionLinkUrl } from './questions-records.server';

/** Everything the questions page (S5g) shows: the open link with its QR code, the chosen list, likely duplicates and the domain coverage. */
export async function getQuestionsPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const canEdit = can(scope, 'trajectory.edit');
  // The code is made on first need: the first time someone who can use it opens the page.
  const code = canEdit ? await ensureQuestionCode(scope) : (await loadTrajectory(scope)).questionCode;
  const link = code ? { code, url: questionLinkUrl(code), qr: await qrSvg(questionLinkUrl(code)) } : null;
  const rows = await listQuestions(scope);
  // Numbers in order of arrival: stable, so "question 3" means the same thing everywhere on the page.
  const numbered = rows.map((q, i) => ({ ...q, number: i + 1, readability: readability(q.text) }));
  const inPlay = numbered.filter((q) => q.status === 'submitted' || q.status === 'chosen');
  return {
    canEdit,
    link,
    questions: numbered,
    chosen: chosenInOrder(numbered).map((q) => q.id),
    duplicates: duplicateSuggestions(inPlay),
    missing: rows.length > 0 ? missingRequiredDomains(rows) : [],
    coverageScope: questionsInScope(rows).some((q) => q.status === 'chosen') ? ('chosen' as const) : ('all' as const),
  };
}

export type QuestionsPage = Awaited<ReturnType<typeof getQuestionsPage>>;
export type QuestionView = QuestionsPage['questions'][number];
