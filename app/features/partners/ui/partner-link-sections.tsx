// The sections of the partner's public page: signing the statement of intent, and reacting to the statements.
import { Form } from 'react-router';
import { bindFields } from '#app/components/row-forms';
import {
  Alert,
  Button,
  CheckboxField,
  FormErrorSummary,
  Heading,
  MultilineText,
  Paragraph,
  RadioGroup,
  TextAreaField,
  TextField,
  Section,
} from '#app/components/ui';
import { formatDate, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { type ReactionChoice, REACTION_CHOICES } from '../domain/reactions';
import type { SignOutcome } from '../server/sign-intent-statement.server';

/** What the public page's action answered: for 'sign' whether this was the first signature. */
export type PartnerLinkAnswer = FormAnswer<SignOutcome | null> | undefined;
type SignedPartner = { name: string; signedAt: Date | null; signedName: string | null; signedOrganisation: string | null };

export function SignSection({ partner, intentReady, result }: { partner: SignedPartner; intentReady: boolean; result: PartnerLinkAnswer }) {
  const { t, locale } = useI18n();
  const state = stateFor(result, 'sign');
  const outcome = succeeded(result, 'sign') && result?.ok ? result.value : null;
  return (
    <Section id="sign" title={t('partners.signTitle')}>
      {outcome === 'signed' ? <Alert type="ok">{t('partners.signedThanks')}</Alert> : null}
      {outcome === 'already-signed' ? <Alert type="info">{t('partners.alreadySigned')}</Alert> : null}
      {partner.signedAt ? (
        <Paragraph>
          <strong data-testid="signature">
            {t('partners.signedBy', {
              name: partner.signedName ?? '',
              organisation: partner.signedOrganisation ?? '',
              date: formatDate(partner.signedAt, locale),
            })}
          </strong>
        </Paragraph>
      ) : intentReady ? (
        <>
          <Paragraph>{t('partners.signIntro')}</Paragraph>
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
            <input type="hidden" name="intent" value="sign" />
            <TextField name="signedName" label={t('partners.signNameLabel')} state={state} autoComplete="name" required />
            <TextField
              name="signedOrganisation"
              label={t('partners.signOrganisationLabel')}
              defaultValue={partner.name}
              state={state}
              autoComplete="organization"
              required
            />
            <CheckboxField name="confirm" label={t('partners.signConfirmLabel')} state={state} />
            <Button>{t('partners.signButton')}</Button>
          </Form>
        </>
      ) : null}
    </Section>
  );
}

export function ReactionsSection({
  statements,
  result,
}: {
  statements: { id: string; text: string; choice: ReactionChoice | null; comment: string }[];
  result: PartnerLinkAnswer;
}) {
  const t = useT();
  if (statements.length === 0) return null;
  return (
    <Section id="statements" title={t('partners.statementsTitle')} intro={t('partners.publicStatementsIntro')}>
      <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {statements.map((s, i) => {
          const state = stateFor(result, 'react', s.id);
          const field = bindFields(state, `s${i + 1}`, s);
          return (
            <li key={s.id} className="spiegel-card spiegel-stack" data-testid="statement">
              <Heading level={3}>{t('partners.statementNumber', { number: i + 1 })}</Heading>
              <MultilineText>{s.text}</MultilineText>
              {succeeded(result, 'react', s.id) ? <Alert type="ok">{t('partners.reactionSaved')}</Alert> : null}
              <FormErrorSummary state={state} />
              <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                <input type="hidden" name="intent" value="react" />
                <input type="hidden" name="statementId" value={s.id} />
                <RadioGroup
                  {...field('choice')}
                  label={t('partners.reactionChoiceLabel')}
                  options={REACTION_CHOICES.map((c) => ({ value: c, label: t(`partners.choice_${c}`) }))}
                />
                <TextAreaField {...field('comment')} label={t('partners.reactionCommentLabel')} required={false} rows={2} />
                <Button>{t('partners.reactionSave')}</Button>
              </Form>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
