// The sections of step 2's partner page: the partners, the statement of intent with the signatures, and the statements.
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { EditOrRemove } from '#app/components/row-forms';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, CopyableLink, DataList, FormErrorSummary, Heading, MultilineText, Paragraph, TextAreaField } from '#app/components/ui';
import { formatDate, type MessageKey, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import type { PartnerCoverageAdvice, PartnerDomain } from '../domain/domains';
import type { PartnerIntent } from '../forms';
import type { Partner } from '../server/list-partners.server';
import type { StatementWithReactions } from '../server/list-statements.server';
import { PartnerFields } from './partner-fields';

/** What the page's action answered: for 'mail-link' the address the link went to. */
export type PartnersAnswer = FormAnswer<string | null> | undefined;
type Props = { canEdit: boolean; result: PartnersAnswer };

const savedMessage: Record<Exclude<PartnerIntent, 'mail-link'>, MessageKey> = {
  'add-partner': 'partners.partnerAdded',
  'edit-partner': 'partners.partnerSaved',
  'remove-partner': 'partners.partnerRemoved',
  intent: 'partners.intentSaved',
  'add-statement': 'partners.statementAdded',
  'edit-statement': 'partners.statementSaved',
  'remove-statement': 'partners.statementRemoved',
};

/** The confirmation for an action, shown next to the section it belongs to. */
function Saved({ result, intents }: { result: PartnersAnswer; intents: PartnerIntent[] }) {
  const t = useT();
  const intent = intents.find((i) => succeeded(result, i));
  if (!intent || !result?.ok) return null;
  if (intent === 'mail-link') return <Alert type="ok">{t('partners.linkMailed', { email: result.value ?? '' })}</Alert>;
  return <Alert type="ok">{t(savedMessage[intent])}</Alert>;
}

const addForms = {
  'add-partner': { id: 'partner-add', title: 'partners.addPartnerTitle', button: 'partners.addPartner' },
  'add-statement': { id: 'statement-add', title: 'partners.addStatementTitle', button: 'partners.addStatement' },
} as const;

/** The add form under a list: emptied after each addition (the key changes with the count). */
function AddSection({ intent, count, result, children }: { intent: keyof typeof addForms; count: number; result: PartnersAnswer; children: ReactNode }) {
  const t = useT();
  const { id, title, button } = addForms[intent];
  return (
    <section className="spiegel-stack" aria-labelledby={id}>
      <Heading level={3} id={id}>
        {t(title)}
      </Heading>
      <FormErrorSummary state={stateFor(result, intent)} />
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={count}>
        <input type="hidden" name="intent" value={intent} />
        <SubmissionKey />
        {children}
        <Button>{t(button)}</Button>
      </Form>
    </section>
  );
}

export function PartnersSection({ partners, advice, canEdit, result }: Props & { partners: Partner[]; advice: PartnerCoverageAdvice[] }) {
  const t = useT();
  return (
    <>
      <Heading level={2}>{t('partners.partnersTitle')}</Heading>
      <Saved result={result} intents={['add-partner', 'edit-partner', 'remove-partner']} />
      {advice.length > 0 ? (
        <Alert type="warning">
          <strong>{t('partners.coverageTitle')}</strong>
          <ul>
            {advice.map((a) => (
              <li key={a}>{t(`partners.advice_${a}`)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {partners.length === 0 ? <Paragraph>{t('partners.partnersEmpty')}</Paragraph> : null}
      <ul className="spiegel-cards">
        {partners.map((p) => {
          const editState = stateFor(result, 'edit-partner', p.id);
          return (
            <li key={p.id} className="spiegel-card spiegel-stack" data-testid="partner">
              <Heading level={3}>{p.name}</Heading>
              <DataList
                items={[
                  { key: t('partners.domainLabel'), value: t(`partners.domain_${p.domain as PartnerDomain}`) },
                  { key: t('partners.contact'), value: [p.contactName, p.contactEmail].filter(Boolean).join(', ') || t('common.none') },
                  { key: t('partners.role'), value: p.roleDescription || t('common.none') },
                ]}
              />
              {canEdit ? (
                <EditOrRemove
                  summary={t('partners.editPartner', { name: p.name })}
                  state={editState}
                  target={{ name: 'partnerId', value: p.id }}
                  edit={{ intent: 'edit-partner', label: t('partners.savePartner') }}
                  remove={{ intent: 'remove-partner', label: t('partners.removePartner'), hint: t('partners.removePartnerHint') }}
                >
                  <PartnerFields state={editState} idPrefix={`partner-${p.id}`} partner={p} />
                </EditOrRemove>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canEdit ? (
        <AddSection intent="add-partner" count={partners.length} result={result}>
          <PartnerFields state={stateFor(result, 'add-partner')} idPrefix="partner-new" />
        </AddSection>
      ) : null}
    </>
  );
}

export function IntentSection({
  intentStatement,
  orgName,
  trajectoryTitle,
  canEdit,
  result,
}: Props & { intentStatement: string; orgName: string; trajectoryTitle: string }) {
  const t = useT();
  const state = stateFor(result, 'intent');
  return (
    <>
      <Heading level={2}>{t('partners.intentTitle')}</Heading>
      <Paragraph>{t('partners.intentIntro')}</Paragraph>
      <Saved result={result} intents={['intent']} />
      {canEdit ? (
        <>
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
            <input type="hidden" name="intent" value="intent" />
            <TextAreaField
              name="intentStatement"
              label={t('partners.intentLabel')}
              description={intentStatement ? undefined : t('partners.intentTemplateNote')}
              defaultValue={intentStatement || t('partners.intentTemplate', { org: orgName, trajectory: trajectoryTitle })}
              state={state}
              rows={14}
            />
            <Button>{t('partners.saveIntent')}</Button>
          </Form>
        </>
      ) : intentStatement ? (
        <div className="spiegel-card">
          <MultilineText>{intentStatement}</MultilineText>
        </div>
      ) : (
        <Paragraph>{t('partners.intentEmpty')}</Paragraph>
      )}
    </>
  );
}

/** Who signed, and (for editors) each partner's personal link with a button to mail it. */
export function SignaturesSection({ partners, result }: Omit<Props, 'canEdit'> & { partners: Partner[] }) {
  const { t, locale } = useI18n();
  const mailFailed = stateFor(result, 'mail-link');
  const signedCount = partners.filter((p) => p.signedAt).length;
  return (
    <>
      <Heading level={3}>{t('partners.linksTitle')}</Heading>
      <Saved result={result} intents={['mail-link']} />
      {mailFailed?.errors._form ? <Alert type="warning">{t(mailFailed.errors._form)}</Alert> : null}
      {partners.length > 0 ? <Paragraph>{t('partners.signedCount', { signed: signedCount, total: partners.length })}</Paragraph> : null}
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {partners.map((p) => (
          <li key={p.id} className="spiegel-card spiegel-stack" data-testid="partner-signature">
            <Heading level={4}>{p.name}</Heading>
            <Paragraph>
              {p.signedAt
                ? t('partners.signedBy', { name: p.signedName ?? '', organisation: p.signedOrganisation ?? '', date: formatDate(p.signedAt, locale) })
                : t('partners.notSigned')}
            </Paragraph>
            {p.link ? (
              <>
                <CopyableLink id={`link-${p.id}`} label={t('partners.linkLabel', { name: p.name })} description={t('partners.linkHint')} value={p.link} />
                {p.contactEmail ? (
                  <Form method="post" preventScrollReset>
                    <input type="hidden" name="intent" value="mail-link" />
                    <input type="hidden" name="partnerId" value={p.id} />
                    <Button appearance="secondary" aria-label={t('partners.mailLinkTo', { email: p.contactEmail })}>
                      {t('partners.mailLink')}
                    </Button>
                  </Form>
                ) : (
                  <Paragraph>{t('partners.noEmailForMail')}</Paragraph>
                )}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function StatementsSection({ statements, canEdit, result }: Props & { statements: StatementWithReactions[] }) {
  const t = useT();
  return (
    <>
      <Heading level={2}>{t('partners.statementsTitle')}</Heading>
      <Paragraph>{t('partners.statementsIntro')}</Paragraph>
      <Saved result={result} intents={['add-statement', 'edit-statement', 'remove-statement']} />
      {statements.length === 0 ? <Paragraph>{t('partners.statementsEmpty')}</Paragraph> : null}
      <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {statements.map((s, i) => {
          const editState = stateFor(result, 'edit-statement', s.id);
          const total = s.counts.agree + s.counts.disagree + s.counts.unsure;
          return (
            <li key={s.id} className="spiegel-card spiegel-stack" data-testid="statement">
              <Heading level={3}>{t('partners.statementNumber', { number: i + 1 })}</Heading>
              <MultilineText>{s.text}</MultilineText>
              <Paragraph>{total > 0 ? t('partners.reactionCounts', s.counts) : t('partners.noReactions')}</Paragraph>
              {s.comments.length > 0 ? (
                <>
                  <Heading level={4}>{t('partners.commentsTitle')}</Heading>
                  <ul>
                    {s.comments.map((c, j) => (
                      <li key={j}>
                        <strong>{c.partnerName}</strong> ({t(`partners.choice_${c.choice}`).toLowerCase()}): {c.comment}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {canEdit ? (
                <EditOrRemove
                  summary={t('partners.editStatement')}
                  state={editState}
                  target={{ name: 'statementId', value: s.id }}
                  edit={{ intent: 'edit-statement', label: t('partners.saveStatement') }}
                  remove={{ intent: 'remove-statement', label: t('partners.removeStatement'), hint: t('partners.removeStatementHint') }}
                >
                  <TextAreaField
                    name="text"
                    label={t('partners.statementLabel')}
                    defaultValue={s.text}
                    state={editState}
                    idPrefix={`statement-${s.id}`}
                    rows={2}
                  />
                </EditOrRemove>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <AddSection intent="add-statement" count={statements.length} result={result}>
          <TextAreaField
            name="text"
            label={t('partners.statementLabel')}
            description={t('partners.statementHint')}
            state={stateFor(result, 'add-statement')}
            idPrefix="statement-new"
            rows={2}
          />
        </AddSection>
      ) : null}
    </>
  );
}
