// Starting an organisation-wide reflection session: a name and the trajectories, grouped per team.
import { Form } from 'react-router';
import { Button, CheckboxField, type FormState, FormErrorSummary, Paragraph, TextField } from '#app/components/ui';
import { teamKindLabel } from '#app/features/trajectory/ui/labels';
import { useI18n } from '#app/i18n/i18n';
import type { TeamGroup } from '../domain/reflection';

const fieldset = 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset';
const legend = 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend';

export function ReflectionForm({ groups, state, defaultTitle }: { groups: TeamGroup[]; state: FormState; defaultTitle: string }) {
  const { t } = useI18n();
  const error = state?.errors?.trajectoryIds;
  // The checkboxes keep what was ticked; the one message for the choice is shown once, above them.
  const ticked = state ? { values: state.values } : undefined;
  return (
    <>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack">
        <TextField name="title" label={t('insights.reflectionFieldTitle')} defaultValue={defaultTitle} state={state} />
        <fieldset className={`${fieldset}${error ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={error ? 'choose-error' : 'choose-hint'}>
          <legend className={legend}>{t('insights.reflectionChoose')}</legend>
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
              <fieldset key={group.team?.id ?? ''} className={fieldset} data-testid="reflection-team">
                <legend className={legend}>
                  {group.team ? t('trajectory.teamOption', { name: group.team.name, kind: t(teamKindLabel[group.team.kind]) }) : t('insights.reflectionNoTeam')}
                </legend>
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
              </fieldset>
            ))}
          </div>
        </fieldset>
        <Button>{t('insights.reflectionCreate')}</Button>
      </Form>
    </>
  );
}

export function NoReflectionChoices() {
  const { t } = useI18n();
  return <Paragraph>{t('insights.reflectionNone')}</Paragraph>;
}
