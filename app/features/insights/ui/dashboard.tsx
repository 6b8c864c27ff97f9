// The organisation's dashboard: plain tables with a bar beside each figure (the bar is decoration;
// the figure is in the table for everyone, screen readers included).
import { Paragraph, Section, Table } from '#app/components/ui';
import type { ActionStatus } from '#app/db/schema';
import { formatNumber, type MessageKey, useI18n } from '#app/i18n/i18n';
import { type ActionCounts, barPercent, type StepCounts, type TeamFigures } from '../domain/dashboard';
import { teamLabel } from './labels';
import { statusLabel } from '#app/features/actions/ui/status';

function Bar({ value, max }: { value: number; max: number }) {
  const percent = barPercent(value, max);
  return (
    <span aria-hidden="true" className={`insights-bar${percent === 0 ? ' insights-bar--empty' : ''}`} style={{ inlineSize: `${Math.max(percent, 1)}%` }} />
  );
}

type Row = { key: string; label: string; count: number };

function FigureTable({ caption, label, figure, rows }: { caption: string; label: string; figure: string; rows: Row[] }) {
  const { t, locale } = useI18n();
  const max = Math.max(0, ...rows.map((r) => r.count));
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      rowTestId={(r) => `figure-${r.key}`}
      columns={[
        { header: label, cell: (r) => r.label, rowHeader: true },
        { header: figure, cell: (r) => formatNumber(r.count, locale), numeric: true },
        { header: t('insights.barColumn'), cell: (r) => <Bar value={r.count} max={max} />, className: 'insights-bar-cell' },
      ]}
    />
  );
}

export function StepsSection({ steps, reflections }: { steps: StepCounts; reflections: number }) {
  const { t } = useI18n();
  const rows: Row[] = [
    ...steps.perStep.map(({ step, count }) => ({
      key: `step-${step}`,
      label: t('insights.stepRow', { step, name: t(`trajectory.step${step}Name` as MessageKey) }),
      count,
    })),
    { key: 'finished', label: t('insights.allStepsDone'), count: steps.finished },
  ];
  return (
    <Section id="steps-title" title={t('insights.stepsTitle')} intro={t('insights.stepsIntro')}>
      <Paragraph>
        {t('insights.trajectoriesTotal', { count: steps.total })} {reflections > 0 ? t('insights.reflectionsApart', { count: reflections }) : null}
      </Paragraph>
      {steps.total > 0 ? (
        <FigureTable caption={t('insights.stepsCaption')} label={t('insights.stepColumn')} figure={t('insights.countColumn')} rows={rows} />
      ) : null}
    </Section>
  );
}

export function ParentsSection({ total, perTeam }: { total: number; perTeam: TeamFigures[] }) {
  const { t, locale } = useI18n();
  return (
    <Section id="parents-title" title={t('insights.parentsTitle')}>
      <Paragraph>
        <strong data-testid="parents-total">{t('insights.parentsTotal', { count: total })}</strong>
      </Paragraph>
      {perTeam.length > 0 ? (
        <Table
          caption={t('insights.parentsCaption')}
          rows={perTeam}
          rowKey={(r) => r.team?.name ?? ''}
          columns={[
            {
              header: t('insights.teamColumn'),
              cell: (r) => teamLabel(t, r.team),
              rowHeader: true,
            },
            { header: t('insights.trajectoriesColumn'), cell: (r) => formatNumber(r.trajectories, locale), numeric: true },
            { header: t('insights.parentsColumn'), cell: (r) => formatNumber(r.parents, locale), numeric: true },
          ]}
        />
      ) : null}
    </Section>
  );
}

export function ActionsSection({ actions }: { actions: ActionCounts }) {
  const { t } = useI18n();
  const rows: Row[] = [
    ...actions.byStatus.map(({ status, count }: { status: ActionStatus; count: number }) => ({ key: status, label: t(statusLabel[status]), count })),
    { key: 'overdue', label: t('insights.overdueRow'), count: actions.overdue },
  ];
  return (
    <Section id="actions-title" title={t('insights.actionsByStatusTitle')}>
      <Paragraph>{t('insights.actionsTotal', { count: actions.total })}</Paragraph>
      {actions.total > 0 ? (
        <FigureTable caption={t('insights.actionsCaption')} label={t('insights.statusColumn')} figure={t('insights.actionsColumn')} rows={rows} />
      ) : null}
    </Section>
  );
}

export function FeedbackSection({ medianDays, trajectories }: { medianDays: number | null; trajectories: number }) {
  const { t, locale } = useI18n();
  return (
    <Section id="feedback-title" title={t('insights.feedbackTitle')}>
      <Paragraph>
        {medianDays === null ? t('insights.feedbackNone') : t('insights.feedbackMedian', { days: formatNumber(medianDays, locale), count: trajectories })}
      </Paragraph>
    </Section>
  );
}
