// The listener's own page, reached through the personal link in the invitation: no account, no JavaScript needed.
import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, DataList, FormErrorSummary, type FormState, Heading, Paragraph, RadioGroup, TextAreaField } from '#app/components/ui';
import { describeMeeting } from '#app/features/listeners/domain/meeting-text';
import { LISTENER_MEETINGS, type ListenerMeeting, RSVP_CHOICES } from '#app/features/listeners/domain/rsvp';
import { answerRsvp } from '#app/features/listeners/server/answer-rsvp.server';
import { getListenerPage } from '#app/features/listeners/server/get-listener-page.server';
import { handInQuestion } from '#app/features/listeners/server/hand-in-question.server';
import { requireListenerLink } from '#app/features/listeners/server/require-listener-link.server';
import { checkInListenerByLink, getListenerCheckIn } from '#app/features/reception/server/check-in-listener-by-link.server';
import { useI18n, useT } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/listener-link';

// A public page for listeners on their phones: plain HTML forms, no JavaScript download.
export const handle = { hydrate: false };

export async function loader({ params }: Route.LoaderArgs) {
  const [page, checkIn] = await Promise.all([getListenerPage({ token: params.token }), getListenerCheckIn({ token: params.token })]);
  return { ...page, checkIn };
}

const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('checkin') }),
  z.object({ intent: z.literal('rsvp'), meeting: f.choice(LISTENER_MEETINGS), answer: f.choice(RSVP_CHOICES) }),
  z.object({
    intent: z.literal('question'),
    text: z
      .string({ error: 'validation.required' })
      .trim()
      .min(1, 'validation.required')
      .min(8, 'listeners.questionTooShort')
      .max(500, 'listeners.questionTooLong'),
  }),
]);

export async function action({ request, params }: Route.ActionArgs) {
  // Check the link first: an unknown token is a 404, also for a badly filled-in form.
  await requireListenerLink({ token: params.token });
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  if (input.intent === 'checkin') {
    // Self check-in at the mirror meeting (S6a): the welcome desk sees it live.
    await checkInListenerByLink({ token: params.token });
    return { ok: true as const, intent: input.intent, meeting: null };
  }
  if (input.intent === 'rsvp') {
    await answerRsvp({ token: params.token, meeting: input.meeting, answer: input.answer });
    return { ok: true as const, intent: input.intent, meeting: input.meeting };
  }
  await handInQuestion({ token: params.token, text: input.text });
  return { ok: true as const, intent: input.intent, meeting: null };
}

const meetingLabel = { mirror: 'listeners.meeting_mirror', follow_up: 'listeners.meeting_follow_up' } as const;
const legend = { mirror: 'listeners.rsvpLegend_mirror', follow_up: 'listeners.rsvpLegend_follow_up' } as const;
const answerLabel = { yes: 'listeners.answer_yes', no: 'listeners.answer_no', maybe: 'listeners.answer_maybe' } as const;

