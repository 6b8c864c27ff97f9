// The parts of the public sign-up page: the language choice, the invitation, and the thank-you page.
import { type LanguageLink, LanguageLinks } from '#app/components/language-links';
import { Heading, Paragraph, Page } from '#app/components/ui';
import { useParticipantI18n } from '#app/components/participant-language';
import { joinParts } from '../domain/flyer-format';

type InvitationText = {
  title: string;
  whatHappens: string[];
  whatYouGet: string[];
  dateText: string | null;
  startTime: string;
  venueName: string;
  venueAddress: string;
};

/** The flyer languages that have text, each named in its own language. */
export function SignupLanguages({ languages, current }: { languages: readonly LanguageLink[]; current: string }) {
  const { t } = useParticipantI18n();
  return <LanguageLinks label={t('signup.languages')} languages={languages} current={current} />;
}

/** The invitation in the chosen language and writing direction. */
export function Invitation({ flyer, language, dir }: { flyer: InvitationText; language: string; dir: 'ltr' | 'rtl' }) {
  const { t, lang } = useParticipantI18n();
  const unknown = t('signup.unknown');
  return (
    <section className="spiegel-card spiegel-stack" lang={language} dir={dir} aria-labelledby="invitation" data-testid="invitation">
      <Heading level={2} id="invitation">
        {flyer.title}
      </Heading>
      {flyer.whatHappens.map((line, i) => (
        <Paragraph key={i}>{line}</Paragraph>
      ))}
      {flyer.whatYouGet.length > 0 ? (
        <ul>
          {flyer.whatYouGet.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <Paragraph>
        <strong>{flyer.dateText ? joinParts([flyer.dateText, flyer.startTime], dir) : <span lang={lang}>{unknown}</span>}</strong>
        <br />
        {joinParts([flyer.venueName, flyer.venueAddress], dir) || <span lang={lang}>{unknown}</span>}
      </Paragraph>
    </section>
  );
}

/** After signing up: who calls back, and whom to call with questions. */
export function SignupThanks({ via, contact, orgName }: { via: 'contact' | 'phone'; contact: { name: string; phone: string }; orgName: string }) {
  const { t } = useParticipantI18n();
  return (
    <Page title={t('signup.thanksTitle')} noindex>
      <Paragraph lead>
        {via === 'contact' ? t('signup.thanksViaContact') : contact.name ? t('signup.thanksCallBy', { name: contact.name }) : t('signup.thanksCallByUnknown')}
      </Paragraph>
      <Paragraph>{t('signup.thanksNothingElse')}</Paragraph>
      {contact.phone ? <Paragraph>{t('signup.thanksQuestions', { name: contact.name || orgName, phone: contact.phone })}</Paragraph> : null}
    </Page>
  );
}
