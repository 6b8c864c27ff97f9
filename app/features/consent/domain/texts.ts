// The consent texts Spiegel shows until an organisation writes its own (version 1 of each). The
// migration 0014_consent-backfill.sql wrote the same texts for the organisations that existed then.
import type { CONSENT_KINDS } from '#app/db/schema';

export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_TEXT_LANGUAGES = ['nl', 'en'] as const;
export type ConsentTextLanguage = (typeof CONSENT_TEXT_LANGUAGES)[number];

export const BUILT_IN_CONSENT_TEXTS: Record<ConsentKind, Record<ConsentTextLanguage, string>> = {
  signup: {
    nl: 'Ik vind het goed dat de organisatoren mijn gegevens hiervoor gebruiken.',
    en: 'I agree that the organisers use my details for this.',
  },
  minutes: {
    nl: 'Mijn woorden mogen in het verslag, alleen onder schuilnaam.',
    en: 'My words may be in the minutes, only under a pseudonym.',
  },
  photos: {
    nl: "Er mogen foto's gemaakt worden waar ik op sta.",
    en: 'Photos may be taken with me in them.',
  },
  stay_involved: {
    nl: 'Ik wil betrokken blijven. U mag mij daarvoor benaderen zoals ik heb opgegeven.',
    en: 'I want to stay involved. You may contact me for this the way I gave.',
  },
};

/** The language a consent text is kept in for a page shown in `language`: Dutch unless English. */
export const consentTextLanguage = (language: string): ConsentTextLanguage => (language === 'en' ? 'en' : 'nl');
