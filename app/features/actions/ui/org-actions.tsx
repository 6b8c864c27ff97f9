// The coalition's overview of actions: counts per status, GET filters (no JavaScript needed) and the table.
import { Form, useLocation } from 'react-router';
import { Button, CheckboxField, Link, Paragraph, Section, SelectField, Table } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { ACTION_STATUSES, type ActionStatus } from '../domain/statuses';
import type { OrgActionFilterValues } from '../forms';
import { StatusBadges } from './action-card';

type OrgAction = {
  id: string;
  title: string;
  trajectoryId: string;
  trajectoryTitle: string;
  itemTitle: string | null;
  partnerName: string | null;
  ownerName: string;
  status: ActionStatus;
  dueOn: string | null;
  lastUpdateAt: Date | string | null;
  overdue: boolean;
};

export function StatusCounts({ counts, overdueCount }: { counts: Record<ActionStatus, number>; overdueCount: number }) {
  const { t } = useI18n();
  return (
    <Section id="counts" title={t('actions.countsTitle')}>
      <ul className="spiegel-inline" data-testid="status-counts" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.5rem 1.5rem' }}>
        {ACTION_STATUSES.map((s) => (
          <li key={s}>
            {t(`actions.status_${s}`)}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      <Paragraph>{t('actions.countsLate', { count: overdueCount })}</Paragraph>
    </Section>
  );
}

export function OrgActionFilters({
  filters,
  trajectories,
  partnerNames,
  shown,
  orgSlug,
}: {
  filters: OrgActionFilterValues;
  trajectories: { id: string; title: string }[];
  partnerNames: string[];
  shown: number;
  orgSlug: string;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const filtered = Boolean(filters.status || filters.partner || filters.trajectory || filters.overdue);
  return (
    <Section id="filters" title={t('actions.filterTitle')}>
      {/* Keyed on the query, so "clear filters" also resets what the fields show. */}
      <Form method="get" className="spiegel-inline" key={location.search}>
        <SelectField
          name="status"
          label={t('actions.filterStatus')}
          defaultValue={filters.status}
          options={[{ value: '', label: t('actions.filterStatusAll') }, ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`actions.status_${s}`) }))]}
        />
        <SelectField
          name="partner"
          label={t('actions.filterPartner')}
          defaultValue={filters.partner}
          options={[{ value: '', label: t('actions.filterPartnerAll') }, ...partnerNames.map((name) => ({ value: name, label: name }))]}
        />
        <SelectField
          name="trajectory"
          label={t('actions.filterTrajectory')}
          defaultValue={filters.trajectory}
          options={[{ value: '', label: t('actions.filterTrajectoryAll') }, ...trajectories.map((tr) => ({ value: tr.id, label: tr.title }))]}
        />
        <CheckboxField name="overdue" label={t('actions.filterOverdue')} defaultChecked={filters.overdue} />
        <Button appearance="secondary">{t('actions.filterApply')}</Button>
      </Form>
      {filtered ? (
        <Paragraph>
          <span role="status">{t('actions.resultCount', { count: shown })}</span> <Link to={`/o/${orgSlug}/actions`}>{t('actions.filterClear')}</Link>
        </Paragraph>
      ) : null}
    </Section>
  );
}

export function OrgActionsTable({ items, orgSlug }: { items: OrgAction[]; orgSlug: string }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <Paragraph>{t('actions.noResults')}</Paragraph>;
  const day = (value: Date | string | null) => (value ? formatDate(value, locale) : t('actions.none'));
  return (
    <Table
      caption={t('actions.tableCaption')}
      testId="org-actions"
      rowTestId={() => 'org-action'}
      rows={items}
      rowKey={(a) => a.id}
      columns={[
        {
          header: t('actions.colAction'),
          rowHeader: true,
          cell: (a) => <Link to={`/o/${orgSlug}/t/${a.trajectoryId}/actions#action-${a.id}`}>{a.title}</Link>,
        },
        { header: t('actions.colTrajectory'), cell: (a) => a.trajectoryTitle },
        { header: t('actions.colItem'), cell: (a) => a.itemTitle ?? t('actions.none') },
        { header: t('actions.colOwner'), cell: (a) => [a.partnerName, a.ownerName].filter(Boolean).join(', ') || t('actions.none') },
        { header: t('actions.colStatus'), cell: (a) => <StatusBadges status={a.status} overdue={a.overdue} /> },
        { header: t('actions.colDue'), cell: (a) => day(a.dueOn) },
        { header: t('actions.colLastUpdate'), cell: (a) => day(a.lastUpdateAt) },
      ]}
    />
  );
}
