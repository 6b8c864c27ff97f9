// The workgroup's page for other voices: the contribution link with its QR code, and the form to
// record an individual conversation.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import {
  Alert,
  Button,
  ButtonGroup,
  CopyableLink,
  FormErrorSummary,
  type FormState,
  Paragraph,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
} from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { getVoicesPage } from '../server/get-voices-page.server';

type VoicesPage = Awaited<ReturnType<typeof getVoicesPage>>;

export function ContributionLinkPanel({
  link,
  canEdit,
  message,
}: {
  link: VoicesPage['link'];
  canEdit: boolean;
  message?: 'linkOpened' | 'linkClosed' | 'linkRenewed';
}) {
  const t = useT();
  return (
    <Section id="link-title" title={t('voices.linkTitle')} intro={t('voices.linkIntro')}>
      {message ? <Alert type="ok">{t(`voices.${message}`)}</Alert> : null}
      {!link ? <Paragraph>{t('voices.linkNone')}</Paragraph> : null}
      {link ? (
        <>
          <Paragraph>
            <strong data-testid="link-state">{link.open ? t('voices.linkIsOpen') : t('voices.linkIsClosed')}</strong>
          </Paragraph>
          <CopyableLink id="contribution-link" label={t('voices.linkLabel')} value={link.url} />
          {link.open ? (
            <div
              role="img"
              aria-label={t('voices.qrLabel', { url: link.url })}
              data-testid="contribution-qr"
              style={{ inlineSize: '12rem', maxInlineSize: '100%' }}
              dangerouslySetInnerHTML={{ __html: link.qr.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" focusable="false" ') }}
            />
          ) : null}
        </>
      ) : null}
      {canEdit ? (
        <ButtonGroup>
          <Form method="post">
            <input type="hidden" name="intent" value={link?.open ? 'link-close' : 'link-open'} />
            <Button appearance={link?.open ? 'secondary' : 'primary'}>{link?.open ? t('voices.linkClose') : t('voices.linkOpen')}</Button>
          </Form>
          {link ? (
            <Form method="post">
              <input type="hidden" name="intent" value="link-renew" />
              <Button appearance="secondary" aria-describedby="renew-hint">
                {t('voices.linkRenew')}
              </Button>
            </Form>
          ) : null}
        </ButtonGroup>
      ) : null}
      {canEdit && link ? (
        <Paragraph>
          <small id="renew-hint">{t('voices.linkRenewHint')}</small>
        </Paragraph>
      ) : null}
    </Section>
  );
}

export function ConversationForm({ questions, state, saved }: { questions: VoicesPage['questions']; state: FormState; saved: boolean }) {
  const t = useT();
  return (
    <Section id="conversation-title" title={t('voices.conversationTitle')} intro={t('voices.conversationIntro')}>
      {saved ? <Alert type="ok">{t('voices.recorded')}</Alert> : null}
      <FormErrorSummary state={state} />
      {state?.errors?.answers ? <Alert type="error">{t(state.errors.answers)}</Alert> : null}
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="conversation" />
        <SubmissionKey />
        <TextField name="pseudonym" label={t('voices.pseudonymLabel')} description={t('voices.pseudonymHint')} state={state} required />
        <RadioGroup
          name="consent"
          label={t('voices.consentLegend')}
          state={state}
          options={[
            { value: 'verbal', label: t('voices.consent_verbal') },
            { value: 'paper', label: t('voices.consent_paper') },
          ]}
        />
        {questions.map((q) => (
          <fieldset key={q.field} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset spiegel-stack">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{q.text}</legend>
            <TextAreaField name={q.summary} label={t('voices.summaryLabel')} state={state} required={false} rows={3} />
            <TextAreaField name={q.quotes} label={t('voices.quotesLabel')} description={t('voices.quotesHint')} state={state} required={false} rows={3} />
          </fieldset>
        ))}
        <Button>{t('voices.record')}</Button>
      </Form>
    </Section>
  );
}
