import { type FormEvent, useEffect, useRef, useState } from 'react';
import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, Heading, Paragraph, RadioGroup, StatusBadge, TextAreaField } from '#app/components/ui';
import { getConversation } from '#app/features/console/server/get-conversation.server';
import type { Leak } from '#app/features/minutes/domain/name-guard';
import { groupNotes } from '#app/features/minutes/domain/notes';
import { noteFields, ZNewNote } from '#app/features/minutes/forms';
import { deleteMinuteNote } from '#app/features/minutes/server/delete-minute-note.server';
import { finaliseMinutes } from '#app/features/minutes/server/finalise-minutes.server';
import { getMinutes } from '#app/features/minutes/server/get-minutes.server';
import { saveMinuteNote } from '#app/features/minutes/server/save-minute-note.server';
import { updateMinuteNote } from '#app/features/minutes/server/update-minute-note.server';
import { kindOptions, LeakList, NoteCard, QueueStatus, TagBoxes } from '#app/features/minutes/ui/minutes-ui';
import { newKey, type NoteValues } from '#app/features/minutes/ui/note-queue';
import { useNoteQueue } from '#app/features/minutes/ui/use-note-queue';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { f, formValues, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-minutes';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const minutes = await getMinutes(scope);
  let now: {
    started: boolean;
    questionKey: string;
    questionText: string;
    participantId: string;
    pseudonym: string;
  } | null = null;
  if (minutes.canWrite) {
    // Only the pseudonym of whoever speaks: the console's first names stay on the console.
    const { state } = await getConversation(scope);
    const item = state.queue.find((q) => q.key === state.currentKey);
    const participantId = state.currentParticipantId ?? '';
    now = {
      started: state.phase !== 'notStarted',
      questionKey: item?.key ?? '',
      questionText: item?.text ?? '',
      participantId,
      pseudonym: participantId ? (minutes.pseudonyms[participantId] ?? '') : '',
    };
  }
  return {
    base: `/o/${ctx.org.slug}/t/${ctx.trajectory.id}`,
    trajectoryId: ctx.trajectory.id,
    care: ctx.trajectory.variant === 'care',
    status: minutes.status,
    finalisedAt: minutes.finalisedAt,
    canWrite: minutes.canWrite,
    notes: minutes.notes,
    now,
    // For the form without JavaScript: a fresh key per render, so a double submit is stored once.
    formKey: crypto.randomUUID(),
  };
}

const ZEdit = z.object({ noteId: f.uuid(), ...noteFields }).refine((v) => v.summary !== '' || v.quotes !== '', {
  path: ['summary'],
  message: 'minutes.emptyNote',
});

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'save') {
    const parsed = parseForm(ZNewNote, form);
    if (!parsed.ok) return data({ ...parsed, intent, noteId: '', leaks: [] as Leak[] }, { status: 400 });
    const result = await saveMinuteNote({ ...scope, note: parsed.data });
    if (!result.ok)
      return data(
        {
          ok: false as const,
          intent,
          noteId: '',
          errors: { summary: 'minutes.leakField' as const },
          values: formValues(form),
          leaks: result.leaks,
        },
        { status: 400 },
      );
    return { ok: true as const, intent, noteId: result.id };
  }
  if (intent === 'update') {
    const parsed = parseForm(ZEdit, form);
    const noteId = String(form.get('noteId') ?? '');
    if (!parsed.ok) return data({ ...parsed, intent, noteId, leaks: [] as Leak[] }, { status: 400 });
    const { noteId: id, ...edit } = parsed.data;
    const result = await updateMinuteNote({ ...scope, noteId: id, edit });
    if (!result.ok)
      return data(
        {
          ok: false as const,
          intent,
          noteId,
          errors: { summary: 'minutes.leakField' as const },
          values: formValues(form),
          leaks: result.leaks,
        },
        { status: 400 },
      );
    return { ok: true as const, intent, noteId };
  }
  if (intent === 'delete') {
    const parsed = parseForm(z.object({ noteId: f.uuid() }), form);
    if (!parsed.ok) return data({ ...parsed, intent, noteId: '', leaks: [] as Leak[] }, { status: 400 });
    await deleteMinuteNote({ ...scope, noteId: parsed.data.noteId });
    return { ok: true as const, intent, noteId: '' };
  }
  if (intent === 'finalise') {
    await finaliseMinutes(scope);
    return { ok: true as const, intent, noteId: '' };
  }
  return data(
    {
      ok: false as const,
      intent,
      noteId: '',
      errors: { _form: 'validation.invalid' as const },
      values: formValues(form),
      leaks: [] as Leak[],
    },
    { status: 400 },
  );
}

/** Text of the note form, for the live name check and to recognise text the check already judged. */
const textOf = (form: HTMLFormElement) => {
  const fd = new FormData(form);
  return {
    summary: String(fd.get('summary') ?? ''),
    quotes: String(fd.get('quotes') ?? ''),
  };
};

