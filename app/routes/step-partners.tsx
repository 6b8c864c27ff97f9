import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, DataList, FormErrorSummary, type FormState, Heading, Paragraph, TextAreaField } from '#app/components/ui';
import { MultilineText } from '#app/features/goal/ui/multiline-text';
import { PARTNER_DOMAINS, partnerCoverageAdvice } from '#app/features/partners/domain/domains';
import { addPartner } from '#app/features/partners/server/add-partner.server';
import { addStatement } from '#app/features/partners/server/add-statement.server';
import { listPartners } from '#app/features/partners/server/list-partners.server';
import { listStatements } from '#app/features/partners/server/list-statements.server';
import { mailPartnerLink } from '#app/features/partners/server/mail-partner-link.server';
import { removePartner } from '#app/features/partners/server/remove-partner.server';
import { removeStatement } from '#app/features/partners/server/remove-statement.server';
import { updateIntentStatement } from '#app/features/partners/server/update-intent-statement.server';
import { updatePartner } from '#app/features/partners/server/update-partner.server';
import { updateStatement } from '#app/features/partners/server/update-statement.server';
import { CopyableLink } from '#app/features/partners/ui/copyable-link';
import { PartnerFields } from '#app/features/partners/ui/partner-fields';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-partners';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { orgId, actor, org, trajectory, access } = await requireTrajectory(request, params);
  const at = { orgId, actor, trajectoryId: trajectory.id };
  const [partners, statements] = await Promise.all([listPartners(at), listStatements(at)]);
  return {
    canEdit: access.canEdit,
    orgName: org.name,
    trajectoryTitle: trajectory.title,
    intentStatement: trajectory.intentStatement,
    // Personal links let anyone sign for the partner: only people who may edit see them.
    partners: partners.map((p) => ({ ...p, link: access.canEdit ? p.link : null })),
    advice: partnerCoverageAdvice(partners),
    statements,
  };
}

const partnerFields = {
  name: f.required(200),
  domain: f.choice(PARTNER_DOMAINS),
  contactName: f.text(200),
  contactEmail: f.optionalEmail(),
  roleDescription: f.text(1000),
};
const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add-partner'), ...partnerFields }),
  z.object({ intent: z.literal('edit-partner'), partnerId: f.uuid(), ...partnerFields }),
  z.object({ intent: z.literal('remove-partner'), partnerId: f.uuid() }),
  z.object({ intent: z.literal('mail-link'), partnerId: f.uuid() }),
  z.object({ intent: z.literal('intent'), intentStatement: f.text(10_000) }),
  z.object({ intent: z.literal('add-statement'), text: f.required(500) }),
  z.object({ intent: z.literal('edit-statement'), statementId: f.uuid(), text: f.required(500) }),
  z.object({ intent: z.literal('remove-statement'), statementId: f.uuid() }),
]);

export async function action({ request, params }: Route.ActionArgs) {
  const { orgId, actor, trajectory } = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const at = { orgId, actor, trajectoryId: trajectory.id };
  switch (input.intent) {
    case 'add-partner': {
      const { intent: _, ...fields } = input;
      await addPartner({ ...at, ...fields });
      break;
    }
    case 'edit-partner': {
      const { intent: _, ...fields } = input;
      await updatePartner({ ...at, ...fields });
      break;
    }
    case 'remove-partner':
      await removePartner({ ...at, partnerId: input.partnerId });
      break;
    case 'mail-link': {
      const sent = await mailPartnerLink({ ...at, partnerId: input.partnerId });
      return sent.ok ? { ok: true as const, saved: input.intent, mailedTo: sent.to } : data({ ok: false as const, noEmail: true }, { status: 400 });
    }
    case 'intent':
      await updateIntentStatement({ ...at, intentStatement: input.intentStatement });
      break;
    case 'add-statement':
      await addStatement({ ...at, text: input.text });
      break;
    case 'edit-statement':
      await updateStatement({ ...at, statementId: input.statementId, text: input.text });
      break;
    case 'remove-statement':
      await removeStatement({ ...at, statementId: input.statementId });
      break;
  }
  return { ok: true as const, saved: input.intent, mailedTo: null };
}

type Intent = z.infer<typeof ZAction>['intent'];
const savedMessage: Record<Exclude<Intent, 'mail-link'>, MessageKey> = {
  'add-partner': 'partners.partnerAdded',
  'edit-partner': 'partners.partnerSaved',
  'remove-partner': 'partners.partnerRemoved',
  intent: 'partners.intentSaved',
  'add-statement': 'partners.statementAdded',
  'edit-statement': 'partners.statementSaved',
  'remove-statement': 'partners.statementRemoved',
};

