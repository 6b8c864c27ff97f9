import { useActionData, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { Alert, FormErrorSummary, Page } from '#app/components/ui';
import { datesView } from '#app/features/calendar/domain/dates-view';
import type { MeetingKind } from '#app/features/calendar/domain/meetings';
import { ZDatesAction } from '#app/features/calendar/forms';
import { getHolidayCalendar } from '#app/features/calendar/server/get-holiday-calendar.server';
import { listMeetings } from '#app/features/calendar/server/list-meetings.server';
import { saveMeetingDates } from '#app/features/calendar/server/save-meeting-dates.server';
import { sendMeetingInvitation } from '#app/features/calendar/server/send-meeting-invitation.server';
import calendarCss from '#app/features/calendar/ui/calendar.css?url';
import { DatesForm, DateWarnings, MeetingCards } from '#app/features/calendar/ui/dates-sections';
import { meetingInSentence } from '#app/features/calendar/ui/labels';
import { MonthView } from '#app/features/calendar/ui/month-view';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { isLocale, todayInAmsterdam, useT } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-dates';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: calendarCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  const [rows, calendar] = await Promise.all([listMeetings(scope), getHolidayCalendar(scope)]);
  const view = datesView({ meetings: rows, schoolHolidays: calendar.schoolHolidays, region: calendar.region, today: todayInAmsterdam() });
  return {
    view,
    forms: Object.fromEntries(rows.map((r) => [r.kind, r.form])) as Partial<Record<MeetingKind, string>>,
    region: calendar.region,
    canEdit: can(scope, 'trajectory.edit'),
    base: `/o/${org.slug}/t/${trajectory.id}`,
    orgSlug: org.slug,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZDatesAction, async (input) => {
    if (input.intent === 'invite') {
      const locale = isLocale(user.locale) ? user.locale : 'nl';
      return { kind: input.kind, sent: await sendMeetingInvitation({ ...scope, kind: input.kind, locale, senderName: user.name || user.email }) };
    }
    await saveMeetingDates({
      ...scope,
      dates: [
        { kind: 'mirror', date: input.mirrorDate || null, startTime: input.mirrorTime },
        { kind: 'follow_up', date: input.followUpDate || null, startTime: input.followUpTime },
        { kind: 'feedback', date: input.feedbackDate || null, startTime: input.feedbackTime, form: input.feedbackForm },
      ],
    });
  });
}

export default function StepDates() {
  const { view, forms, region, canEdit, base, orgSlug } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const invited = result?.ok && result.intent === 'invite' ? result.value : undefined;
  const inviteProblem = stateFor(result, 'invite')?.errors._form;
  const saveState = stateFor(result, 'save');
  return (
    <Page title={t('calendar.title')} intro={t('calendar.intro')}>
      {canEdit ? null : <Alert type="info">{t('calendar.readOnly')}</Alert>}
      {succeeded(result, 'save') ? <Alert type="ok">{t('calendar.saved')}</Alert> : null}
      {invited ? <Alert type="ok">{t('calendar.inviteSent', { count: invited.sent, meeting: meetingInSentence(t, invited.kind) })}</Alert> : null}
      {inviteProblem ? <Alert type="error">{t(inviteProblem)}</Alert> : null}
      <FormErrorSummary state={saveState} />
      <DateWarnings warnings={view.warnings} />
      {canEdit ? <DatesForm view={view} forms={forms} state={saveState} /> : null}
      <MeetingCards view={view} forms={forms} region={region} canEdit={canEdit} base={base} orgSlug={orgSlug} />
      <MonthView months={view.months} marks={view.marks} dates={view.dates} />
    </Page>
  );
}
