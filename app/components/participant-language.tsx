// A page a parent or young person reads, in their language (issue 15): the page's own texts come
// from the participant catalogue (useParticipantI18n), and the shared form parts (fields, the error
// summary) say their messages from it too, where it has them.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { I18nContext, type MessageKey, type Translate, useI18n } from '#app/i18n/i18n';
import { type ParticipantI18n, type ParticipantKey, participantTexts } from '#app/i18n/participant';

/** Messages of the shared form parts and of form rules (staff catalogue keys), as participant texts. */
export const PARTICIPANT_MESSAGES: Partial<Record<MessageKey, ParticipantKey>> = {
  'validation.required': 'form.required',
  'validation.invalid': 'form.invalid',
  'validation.tooLong': 'form.tooLong',
  'validation.controlChars': 'form.controlChars',
  'validation.choose': 'form.choose',
  'common.formHasErrors': 'form.formHasErrors',
  'materials.signupPhoneInvalid': 'signup.phoneInvalid',
  'materials.signupPhoneOrContact': 'signup.phoneOrContact',
  'materials.signupConsentRequired': 'signup.consentRequired',
  'materials.signupTooFast': 'signup.tooFast',
  'materials.signupExpired': 'signup.expired',
};

const ParticipantContext = createContext<ParticipantI18n>(participantTexts('nl'));

export function useParticipantI18n(): ParticipantI18n {
  return useContext(ParticipantContext);
}

/** Its children in a participant's language (Dutch where the catalogue has none), marked with lang and dir. */
export function ParticipantLanguage({ language, children }: { language: string; children: ReactNode }) {
  const staff = useI18n();
  const participant = useMemo(() => participantTexts(language), [language]);
  const forms = useMemo(() => {
    const t: Translate = (key, values) => {
      const own = PARTICIPANT_MESSAGES[key];
      return own ? participant.t(own, values) : staff.t(key, values);
    };
    return { locale: staff.locale, t };
  }, [staff, participant]);
  return (
    <ParticipantContext.Provider value={participant}>
      <I18nContext.Provider value={forms}>
        <div lang={participant.lang} dir={participant.dir}>
          {children}
        </div>
      </I18nContext.Provider>
    </ParticipantContext.Provider>
  );
}