export default function StepPartners() {
  const { canEdit, orgName, trajectoryTitle, intentStatement, partners, advice, statements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();

  // Many forms on one page: errors belong to the form that was sent (by intent and record id).
  const stateFor = (intent: Intent, id?: { field: 'partnerId' | 'statementId'; value: string }): FormState =>
    result && 'errors' in result && result.values.intent === intent && (!id || result.values[id.field] === id.value) ? result : undefined;
  /** The confirmation for an action, shown next to the section it belongs to. */
  const saved = (intents: Intent[]) => {
    if (!result || !('saved' in result) || !intents.includes(result.saved)) return null;
    if (result.saved === 'mail-link') return <Alert type="ok">{t('partners.linkMailed', { email: result.mailedTo ?? '' })}</Alert>;
    return <Alert type="ok">{t(savedMessage[result.saved])}</Alert>;
  };
  const signedCount = partners.filter((p) => p.signedAt).length;

  return (
    <div className="spiegel-page">
      <title>{`${t('partners.title')} · Spiegel`}</title>
      <Heading level={1}>{t('partners.title')}</Heading>
      <Paragraph lead>{t('partners.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('partners.readOnly')}</Alert>}

      {/* ── Partner organisations ── */}
      <Heading level={2}>{t('partners.partnersTitle')}</Heading>
      {saved(['add-partner', 'edit-partner', 'remove-partner'])}
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
          const editState = stateFor('edit-partner', { field: 'partnerId', value: p.id });
          return (
            <li key={p.id} className="spiegel-card spiegel-stack" data-testid="partner">
              <Heading level={3}>{p.name}</Heading>
              <DataList
                items={[
                  { key: t('partners.domainLabel'), value: t(`partners.domain_${p.domain as (typeof PARTNER_DOMAINS)[number]}`) },
                  {
                    key: t('partners.contact'),
                    value: [p.contactName, p.contactEmail].filter(Boolean).join(', ') || t('common.none'),
                  },
                  { key: t('partners.role'), value: p.roleDescription || t('common.none') },
                ]}
              />
              {canEdit ? (
                <details open={!!editState}>
                  <summary>{t('partners.editPartner', { name: p.name })}</summary>
                  <FormErrorSummary state={editState} />
                  <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                    <input type="hidden" name="intent" value="edit-partner" />
                    <input type="hidden" name="partnerId" value={p.id} />
                    <PartnerFields state={editState} idPrefix={`partner-${p.id}`} partner={p} />
                    <Button>{t('partners.savePartner')}</Button>
                  </Form>
                  <Form method="post" className="spiegel-stack" preventScrollReset>
                    <input type="hidden" name="intent" value="remove-partner" />
                    <input type="hidden" name="partnerId" value={p.id} />
                    <Paragraph>{t('partners.removePartnerHint')}</Paragraph>
                    <Button appearance="danger">{t('partners.removePartner')}</Button>
                  </Form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canEdit ? (
        <section className="spiegel-stack" aria-labelledby="partner-add">
          <Heading level={3} id="partner-add">
            {t('partners.addPartnerTitle')}
          </Heading>
          <FormErrorSummary state={stateFor('add-partner')} />
          <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={partners.length}>
            <input type="hidden" name="intent" value="add-partner" />
            <PartnerFields state={stateFor('add-partner')} idPrefix="partner-new" />
            <Button>{t('partners.addPartner')}</Button>
          </Form>
        </section>
      ) : null}

      {/* ── Statement of intent ── */}
      <Heading level={2}>{t('partners.intentTitle')}</Heading>
      <Paragraph>{t('partners.intentIntro')}</Paragraph>
      {saved(['intent'])}
      {canEdit ? (
        <>
          <FormErrorSummary state={stateFor('intent')} />
          <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
            <input type="hidden" name="intent" value="intent" />
            <TextAreaField
              name="intentStatement"
              label={t('partners.intentLabel')}
              description={intentStatement ? undefined : t('partners.intentTemplateNote')}
              defaultValue={intentStatement || t('partners.intentTemplate', { org: orgName, trajectory: trajectoryTitle })}
              state={stateFor('intent')}
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

      <Heading level={3}>{t('partners.linksTitle')}</Heading>
      {saved(['mail-link'])}
      {result && 'noEmail' in result ? <Alert type="warning">{t('partners.noEmailForMail')}</Alert> : null}
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

      {/* ── Statements for the warm-up ── */}
      <Heading level={2}>{t('partners.statementsTitle')}</Heading>
      <Paragraph>{t('partners.statementsIntro')}</Paragraph>
      {saved(['add-statement', 'edit-statement', 'remove-statement'])}
      {statements.length === 0 ? <Paragraph>{t('partners.statementsEmpty')}</Paragraph> : null}
      <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {statements.map((s, i) => {
          const editState = stateFor('edit-statement', { field: 'statementId', value: s.id });
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
                <details open={!!editState}>
                  <summary>{t('partners.editStatement')}</summary>
                  <FormErrorSummary state={editState} />
                  <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                    <input type="hidden" name="intent" value="edit-statement" />
                    <input type="hidden" name="statementId" value={s.id} />
                    <TextAreaField
                      name="text"
                      label={t('partners.statementLabel')}
                      defaultValue={s.text}
                      state={editState}
                      idPrefix={`statement-${s.id}`}
                      rows={2}
                    />
                    <Button>{t('partners.saveStatement')}</Button>
                  </Form>
                  <Form method="post" className="spiegel-stack" preventScrollReset>
                    <input type="hidden" name="intent" value="remove-statement" />
                    <input type="hidden" name="statementId" value={s.id} />
                    <Paragraph>{t('partners.removeStatementHint')}</Paragraph>
                    <Button appearance="danger">{t('partners.removeStatement')}</Button>
                  </Form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <section className="spiegel-stack" aria-labelledby="statement-add">
          <Heading level={3} id="statement-add">
            {t('partners.addStatementTitle')}
          </Heading>
          <FormErrorSummary state={stateFor('add-statement')} />
          <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={statements.length}>
            <input type="hidden" name="intent" value="add-statement" />
            <TextAreaField
              name="text"
              label={t('partners.statementLabel')}
              description={t('partners.statementHint')}
              state={stateFor('add-statement')}
              idPrefix="statement-new"
              rows={2}
            />
            <Button>{t('partners.addStatement')}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
