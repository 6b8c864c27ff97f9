// The sections of step 5's listener page: counts, coverage, inviting, the list, adding and pasting.
import { Form, useParams } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { EditOrRemove } from '#app/components/row-forms';
import {
  Alert,
  Button,
  CopyableLink,
  DataList,
  DownloadLink,
  FormErrorSummary,
  Heading,
  MultilineText,
  Paragraph,
  TextAreaField,
  Section,
} from '#app/components/ui';
import { isListenerCategory, LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { formatDate, type MessageKey, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { parseListenerLines } from '../domain/paste-import';
import { categoryLabels, type ListenerIntent } from '../forms';
import type { getListenersPage } from '../server/get-listeners-page.server';
import type { InviteOutcome } from '../server/invite-listeners.server';
import { CoverageTable } from './coverage-table';
import { ListenerFields } from './listener-fields';

export type ListenersPage = Awaited<ReturnType<typeof getListenersPage>>;
/** What the page's action answered: the invitations' outcome, or how many pasted listeners were added. */
export type ListenersAnswer = FormAnswer<{ invite: InviteOutcome | null; imported: number }> | undefined;
type Props = { page: ListenersPage; result: ListenersAnswer };

const savedMessage: Partial<Record<ListenerIntent, MessageKey>> = {
  add: 'listeners.listenerAdded',
  edit: 'listeners.listenerSaved',
  remove: 'listeners.listenerRemoved',
};

/** The confirmation for an action, shown next to the section it belongs to. */
function Saved({ result, intents }: { result: ListenersAnswer; intents: ListenerIntent[] }) {
  const t = useT();
  const intent = intents.find((i) => succeeded(result, i));
  if (!intent || !result?.ok) return null;
  const { invite, imported } = result.value;
  if (invite) {
    const { sent, noEmail, failed } = invite;
    return (
      <div className="spiegel-stack" data-testid="invite-result">
        <Alert type={sent > 0 ? 'ok' : 'info'}>{t('listeners.inviteSent', { count: sent })}</Alert>
        {noEmail > 0 ? <Alert type="warning">{t('listeners.inviteNoEmail', { count: noEmail })}</Alert> : null}
        {failed > 0 ? <Alert type="error">{t('listeners.inviteFailed', { count: failed })}</Alert> : null}
      </div>
    );
  }
  if (intent === 'import') return <Alert type="ok">{t('listeners.importDone', { count: imported })}</Alert>;
  const key = savedMessage[intent];
  return key ? <Alert type="ok">{t(key)}</Alert> : null;
}

export function CountsSection({ page }: Pick<Props, 'page'>) {
  const t = useT();
  const { summary } = page;
  const yesAgainst = (testId: string, yes: number, target: number, counts: ListenersPage['mirror']) => (
    <>
      <strong data-testid={testId}>{t('listeners.yesAgainstTarget', { yes, target })}</strong>
      <br />
      {t('listeners.rsvpCounts', counts)}
    </>
  );
  return (
    <Section id="counts" title={t('listeners.countsTitle')}>
      <div data-testid="listener-counts">
        <DataList
          items={[
            { key: t('listeners.listedCount'), value: page.listed },
            { key: t('listeners.invitedCount'), value: summary.invited },
            { key: t('listeners.meeting_mirror'), value: yesAgainst('yes-mirror', summary.yesMirror, summary.targetMirror, page.mirror) },
            { key: t('listeners.meeting_follow_up'), value: yesAgainst('yes-follow-up', summary.yesFollowUp, summary.targetFollowUp, page.followUp) },
          ]}
        />
      </div>
      {page.warnings.length > 0 ? (
        <Alert type="warning">
          <ul className="spiegel-stack" data-testid="target-warnings">
            {page.warnings.map((w) => (
              <li key={w}>
                {t(`listeners.warning_${w}`, {
                  invited: summary.invited,
                  target: summary.targetMirror,
                  yes: w.startsWith('followUp') ? summary.yesFollowUp : summary.yesMirror,
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Section>
  );
}

/** Category coverage against the plan of step 4. */
export function CoverageSection({ page }: Pick<Props, 'page'>) {
  const t = useT();
  return (
    <Section id="coverage" title={t('listeners.coverageTitle')} intro={t('listeners.coverageIntro')}>
      {page.coverage.length > 0 ? <CoverageTable rows={page.coverage} /> : <Paragraph>{t('listeners.coverageEmpty')}</Paragraph>}
      {page.coverageAdvice.length > 0 || page.uncovered.length > 0 ? (
        <Alert type="warning">
          <ul className="spiegel-stack" data-testid="coverage-advice">
            {page.coverageAdvice.map((a) => (
              <li key={a}>{t(`listeners.coverageAdvice_${a}`)}</li>
            ))}
            {page.uncovered.length > 0 ? (
              <li>{t('listeners.uncoveredPlanned', { categories: page.uncovered.map((c) => t(`theme.category_${c}`)).join(', ') })}</li>
            ) : null}
          </ul>
        </Alert>
      ) : null}
    </Section>
  );
}

export function InviteSection({ page, result }: Props) {
  const t = useT();
  return (
    <Section id="invite" title={t('listeners.inviteTitle')} intro={t('listeners.inviteIntro')}>
      {page.meetingsReady ? null : <Alert type="info">{t('listeners.meetingsNotReady')}</Alert>}
      <Saved result={result} intents={['invite-all']} />
      {page.uninvited > 0 ? (
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="invite-all" />
          <Button>{t('listeners.inviteAll', { count: page.uninvited })}</Button>
        </Form>
      ) : page.listed > 0 ? (
        <Paragraph>{t('listeners.nothingToInvite')}</Paragraph>
      ) : null}
      {page.preview ? (
        <details>
          <summary>{t('listeners.invitePreview')}</summary>
          <div className="spiegel-card">
            <MultilineText>{page.preview}</MultilineText>
          </div>
        </details>
      ) : null}
    </Section>
  );
}

const rsvpLabel: Record<string, MessageKey> = { yes: 'listeners.rsvp_yes', no: 'listeners.rsvp_no', maybe: 'listeners.rsvp_maybe' };

export function ListenerList({ page, result }: Props) {
  const { t, locale } = useI18n();
  const params = useParams();
  return (
    <Section id="list" title={t('listeners.listTitle')}>
      <Saved result={result} intents={['edit', 'remove', 'invite']} />
      {page.listeners.length === 0 ? (
        <Paragraph>{t('listeners.listEmpty')}</Paragraph>
      ) : (
        <DownloadLink href={`/o/${params.org}/t/${params.tid}/listeners.csv`} label={t('listeners.csvDownload')} />
      )}
      <ul className="spiegel-cards">
        {page.listeners.map((l) => {
          const editState = stateFor(result, 'edit', l.id);
          return (
            <li key={l.id} className="spiegel-card spiegel-stack" data-testid="listener">
              <Heading level={3}>{l.name}</Heading>
              <DataList
                items={[
                  { key: t('listeners.organisationLabel'), value: l.organisation || t('common.none') },
                  { key: t('listeners.categoryLabel'), value: t(`theme.category_${isListenerCategory(l.category) ? l.category : 'other'}`) },
                  { key: t('listeners.emailLabel'), value: l.email || t('common.none') },
                  {
                    key: t('listeners.invitationLabel'),
                    value: l.invitedAt ? t('listeners.invitedOn', { date: formatDate(l.invitedAt, locale) }) : t('listeners.notInvited'),
                  },
                  { key: t('listeners.meeting_mirror'), value: t(rsvpLabel[l.rsvpMirror] ?? 'listeners.rsvp_none') },
                  { key: t('listeners.meeting_follow_up'), value: t(rsvpLabel[l.rsvpFollowUp] ?? 'listeners.rsvp_none') },
                ]}
              />
              {page.canEdit ? (
                <>
                  {l.email ? (
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="invite" />
                      <input type="hidden" name="listenerId" value={l.id} />
                      <Button
                        appearance="secondary"
                        aria-label={t(l.invitedAt ? 'listeners.inviteListenerAgain' : 'listeners.inviteListener', { name: l.name })}
                      >
                        {t(l.invitedAt ? 'listeners.inviteAgain' : 'listeners.invite')}
                      </Button>
                    </Form>
                  ) : (
                    <Paragraph>{t('listeners.noEmail')}</Paragraph>
                  )}
                  {l.link ? (
                    <CopyableLink id={`link-${l.id}`} label={t('listeners.linkLabel', { name: l.name })} description={t('listeners.linkHint')} value={l.link} />
                  ) : null}
                  <EditOrRemove
                    summary={t('listeners.editListener', { name: l.name })}
                    state={editState}
                    target={{ name: 'listenerId', value: l.id }}
                    edit={{ intent: 'edit', label: t('listeners.saveListener') }}
                    remove={{ intent: 'remove', label: t('listeners.removeListener'), hint: t('listeners.removeHint') }}
                  >
                    <ListenerFields state={editState} idPrefix={`listener-${l.id}`} listener={l} />
                  </EditOrRemove>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function AddListenerSection({ page, result }: Props) {
  const t = useT();
  const state = stateFor(result, 'add');
  return (
    <Section id="listener-add" title={t('listeners.addTitle')}>
      <Saved result={result} intents={['add']} />
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={`add-${page.listed}`}>
        <input type="hidden" name="intent" value="add" />
        <SubmissionKey />
        <ListenerFields state={state} idPrefix="listener-new" />
        <Button>{t('listeners.addListener')}</Button>
      </Form>
    </Section>
  );
}

export function ImportSection({ page, result }: Props) {
  const t = useT();
  const state = stateFor(result, 'import');
  const typed = state?.values.lines;
  const parsed = typeof typed === 'string' ? parseListenerLines(typed, categoryLabels()) : null;
  const problems = parsed && !parsed.ok ? parsed.problems : [];
  return (
    <Section id="listener-import" title={t('listeners.importTitle')} intro={t('listeners.importIntro')}>
      <Saved result={result} intents={['import']} />
      <FormErrorSummary state={state} />
      {problems.length > 0 ? (
        <Alert type="error">
          <ul data-testid="import-problems">
            {problems.map((p) => (
              <li key={`${p.line}-${p.problem}`}>{t(`listeners.importProblem_${p.problem}`, { line: p.line })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={`import-${page.listed}`}>
        <input type="hidden" name="intent" value="import" />
        <SubmissionKey />
        <TextAreaField
          name="lines"
          label={t('listeners.importLabel')}
          description={t('listeners.importHint', { list: LISTENER_CATEGORIES.map((c) => t(`theme.category_${c}`).toLowerCase()).join(', ') })}
          state={state}
          idPrefix="listener-import"
          rows={6}
        />
        <Button>{t('listeners.importButton')}</Button>
      </Form>
    </Section>
  );
}
