// The minutes of the mirror conversation (S6c): written live by the minute-taker, read by the trajectory once final.
import { useEffect, useRef, useState } from 'react';
import { data, Form, useActionData, useLoaderData, useLocation, useSearchParams } from 'react-router';
import { Alert, Button, ButtonLink, FormErrorSummary, type FormState, Heading, Paragraph, StatusBadge, Section } from '#app/components/ui';
import type { TextFinding as Leak } from '#app/features/privacy/domain/name-guard';
import { groupNotes, parseQuotes, splitBySource } from '#app/features/minutes/domain/notes';
import { ZMinutesForm } from '#app/features/minutes/forms';
import { checkMinuteText } from '#app/features/minutes/server/check-minute-text.server';
import { deleteMinuteNote } from '#app/features/minutes/server/delete-minute-note.server';
import { finaliseMinutes } from '#app/features/minutes/server/finalise-minutes.server';
import { getMinutes } from '#app/features/minutes/server/get-minutes.server';
import { resolveWithdrawnNote } from '#app/features/minutes/server/resolve-withdrawn-note.server';
import { saveMinuteNote } from '#app/features/minutes/server/save-minute-note.server';
import { updateMinuteNote } from '#app/features/minutes/server/update-minute-note.server';
import { NoteCard, type NoteView, RefusingList, VoicesSection } from '#app/features/minutes/ui/minutes-ui';
import { parseStored, storageKey } from '#app/features/minutes/ui/note-queue';
import { NoteWriter } from '#app/features/minutes/ui/note-writer';
import { useOfflinePage } from '#app/features/minutes/ui/use-offline-page';
import { ReportDownloads } from '#app/features/reports/ui/report-page';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-minutes';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const { trajectory, ...minutes } = await getMinutes(scope);
  return {
    ...minutes,
    notesUrl: `/o/${org.slug}/t/${trajectory.id}/minutes/notes`,
    reportFiles: `/o/${org.slug}/t/${trajectory.id}/reports/minutes`,
    voicesUrl: `/o/${org.slug}/t/${trajectory.id}/voices`,
    trajectoryId: trajectory.id,
    care: trajectory.variant === 'care',
    // For the form without JavaScript: a fresh key per render, so a double submit is stored once.
    formKey: crypto.randomUUID(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  const form = await request.formData();
  const answer = await handleForm(form, ZMinutesForm, async (input) => {
    if (input.intent === 'save') return saveMinuteNote({ ...scope, ...input });
    if (input.intent === 'update') return updateMinuteNote({ ...scope, ...input });
    if (input.intent === 'delete') return deleteMinuteNote({ ...scope, ...input });
    if (input.intent === 'resolve') return resolveWithdrawnNote({ ...scope, ...input });
    return finaliseMinutes(scope);
  });
  if (!('init' in answer) || answer.data.errors.summary !== 'minutes.leakField') return answer;
  // The text names a participant: say what the guard found, next to the text.
  const texts = [String(form.get('summary') ?? ''), ...parseQuotes(String(form.get('quotes') ?? ''))];
  return data({ ...answer.data, leaks: await checkMinuteText({ ...scope, texts }) }, answer.init ?? undefined);
}

export default function StepMinutes() {
  const { notesUrl, reportFiles, voicesUrl, trajectoryId, care, status, finalisedAt, canWrite, canResolve, refusing, notes, now, formKey } =
    useLoaderData<typeof loader>();
  // The group conversation's notes by question; answers given outside the group (X1) apart, marked.
  const sources = splitBySource(notes);
  const card = (note: NoteView) => (
    <NoteCard
      key={note.id}
      note={note}
      canWrite={canWrite}
      canResolve={canResolve}
      care={care}
      state={stateFor(result, 'update', note.id)}
      leaks={leaksFor('update', note.id)}
      message={succeeded(result, 'update', note.id) ? 'minutes.updated' : undefined}
    />
  );
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const live = useLive(
    status === 'draft' ? (canWrite ? [channelFor(trajectoryId, 'console'), channelFor(trajectoryId, 'minutes')] : [channelFor(trajectoryId, 'minutes')]) : [],
  );
  // What the name guard found in a refused note (the action adds it to the answer).
  const leaksFor = (intent: string, target?: string) => (stateFor(result, intent, target) as { leaks?: Leak[] } | undefined)?.leaks ?? [];
  const saveState = stateFor(result, 'save');
  // Only the minute-taker's draft is kept for offline use (public/minutes-sw.js).
  const { online } = useOfflinePage(canWrite && status === 'draft');

  return (
    <div className="spiegel-stack">
      <title>{`${t('minutes.title')} · Spiegel`}</title>
      <Heading level={1}>{t('minutes.title')}</Heading>
      <Paragraph>
        <StatusBadge tone={status === 'finalised' ? 'done' : 'active'}>
          {status === 'finalised' ? t('minutes.statusFinalised') : t('minutes.statusDraft')}
        </StatusBadge>
      </Paragraph>
      {status === 'finalised' && finalisedAt ? <Paragraph>{t('minutes.finalisedOn', { when: formatDate(finalisedAt, locale, true) })}</Paragraph> : null}
      {status === 'draft' && !canWrite ? <Paragraph>{t('minutes.readOnlyDraft')}</Paragraph> : null}
      {!online && canWrite ? (
        <Alert type="warning">
          <span data-testid="offline-copy">{t('minutes.offlineCopy')}</span>
        </Alert>
      ) : null}
      {succeeded(result, 'finalise') ? <Alert type="ok">{t('minutes.finalised')}</Alert> : null}
      {succeeded(result, 'delete') ? <Alert type="ok">{t('minutes.deleted')}</Alert> : null}
      {succeeded(result, 'resolve') ? <Alert type="ok">{t('minutes.withdrawnRemoved')}</Alert> : null}
      {status === 'draft' ? <RefusingList refusing={refusing} /> : null}
      {status === 'finalised' ? (
        <Section id="report-files-title" title={t('reports.filesTitle')} intro={t('reports.filesIntro')}>
          <ReportDownloads files={reportFiles} />
        </Section>
      ) : null}

      {canWrite && now ? (
        <NoteWriter
          notesUrl={notesUrl}
          trajectoryId={trajectoryId}
          care={care}
          now={now}
          formKey={formKey}
          live={live}
          saveState={saveState}
          savedLeaks={leaksFor('save')}
          saved={succeeded(result, 'save')}
        />
      ) : null}

      <Section id="notes-title" title={t('minutes.notesTitle')}>
        {sources.meeting.length === 0 ? <Paragraph>{t('minutes.noNotes')}</Paragraph> : null}
        {groupNotes(sources.meeting).map((group) => (
          <section key={group.questionKey} className="spiegel-stack" data-testid="note-group">
            <Heading level={3}>{group.questionText || t('minutes.generalGroup')}</Heading>
            <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
              {group.notes.map(card)}
            </ul>
          </section>
        ))}
      </Section>
      <VoicesSection voices={sources.voices} manageUrl={voicesUrl}>
        {card}
      </VoicesSection>

      {canWrite ? <Finalise trajectoryId={trajectoryId} state={stateFor(result, 'finalise')} /> : null}
    </div>
  );
}

/**
 * Finalising cannot be undone, so it takes two presses: the first (a GET form, so it works without
 * JavaScript) shows the question with "Ja, definitief maken" and "Annuleren"; only that form
 * finalises (the server requires its `confirm`).
 */
function Finalise({ trajectoryId, state }: { trajectoryId: string; state: FormState }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const asking = params.get('finalise') === 'confirm';
  const question = useRef<HTMLHeadingElement>(null);
  // Notes still on this device would be refused once the minutes are final: say so first.
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    if (!asking) return;
    question.current?.focus();
    setWaiting(parseStored(localStorage.getItem(storageKey(trajectoryId))).pending.length);
  }, [asking, trajectoryId]);

  return (
    <section aria-labelledby="finalise-title" className="spiegel-card spiegel-stack">
      <Heading level={2} id="finalise-title">
        {t('minutes.finaliseTitle')}
      </Heading>
      <Paragraph>{t('minutes.finaliseIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      {asking ? (
        <div className="spiegel-stack" data-testid="finalise-confirm">
          <h3 className="utrecht-heading-3" id="finalise-confirm-title" ref={question} tabIndex={-1}>
            {t('minutes.finaliseConfirmTitle')}
          </h3>
          <Paragraph>{t('minutes.finaliseConfirmIntro')}</Paragraph>
          {waiting > 0 ? <Alert type="warning">{t('minutes.finaliseWaiting')}</Alert> : null}
          <Form method="post" action={pathname} className="spiegel-inline">
            <input type="hidden" name="intent" value="finalise" />
            <input type="hidden" name="confirm" value="yes" />
            <Button appearance="danger">{t('minutes.finaliseConfirm')}</Button>
            <ButtonLink to={pathname}>{t('minutes.finaliseCancel')}</ButtonLink>
          </Form>
        </div>
      ) : (
        // A GET form: the question is a state of this page, nothing changes yet.
        <Form method="get" action={`${pathname}#finalise-confirm-title`}>
          <input type="hidden" name="finalise" value="confirm" />
          <Button>{t('minutes.finalise')}</Button>
        </Form>
      )}
    </section>
  );
}
