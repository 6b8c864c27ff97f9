// The languages the parents read the agenda in, besides Dutch: chosen from the flyer languages.
import { FLYER_LANGUAGES, sortLanguages } from '#app/features/materials/domain/languages';

export const FEEDBACK_LANGUAGES = FLYER_LANGUAGES.filter((l) => l.code !== 'nl');
export const FEEDBACK_LANGUAGE_CODES = FEEDBACK_LANGUAGES.map((l) => l.code) as [string, ...string[]];

/** The languages of the trajectory's flyers that are not chosen yet: the parents who signed up read these. */
export function suggestedLanguages(flyerLanguages: readonly string[], chosen: readonly string[]): string[] {
  const choosable = new Set(FEEDBACK_LANGUAGE_CODES);
  return sortLanguages([...new Set(flyerLanguages)].filter((code) => choosable.has(code) && !chosen.includes(code)));
}