export default function StepMinutes() {
  const { base, trajectoryId, care, status, finalisedAt, canWrite, notes, now, formKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const live = useLive(
    status === 'draft' ? (canWrite ? [channelFor(trajectoryId, 'console'), channelFor(trajectoryId, 'minutes')] : [channelFor(trajectoryId, 'minutes')]) : [],
  );
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const queue = useNoteQueue(trajectoryId, `${base}/minutes/notes`);
  const formRef = useRef<HTMLFormElement>(null);
  // The live check: what the server found in the text as it was when checked.
  const [check, setCheck] = useState<{ text: string; leaks: Leak[] }>({
    text: '',
    leaks: [],
  });
  const [blocked, setBlocked] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const onInput = () => {
    window.clearTimeout(timer.current);
    setBlocked(false);
    timer.current = window.setTimeout(() => {
      if (!formRef.current) return;
      const text = textOf(formRef.current);
      const key = JSON.stringify(text);
      fetch(`${base}/minutes/notes`, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ intent: 'check', ...text }),
      })
        .then((r) => (r.ok ? (r.json() as Promise<{ leaks: Leak[] }>) : null))
        .then((body) => {
          if (body && formRef.current && JSON.stringify(textOf(formRef.current)) === key) setCheck({ text: key, leaks: body.leaks });
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

  const saveState = result && !result.ok && result.intent === 'save' ? result : undefined;
  const liveLeaks = saveState?.leaks.length ? saveState.leaks : check.leaks;
  const groups = groupNotes(notes);

  return (
    <div className="spiegel-stack">
      <title>{`${t('minutes.title')} · Spiegel`}</title>
      <Heading level={1}>{t('minutes.title')}</Heading>
      <Paragraph>
        <StatusBadge tone={status === 'finalised' ? 'done' : 'active'}>
          {status === 'finalised' ? t('minutes.statusFinalised') : t('minutes.statusDraft')}
        </StatusBadge>
      </Paragraph>
      {status === 'finalised' && finalisedAt ? (
        <Paragraph>
          {t('minutes.finalisedOn', {
            when: formatDate(finalisedAt, locale, true),
          })}
        </Paragraph>
      ) : null}
      {status === 'draft' && !canWrite ? <Paragraph>{t('minutes.readOnlyDraft')}</Paragraph> : null}
      {result?.ok && result.intent === 'finalise' ? <Alert type="ok">{t('minutes.finalised')}</Alert> : null}
      {result?.ok && result.intent === 'delete' ? <Alert type="ok">{t('minutes.deleted')}</Alert> : null}

      {canWrite && now ? (
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
              </>
            ) : (
              <Paragraph>{t('minutes.notStarted')}</Paragraph>
            )}
            {hydrated ? (
              <Paragraph>{live === 'open' ? t('minutes.liveOpen') : live === 'offline' ? t('minutes.liveOffline') : t('minutes.liveWaiting')}</Paragraph>
            ) : null}
          </section>

          <section aria-labelledby="form-title" className="spiegel-stack">
            <Heading level={2} id="form-title">
              {t('minutes.formTitle')}
            </Heading>
            {result?.ok && result.intent === 'save' ? <Alert type="ok">{t('minutes.saved')}</Alert> : null}
            {saveState ? <Alert type="error">{saveState.leaks.length ? t('minutes.leakBlocked') : t('common.formHasErrors')}</Alert> : null}
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
          </section>
        </>
      ) : null}

      <section aria-labelledby="notes-title" className="spiegel-stack">
        <Heading level={2} id="notes-title">
          {t('minutes.notesTitle')}
        </Heading>
        {groups.length === 0 ? <Paragraph>{t('minutes.noNotes')}</Paragraph> : null}
        {groups.map((group) => (
          <section key={group.questionKey} className="spiegel-stack" data-testid="note-group">
            <Heading level={3}>{group.questionText || t('minutes.generalGroup')}</Heading>
            <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
              {group.notes.map((note) => {
                const mine = result && result.intent === 'update' && result.noteId === note.id ? result : undefined;
                return (
                  <NoteCard
                    key={note.id}
                    note={note}
                    canWrite={canWrite}
                    care={care}
                    state={mine && !mine.ok ? mine : undefined}
                    leaks={mine && !mine.ok ? mine.leaks : undefined}
                    message={mine?.ok ? 'minutes.updated' : undefined}
                  />
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      {canWrite ? (
        <section aria-labelledby="finalise-title" className="spiegel-card spiegel-stack">
          <Heading level={2} id="finalise-title">
            {t('minutes.finaliseTitle')}
          </Heading>
          <Paragraph>{t('minutes.finaliseIntro')}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="finalise" />
            <Button>{t('minutes.finalise')}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
