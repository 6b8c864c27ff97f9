// The workgroup's "Reacties van ouders": the parents and their links, what they think per item
// (pseudonymous, comments through the privacy guard), staying involved, and the summary for parents.
import { Form } from 'react-router';
import { Alert, Button, ButtonGroup, ButtonLink, CopyableLink, FormErrorSummary, Heading, Paragraph, Section, SelectField, Table } from '#app/components/ui';
import { FEEDBACK_VERDICTS, INVOLVEMENT_CHOICES } from '#app/db/schema';
import { FLYER_LANGUAGES } from '#app/features/materials/domain/languages';
import type { FindingKind } from '#app/features/privacy/domain/name-guard';
import { formatDate, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import type { MaskedPart } from '../domain/mask';
import { maskedKinds } from '../domain/mask';
import type { Involvement, Verdict, VerdictCounts } from '../domain/verdicts';
import type { SummaryOutcome } from '../server/mail-feedback-summary.server';

export type FeedbackAnswer = FormAnswer<{ created: number } | SummaryOutcome | null> | undefined;

type Parent = {
  participantId: string;
  pseudonym: string;
  hasLink: boolean;
  link: { url: string; language: string } | null;
  opened: boolean;
  reacted: boolean;
  onBehalf: boolean;
};

const languageOptions = FLYER_LANGUAGES.map((l) => ({ value: l.code, label: l.code === 'nl' ? l.endonym : `${l.dutchName} (${l.endonym})` }));

/** Whether the agenda went to the parents yet, and the public page when it is published. */
export function SharingStatus({ sharedAt, publicLink }: { sharedAt: Date | string | null; publicLink: string | null }) {
  const { t, locale } = useI18n();
  return (
    <>
      {sharedAt ? (
        <Paragraph>{t('parentPage.sharedOn', { date: formatDate(sharedAt, locale) })}</Paragraph>
      ) : (
        <Alert type="info">{t('parentPage.notShared')}</Alert>
      )}
      {publicLink ? <CopyableLink id="public-link" label={t('parentPage.publicLinkLabel')} value={publicLink} /> : null}
    </>
  );
}

export function ParentsSection({
  parents,
  canEdit,
  canPrintLetters,
  base,
  result,
}: {
  parents: Parent[];
  canEdit: boolean;
  canPrintLetters: boolean;
  base: string;
  result: FeedbackAnswer;
}) {
  const t = useT();
  const created = succeeded(result, 'create-links') && result?.ok ? (result.value as { created: number }).created : null;
  const yesNo = (value: boolean) => (value ? t('parentPage.yes') : t('parentPage.no'));
  return (
    <Section id="parents" title={t('parentPage.parentsTitle')} intro={t('parentPage.parentsIntro')}>
      {created !== null ? <Alert type="ok">{t('parentPage.linksCreated', { count: created })}</Alert> : null}
      {succeeded(result, 'link-language') ? <Alert type="ok">{t('parentPage.languageSaved')}</Alert> : null}
      <FormErrorSummary state={stateFor(result, 'create-links') ?? stateFor(result, 'link-language')} />
      {parents.length === 0 ? (
        <Paragraph>{t('parentPage.parentsEmpty')}</Paragraph>
      ) : (
        <Table
          testId="parents"
          rowTestId={() => 'parent'}
          rows={parents}
          rowKey={(p) => p.participantId}
          columns={[
            { header: t('parentPage.colParent'), cell: (p) => p.pseudonym, rowHeader: true },
            {
              header: t('parentPage.colLink'),
              cell: (p) =>
                p.link ? (
                  <CopyableLink id={`link-${p.participantId}`} label={t('parentPage.linkFor', { pseudonym: p.pseudonym })} value={p.link.url} />
                ) : p.hasLink ? (
                  t('parentPage.linkHidden')
                ) : (
                  t('parentPage.noLink')
                ),
            },
            ...(canEdit
              ? [
                  {
                    header: t('parentPage.colLanguage'),
                    cell: (p: Parent) =>
                      p.link ? (
                        <Form method="post" className="spiegel-inline" preventScrollReset>
                          <input type="hidden" name="intent" value="link-language" />
                          <input type="hidden" name="participantId" value={p.participantId} />
                          <SelectField
                            name="language"
                            idPrefix={`lang-${p.participantId}`}
                            label={t('parentPage.languageFor', { pseudonym: p.pseudonym })}
                            options={languageOptions}
                            defaultValue={p.link.language}
                          />
                          <Button appearance="secondary">{t('parentPage.changeLanguage')}</Button>
                        </Form>
                      ) : null,
                  },
                ]
              : []),
            { header: t('parentPage.colOpened'), cell: (p) => yesNo(p.opened) },
            { header: t('parentPage.colReacted'), cell: (p) => (p.onBehalf ? t('parentPage.reactedOnBehalf') : yesNo(p.reacted)) },
          ]}
        />
      )}
      <ButtonGroup>
        {canEdit && parents.some((p) => !p.hasLink) ? (
          <Form method="post">
            <input type="hidden" name="intent" value="create-links" />
            <Button>{t('parentPage.createLinks')}</Button>
          </Form>
        ) : null}
        {canPrintLetters && parents.some((p) => p.hasLink) ? <ButtonLink to={`${base}/letters`}>{t('parentPage.lettersLink')}</ButtonLink> : null}
        {canEdit && parents.length > 0 ? <ButtonLink to={`${base}/on-behalf`}>{t('parentPage.onBehalfLink')}</ButtonLink> : null}
      </ButtonGroup>
    </Section>
  );
}

const maskLabel = {
  name: 'parentPage.masked_name',
  phone: 'parentPage.masked_phone',
  email: 'parentPage.masked_email',
  address: 'parentPage.masked_address',
} as const satisfies Record<FindingKind, string>;

/** A parent's text as others may read it: what looked identifying replaced by its kind, and a note saying so. */
export function MaskedText({ parts }: { parts: MaskedPart[] }) {
  const t = useT();
  return (
    <>
      {parts.map((part, i) => ('masked' in part ? <mark key={i}>{t(maskLabel[part.masked])}</mark> : <span key={i}>{part.text}</span>))}
      {maskedKinds(parts).length > 0 ? <small className="spiegel-optional"> ({t('parentPage.maskedNote')})</small> : null}
    </>
  );
}

type Comment = { pseudonym: string; parts: MaskedPart[]; recordedBy: string | null };

function Comments({ comments, empty, verdicts }: { comments: (Comment & { verdict?: Verdict })[]; empty: string; verdicts?: boolean }) {
  const t = useT();
  if (comments.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="spiegel-stack" data-testid="comments">
      {comments.map((c, i) => (
        <li key={i} data-testid="comment">
          <strong>{c.pseudonym}</strong>
          {verdicts && c.verdict ? ` · ${t(`parentPage.verdict_${c.verdict}`)}` : null}: <MaskedText parts={c.parts} />
          {c.recordedBy ? <em> ({t('parentPage.recordedOnBehalf', { name: c.recordedBy })})</em> : null}
        </li>
      ))}
    </ul>
  );
}

type Item = { id: string; n: number; text: string; counts: VerdictCounts; comments: (Comment & { verdict: Verdict })[] };

export function ResultsSection({ items }: { items: Item[] }) {
  const t = useT();
  return (
    <Section id="results" title={t('parentPage.resultsTitle')} intro={t('parentPage.resultsIntro')}>
      {items.length === 0 ? <Paragraph>{t('parentPage.noItems')}</Paragraph> : null}
      {items.map((item) => (
        <article key={item.id} className="spiegel-card spiegel-stack" aria-labelledby={`result-${item.id}`} data-testid="result">
          <Heading level={3} id={`result-${item.id}`}>
            {t('parentPage.itemHeading', { n: item.n })}
          </Heading>
          <Paragraph>{item.text}</Paragraph>
          <Table
            caption={t('parentPage.countsCaption', { n: item.n })}
            rows={FEEDBACK_VERDICTS}
            rowKey={(v) => v}
            rowTestId={(v) => `count-${v}`}
            columns={[
              { header: t('parentPage.colVerdict'), cell: (v) => t(`parentPage.verdict_${v}`), rowHeader: true },
              { header: t('parentPage.colCount'), cell: (v) => item.counts[v], numeric: true },
            ]}
          />
          <Heading level={4}>{t('parentPage.commentsTitle')}</Heading>
          <Comments comments={item.comments} empty={t('parentPage.noComments')} verdicts />
        </article>
      ))}
    </Section>
  );
}

export function GeneralSection({ general }: { general: Comment[] }) {
  const t = useT();
  return (
    <Section id="general" title={t('parentPage.generalTitle')}>
      <Comments comments={general} empty={t('parentPage.generalEmpty')} />
    </Section>
  );
}

type Contact = { pseudonym: string; name: string; involvement: Involvement[]; contact: string };

export function InvolvementSection({ involvement, contacts }: { involvement: Record<Involvement, number>; contacts: Contact[] | null }) {
  const t = useT();
  const choices = (list: Involvement[]) => list.map((c) => t(`parentPage.involvement_${c}`)).join(', ');
  return (
    <Section id="involvement" title={t('parentPage.involvementTitle')}>
      <Table
        testId="involvement"
        caption={t('parentPage.involvementCaption')}
        rows={INVOLVEMENT_CHOICES}
        rowKey={(c) => c}
        rowTestId={(c) => `involvement-${c}`}
        columns={[
          { header: t('parentPage.colChoice'), cell: (c) => t(`parentPage.involvement_${c}`), rowHeader: true },
          { header: t('parentPage.colParents'), cell: (c) => involvement[c], numeric: true },
        ]}
      />
      {contacts ? (
        <section aria-labelledby="contacts" className="spiegel-stack">
          <Heading level={3} id="contacts">
            {t('parentPage.contactsTitle')}
          </Heading>
          <Paragraph>{t('parentPage.contactsIntro')}</Paragraph>
          {contacts.length === 0 ? (
            <Paragraph>{t('parentPage.contactsEmpty')}</Paragraph>
          ) : (
            <Table
              testId="contacts"
              caption={t('parentPage.contactsCaption')}
              rows={contacts}
              rowKey={(c) => c.pseudonym}
              columns={[
                { header: t('parentPage.colParent'), cell: (c) => c.pseudonym, rowHeader: true },
                { header: t('parentPage.colName'), cell: (c) => c.name },
                { header: t('parentPage.colWants'), cell: (c) => choices(c.involvement) },
                { header: t('parentPage.colContact'), cell: (c) => c.contact || t('parentPage.noContact') },
              ]}
            />
          )}
        </section>
      ) : null}
    </Section>
  );
}

type Summary = { code: string; endonym: string; dir: 'ltr' | 'rtl'; text: string };

export function SummarySection({ summaries, canMail, result }: { summaries: Summary[]; canMail: boolean; result: FeedbackAnswer }) {
  const t = useT();
  const outcome = succeeded(result, 'mail-summary') && result?.ok ? (result.value as SummaryOutcome) : null;
  return (
    <Section id="summary" title={t('parentPage.summaryTitle')} intro={t('parentPage.summaryIntro')}>
      {summaries.map((s) => (
        <div key={s.code} className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`sms-${s.code}`}>
            {t('parentPage.smsLabel', { language: s.endonym })}
          </label>
          <textarea
            id={`sms-${s.code}`}
            readOnly
            rows={3}
            lang={s.code}
            dir={s.dir}
            className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only"
            value={s.text}
            style={{ inlineSize: '100%' }}
          />
        </div>
      ))}
      {canMail ? (
        <Form method="post" className="spiegel-stack">
          <input type="hidden" name="intent" value="mail-summary" />
          <Paragraph>{t('parentPage.mailSummaryHint')}</Paragraph>
          {outcome ? <Alert type="ok">{t('parentPage.summarySent', outcome)}</Alert> : null}
          <FormErrorSummary state={stateFor(result, 'mail-summary')} />
          <Button appearance="secondary">{t('parentPage.mailSummary')}</Button>
        </Form>
      ) : null}
    </Section>
  );
}
