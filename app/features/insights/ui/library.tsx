// The parts of "Wat we leerden": the filter form (a GET form, works without JavaScript), the groups
// of insights under their shared theme, and the forms that file insights under themes.
import { Form, useLocation } from 'react-router';
import { Alert, Button, DataList, FormErrorSummary, Heading, Link, Paragraph, SelectField, StatusBadge, TextField, Section } from '#app/components/ui';
import type { Team } from '#app/features/organisations/server/list-teams.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { isOverdue } from '../domain/dashboard';
import { ACTION_STATUSES, type Insight, type InsightGroup, type LibraryFilters, NO_ACTION, UNASSIGNED } from '../domain/library';
import { teamLabel, teamOptions } from './labels';
import { statusLabel, statusTone } from '#app/features/actions/ui/status';

type Answer = FormAnswer<{ assigned: number } | null> | undefined;

export function LibraryFilterForm({
  slug,
  filters,
  themes,
  teams,
  shown,
}: {
  slug: string;
  filters: LibraryFilters;
  themes: string[];
  teams: Team[];
  shown: number;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Section id="filter-title" title={t('insights.filterTitle')}>
      {/* Keyed on the query, so "clear filters" also resets what the fields show. */}
      <Form method="get" className="spiegel-inline" key={location.search}>
        <SelectField
          name="theme"
          label={t('insights.filterTheme')}
          defaultValue={filters.theme}
          options={[
            { value: '', label: t('insights.filterThemeAll') },
            ...themes.map((theme) => ({ value: theme, label: theme })),
            { value: UNASSIGNED, label: t('insights.unassigned') },
          ]}
        />
        {teams.length > 0 ? (
          <SelectField name="team" label={t('insights.filterTeam')} defaultValue={filters.team} options={teamOptions(t, teams, t('insights.filterTeamAll'))} />
        ) : null}
        <TextField type="date" name="from" label={t('insights.filterFrom')} defaultValue={filters.from} required={false} />
        <TextField type="date" name="to" label={t('insights.filterTo')} defaultValue={filters.to} required={false} />
        <SelectField
          name="status"
          label={t('insights.filterStatus')}
          defaultValue={filters.status}
          options={[
            { value: '', label: t('insights.filterStatusAll') },
            ...ACTION_STATUSES.map((status) => ({ value: status, label: t(statusLabel[status]) })),
            { value: NO_ACTION, label: t('insights.statusNone') },
          ]}
        />
        <Button appearance="secondary">{t('insights.filterApply')}</Button>
      </Form>
      <Paragraph>{t('insights.filterDateHint')}</Paragraph>
      {filtered ? (
        <Paragraph>
          <span role="status">{t('insights.resultCount', { count: shown })}</span> <Link to={`/o/${slug}/insights`}>{t('insights.filterClear')}</Link>
        </Paragraph>
      ) : null}
    </Section>
  );
}

/** Filing insights under shared themes with the theme engine: for admins and coordinators. */
export function SharedThemesPanel({ unassigned, result }: { unassigned: number; result: Answer }) {
  const { t } = useI18n();
  const state = stateFor(result, 'match');
  return (
    <Section id="themes-title" title={t('insights.themesTitle')} intro={t('insights.themesIntro')}>
      {succeeded(result, 'match') && result?.ok && result.value ? <Alert type="ok">{t('insights.matched', { assigned: result.value.assigned })}</Alert> : null}
      <FormErrorSummary state={state} />
      <Paragraph>{t('insights.themesUnassigned', { count: unassigned })}</Paragraph>
      {unassigned > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="match" />
          <Button appearance="secondary">{t('insights.matchButton')}</Button>
        </Form>
      ) : null}
    </Section>
  );
}

