import { sortLanguages } from './languages';

/** For the step-5 hub and the overview: the languages the flyer is written in (with a title). */
export function materialsSummary(flyerTexts: readonly { language: string; title: string }[]): { languages: string[] } {
  return { languages: sortLanguages(flyerTexts.filter((f) => f.title.trim() !== '').map((f) => f.language)) };
}
