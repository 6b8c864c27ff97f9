// The fixed texts of the anonymous contribution form (X1): the `contribution` area of the
// participant catalogue (app/i18n/participant), without its prefix.
import {
  areaCatalogues,
  areaTexts,
  isParticipantLanguage,
  PARTICIPANT_LANGUAGES,
  type ParticipantCatalogue,
  type ParticipantLanguage,
} from '#app/i18n/participant';

export type ContributionTextKey = keyof ParticipantCatalogue['contribution'];
export type ContributionLanguage = ParticipantLanguage;
export const CONTRIBUTION_LANGUAGES = PARTICIPANT_LANGUAGES;
export const hasContributionTexts = isParticipantLanguage;

/** Each language's texts (Dutch where it has none), for checks over every text such as the PDF fonts. */
export const CONTRIBUTION_CATALOGUES = areaCatalogues('contribution');

export type ContributionTexts = ReturnType<typeof contributionTexts>;

/** The fixed texts in a language (Dutch when there are none in it), with {name} placeholders filled in. */
export function contributionTexts(language: string) {
  return areaTexts('contribution', language);
}
