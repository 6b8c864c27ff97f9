// The minute-taker's part of the minutes page: where the conversation is, and the note form with
// the live name check and the offline queue (with JavaScript; without it the form posts as usual).
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Form } from 'react-router';
import { Alert, Button, type FormState, Heading, Paragraph, RadioGroup, TextAreaField, Section } from '#app/components/ui';
import type { TextFinding as Leak } from '#app/features/privacy/domain/name-guard';
import { useT } from '#app/i18n/i18n';
import type { LiveState } from '#app/realtime/use-live';
import { kindOptions, LeakList, QueueStatus, TagBoxes } from './minutes-ui';
import { newKey, type NoteValues } from './note-queue';
import { useNoteQueue } from './use-note-queue';

export type Now = { started: boolean; questionKey: string; questionText: string; participantId: string; pseudonym: string; refuses: boolean };

/** Text of the note form, for the live name check and to recognise text the check already judged. */
const textOf = (form: HTMLFormElement) => {
  const fd = new FormData(form);
  return { summary: String(fd.get('summary') ?? ''), quotes: String(fd.get('quotes') ?? '') };
};

/** Asks the server what the text gives away (the names never come to this device). */
async function checkText(url: string, text: { summary: string; quotes: string }): Promise<Leak[] | null> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    redirect: 'manual',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ intent: 'check', ...text }),
  });
  return response.ok ? ((await response.json()) as { leaks: Leak[] }).leaks : null;
}

export function NoteWriter({
  notesUrl,
  trajectoryId,
  care,
  now,
  formKey,
  live,
  saveState,
  savedLeaks,
  saved,
}: {
  notesUrl: string;
  trajectoryId: string;
  care: boolean;
  now: Now;
  formKey: string;
  live: LiveState;
  saveState: FormState;
  savedLeaks: readonly Leak[];
  saved: boolean;
}) {
  const t = useT();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const queue = useNoteQueue(trajectoryId, notesUrl);
  const formRef = useRef<HTMLFormElement>(null);
  // The live check: what the server found in the text as it was when checked.
  const [check, setCheck] = useState<{ text: string; leaks: Leak[] }>({ text: '', leaks: [] });
  const [blocked, setBlocked] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const onInput = () => {
    window.clearTimeout(timer.current);
    setBlocked(false);
    timer.current = window.setTimeout(() => {
      if (!formRef.current) return;
      const key = JSON.stringify(textOf(formRef.current));
      checkText(notesUrl, textOf(formRef.current))
        .then((leaks) => {
          if (leaks && formRef.current && JSON.stringify(textOf(formRef.current)) === key) setCheck({ text: key, leaks });
        })
        // Offline: the server checks again when the note is sent.
        .catch(() => undefined);
    }, 500);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = textOf(form);
    if (check.leaks.length > 0 && check.text === JSON.stringify(text)) {
      setBlocked(true);
      return;
    }
    const fd = new FormData(form);
    const note: NoteValues = {
      idempotencyKey: newKey(),
      questionKey: String(fd.get('questionKey') ?? ''),
      questionText: String(fd.get('questionText') ?? ''),
      participantId: String(fd.get('participantId') ?? ''),
      kind: String(fd.get('kind') ?? 'general'),
      ...text,
      tags: fd.getAll('tags').map(String),
    };
    if (!note.summary.trim() && !note.quotes.trim()) return;
    queue.submit(note);
    form.reset();
    setCheck({ text: '', leaks: [] });
    form.querySelector<HTMLTextAreaElement>('textarea[name="summary"]')?.focus();
  };

  const liveLeaks = savedLeaks.length ? savedLeaks : check.leaks;
  return (
    <>
      <Paragraph>{t('minutes.intro')}</Paragraph>
      <section className="spiegel-card" aria-labelledby="now-title" data-testid="now">
        <Heading level={2} id="now-title">
          {t('minutes.nowTitle')}
        </Heading>
        {now.started ? (
          <>
            {now.questionText ? <Paragraph lead>{t('minutes.nowQuestion', { question: now.questionText })}</Paragraph> : null}
            <Paragraph>{now.pseudonym ? t('minutes.nowParticipant', { pseudonym: now.pseudonym }) : t('minutes.nowNobody')}</Paragraph>
            {now.refuses ? (
              <Alert type="warning">
                <span data-testid="now-refuses">{t('minutes.nowRefuses', { pseudonym: now.pseudonym })}</span>
              </Alert>
            ) : null}
          </>
        ) : (
          <Paragraph>{t('minutes.notStarted')}</Paragraph>
        )}
        {hydrated ? (
          <Paragraph>{live === 'open' ? t('minutes.liveOpen') : live === 'offline' ? t('minutes.liveOffline') : t('minutes.liveWaiting')}</Paragraph>
        ) : null}
      </section>

      <Section id="form-title" title={t('minutes.formTitle')}>
        {saved ? <Alert type="ok">{t('minutes.saved')}</Alert> : null}
        {saveState ? <Alert type="error">{savedLeaks.length ? t('minutes.leakBlocked') : t('common.formHasErrors')}</Alert> : null}
        {blocked ? <Alert type="error">{t('minutes.leakBlocked')}</Alert> : null}
        <Form method="post" className="spiegel-stack" ref={formRef} onSubmit={hydrated ? onSubmit : undefined} onInput={hydrated ? onInput : undefined}>
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="idempotencyKey" value={formKey} />
          <input type="hidden" name="questionKey" value={now.questionKey} />
          <input type="hidden" name="questionText" value={now.questionText} />
          <input type="hidden" name="participantId" value={now.participantId} />
          <RadioGroup
            name="kind"
            label={t('minutes.kindLabel')}
            options={kindOptions(t, care)}
            state={saveState}
            defaultValue={now.participantId ? 'answer' : 'general'}
          />
          <TextAreaField name="summary" label={t('minutes.summaryLabel')} description={t('minutes.summaryHint')} state={saveState} />
          <div aria-live="polite">
            {liveLeaks.length > 0 ? (
              <Alert type="warning">
                <strong>{t('minutes.checkTitle')}</strong>
                <LeakList leaks={liveLeaks} />
              </Alert>
            ) : null}
          </div>
          <TextAreaField name="quotes" label={t('minutes.quotesLabel')} description={t('minutes.quotesHint')} state={saveState} rows={3} />
          <TagBoxes idPrefix="new" state={saveState} />
          <Button>{t('minutes.save')}</Button>
        </Form>
        {hydrated ? <QueueStatus queue={queue.state} offline={queue.offline} onDismiss={queue.dismiss} /> : null}
      </Section>
    </>
  );
}
