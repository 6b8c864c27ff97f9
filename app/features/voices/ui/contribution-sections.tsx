// The anonymous contribution form (X1), phone first and without JavaScript: every fixed text from
// the contribution catalogue in the page language; Dutch values (the organisation, the theme, a
// question without a translation) keep their own language and direction.
import { Form } from 'react-router';
import { type LanguageLink, LanguageLinks } from '#app/components/language-links';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, Heading, Paragraph, valueOf, type FormState } from '#app/components/ui';
import { HONEYPOT_FIELD } from '#app/features/materials/domain/signup-guard';
import type { MessageKey } from '#app/i18n/i18n';
import type { ContributionTextKey, ContributionTexts } from '../domain/contribution-texts';

/** A fixed text with a value in another language in it: the value isolated in its own direction. */
function Filled({
  texts,
  name,
  slot,
  value,
  lang = 'nl',
}: {
  texts: ContributionTexts;
  name: ContributionTextKey;
  slot: string;
  value: string;
  lang?: string;
}) {
  const marker = '\u0000';
  const [before = '', after = ''] = texts.t(name, { [slot]: marker }).split(marker);
  return (
    <>
      {before}
      <bdi lang={lang} dir="auto">
        {value}
      </bdi>
      {after}
    </>
  );
}

/** The languages of the form, each in its own name. */
export function ContributionLanguages({ languages, current, texts }: { languages: readonly LanguageLink[]; current: string; texts: ContributionTexts }) {
  return <LanguageLinks label={texts.t('languages')} languages={languages} current={current} />;
}

export function ContributionIntro({ texts, orgName, theme }: { texts: ContributionTexts; orgName: string; theme: string }) {
  return (
    <>
      <Paragraph lead>
        <Filled texts={texts} name="intro" slot="org" value={orgName} />
      </Paragraph>
      {theme ? (
        <Paragraph>
          <Filled texts={texts} name="theme" slot="theme" value={theme} />
        </Paragraph>
      ) : null}
    </>
  );
}

// The form's messages are the app's catalogue keys; parents read them in their own language.
const errorTexts: Partial<Record<MessageKey, ContributionTextKey>> = {
  'validation.tooLong': 'tooLong',
  'voices.nothingFilled': 'nothingFilled',
  'voices.consentRequired': 'consentRequired',
  'voices.tooFast': 'tooFast',
  'voices.expired': 'expired',
  'voices.closed': 'closedBody',
};
const errorText = (texts: ContributionTexts, key: MessageKey | undefined) => (key ? texts.t(errorTexts[key] ?? 'invalid') : undefined);

function FieldError({ id, children }: { id: string; children?: string }) {
  if (!children) return null;
  return (
    <div className="utrecht-form-field-error-message" id={id}>
      {children}
    </div>
  );
}

const trap = { position: 'absolute', inlineSize: 1, blockSize: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

export type ContributionQuestion = { name: string; text: string; lang: string };

/** One textarea per question, the consent box and the button; typed answers come back after a mistake. */
export function ContributionForm({
  questions,
  texts,
  language,
  startedAt,
  state,
}: {
  questions: ContributionQuestion[];
  texts: ContributionTexts;
  language: string;
  startedAt: string;
  state: FormState;
}) {
  const errors = state?.errors ?? {};
  const general = errorText(texts, errors._form ?? errors.answers);
  const consentError = errorText(texts, errors.consent);
  const dutchOnly = texts.lang !== 'nl' && questions.some((q) => q.lang === 'nl');
  return (
    <Form method="post" className="spiegel-stack" noValidate aria-labelledby="questions-title">
      {Object.keys(errors).length > 0 ? (
        <Alert type="error">
          {texts.t('formHasErrors')}
          {general ? ` ${general}` : null}
        </Alert>
      ) : null}
      <input type="hidden" name="lang" value={language} />
      <input type="hidden" name="startedAt" value={startedAt} />
      <SubmissionKey />
      {/* Hidden from people, not pushed off the page (on a right-to-left page that makes it 10 000 px wide); bots fill it in. */}
      <div aria-hidden="true" style={trap}>
        <label htmlFor="f-website">Website</label>
        <input id="f-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Heading level={2} id="questions-title">
        {texts.t('questionsTitle')}
      </Heading>
      <Paragraph>{texts.t('answerHint')}</Paragraph>
      {dutchOnly ? <Paragraph>{texts.t('dutchOnly')}</Paragraph> : null}
      <Paragraph>
        <strong>{texts.t('noNames')}</strong>
      </Paragraph>
      {questions.map((q, i) => {
        const id = `f-${q.name}`;
        const error = errorText(texts, errors[q.name]);
        return (
          <div key={q.name} className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={id}>
              <span className="pp-label">{texts.t('question', { n: i + 1 })}</span> <span className="spiegel-optional">{texts.t('optional')}</span>
              <br />
              <span lang={q.lang} dir="auto">
                {q.text}
              </span>
            </label>
            <FieldError id={`${id}-error`}>{error}</FieldError>
            <textarea
              id={id}
              name={q.name}
              rows={4}
              dir="auto"
              className="utrecht-textarea utrecht-textarea--html-textarea"
              defaultValue={valueOf(state, q.name, '')}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </div>
        );
      })}
      <div className={`utrecht-form-field utrecht-form-field--checkbox${consentError ? ' utrecht-form-field--invalid' : ''}`}>
        <FieldError id="f-consent-error">{consentError}</FieldError>
        <input
          id="f-consent"
          type="checkbox"
          name="consent"
          value="on"
          className="utrecht-checkbox"
          defaultChecked={state?.values?.consent === 'on'}
          aria-invalid={consentError ? true : undefined}
          aria-describedby={['f-consent-hint', consentError ? 'f-consent-error' : ''].filter(Boolean).join(' ')}
        />{' '}
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="f-consent">
          {texts.t('consent')}
        </label>
        <div className="utrecht-form-field-description" id="f-consent-hint">
          {texts.t('consentHint')}
        </div>
      </div>
      <Button>{texts.t('submit')}</Button>
    </Form>
  );
}
