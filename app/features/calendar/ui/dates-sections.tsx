// The parts of the dates page (S5): warnings, the form with the three dates, and one card per meeting.
import { Form } from 'react-router';
import { Alert, Button, type FormState, Heading, Link, Paragraph, SelectField, TextField, Section } from '#app/components/ui';
import { formatDate, type Translate, useI18n } from '#app/i18n/i18n';
import type { DateWarning } from '../domain/date-warnings';
import type { DatesView } from '../domain/dates-view';
import { FEEDBACK_FORMS, MEETING_KINDS, type MeetingKind } from '../domain/meetings';
import type { SchoolRegion } from '../domain/school-holidays-nl';
import { ConflictList } from './conflict-list';
import { feedbackFormLabel, isFeedbackForm, meetingHint, meetingInSentence, meetingLabel, regionLabel } from './labels';

/** Form field names per meeting. */
const field = { mirror: 'mirror', follow_up: 'followUp', feedback: 'feedback' } as const satisfies Record<MeetingKind, string>;

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

export function DateWarnings({ warnings }: { warnings: DateWarning[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div data-testid="date-warnings">
      <Alert type="warning">
        <strong>{t('calendar.warningsTitle')}</strong>
        <ul className="spiegel-hints">
          {warnings.map((w, i) => (
            <li key={i}>{warningText(t, w)}</li>
          ))}
        </ul>
        {t('calendar.warningsAdvice')}
      </Alert>
    </div>
  );
}

type Forms = Partial<Record<MeetingKind, string>>;

export function DatesForm({ view, forms, state }: { view: DatesView; forms: Forms; state: FormState }) {
  const { t } = useI18n();
  return (
    // Keyed on the saved values, so the fields show them as stored (e.g. 9.30 becomes 09:30).
    <Form method="post" className="spiegel-stack spiegel-noprint" key={JSON.stringify([view.dates, forms.feedback])}>
      <input type="hidden" name="intent" value="save" />
      {MEETING_KINDS.map((kind) => {
        const d = view.dates.find((m) => m.kind === kind)!;
        return (
          <fieldset key={kind} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset spiegel-card">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t(meetingLabel[kind])}</legend>
            <Paragraph>{t(meetingHint[kind])}</Paragraph>
            <TextField type="date" name={`${field[kind]}Date`} label={t('calendar.dateLabel')} defaultValue={d.date} state={state} />
            <TextField
              name={`${field[kind]}Time`}
              label={t('calendar.timeLabel')}
              description={t('calendar.timeHint')}
              defaultValue={d.startTime}
              state={state}
            />
            {kind === 'feedback' ? (
              <SelectField
                name="feedbackForm"
                label={t('calendar.formLabel')}
                defaultValue={forms.feedback}
                state={state}
                options={[{ value: '', label: t('calendar.formNone') }, ...FEEDBACK_FORMS.map((v) => ({ value: v, label: t(feedbackFormLabel[v]) }))]}
              />
            ) : null}
          </fieldset>
        );
      })}
      <Button>{t('calendar.saveDates')}</Button>
    </Form>
  );
}

export function MeetingCards({
  view,
  forms,
  region,
  canEdit,
  base,
  orgSlug,
}: {
  view: DatesView;
  forms: Forms;
  region: SchoolRegion;
  canEdit: boolean;
  base: string;
  orgSlug: string;
}) {
  const { t, locale } = useI18n();
  const when = (kind: MeetingKind) => {
    const d = view.dates.find((m) => m.kind === kind)!;
    if (!d.date) return t('calendar.notSet');
    return d.startTime ? t('calendar.whenTime', { date: formatDate(d.date, locale), time: d.startTime }) : formatDate(d.date, locale);
  };
  return (
    <Section id="per-meeting" title={t('calendar.overviewTitle')}>
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
    </Section>
  );
}