export function InsightGroups({
  slug,
  today,
  groups,
  canEditThemes,
  result,
}: {
  slug: string;
  /** YYYY-MM-DD in Amsterdam, for "Te laat". */
  today: string;
  groups: InsightGroup[];
  canEditThemes: boolean;
  result: Answer;
}) {
  const { t } = useI18n();
  return groups.map((group, i) => {
    const title = group.theme || t('insights.unassigned');
    return (
      <Section key={group.theme || UNASSIGNED} id={`theme-${i}`} title={title} intro={t('insights.groupCount', { count: group.insights.length })}>
        <ul className="insights-list spiegel-stack" aria-label={t('insights.insightsOfTheme', { theme: title })}>
          {group.insights.map((insight) => (
            <li key={insight.id} className="spiegel-card spiegel-stack" data-testid="insight">
              <InsightCard slug={slug} today={today} insight={insight} canEditThemes={canEditThemes} result={result} />
            </li>
          ))}
        </ul>
      </Section>
    );
  });
}

function InsightCard({
  slug,
  today,
  insight,
  canEditThemes,
  result,
}: {
  slug: string;
  today: string;
  insight: Insight;
  canEditThemes: boolean;
  result: Answer;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <Heading level={3}>{insight.text ?? t('insights.hiddenText')}</Heading>
      <DataList
        items={[
          {
            key: t('insights.fieldTrajectory'),
            value: (
              <>
                <Link to={`/o/${slug}/t/${insight.trajectory.id}`}>{insight.trajectory.title}</Link>
                {insight.trajectory.kind === 'reflection' ? <> ({t('insights.reflectionLabel')})</> : null}
              </>
            ),
          },
          {
            key: t('insights.fieldTeam'),
            value: teamLabel(t, insight.team),
          },
          { key: t('insights.fieldDate'), value: formatDate(insight.date, locale) },
          ...(insight.themeName ? [{ key: t('insights.fieldOwnTheme'), value: insight.themeName }] : []),
        ]}
      />
      {insight.quote ? (
        <figure className="spiegel-stack">
          <figcaption>{t('insights.quoteLabel')}</figcaption>
          <blockquote className="insights-quote">
            <p className="utrecht-paragraph">“{insight.quote}”</p>
          </blockquote>
        </figure>
      ) : (
        <Paragraph>{t('insights.noQuote')}</Paragraph>
      )}
      <Heading level={4}>{t('insights.actionsTitle')}</Heading>
      {insight.actions.length === 0 ? (
        <Paragraph>{t('insights.noActions')}</Paragraph>
      ) : (
        <ul className="insights-actions spiegel-stack">
          {insight.actions.map((action) => (
            <li key={action.id} data-testid="insight-action">
              {action.title ?? t('insights.hiddenText')} <StatusBadge tone={statusTone[action.status]}>{t(statusLabel[action.status])}</StatusBadge>
              {isOverdue(action, today) ? (
                <>
                  {' '}
                  <StatusBadge tone="active">{t('actions.overdue')}</StatusBadge>
                </>
              ) : null}
              {action.dueOn ? (
                <>
                  <br />
                  {t('insights.actionDue', { date: formatDate(action.dueOn, locale) })}
                </>
              ) : null}
              {action.outcome ? (
                <>
                  <br />
                  {t('insights.actionOutcome', { text: action.outcome })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEditThemes ? <ThemeForm insight={insight} result={result} /> : null}
    </>
  );
}

function ThemeForm({ insight, result }: { insight: Insight; result: Answer }) {
  const { t } = useI18n();
  const state = stateFor(result, 'set-theme', insight.id);
  return (
    <>
      {succeeded(result, 'set-theme', insight.id) ? <Alert type="ok">{t('insights.themeSaved')}</Alert> : null}
      <details open={state ? true : undefined}>
        <summary>{t('insights.setThemeSummary')}</summary>
        <Form method="post" className="spiegel-inline" preventScrollReset>
          <input type="hidden" name="intent" value="set-theme" />
          <input type="hidden" name="target" value={insight.id} />
          <input type="hidden" name="itemId" value={insight.id} />
          <TextField
            idPrefix={insight.id}
            name="sharedTheme"
            label={t('insights.setThemeLabel')}
            description={t('insights.setThemeHint')}
            defaultValue={insight.sharedTheme}
            state={state}
            required={false}
          />
          <Button appearance="secondary">{t('insights.setThemeButton')}</Button>
        </Form>
      </details>
    </>
  );
}
