// Pieces of the minutes page: leak messages, the queue status, and one note in the list.
import { Form } from 'react-router';
import { Alert, Button, CheckboxField, type FormState, Heading, Link, Paragraph, RadioGroup, StatusBadge, TextAreaField } from '#app/components/ui';
import type { TextFinding as Leak } from '#app/features/privacy/domain/name-guard';
import { NOTE_TAGS, type NoteKind, type VoiceGroup, type VoiceOfNote } from '#app/features/minutes/domain/notes';
import { formatDate, type MessageKey, type Translate, useI18n, useT } from '#app/i18n/i18n';
import { type NoteStatus, type QueueState, rowsOf } from './note-queue';

/** Where and what kind only: never which participant or pseudonym the guard matched. */
export function leakMessage(t: Translate, leak: Leak): string {
  return t(`minutes.leak_${leak.kind}`, { found: leak.found });
}

export function LeakList({ leaks, id }: { leaks: readonly Leak[]; id?: string }) {
  const t = useT();
  if (leaks.length === 0) return null;
  return (
    <ul id={id} className="utrecht-form-field-error-message" data-testid="leaks">
      {leaks.map((leak) => (
        <li key={`${leak.kind}:${leak.text}:${leak.start}:${leak.found}`}>{leakMessage(t, leak)}</li>
      ))}
    </ul>
  );
}

export const kindLabel: Record<NoteKind, MessageKey> = {
  answer: 'minutes.kind_answer',
  outer_circle: 'minutes.kind_outer_circle',
  general: 'minutes.kind_general',
};

export function kindOptions(t: Translate, care: boolean) {
  const kinds: NoteKind[] = care ? ['answer', 'outer_circle', 'general'] : ['answer', 'general'];
  return kinds.map((kind) => ({ value: kind, label: t(kindLabel[kind]) }));
}

export function TagBoxes({ idPrefix, state, checked = [] }: { idPrefix: string; state?: FormState; checked?: readonly string[] }) {
  const t = useT();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('minutes.tagsLabel')}</legend>
      {NOTE_TAGS.map((tag) => (
        <CheckboxField
          key={tag}
          idPrefix={`${idPrefix}-${tag}`}
          name="tags"
          value={tag}
          label={t(`minutes.tag_${tag}`)}
          state={state}
          defaultChecked={checked.includes(tag)}
        />
      ))}
    </fieldset>
  );
}

const statusLabel: Record<Exclude<NoteStatus, 'refused'>, MessageKey> = {
  waiting: 'minutes.noteWaiting',
  sending: 'minutes.noteSending',
  sent: 'minutes.noteSent',
};

/**
 * Visible with JavaScript only: how many notes still wait on this device, and each note written here
 * with its state (waiting, sending, sent; refused ones with the reason, until the writer removes them).
 */
