// The parents' side: the language choice, the feedback form (also filled in on a parent's behalf),
// and "you said, we did". Every fixed text comes from the parents' catalogue in the page language.
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { type LanguageLink, LanguageLinks } from '#app/components/language-links';
import { Alert, Button, Heading, Paragraph, StatusBadge, valueOf, type FormState } from '#app/components/ui';
import { FEEDBACK_VERDICTS, INVOLVEMENT_CHOICES } from '#app/db/schema';
import { textDirection } from '#app/features/materials/domain/languages';
import type { MessageKey } from '#app/i18n/i18n';
import { formatDay } from '../domain/page-language';
import type { ParentTextKey, ParentTexts } from '../domain/parent-texts';
import type { Involvement, Verdict } from '../domain/verdicts';
import { commentField, verdictField } from '../forms';
import type { YouSaidWeDidItem } from '../server/feedback-records.server';
import pageCss from './parent-page.css?raw';

const inlineCss = pageCss.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ');

/**
 * The page's few own rules, inside the page: one request less for a phone on a weak connection
 * (the page must stay within 50 kB with the app's stylesheets; see npm run bench:parent-page).
 */
export function ParentPageStyle() {
  return <style dangerouslySetInnerHTML={{ __html: inlineCss }} />;
}

/** Texts written in Dutch (quotes, actions, updates) keep their own direction inside a right-to-left page. */
const dutch = { lang: 'nl', dir: 'ltr' } as const;
const inLanguage = (lang: string) => ({ lang, dir: textDirection(lang) });

/** A fixed text with a Dutch value in it (a next step, a partner's name): the value set apart in its own direction. */
function Filled({ texts, name, text, value }: { texts: ParentTexts; name: 'nextStep' | 'owner' | 'stoppedBecause'; text: string; value: string }) {
  const marker = '\u0000';
  const [before = '', after = ''] = texts.t(name, { [text]: marker }).split(marker);
  return (
    <p className="utrecht-paragraph">
      {before}
      <span {...dutch}>{value}</span>
      {after}
    </p>
  );
}

/** The languages the page is offered in, each in its own name. */
export function ParentLanguages({ languages, current, texts }: { languages: readonly LanguageLink[]; current: string; texts: ParentTexts }) {
  return <LanguageLinks label={texts.t('languages')} languages={languages} current={current} />;
}

/** The parents' own words an item rests on, as they said them (in Dutch). */
function Quotes({ quotes, texts }: { quotes: readonly string[]; texts: ParentTexts }) {
  if (quotes.length === 0) return null;
  return (
    <>
      <p className="utrecht-paragraph pp-label">{texts.t('quotes')}</p>
      <ul className="pp-quotes" {...dutch}>
        {quotes.map((quote, i) => (
          <li key={i}>“{quote}”</li>
        ))}
      </ul>
    </>
  );
}

// The form's messages are the app's catalogue keys; parents read them in their own language.
const errorTexts: Partial<Record<MessageKey, ParentTextKey>> = {
  'validation.tooLong': 'tooLong',
  'parentPage.chooseVerdict': 'chooseVerdict',
  'parentPage.nothingFilled': 'nothingFilled',
  'parentPage.notSharedYet': 'notYetBody',
};
const errorText = (texts: ParentTexts, key: MessageKey | undefined) => (key ? texts.t(errorTexts[key] ?? 'invalid') : undefined);

function FieldError({ id, children }: { id: string; children?: string }) {
  if (!children) return null;
  return (
    <div className="utrecht-form-field-error-message" id={id}>
      {children}
    </div>
  );
}

