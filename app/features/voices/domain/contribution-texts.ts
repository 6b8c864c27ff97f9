// The fixed texts of the anonymous contribution form (X1): the `contribution` area of the
// participant catalogue (app/i18n/participant), without its prefix.
import {
  isParticipantLanguage,
  ownText,
  PARTICIPANT_KEYS,
  PARTICIPANT_LANGUAGES,
  type ParticipantCatalogue,
  type ParticipantLanguage,
  participantTexts,
} from '#app/i18n/participant';

export type ContributionTextKey = keyof ParticipantCatalogue['contribution'];
export type ContributionLanguage = ParticipantLanguage;
export const CONTRIBUTION_LANGUAGES = PARTICIPANT_LANGUAGES;
export const hasContributionTexts = isParticipantLanguage;

/** Each language's contribution texts (Dutch where it has none). */
export const CONTRIBUTION_CATALOGUES = Object.fromEntries(
  PARTICIPANT_LANGUAGES.map((lang) => [
    lang,
    Object.fromEntries(
      PARTICIPANT_KEYS.filter((key) => key.startsWith('contribution.')).map((key) => [
        key.slice('contribution.'.length),
        ownText(lang, key) ?? ownText('nl', key)!,
      ]),
    ),
  ]),
) as Record<ContributionLanguage, Record<ContributionTextKey, string>>;

export type ContributionTexts = {
  /** The language the fixed texts are in: the one asked for, or Dutch when we have none in it. */
  lang: ContributionLanguage;
  dir: 'ltr' | 'rtl';
  t: (key: ContributionTextKey, values?: Record<string, string | number>) => string;
};

/** The fixed texts in a language (Dutch when there are none in it), with {name} placeholders filled in. */
export function contributionTexts(language: string): ContributionTexts {
  const { lang, dir, t } = participantTexts(language);
  return { lang, dir, t: (key, values) => t(`contribution.${key}`, values) };
}