export function QueueStatus({ queue, offline, onDismiss }: { queue: QueueState; offline: boolean; onDismiss: (key: string) => void }) {
  const t = useT();
  const count = queue.pending.length;
  const rows = rowsOf(queue);
  const onDevice = rows.filter((row) => row.status !== 'refused');
  const refused = rows.filter((row) => row.status === 'refused');
  return (
    <>
      <div role="status" data-testid="queue-status" className="spiegel-card">
        <Paragraph>{count === 0 ? t('minutes.queueAllSent') : offline ? t('minutes.queueOffline', { count }) : t('minutes.queueSending', { count })}</Paragraph>
      </div>
      {refused.length > 0 ? (
        <Alert type="error">
          <strong>{t('minutes.refusedTitle')}</strong>
          <Paragraph>{t('minutes.refusedIntro')}</Paragraph>
          <ul>
            {refused.map(({ key, note, leaks, reason }) => (
              <li key={key} data-testid="refused-note" data-status="refused">
                <Paragraph>{[note.summary, note.quotes].filter(Boolean).join(' — ')}</Paragraph>
                {leaks.length > 0 ? <LeakList leaks={leaks} /> : <Paragraph>{t(reason ?? 'minutes.refusedOther')}</Paragraph>}
                <Button type="button" appearance="secondary" onClick={() => onDismiss(key)}>
                  {t('minutes.refusedDismiss')}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {onDevice.length > 0 ? (
        <section aria-labelledby="on-device-title" className="spiegel-stack">
          <Heading level={3} id="on-device-title">
            {t('minutes.onDeviceTitle')}
          </Heading>
          <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
            {onDevice.map(({ key, note, status }) => (
              <li key={key} className="spiegel-card" data-testid="queued-note" data-status={status}>
                <Paragraph>
                  <StatusBadge tone={status === 'sent' ? 'done' : status === 'sending' ? 'active' : 'neutral'}>
                    {t(statusLabel[status as Exclude<NoteStatus, 'refused'>])}
                  </StatusBadge>
                </Paragraph>
                <Paragraph>{[note.summary, note.quotes].filter(Boolean).join(' — ')}</Paragraph>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The parents who said no to the minutes, by pseudonym: plain on the writers' screen. */
export function RefusingList({ refusing }: { refusing: readonly { participantId: string; pseudonym: string }[] }) {
  const t = useT();
  if (refusing.length === 0) return null;
  return (
    <Alert type="warning">
      <strong>{t('minutes.refusingTitle')}</strong>
      <Paragraph>{t('minutes.refusingIntro')}</Paragraph>
      <ul data-testid="refusing">
        {refusing.map((p) => (
          <li key={p.participantId}>{p.pseudonym}</li>
        ))}
      </ul>
    </Alert>
  );
}

export type NoteView = {
  id: string;
  withdrawn: boolean;
  /** Set for an answer given outside the group (X1): marked, with its question. */
  voice?: VoiceOfNote | null;
  questionText?: string;
  kind: NoteKind;
  pseudonym: string;
  summary: string;
  quotes: string[];
  tags: string[];
  createdAt: Date | string;
};

export function NoteCard({
  note,
  canWrite,
  canResolve = false,
  care,
  state,
  leaks,
  message,
}: {
  note: NoteView;
  canWrite: boolean;
  canResolve?: boolean;
  care: boolean;
  state?: FormState;
  leaks?: Leak[];
  message?: MessageKey;
}) {
  const { t, locale } = useI18n();
  const prefix = `edit-${note.id}`;
  return (
    <li className="spiegel-card spiegel-stack" data-testid="note">
      {note.voice ? (
        <Paragraph>
          <strong>{note.questionText || t('minutes.generalGroup')}</strong>
        </Paragraph>
      ) : (
        <Paragraph>
          <strong>{note.pseudonym || t(kindLabel[note.kind])}</strong>
          {note.pseudonym ? ` · ${t(kindLabel[note.kind])}` : null}
        </Paragraph>
      )}
      {note.withdrawn ? (
        <Alert type="warning">
          <strong>{t('minutes.withdrawnTitle')}</strong>
          <Paragraph>{canResolve ? t('minutes.withdrawnLeadNote') : t('minutes.withdrawnNote')}</Paragraph>
          {canResolve ? (
            <Form method="post">
              <input type="hidden" name="intent" value="resolve" />
              <input type="hidden" name="noteId" value={note.id} />
              <Button appearance="danger">{t('minutes.withdrawnRemove')}</Button>
            </Form>
          ) : null}
        </Alert>
      ) : null}
      {note.summary ? <Paragraph>{note.summary}</Paragraph> : null}
      {note.quotes.length > 0 ? (
        <ul aria-label={t('minutes.quotesHeading')} data-testid="note-quotes">
          {note.quotes.map((quote, i) => (
            <li key={i}>
              <q>{quote}</q>
            </li>
          ))}
        </ul>
      ) : null}
      {note.tags.length > 0 ? (
        <div className="spiegel-inline">
          {note.tags.map((tag) => (
            <StatusBadge key={tag}>{(NOTE_TAGS as readonly string[]).includes(tag) ? t(`minutes.tag_${tag as (typeof NOTE_TAGS)[number]}`) : tag}</StatusBadge>
          ))}
        </div>
      ) : null}
      <Paragraph>
        <small>
          {t('minutes.noteAt', {
            when: formatDate(note.createdAt, locale, true),
          })}
        </small>
      </Paragraph>
      {message ? <Alert type="ok">{t(message)}</Alert> : null}
      {canWrite ? (
        <>
          <details open={!!state?.errors}>
            <summary className="utrecht-link">{t('minutes.editTitle')}</summary>
            <Form method="post" className="spiegel-stack">
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="noteId" value={note.id} />
              <RadioGroup
                idPrefix={prefix}
                name="kind"
                label={t('minutes.kindLabel')}
                options={kindOptions(t, care || note.kind === 'outer_circle')}
                state={state}
                defaultValue={note.kind}
              />
              <TextAreaField idPrefix={prefix} name="summary" label={t('minutes.summaryLabel')} state={state} defaultValue={note.summary} />
              <LeakList leaks={leaks ?? []} />
              <TextAreaField
                idPrefix={prefix}
                name="quotes"
                label={t('minutes.quotesLabel')}
                description={t('minutes.quotesHint')}
                state={state}
                defaultValue={note.quotes.join('\n')}
              />
              <TagBoxes idPrefix={prefix} state={state} checked={note.tags} />
              <Button appearance="secondary">{t('minutes.editSave')}</Button>
            </Form>
          </details>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="noteId" value={note.id} />
            <Button appearance="danger">{t('minutes.delete')}</Button>
          </Form>
        </>
      ) : null}
    </li>
  );
}

/**
 * The answers given outside the group (X1): per individual contribution or conversation its
 * answers, marked as such, after the group conversation's notes. Reviewed and edited like any note.
 */
export function VoicesSection({
  voices,
  manageUrl,
  children,
}: {
  voices: readonly VoiceGroup<NoteView & { pseudonym: string }>[];
  manageUrl: string;
  children: (note: NoteView) => React.ReactNode;
}) {
  const t = useT();
  return (
    <section aria-labelledby="voices-title" className="spiegel-stack" data-testid="voices">
      <Heading level={2} id="voices-title">
        {t('voices.minutesSectionTitle')}
      </Heading>
      <Paragraph>
        {t('voices.minutesSectionIntro')} <Link to={manageUrl}>{t('voices.minutesSectionLink')}</Link>
      </Paragraph>
      {voices.length === 0 ? <Paragraph>{t('voices.minutesSectionNone')}</Paragraph> : null}
      {voices.map((group, i) => (
        <section key={group.voice.id} className="spiegel-stack" data-testid="voice" data-source={group.voice.kind} aria-labelledby={`voice-${i}`}>
          <Heading level={3} id={`voice-${i}`}>
            <StatusBadge tone="active">{t(group.voice.kind === 'contribution' ? 'voices.source_contribution' : 'voices.source_conversation')}</StatusBadge>
            {group.notes[0]?.pseudonym ? ` ${group.notes[0].pseudonym}` : ` ${i + 1}`}
          </Heading>
          {group.voice.consent ? (
            <Paragraph>
              <small>{t(`voices.consentGiven_${group.voice.consent}`)}</small>
            </Paragraph>
          ) : null}
          <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
            {group.notes.map((note) => children(note))}
          </ul>
        </section>
      ))}
    </section>
  );
}
