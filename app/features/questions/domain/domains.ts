// The life domains a question is about. The method asks that the chosen questions together
// cover both the medical and the social domain; the others help to see the spread.
import type { QuestionStatus } from './statuses';

export const QUESTION_DOMAINS = ['medical', 'social', 'housing', 'work_income', 'education', 'parenting', 'safety', 'health_mental', 'other'] as const;
export type QuestionDomain = (typeof QUESTION_DOMAINS)[number];

/** The two domains the method asks every set of questions to cover. */
export const REQUIRED_DOMAINS = ['medical', 'social'] as const satisfies readonly QuestionDomain[];

export function isQuestionDomain(value: string): value is QuestionDomain {
  return (QUESTION_DOMAINS as readonly string[]).includes(value);
}

type Tagged = { status: QuestionStatus; domains: readonly string[] };

/**
 * The questions the coverage rule looks at: the chosen ones once the workgroup has chosen any;
 * before that, every question still in play (not merged into another, not set aside).
 */
export function questionsInScope<T extends Tagged>(questions: readonly T[]): T[] {
  const chosen = questions.filter((q) => q.status === 'chosen');
  return chosen.length > 0 ? chosen : questions.filter((q) => q.status === 'submitted');
}

/** Each of medical and social that none of the questions in scope is tagged with. */
export function missingRequiredDomains(questions: readonly Tagged[]): (typeof REQUIRED_DOMAINS)[number][] {
  const inScope = questionsInScope(questions);
  return REQUIRED_DOMAINS.filter((domain) => !inScope.some((q) => q.domains.includes(domain)));
}
