// The four parts of the theme page (S4): theme, participant profile, targets and listener plan.
import { Form } from 'react-router';
import {
  Alert,
  Button,
  DataList,
  FormErrorSummary,
  type FormState,
  Heading,
  Paragraph,
  RadioGroup,
  TextAreaField,
  TextField,
  Section,
} from '#app/components/ui';
import type { ParticipantProfile } from '#app/db/schema';
import { useT } from '#app/i18n/i18n';
import type { ListenerCoverageAdvice, ListenerPlanRow } from '../domain/listener-plan';
import type { TargetAdvice, Targets } from '../domain/target-advice';
import { THEME_EXAMPLES } from '../domain/theme-examples';
import { ListenerPlanTable } from './listener-plan-table';

type FormProps = { canEdit: boolean; state: FormState; saved: boolean };

export function ThemeSection({ theme, example, canEdit, state, saved }: FormProps & { theme: string; example: (typeof THEME_EXAMPLES)[number] | undefined }) {
  const t = useT();
  return (
    <Section id="theme-title" title={t('theme.themeTitle')}>
      {canEdit ? (
        <>
          {saved ? <Alert type="ok">{t('theme.themeSaved')}</Alert> : null}
          {example ? <Alert type="info">{t('theme.exampleFilled')}</Alert> : null}
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack">
            <input type="hidden" name="intent" value="theme" />
            {/* A new key when an example is chosen, so the field shows it (also after a full page load). */}
            <TextAreaField
              key={example ?? 'saved'}
              name="theme"
              rows={3}
              label={t('theme.themeLabel')}
              description={t('theme.themeHint')}
              state={state}
              defaultValue={example ? t(`theme.example_${example}`) : theme}
            />
            <Button>{t('theme.saveTheme')}</Button>
          </Form>
          <Form method="post" className="spiegel-stack" aria-labelledby="theme-examples">
            <Heading level={3} id="theme-examples">
              {t('theme.examplesTitle')}
            </Heading>
            <Paragraph>{t('theme.examplesIntro')}</Paragraph>
            <input type="hidden" name="intent" value="example" />
            <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
              {THEME_EXAMPLES.map((key) => (
                <li key={key}>
                  <Button appearance="secondary" name="example" value={key} style={{ textAlign: 'start' }}>
                    {t(`theme.example_${key}`)}
                  </Button>
                </li>
              ))}
            </ul>
          </Form>
        </>
      ) : (
        <Paragraph>{theme || t('theme.noTheme')}</Paragraph>
      )}
    </Section>
  );
}

export function ProfileSection({ profile, canEdit, state, saved }: FormProps & { profile: ParticipantProfile }) {
  const t = useT();
  const neighbourhoodLabel = profile.sameNeighbourhood ? t(`theme.neighbourhood_${profile.sameNeighbourhood}`) : t('theme.neighbourhood_open');
  return (
    <Section id="profile-title" title={t('theme.profileTitle')} intro={t('theme.profileHint')}>
      {canEdit ? (
        <>
          {saved ? <Alert type="ok">{t('theme.profileSaved')}</Alert> : null}
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack">
            <input type="hidden" name="intent" value="profile" />
            <TextField name="childAges" label={t('theme.childAges')} description={t('theme.childAgesHint')} state={state} defaultValue={profile.childAges} />
            <RadioGroup
              name="sameNeighbourhood"
              label={t('theme.sameNeighbourhood')}
              state={state}
              defaultValue={profile.sameNeighbourhood}
              options={[
                { value: 'same', label: t('theme.neighbourhood_same') },
                { value: 'mixed', label: t('theme.neighbourhood_mixed') },
                { value: '', label: t('theme.neighbourhood_open') },
              ]}
            />
            <TextField name="phase" label={t('theme.phase')} description={t('theme.phaseHint')} state={state} defaultValue={profile.phase} />
            <TextField name="education" label={t('theme.education')} description={t('theme.educationHint')} state={state} defaultValue={profile.education} />
            <TextField name="languages" label={t('theme.languages')} description={t('theme.languagesHint')} state={state} defaultValue={profile.languages} />
            <TextAreaField name="other" label={t('theme.other')} state={state} defaultValue={profile.other} required={false} />
            <Button>{t('theme.saveProfile')}</Button>
          </Form>
        </>
      ) : (
        <DataList
          items={[
            { key: t('theme.childAges'), value: profile.childAges || t('common.none') },
            { key: t('theme.sameNeighbourhood'), value: neighbourhoodLabel },
            { key: t('theme.phase'), value: profile.phase || t('common.none') },
            { key: t('theme.education'), value: profile.education || t('common.none') },
            { key: t('theme.languages'), value: profile.languages || t('common.none') },
            { key: t('theme.other'), value: profile.other || t('common.none') },
          ]}
        />
      )}
    </Section>
  );
}

export function TargetsSection({
  targets,
  range,
  targetAdvice,
  canEdit,
  state,
  saved,
}: FormProps & { targets: Targets; range: { min: number; max: number }; targetAdvice: TargetAdvice[] }) {
  const t = useT();
  const targetLabels = [
    ['participantTargetMin', t('theme.participantMin')],
    ['participantTargetMax', t('theme.participantMax')],
    ['mirrorListenerTarget', t('theme.mirrorListeners')],
    ['followUpListenerTarget', t('theme.followUpListeners')],
  ] as const;
  return (
    <Section id="targets-title" title={t('theme.targetsTitle')} intro={t('theme.targetsIntro', range)}>
      {canEdit ? (
        <>
          {saved ? <Alert type="ok">{t('theme.targetsSaved')}</Alert> : null}
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="targets" />
            {targetLabels.map(([name, label]) => (
              <TextField key={name} name={name} label={label} inputMode="numeric" state={state} defaultValue={targets[name]} required />
            ))}
            <Button>{t('theme.saveTargets')}</Button>
          </Form>
        </>
      ) : (
        <DataList items={targetLabels.map(([name, label]) => ({ key: label, value: targets[name] }))} />
      )}
      {targetAdvice.length > 0 ? (
        <Alert type="warning">
          <ul className="spiegel-stack" data-testid="target-advice">
            {targetAdvice.map((a) => (
              <li key={a}>{t(`theme.targetAdvice_${a}`, range)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Section>
  );
}

export function PlanSection({
  plan,
  plannedTotal,
  coverageAdvice,
  targets,
  canEdit,
  state,
  saved,
}: FormProps & { plan: ListenerPlanRow[]; plannedTotal: number; coverageAdvice: ListenerCoverageAdvice[]; targets: Targets }) {
  const t = useT();
  return (
    <Section id="plan-title" title={t('theme.planTitle')} intro={t('theme.planIntro')}>
      <Paragraph>
        <strong data-testid="plan-total">{t('theme.planTotal', { total: plannedTotal, target: targets.mirrorListenerTarget })}</strong>
      </Paragraph>
      {coverageAdvice.length > 0 ? (
        <Alert type="warning">
          <ul className="spiegel-stack" data-testid="coverage-advice">
            {coverageAdvice.map((a) => (
              <li key={a}>{t(`theme.coverage_${a}`)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {canEdit ? (
        <>
          {saved ? <Alert type="ok">{t('theme.planSaved')}</Alert> : null}
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="plan" />
            <ListenerPlanTable plan={plan} state={state} editable />
            <Button>{t('theme.savePlan')}</Button>
          </Form>
        </>
      ) : (
        <ListenerPlanTable plan={plan} editable={false} />
      )}
    </Section>
  );
}
