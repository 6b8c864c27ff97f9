// Starting an organisation-wide reflection session: a name and the trajectories, grouped per team.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, CheckboxField, type FormState, FormErrorSummary, Paragraph, TextField } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import type { TeamGroup } from '../domain/reflection';
import { Fieldset } from './fieldset';
import { teamLabel } from './labels';

export function ReflectionForm({ groups, state, defaultTitle }: { groups: TeamGroup[]; state: FormState; defaultTitle: string }) {
  const { t } = useI18n();
  const error = state?.errors?.trajectoryIds;
  // The checkboxes keep what was ticked; the one message for the choice is shown once, above them.
  const ticked = state ? { values: state.values } : undefined;
  return (
    <>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack">
        <SubmissionKey />
        <TextField name="title" label={t('insights.reflectionFieldTitle')} defaultValue={defaultTitle} state={state} />
        <Fieldset legend={t('insights.reflectionChoose')} invalid={!!error} describedBy={error ? 'choose-error' : 'choose-hint'}>
          <div className="utrecht-form-field-description" id="choose-hint">
            {t('insights.reflectionChooseHint')}
          </div>
          {error ? (
            <div className="utrecht-form-field-error-message" id="choose-error">
              {t(error)}
            </div>
          ) : null}
          <div className="insights-groups">
            {groups.map((group) => (
              <Fieldset key={group.team?.id ?? ''} legend={group.team ? teamLabel(t, group.team) : t('insights.reflectionNoTeam')} testId="reflection-team">
                {group.trajectories.map((choice) => (
                  <CheckboxField
                    key={choice.id}
                    idPrefix={choice.id}
                    name="trajectoryIds"
                    value={choice.id}
                    label={t('insights.reflectionOption', { title: choice.title, count: choice.insights })}
                    state={ticked}
                  />
                ))}
              </Fieldset>
            ))}
          </div>
        </Fieldset>
        <Button>{t('insights.reflectionCreate')}</Button>
      </Form>
    </>
  );
}

export function NoReflectionChoices() {
  const { t } = useI18n();
  return <Paragraph>{t('insights.reflectionNone')}</Paragraph>;
}
