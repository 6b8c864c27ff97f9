// The partner's own page, reached through a personal link: no account, no JavaScript needed.
import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, CheckboxField, FormErrorSummary, type FormState, Heading, Paragraph, RadioGroup, TextAreaField, TextField } from '#app/components/ui';
import { MultilineText } from '#app/features/goal/ui/multiline-text';
import { REACTION_CHOICES } from '#app/features/partners/domain/reactions';
import { getPartnerPage } from '#app/features/partners/server/get-partner-page.server';
import { reactToStatement } from '#app/features/partners/server/react-to-statement.server';
import { signIntentStatement } from '#app/features/partners/server/sign-intent-statement.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/partner-link';

// A public page for partners on their phones: plain HTML forms, no JavaScript download.
export const handle = { hydrate: false };

export async function loader({ params }: Route.LoaderArgs) {
  return getPartnerPage({ token: params.token });
}

const ZAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('sign'),
    signedName: f.required(200),
    signedOrganisation: f.required(200),
    confirm: f.checkbox().refine((checked) => checked, 'partners.signConfirmRequired'),
  }),
  z.object({ intent: z.literal('react'), statementId: f.uuid(), choice: f.choice(REACTION_CHOICES), comment: f.text(1000) }),
]);

export async function action({ request, params }: Route.ActionArgs) {
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  if (input.intent === 'sign') {
    const outcome = await signIntentStatement({ token: params.token, signedName: input.signedName, signedOrganisation: input.signedOrganisation });
    return { ok: true as const, intent: input.intent, outcome, statementId: null };
  }
  await reactToStatement({ token: params.token, statementId: input.statementId, choice: input.choice, comment: input.comment });
  return { ok: true as const, intent: input.intent, outcome: null, statementId: input.statementId };
}

export default function PartnerLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failed = result && 'errors' in result ? result : undefined;
  const signState: FormState = failed?.values.intent === 'sign' ? failed : undefined;
  const reactState = (statementId: string): FormState => (failed?.values.intent === 'react' && failed.values.statementId === statementId ? failed : undefined);
  const done = result && 'ok' in result && result.ok ? result : undefined;
  const { partner } = page;

  return (
    <div className="spiegel-page">
      <title>{`${t('partners.publicTitle')} · ${page.trajectoryTitle} · Spiegel`}</title>
      <meta name="robots" content="noindex" />
      <Heading level={1}>{t('partners.publicTitle')}</Heading>
      <Paragraph lead>{t('partners.publicIntro', { org: page.orgName, partner: partner.name, trajectory: page.trajectoryTitle })}</Paragraph>

      {page.intentStatement.trim() ? (
        <div className="spiegel-card">
          <MultilineText>{page.intentStatement}</MultilineText>
        </div>
      ) : (
        <Alert type="info">{t('partners.publicIntentNotReady')}</Alert>
      )}

      <section className="spiegel-stack" aria-labelledby="sign">
        <Heading level={2} id="sign">
          {t('partners.signTitle')}
        </Heading>
        {done?.outcome === 'signed' ? <Alert type="ok">{t('partners.signedThanks')}</Alert> : null}
        {done?.outcome === 'already-signed' ? <Alert type="info">{t('partners.alreadySigned')}</Alert> : null}
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
        ) : page.intentStatement.trim() ? (
          <>
            <Paragraph>{t('partners.signIntro')}</Paragraph>
            <FormErrorSummary state={signState} />
            <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
              <input type="hidden" name="intent" value="sign" />
              <TextField name="signedName" label={t('partners.signNameLabel')} state={signState} autoComplete="name" required />
              <TextField
                name="signedOrganisation"
                label={t('partners.signOrganisationLabel')}
                defaultValue={partner.name}
                state={signState}
                autoComplete="organization"
                required
              />
              <CheckboxField name="confirm" label={t('partners.signConfirmLabel')} state={signState} />
              <Button>{t('partners.signButton')}</Button>
            </Form>
          </>
        ) : null}
      </section>

      {page.statements.length > 0 ? (
        <section className="spiegel-stack" aria-labelledby="statements">
          <Heading level={2} id="statements">
            {t('partners.statementsTitle')}
          </Heading>
          <Paragraph>{t('partners.publicStatementsIntro')}</Paragraph>
          <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
            {page.statements.map((s, i) => {
              const state = reactState(s.id);
              const prefix = `s${i + 1}`;
              return (
                <li key={s.id} className="spiegel-card spiegel-stack" data-testid="statement">
                  <Heading level={3}>{t('partners.statementNumber', { number: i + 1 })}</Heading>
                  <MultilineText>{s.text}</MultilineText>
                  {done?.statementId === s.id ? <Alert type="ok">{t('partners.reactionSaved')}</Alert> : null}
                  <FormErrorSummary state={state} />
                  <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                    <input type="hidden" name="intent" value="react" />
                    <input type="hidden" name="statementId" value={s.id} />
                    <RadioGroup
                      name="choice"
                      label={t('partners.reactionChoiceLabel')}
                      defaultValue={s.choice}
                      state={state}
                      idPrefix={prefix}
                      options={REACTION_CHOICES.map((c) => ({ value: c, label: t(`partners.choice_${c}`) }))}
                    />
                    <TextAreaField
                      name="comment"
                      label={t('partners.reactionCommentLabel')}
                      defaultValue={s.comment}
                      state={state}
                      idPrefix={prefix}
                      required={false}
                      rows={2}
                    />
                    <Button>{t('partners.reactionSave')}</Button>
                  </Form>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
