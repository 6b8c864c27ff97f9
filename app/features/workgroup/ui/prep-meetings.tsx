import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, DataList, Heading, Paragraph, TextAreaField, TextField, type FormState } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { type FormAnswer, stateFor } from '#app/utils/forms';
import type { PrepMeeting } from '../server/list-prep-meetings.server';

function MeetingFields({ state, idPrefix, meeting }: { state: FormState; idPrefix: string; meeting?: PrepMeeting }) {
  const { t } = useI18n();
  return (
    <>
      <TextField name="heldOn" type="date" label={t('workgroup.heldOn')} state={state} idPrefix={idPrefix} defaultValue={meeting?.heldOn} required />
      <TextAreaField
        name="agenda"
        label={t('workgroup.agenda')}
        description={t('workgroup.agendaHint')}
        state={state}
        idPrefix={idPrefix}
        defaultValue={meeting?.agenda}
        required={false}
      />
      <TextAreaField
        name="decisions"
        label={t('workgroup.decisions')}
        description={t('workgroup.decisionsHint')}
        state={state}
        idPrefix={idPrefix}
        defaultValue={meeting?.decisions}
        required={false}
      />
    </>
  );
}

export function PrepMeetingList({ meetings, canEdit, result }: { meetings: PrepMeeting[]; canEdit: boolean; result: FormAnswer<unknown> | undefined }) {
  const { t, locale } = useI18n();
  if (meetings.length === 0) return <Paragraph>{t('workgroup.noMeetings')}</Paragraph>;
  return (
    <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }} data-testid="prep-meetings">
      {meetings.map((m, index) => {
        const date = formatDate(m.heldOn, locale);
        const state = stateFor(result, 'edit-meeting', m.id);
        return (
          <li key={m.id} className="spiegel-card spiegel-stack" data-testid="prep-meeting">
            <Heading level={3}>{t('workgroup.meetingHeading', { number: index + 1, date })}</Heading>
            <DataList
              items={[
                { key: t('workgroup.agenda'), value: <span style={{ whiteSpace: 'pre-line' }}>{m.agenda || t('common.none')}</span> },
                { key: t('workgroup.decisions'), value: <span style={{ whiteSpace: 'pre-line' }}>{m.decisions || t('common.none')}</span> },
              ]}
            />
            {canEdit ? (
              <>
                {/* <details> opens without JavaScript; it starts open when this meeting's change was refused. */}
                <details open={state ? true : undefined}>
                  <summary className="utrecht-link">{t('workgroup.editMeeting', { date })}</summary>
                  <Form method="post" className="spiegel-stack" noValidate>
                    <input type="hidden" name="intent" value="edit-meeting" />
                    <input type="hidden" name="meetingId" value={m.id} />
                    <input type="hidden" name="target" value={m.id} />
                    <MeetingFields state={state} idPrefix={`m-${m.id}`} meeting={m} />
                    <Button>{t('workgroup.saveMeeting')}</Button>
                  </Form>
                </details>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-meeting" />
                  <input type="hidden" name="meetingId" value={m.id} />
                  <Button appearance="secondary">{t('workgroup.removeMeeting', { date })}</Button>
                </Form>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function AddPrepMeetingForm({ state, resetKey }: { state: FormState; resetKey: number }) {
  const { t } = useI18n();
  return (
    // A new key after each added meeting empties the form again.
    <Form method="post" className="spiegel-stack spiegel-card" key={resetKey} aria-labelledby="add-meeting" noValidate>
      <Heading level={3} id="add-meeting">
        {t('workgroup.addMeetingTitle')}
      </Heading>
      <input type="hidden" name="intent" value="add-meeting" />
      <SubmissionKey />
      <MeetingFields state={state} idPrefix="new-meeting" />
      <Button>{t('workgroup.addMeeting')}</Button>
    </Form>
  );
}
