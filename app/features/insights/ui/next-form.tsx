// "Start een volgend traject": first choose the earlier trajectory (a GET form), then what to carry over.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, CheckboxField, type FormState, FormErrorSummary, Paragraph, SelectField, TextAreaField, TextField } from '#app/components/ui';
import type { Team } from '#app/features/organisations/server/list-teams.server';
import { useI18n } from '#app/i18n/i18n';
import type { CarryOver } from '../domain/next-trajectory';
import { Fieldset } from './fieldset';
import { teamOptions } from './labels';
import { statusLabel } from '#app/features/actions/ui/status';

export function ChooseEarlier({ choices, from }: { choices: { id: string; title: string }[]; from: string }) {
  const { t } = useI18n();
  if (choices.length === 0) return <Paragraph>{t('insights.nextNoChoices')}</Paragraph>;
  return (
    <Form method="get" className="spiegel-inline">
      <SelectField name="from" label={t('insights.nextFrom')} defaultValue={from} options={choices.map((c) => ({ value: c.id, label: c.title }))} />
      <Button appearance="secondary">{t('insights.nextFromButton')}</Button>
    </Form>
  );
}

export function CarryOverForm({ carry, teams, state }: { carry: CarryOver; teams: Team[]; state: FormState }) {
  const { t } = useI18n();
  const ticked = state ? { values: state.values } : undefined;
  return (
    <>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack">
        <input type="hidden" name="from" value={carry.previous.id} />
        <SubmissionKey />
        <Fieldset legend={t('insights.nextThemes')}>
          {carry.themes.length === 0 ? <Paragraph>{t('insights.nextThemesNone')}</Paragraph> : null}
          {carry.themes.map((theme, i) => (
            <CheckboxField key={theme} idPrefix={`theme-${i}`} name="themes" value={theme} label={theme} state={ticked} />
          ))}
        </Fieldset>
        <Fieldset legend={t('insights.nextActions')}>
          {carry.actions.length === 0 ? <Paragraph>{t('insights.nextActionsNone')}</Paragraph> : null}
          {carry.actions.map((action) => (
            <CheckboxField
              key={action.id}
              idPrefix={action.id}
              name="actionIds"
              value={action.id}
              label={t('insights.nextActionLabel', { title: action.title, status: t(statusLabel[action.status]) })}
              state={ticked}
            />
          ))}
        </Fieldset>
        <TextField name="title" label={t('insights.nextFieldTitle')} state={state} />
        <TextAreaField
          name="theme"
          label={t('insights.nextFieldTheme')}
          description={t('insights.nextFieldThemeHint')}
          state={state}
          required={false}
          rows={3}
        />
        {teams.length > 0 ? (
          <SelectField
            name="teamId"
            label={t('insights.nextFieldTeam')}
            state={state}
            required={false}
            defaultValue={carry.previous.teamId ?? ''}
            options={teamOptions(t, teams, t('insights.noTeam'))}
          />
        ) : null}
        <Button>{t('insights.nextCreate')}</Button>
      </Form>
    </>
  );
}
