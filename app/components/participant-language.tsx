// A page a parent or young person reads, in their language (issue 15): the page's own texts come
// from the participant catalogue, sent by its loader for its areas and language only
// (useParticipantI18n), and the shared form parts say their messages from it too, where it has them.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { formatMessage, I18nContext, type MessageKey, type Translate, useI18n } from '#app/i18n/i18n';
import type { ParticipantKey, ParticipantLanguage } from '#app/i18n/participant';
import type { ParticipantArea, ParticipantCatalogue } from '#app/i18n/participant/types';

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

/** A page's participant texts as its loader sent them (app/i18n/participant/language.server.ts). */
export type ParticipantBundle = { lang: string; dir: 'ltr' | 'rtl'; texts: Record<string, string> };

/** One area's texts from a bundle, keys without the area: the shape `areaTexts` gives on the server, without the catalogue. */
export function bundleAreaTexts<A extends ParticipantArea>(bundle: ParticipantBundle, area: A) {
  return {
    lang: bundle.lang as ParticipantLanguage,
    dir: bundle.dir,
    t: (key: keyof ParticipantCatalogue[A] & string, values?: Record<string, string | number>) =>
      formatMessage(bundle.texts[`${area}.${key}`] ?? key, bundle.lang, values),
  };
}

export type ParticipantPageI18n = {
  lang: string;
  dir: 'ltr' | 'rtl';
  t: (key: ParticipantKey, values?: Record<string, string | number | Date>) => string;
};

const ParticipantContext = createContext<ParticipantPageI18n>({ lang: 'nl', dir: 'ltr', t: (key) => key });

export function useParticipantI18n(): ParticipantPageI18n {
  return useContext(ParticipantContext);
}

/**
 * Its children in a participant's language, marked with lang and dir. The shared parts (fields, the
 * error summary, a feature's components that ask useT for a key the bundle has, such as the board's
 * phone texts) say their messages from the bundle too; everything else stays in the staff language.
 */
export function ParticipantLanguage({ bundle, children }: { bundle: ParticipantBundle; children: ReactNode }) {
  const staff = useI18n();
  const participant = useMemo<ParticipantPageI18n>(
    () => ({ lang: bundle.lang, dir: bundle.dir, t: (key, values) => formatMessage(bundle.texts[key] ?? key, bundle.lang, values) }),
    [bundle],
  );
  const forms = useMemo(() => {
    const t: Translate = (key, values) => {
      const own = key in bundle.texts ? key : PARTICIPANT_MESSAGES[key];
      return own && own in bundle.texts ? participant.t(own as ParticipantKey, values) : staff.t(key, values);
    };
    return { locale: staff.locale, t };
  }, [staff, participant, bundle]);
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
