import { Form, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, CheckboxField, DataList, FormErrorSummary, Heading, Paragraph, TextAreaField, TextField, Page } from '#app/components/ui';
import { ZLocationAction } from '#app/features/program/forms';
import { getLocationPage } from '#app/features/program/server/get-location-page.server';
import { saveLocation } from '#app/features/program/server/save-location.server';
import { ReadinessSummary } from '#app/features/program/ui/readiness';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useI18n } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/step-location';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  return getLocationPage(scope);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZLocationAction, async (input) => {
    await saveLocation({ ...scope, ...input });
    return input.kind;
  });
}

export default function StepLocation() {
  const { canEdit, meetings } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t } = useI18n();
  const failure = stateFor(state, 'location');
  const saved = state?.ok ? state.value : undefined;
  return (
    <Page title={t('program.locationTitle')} intro={t('program.locationIntro')}>
      {canEdit ? null : <Alert type="info">{t('program.locationReadOnly')}</Alert>}
      {meetings.map((m) => {
        const meetingName = t(`program.meeting_${m.kind}`);
        const headingId = `location-${m.kind}-title`;
        const formState = failure && failure.values.kind === m.kind ? failure : undefined;
        return (
          <section key={m.kind} aria-labelledby={headingId} className="spiegel-stack spiegel-card" data-testid={`location-${m.kind}`}>
            <Heading level={2} id={headingId}>
              {meetingName}
            </Heading>
            {m.kind === 'follow_up' ? <Paragraph>{t('program.followUpNote')}</Paragraph> : null}
            {m.kind === 'feedback' ? <Paragraph>{t('program.feedbackNote')}</Paragraph> : null}
            <ReadinessSummary readiness={m.readiness} testId={`readiness-${m.kind}`} />
            {saved === m.kind ? (
              <Alert type="ok">
                {t('program.locationSaved', {
                  meeting: meetingName.toLowerCase(),
                })}
              </Alert>
            ) : null}
            {canEdit ? (
              <Form method="post" className="spiegel-stack" noValidate>
                <FormErrorSummary state={formState} />
                <input type="hidden" name="intent" value="location" />
                <input type="hidden" name="kind" value={m.kind} />
                <TextField idPrefix={m.kind} name="venueName" label={t('program.venueName')} defaultValue={m.venueName} state={formState} required={false} />
                <TextAreaField
                  idPrefix={m.kind}
                  name="venueAddress"
                  rows={2}
                  label={t('program.venueAddress')}
                  defaultValue={m.venueAddress}
                  state={formState}
                  required={false}
                />
                <TextAreaField
                  idPrefix={m.kind}
                  name="accessibility"
                  rows={2}
                  label={t('program.accessibility')}
                  description={t('program.accessibilityHint')}
                  defaultValue={m.accessibility}
                  state={formState}
                  required={false}
                />
                <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                  <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('program.checklistLegend')}</legend>
                  {m.items.map((item) => (
                    <CheckboxField
                      key={item}
                      idPrefix={`${m.kind}-${item}`}
                      name="checklist"
                      value={item}
                      label={t(`program.item_${item}`)}
                      description={t(`program.why_${item}`)}
                      defaultChecked={m.checklist[item] === true}
                      state={formState}
                    />
                  ))}
                </fieldset>
                <TextAreaField idPrefix={m.kind} name="notes" rows={3} label={t('program.notes')} defaultValue={m.notes} state={formState} required={false} />
                <Button>{t('program.saveLocation')}</Button>
              </Form>
            ) : (
              <DataList
                items={[
                  {
                    key: t('program.venueName'),
                    value: m.venueName || t('program.noVenue'),
                  },
                  {
                    key: t('program.venueAddress'),
                    value: m.venueAddress || t('common.none'),
                  },
                  {
                    key: t('program.accessibility'),
                    value: m.accessibility || t('common.none'),
                  },
                  {
                    key: t('program.notes'),
                    value: m.notes || t('common.none'),
                  },
                ]}
              />
            )}
          </section>
        );
      })}
    </Page>
  );
}
