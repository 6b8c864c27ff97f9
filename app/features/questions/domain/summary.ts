// A small summary of step 5's questions for the preparation hub and the trajectory overview.
import { missingRequiredDomains } from './domains';
import type { QuestionStatus } from './statuses';

export type QuestionsSummary = {
  /** Every question handed in, including those merged or set aside later. */
  submitted: number;
  chosen: number;
  /** "medical" and/or "social" when the chosen questions (or all, before choosing) do not cover them. */
  missingDomains: string[];
};

export function questionsSummary(questions: readonly { status: QuestionStatus; domains: readonly string[] }[]): QuestionsSummary {
  return {
    submitted: questions.length,
    chosen: questions.filter((q) => q.status === 'chosen').length,
    missingDomains: missingRequiredDomains(questions),
  };
}
