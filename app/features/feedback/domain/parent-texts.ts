// The fixed texts parents read on their page, the public page, the letter and the summary: the
// `parent` area of the participant catalogue (app/i18n/participant), without its prefix.
import {
  isParticipantLanguage,
  ownText,
  PARTICIPANT_KEYS,
  PARTICIPANT_LANGUAGES,
  type ParticipantCatalogue,
  type ParticipantLanguage,
  participantTexts,
} from '#app/i18n/participant';

export type ParentTextKey = keyof ParticipantCatalogue['parent'];
export type ParentTextLanguage = ParticipantLanguage;
export const PARENT_TEXT_LANGUAGES = PARTICIPANT_LANGUAGES;
export const hasParentTexts = isParticipantLanguage;

/** Each language's parent texts (Dutch where it has none), for checks over every text such as the PDF fonts. */
export const PARENT_TEXT_CATALOGUES = Object.fromEntries(
  PARTICIPANT_LANGUAGES.map((lang) => [
    lang,
    Object.fromEntries(
      PARTICIPANT_KEYS.filter((key) => key.startsWith('parent.')).map((key) => [key.slice('parent.'.length), ownText(lang, key) ?? ownText('nl', key)!]),
    ),
  ]),
) as Record<ParentTextLanguage, Record<ParentTextKey, string>>;

export type ParentTexts = {
  /** The language the fixed texts are in: the one asked for, or Dutch when we have none in it. */
  lang: ParentTextLanguage;
  dir: 'ltr' | 'rtl';
  t: (key: ParentTextKey, values?: Record<string, string | number>) => string;
};

/** The fixed texts in a language (Dutch when there are none in it), with {name} placeholders filled in. */
export function parentTexts(language: string): ParentTexts {
  const { lang, dir, t } = participantTexts(language);
  return { lang, dir, t: (key, values) => t(`parent.${key}`, values) };
}