export default function ListenerLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failed = result && 'errors' in result ? result : undefined;
  const done = result && 'ok' in result && result.ok ? result : undefined;
  const rsvpState = (meeting: ListenerMeeting): FormState => (failed?.values.intent === 'rsvp' && failed.values.meeting === meeting ? failed : undefined);
  const questionState: FormState = failed?.values.intent === 'question' ? failed : undefined;
  const current = { mirror: page.listener.rsvpMirror, follow_up: page.listener.rsvpFollowUp };

  return (
    <div className="spiegel-page">
      <title>{`${t('listeners.publicTitle')} · ${page.trajectoryTitle} · Spiegel`}</title>
      <meta name="robots" content="noindex" />
      <Heading level={1}>{t('listeners.publicTitle')}</Heading>
      <Paragraph lead>{t('listeners.publicGreeting', { name: page.listener.name })}</Paragraph>
      <Paragraph>{t('listeners.publicIntro', { trajectory: page.trajectoryTitle, org: page.orgName })}</Paragraph>

      {page.checkIn.meetingDay ? <SelfCheckIn {...page.checkIn} /> : null}

      <section className="spiegel-card spiegel-stack" aria-labelledby="rules">
        <Heading level={2} id="rules">
          {t('listeners.rulesTitle')}
        </Heading>
        <ol className="spiegel-stack" data-testid="listening-rules">
          <li>{t('listeners.rule1')}</li>
          <li>{t('listeners.rule2')}</li>
          <li>{t('listeners.rule3')}</li>
          <li>{t('listeners.rule4')}</li>
          <li>{t('listeners.rule5')}</li>
        </ol>
      </section>

      <section className="spiegel-stack" aria-labelledby="meetings">
        <Heading level={2} id="meetings">
          {t('listeners.meetingsTitle')}
        </Heading>
        <Paragraph>{t('listeners.meetingsIntro')}</Paragraph>
        {LISTENER_MEETINGS.map((meeting) => {
          const { when, where } = describeMeeting(page.meetings[meeting], t, locale);
          const state = rsvpState(meeting);
          return (
            <div key={meeting} className="spiegel-card spiegel-stack" data-testid={`rsvp-${meeting}`}>
              <Heading level={3}>{t(meetingLabel[meeting])}</Heading>
              <DataList
                items={[
                  { key: t('listeners.when'), value: when },
                  { key: t('listeners.where'), value: where },
                ]}
              />
              {done?.intent === 'rsvp' && done.meeting === meeting ? <Alert type="ok">{t('listeners.rsvpSaved')}</Alert> : null}
              <FormErrorSummary state={state} />
              <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                <input type="hidden" name="intent" value="rsvp" />
                <input type="hidden" name="meeting" value={meeting} />
                <RadioGroup
                  name="answer"
                  label={t(legend[meeting])}
                  defaultValue={current[meeting]}
                  state={state}
                  idPrefix={`rsvp-${meeting}`}
                  options={RSVP_CHOICES.map((c) => ({ value: c, label: t(answerLabel[c]) }))}
                />
                <Button aria-label={`${t('listeners.rsvpSave')}: ${t(meetingLabel[meeting]).toLowerCase()}`}>{t('listeners.rsvpSave')}</Button>
              </Form>
            </div>
          );
        })}
      </section>

      <section className="spiegel-stack" aria-labelledby="questions">
        <Heading level={2} id="questions">
          {t('listeners.questionsTitle')}
        </Heading>
        <Paragraph>{t('listeners.questionsIntro')}</Paragraph>
        {done?.intent === 'question' ? <Alert type="ok">{t('listeners.questionSent')}</Alert> : null}
        <FormErrorSummary state={questionState} />
        <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={page.questions.length}>
          <input type="hidden" name="intent" value="question" />
          <TextAreaField
            name="text"
            label={t('listeners.questionLabel')}
            description={t('listeners.questionHint')}
            state={questionState}
            idPrefix="question"
            rows={3}
          />
          <Button>{t('listeners.questionSend')}</Button>
        </Form>
        {page.questions.length > 0 ? (
          <>
            <Heading level={3}>{t('listeners.yourQuestions')}</Heading>
            <ul className="spiegel-stack" data-testid="my-questions">
              {page.questions.map((q) => (
                <li key={q.id} style={{ overflowWrap: 'anywhere' }}>
                  {q.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {page.checkIn.meetingDay ? null : <SelfCheckIn {...page.checkIn} />}
    </div>
  );
}

/** The listener's own check-in at the mirror meeting (S6a): on top on the day itself, at the bottom on other days. */
function SelfCheckIn({ meetingDay, present }: { meetingDay: boolean; present: boolean }) {
  const t = useT();
  return (
    <section className="spiegel-card spiegel-stack" aria-labelledby="self-checkin" data-testid="self-checkin">
      <Heading level={2} id="self-checkin">
        {t('reception.selfTitle')}
      </Heading>
      {present ? (
        <Alert type="ok">{t('reception.selfDone')}</Alert>
      ) : (
        <>
          <Paragraph>{t('reception.selfIntro')}</Paragraph>
          {/* Offered on any day, in case the meeting moved; on other days the page says what it is for. */}
          {meetingDay ? null : <Paragraph>{t('reception.selfNotToday')}</Paragraph>}
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="checkin" />
            <Button appearance={meetingDay ? 'primary' : 'secondary'}>{t('reception.selfButton')}</Button>
          </Form>
        </>
      )}
    </section>
  );
}