function TextArea({
  name,
  label,
  hint,
  value,
  error,
  texts,
  rows = 3,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  texts: ParentTexts;
  rows?: number;
}) {
  const id = `f-${name}`;
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label} <span className="spiegel-optional">{texts.t('optional')}</span>
      </label>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`}>{error}</FieldError>
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}

function Choice({
  type,
  name,
  value,
  label,
  checked,
  idPrefix,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  checked: boolean;
  idPrefix: string;
}) {
  const id = `${idPrefix}-${value}`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--${type}`}>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        defaultChecked={checked}
        className={type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox'}
      />{' '}
      <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export type FormItem = { id: string; n: number; text: string; lang: string; quotes: string[]; answer: { verdict: Verdict; comment: string } | null };

/**
 * The parent's answers in one form: per item the three choices and a comment, a general reaction,
 * staying involved and how to reach them. Typed values come back after a mistake.
 */
export function FeedbackForm({
  items,
  generalReaction,
  involvement,
  hasContact,
  contactNote,
  texts,
  state,
  hidden,
  level = 2,
}: {
  items: FormItem[];
  generalReaction: string;
  involvement: readonly Involvement[];
  hasContact: boolean;
  /** Shown instead of the contact field, for someone who may not enter personal data. */
  contactNote?: ReactNode;
  texts: ParentTexts;
  state: FormState;
  hidden: Record<string, string>;
  /** The level of the form's section headings (2 on its own page, 3 inside a section). */
  level?: 2 | 3;
}) {
  const { t } = texts;
  const errors = state?.errors ?? {};
  const typed = state?.values;
  const chosen = typed ? ([] as string[]).concat(typed.involvement ?? []) : involvement;
  return (
    <Form method="post" className="spiegel-stack pp" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {errors._form ? (
        <Alert type="error">{errorText(texts, errors._form)}</Alert>
      ) : Object.keys(errors).length > 0 ? (
        <Alert type="error">{t('formHasErrors')}</Alert>
      ) : null}
      <section aria-labelledby="heard" className="spiegel-stack">
        <Heading level={level} id="heard">
          {t('heardTitle')}
        </Heading>
        <Paragraph>{t('heardIntro')}</Paragraph>
        <ol className="pp-list">
          {items.map((item) => {
            const verdict = valueOf(state, verdictField(item.id), item.answer?.verdict);
            const verdictError = errorText(texts, errors[verdictField(item.id)]);
            return (
              <li key={item.id} className="spiegel-card spiegel-stack" data-testid="feedback-item">
                <Heading level={level === 2 ? 3 : 4} id={`item-${item.id}`}>
                  {t('item', { n: item.n })}
                </Heading>
                <p className="utrecht-paragraph" {...inLanguage(item.lang)}>
                  {item.text}
                </p>
                <Quotes quotes={item.quotes} texts={texts} />
                <fieldset className="utrecht-form-fieldset" aria-describedby={verdictError ? `v-${item.id}-error` : undefined}>
                  <legend className="utrecht-form-fieldset__legend">
                    {t('verdictLegend')} <span className="spiegel-optional">({t('item', { n: item.n })})</span>
                  </legend>
                  <FieldError id={`v-${item.id}-error`}>{verdictError}</FieldError>
                  {FEEDBACK_VERDICTS.map((v) => (
                    <Choice
                      key={v}
                      type="radio"
                      name={verdictField(item.id)}
                      value={v}
                      label={t(`verdict_${v}`)}
                      checked={verdict === v}
                      idPrefix={`v-${item.id}`}
                    />
                  ))}
                </fieldset>
                <TextArea
                  name={commentField(item.id)}
                  label={t('comment')}
                  value={valueOf(state, commentField(item.id), item.answer?.comment)}
                  error={errorText(texts, errors[commentField(item.id)])}
                  texts={texts}
                />
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="general" className="spiegel-stack">
        <Heading level={level} id="general">
          {t('generalTitle')}
        </Heading>
        <TextArea
          name="generalReaction"
          label={t('generalLabel')}
          value={valueOf(state, 'generalReaction', generalReaction)}
          error={errorText(texts, errors.generalReaction)}
          texts={texts}
          rows={4}
        />
      </section>
      <section aria-labelledby="involved" className="spiegel-stack">
        <Heading level={level} id="involved">
          {t('involvedTitle')}
        </Heading>
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('involvedLegend')}</legend>
          {INVOLVEMENT_CHOICES.map((choice) => (
            <Choice
              key={choice}
              type="checkbox"
              name="involvement"
              value={choice}
              label={t(`involvement_${choice}`)}
              checked={chosen.includes(choice)}
              idPrefix="inv"
            />
          ))}
        </fieldset>
        {contactNote ?? (
          <TextArea
            name="contact"
            label={t('contactLabel')}
            hint={hasContact ? `${t('contactHint')} ${t('contactKept')}` : t('contactHint')}
            value={valueOf(state, 'contact')}
            error={errorText(texts, errors.contact)}
            texts={texts}
            rows={2}
          />
        )}
      </section>
      <Button>{t('save')}</Button>
    </Form>
  );
}

const tone = { idea: 'neutral', planned: 'active', running: 'active', done: 'done', stopped: 'neutral' } as const;

function New({ texts }: { texts: ParentTexts }) {
  return <span className="pp-new">{texts.t('newSinceVisit')}</span>;
}

/** "You said, we did": per item what is done (or honestly, nothing yet), the latest news and the next step. */
export function YouSaidWeDid({
  items,
  texts,
  language,
  withQuotes,
}: {
  items: YouSaidWeDidItem[];
  texts: ParentTexts;
  language: string;
  withQuotes?: boolean;
}) {
  const { t } = texts;
  return (
    <section aria-labelledby="done" className="spiegel-stack" id="done-section">
      <Heading level={2} id="done">
        {t('doneTitle')}
      </Heading>
      <Paragraph>{t('doneIntro')}</Paragraph>
      <ol className="pp-list">
        {items.map((item) => (
          <li key={item.id} className="spiegel-card spiegel-stack" data-testid="done-item">
            <Heading level={3}>
              {t('item', { n: item.n })} {item.isNew ? <New texts={texts} /> : null}
            </Heading>
            <p className="utrecht-paragraph" {...inLanguage(item.lang)}>
              {item.text}
            </p>
            {withQuotes ? <Quotes quotes={item.quotes} texts={texts} /> : null}
            {item.actions.length === 0 ? <Paragraph>{t('noAction')}</Paragraph> : null}
            {item.actions.map((action) => (
              <div key={action.id} className="pp-action spiegel-stack" data-testid="done-action">
                <p className="utrecht-paragraph">
                  <strong {...dutch}>{action.title}</strong> <StatusBadge tone={tone[action.status]}>{t(`status_${action.status}`)}</StatusBadge>{' '}
                  {action.isNew ? <New texts={texts} /> : null}
                </p>
                {action.status === 'stopped' && action.stopReason ? (
                  <Filled texts={texts} name="stoppedBecause" text="reason" value={action.stopReason} />
                ) : null}
                {action.owner ? <Filled texts={texts} name="owner" text="owner" value={action.owner} /> : null}
                {action.dueOn && action.status !== 'done' && action.status !== 'stopped' ? (
                  <Paragraph>{t('due', { date: formatDay(action.dueOn, language) })}</Paragraph>
                ) : null}
                {action.updates.length > 0 ? (
                  <>
                    <p className="utrecht-paragraph pp-label">{t('updates')}</p>
                    <ul>
                      {action.updates.map((u, i) => (
                        <li key={i}>
                          <time dateTime={u.at}>{formatDay(u.at, language)}</time>: <span {...dutch}>{u.text}</span> {u.isNew ? <New texts={texts} /> : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {action.nextStep ? <Filled texts={texts} name="nextStep" text="step" value={action.nextStep} /> : null}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
