// The sections of the listener's public page: the rules, answering per meeting, questions, the self check-in.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, DataList, FormErrorSummary, Heading, Paragraph, RadioGroup, TextAreaField, Section } from '#app/components/ui';
import type { SelfCheckInWindow } from '#app/features/reception/domain/rules';
import { formatDate, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { describeMeeting, type MeetingPlace } from '../domain/meeting-text';
import { LISTENER_MEETINGS, type ListenerMeeting, type Rsvp, RSVP_CHOICES } from '../domain/rsvp';

/** What the public page's action answered: for 'rsvp' the meeting answered. */
export type ListenerLinkAnswer = FormAnswer<ListenerMeeting | null> | undefined;

const meetingLabel = { mirror: 'listeners.meeting_mirror', follow_up: 'listeners.meeting_follow_up' } as const;
const legend = { mirror: 'listeners.rsvpLegend_mirror', follow_up: 'listeners.rsvpLegend_follow_up' } as const;
const answerLabel = { yes: 'listeners.answer_yes', no: 'listeners.answer_no', maybe: 'listeners.answer_maybe' } as const;

export function RulesSection() {
  const t = useT();
  return (
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
  );
}

export function MeetingsSection({
  meetings,
  current,
  result,
}: {
  meetings: Record<ListenerMeeting, MeetingPlace | null>;
  current: Record<ListenerMeeting, Rsvp>;
  result: ListenerLinkAnswer;
}) {
  const { t, locale } = useI18n();
  const failed = stateFor(result, 'rsvp');
  return (
    <Section id="meetings" title={t('listeners.meetingsTitle')} intro={t('listeners.meetingsIntro')}>
      {LISTENER_MEETINGS.map((meeting) => {
        const { when, where } = describeMeeting(meetings[meeting], t, locale);
        const state = failed?.values.meeting === meeting ? failed : undefined;
        return (
          <div key={meeting} className="spiegel-card spiegel-stack" data-testid={`rsvp-${meeting}`}>
            <Heading level={3}>{t(meetingLabel[meeting])}</Heading>
            <DataList
              items={[
                { key: t('listeners.when'), value: when },
                { key: t('listeners.where'), value: where },
              ]}
            />
            {succeeded(result, 'rsvp') && result?.ok && result.value === meeting ? <Alert type="ok">{t('listeners.rsvpSaved')}</Alert> : null}
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
    </Section>
  );
}

export function QuestionsSection({ questions, result }: { questions: { id: string; text: string }[]; result: ListenerLinkAnswer }) {
  const t = useT();
  const state = stateFor(result, 'question');
  return (
    <Section id="questions" title={t('listeners.questionsTitle')} intro={t('listeners.questionsIntro')}>
      {succeeded(result, 'question') ? <Alert type="ok">{t('listeners.questionSent')}</Alert> : null}
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={questions.length}>
        <input type="hidden" name="intent" value="question" />
        <SubmissionKey />
        <TextAreaField name="text" label={t('listeners.questionLabel')} description={t('listeners.questionHint')} state={state} idPrefix="question" rows={3} />
        <Button>{t('listeners.questionSend')}</Button>
      </Form>
      {questions.length > 0 ? (
        <>
          <Heading level={3}>{t('listeners.yourQuestions')}</Heading>
          <ul className="spiegel-stack" data-testid="my-questions">
            {questions.map((q) => (
              <li key={q.id} style={{ overflowWrap: 'anywhere' }}>
                {q.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

/** The listener's own check-in at the mirror meeting (S6a): on top on the day itself, at the bottom on other days. */
export function SelfCheckIn({ window, present, result }: { window: SelfCheckInWindow; present: boolean; result: ListenerLinkAnswer }) {
  const { t, locale } = useI18n();
  // Only on the meeting's day (the server refuses other days too); before and after, the page says why.
  const closed =
    window.state === 'not-yet'
      ? t('reception.selfNotYet', { date: formatDate(window.opensOn, locale) })
      : window.state === 'over'
        ? t('reception.selfOver', { date: formatDate(window.meetingOn, locale) })
        : window.state === 'no-date'
          ? t('reception.selfNoDate')
          : null;
  return (
    <section className="spiegel-card spiegel-stack" aria-labelledby="self-checkin" data-testid="self-checkin">
      <Heading level={2} id="self-checkin">
        {t('reception.selfTitle')}
      </Heading>
      {present ? (
        <Alert type="ok">{t('reception.selfDone')}</Alert>
      ) : closed ? (
        <Paragraph>{closed}</Paragraph>
      ) : (
        <>
          <FormErrorSummary state={stateFor(result, 'checkin')} />
          <Paragraph>{t('reception.selfIntro')}</Paragraph>
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="checkin" />
            <Button appearance="primary">{t('reception.selfButton')}</Button>
          </Form>
        </>
      )}
    </section>
  );
}
