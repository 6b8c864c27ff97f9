import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, FormErrorSummary, Heading, Link, Paragraph, SelectField, TextField } from '#app/components/ui';
import type { DateWarning } from '#app/features/calendar/domain/date-warnings';
import { datesView } from '#app/features/calendar/domain/dates-view';
import { isDay } from '#app/features/calendar/domain/days';
import { FEEDBACK_FORMS, MEETING_KINDS, type MeetingKind, normaliseTime } from '#app/features/calendar/domain/meetings';
import { getHolidayCalendar } from '#app/features/calendar/server/get-holiday-calendar.server';
import { listMeetings } from '#app/features/calendar/server/list-meetings.server';
import { saveMeetingDates } from '#app/features/calendar/server/save-meeting-dates.server';
import { sendMeetingInvitation } from '#app/features/calendar/server/send-meeting-invitation.server';
import { ConflictList } from '#app/features/calendar/ui/conflict-list';
import { feedbackFormLabel, isFeedbackForm, meetingHint, meetingInSentence, meetingLabel, regionLabel } from '#app/features/calendar/ui/labels';
import { MonthView } from '#app/features/calendar/ui/month-view';
import calendarCss from '#app/features/calendar/ui/calendar.css?url';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, isLocale, type Translate, todayInAmsterdam, useI18n } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-dates';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: calendarCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  const [rows, calendar] = await Promise.all([listMeetings(scope), getHolidayCalendar(scope)]);
  const view = datesView({ meetings: rows, schoolHolidays: calendar.schoolHolidays, region: calendar.region, today: todayInAmsterdam() });
  return {
    view,
    forms: Object.fromEntries(rows.map((r) => [r.kind, r.form])) as Partial<Record<MeetingKind, string>>,
    region: calendar.region,
    canEdit: ctx.access.canEdit,
    base: `/o/${ctx.org.slug}/t/${ctx.trajectory.id}`,
    orgSlug: ctx.org.slug,
  };
}

/** Form field names per meeting. */
const field = { mirror: 'mirror', follow_up: 'followUp', feedback: 'feedback' } as const satisfies Record<MeetingKind, string>;

const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === '' || isDay(v), 'validation.date');
const optionalTime = z
  .string()
  .trim()
  .refine((v) => v === '' || normaliseTime(v) !== null, 'calendar.timeInvalid')
  .transform((v) => (v === '' ? '' : normaliseTime(v)!));

const ZAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('save'),
    mirrorDate: optionalDay,
    mirrorTime: optionalTime,
    followUpDate: optionalDay,
    followUpTime: optionalTime,
    feedbackDate: optionalDay,
    feedbackTime: optionalTime,
    feedbackForm: z.union([z.literal(''), f.choice(FEEDBACK_FORMS)], { error: 'validation.choose' }),
  }),
  z.object({ intent: z.literal('invite'), kind: f.choice(MEETING_KINDS) }),
]);

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  if (input.intent === 'save') {
    await saveMeetingDates({
      ...scope,
      dates: [
        { kind: 'mirror', date: input.mirrorDate || null, startTime: input.mirrorTime },
        { kind: 'follow_up', date: input.followUpDate || null, startTime: input.followUpTime },
        { kind: 'feedback', date: input.feedbackDate || null, startTime: input.feedbackTime, form: input.feedbackForm },
      ],
    });
    return { ok: true as const, saved: 'dates' as const };
  }
  const meeting = (await listMeetings(scope)).find((m) => m.kind === input.kind);
  if (!meeting?.date) return data({ ok: false as const, kind: input.kind, problem: 'calendar.inviteNoDate' as const }, { status: 400 });
  const sent = await sendMeetingInvitation({
    ...scope,
    kind: input.kind,
    locale: isLocale(ctx.user.locale) ? ctx.user.locale : 'nl',
    senderName: ctx.user.name || ctx.user.email,
  });
  if (sent === 0) return data({ ok: false as const, kind: input.kind, problem: 'calendar.inviteNobody' as const }, { status: 400 });
  return { ok: true as const, saved: 'invite' as const, kind: input.kind, sent };
}

function warningText(t: Translate, warning: DateWarning): string {
  switch (warning.kind) {
    case 'followUpBeforeMirror':
      return t('calendar.warnFollowUpBeforeMirror');
    case 'followUpTooLate':
      return t('calendar.warnFollowUpTooLate', { days: warning.days });
    case 'feedbackBeforeFollowUp':
      return t('calendar.warnFeedbackBeforeFollowUp');
    case 'inPast':
      return t('calendar.warnInPast', { meeting: t(meetingLabel[warning.meeting]) });
  }
}

