// The fixed texts parents read on their page, the public page, the letter and the summary: the
// `parent` area of the participant catalogue (app/i18n/participant), without its prefix.
import {
  areaCatalogues,
  areaTexts,
  isParticipantLanguage,
  PARTICIPANT_LANGUAGES,
  type ParticipantCatalogue,
  type ParticipantLanguage,
} from '#app/i18n/participant';

export type ParentTextKey = keyof ParticipantCatalogue['parent'];
export type ParentTextLanguage = ParticipantLanguage;
export const PARENT_TEXT_LANGUAGES = PARTICIPANT_LANGUAGES;
export const hasParentTexts = isParticipantLanguage;

/** Each language's texts (Dutch where it has none), for checks over every text such as the PDF fonts. */
export const PARENT_TEXT_CATALOGUES = areaCatalogues('parent');

export type ParentTexts = ReturnType<typeof parentTexts>;

/** The fixed texts in a language (Dutch when there are none in it), with {name} placeholders filled in. */
export function parentTexts(language: string) {
  return areaTexts('parent', language);
}