export default function StepDates() {
  const { view, forms, region, canEdit, base, orgSlug } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failure = state && 'errors' in state ? state : undefined;
  const when = (kind: MeetingKind) => {
    const d = view.dates.find((m) => m.kind === kind)!;
    if (!d.date) return t('calendar.notSet');
    return d.startTime ? t('calendar.whenTime', { date: formatDate(d.date, locale), time: d.startTime }) : formatDate(d.date, locale);
  };
  return (
    <div className="spiegel-page">
      <title>{`${t('calendar.title')} · Spiegel`}</title>
      <Heading level={1}>{t('calendar.title')}</Heading>
      <Paragraph lead>{t('calendar.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('calendar.readOnly')}</Alert>}
      {state && 'saved' in state && state.saved === 'dates' ? <Alert type="ok">{t('calendar.saved')}</Alert> : null}
      {state && 'saved' in state && state.saved === 'invite' ? (
        <Alert type="ok">{t('calendar.inviteSent', { count: state.sent, meeting: meetingInSentence(t, state.kind) })}</Alert>
      ) : null}
      {state && 'problem' in state ? <Alert type="error">{t(state.problem)}</Alert> : null}
      <FormErrorSummary state={failure} />

      {view.warnings.length > 0 ? (
        <div data-testid="date-warnings">
          <Alert type="warning">
            <strong>{t('calendar.warningsTitle')}</strong>
            <ul className="spiegel-hints">
              {view.warnings.map((w, i) => (
                <li key={i}>{warningText(t, w)}</li>
              ))}
            </ul>
            {t('calendar.warningsAdvice')}
          </Alert>
        </div>
      ) : null}

      {canEdit ? (
        // Keyed on the saved values, so the fields show them as stored (e.g. 9.30 becomes 09:30).
        <Form method="post" className="spiegel-stack spiegel-noprint" key={JSON.stringify([view.dates, forms.feedback])}>
          <input type="hidden" name="intent" value="save" />
          {MEETING_KINDS.map((kind) => {
            const d = view.dates.find((m) => m.kind === kind)!;
            return (
              <fieldset key={kind} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset spiegel-card">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t(meetingLabel[kind])}</legend>
                <Paragraph>{t(meetingHint[kind])}</Paragraph>
                <TextField type="date" name={`${field[kind]}Date`} label={t('calendar.dateLabel')} defaultValue={d.date} state={failure} />
                <TextField
                  name={`${field[kind]}Time`}
                  label={t('calendar.timeLabel')}
                  description={t('calendar.timeHint')}
                  defaultValue={d.startTime}
                  state={failure}
                />
                {kind === 'feedback' ? (
                  <SelectField
                    name="feedbackForm"
                    label={t('calendar.formLabel')}
                    defaultValue={forms.feedback}
                    state={failure}
                    options={[{ value: '', label: t('calendar.formNone') }, ...FEEDBACK_FORMS.map((v) => ({ value: v, label: t(feedbackFormLabel[v]) }))]}
                  />
                ) : null}
              </fieldset>
            );
          })}
          <Button>{t('calendar.saveDates')}</Button>
        </Form>
      ) : null}

      <section aria-labelledby="per-meeting" className="spiegel-stack">
        <Heading level={2} id="per-meeting">
          {t('calendar.overviewTitle')}
        </Heading>
        <Paragraph>
          {t('calendar.conflictsIntro', { region: t(regionLabel[region]) })} <Link to={`/o/${orgSlug}/holidays`}>{t('calendar.holidaysLink')}</Link>
        </Paragraph>
        {MEETING_KINDS.map((kind) => {
          const d = view.dates.find((m) => m.kind === kind)!;
          const form = forms[kind];
          return (
            <article key={kind} className="spiegel-card spiegel-stack" data-testid={`meeting-${kind}`} aria-labelledby={`meeting-${kind}`}>
              <Heading level={3} id={`meeting-${kind}`}>
                {t(meetingLabel[kind])}
              </Heading>
              <Paragraph>
                <strong>{when(kind)}</strong>
                {kind === 'feedback' && form && isFeedbackForm(form) ? (
                  <>
                    <br />
                    {t('calendar.feedbackFormValue', { form: t(feedbackFormLabel[form]) })}
                  </>
                ) : null}
              </Paragraph>
              {d.date ? (
                <>
                  <ConflictList conflicts={view.conflicts[kind]} label={t('calendar.conflictsLabel', { meeting: meetingInSentence(t, kind) })} />
                  <Paragraph>
                    <a className="utrecht-link utrecht-link--html-a" href={`${base}/dates/${kind.replace('_', '-')}/ics`} download>
                      {t('calendar.downloadIcs', { meeting: meetingInSentence(t, kind) })}
                    </a>
                  </Paragraph>
                  {canEdit ? (
                    <Form method="post" className="spiegel-noprint">
                      <input type="hidden" name="intent" value="invite" />
                      <input type="hidden" name="kind" value={kind} />
                      <Paragraph>{t('calendar.inviteHint')}</Paragraph>
                      <Button appearance="secondary">{t('calendar.inviteButton')}</Button>
                    </Form>
                  ) : null}
                </>
              ) : null}
            </article>
          );
        })}
      </section>

      <MonthView months={view.months} marks={view.marks} dates={view.dates} />
    </div>
  );
}
