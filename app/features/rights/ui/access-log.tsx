import { Form } from 'react-router';
import { Alert, Button, Link, Paragraph, Section, SelectField, Table, TextField } from '#app/components/ui';
import { ACCESS_ACTIONS } from '#app/db/schema';
import type { ChainStatus as Status } from '#app/features/privacy/domain/access-chain';
import { formatDate, useI18n } from '#app/i18n/i18n';
import type { AccessLogFilter } from '../forms';

export function ChainStatus({ chain }: { chain: Status }) {
  const { t } = useI18n();
  return chain.intact ? (
    <Alert type="ok">
      <strong data-testid="chain-status">{t('rights.chainIntact')}</strong>. {t('rights.chainIntactDetail', { count: chain.count })}
    </Alert>
  ) : (
    <Alert type="error">
      <strong data-testid="chain-status">{t('rights.chainBroken', { line: chain.brokenAt })}</strong>. {t('rights.chainBrokenDetail')}
    </Alert>
  );
}

export function LogFilters({ filter, people }: { filter: AccessLogFilter; people: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const values = { values: filter, errors: {} };
  return (
    <Section id="log-filter" title={t('rights.filterTitle')}>
      <Form method="get" className="spiegel-stack">
        <TextField name="participant" label={t('rights.filterParticipant')} description={t('rights.filterParticipantHint')} state={values} />
        <SelectField
          name="user"
          label={t('rights.filterUser')}
          state={values}
          options={[{ value: '', label: t('rights.filterAll') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          name="action"
          label={t('rights.filterAction')}
          state={values}
          options={[{ value: '', label: t('rights.filterAll') }, ...ACCESS_ACTIONS.map((a) => ({ value: a, label: t(`rights.action_${a}`) }))]}
        />
        <TextField name="from" type="date" label={t('rights.filterFrom')} state={values} />
        <TextField name="to" type="date" label={t('rights.filterTo')} state={values} />
        <Button>{t('rights.filterButton')}</Button>
      </Form>
      <Paragraph>
        <Link to="?">{t('rights.filterReset')}</Link>
      </Paragraph>
    </Section>
  );
}

type Entry = {
  seq: number;
  at: Date | string;
  user: string | null;
  roles: string[];
  pseudonym: string | null;
  trajectory: string | null;
  action: (typeof ACCESS_ACTIONS)[number];
  screen: string;
};

export function AccessLogTable({ entries, limit }: { entries: Entry[]; limit: number }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return <Paragraph>{t('rights.noEntries')}</Paragraph>;
  return (
    <>
      {entries.length >= limit ? <Paragraph>{t('rights.shownNewest', { count: limit })}</Paragraph> : null}
      <Table
        caption={t('rights.logTitle')}
        testId="access-log"
        rows={entries}
        rowKey={(e) => String(e.seq)}
        columns={[
          { header: t('rights.colLine'), cell: (e) => e.seq, numeric: true, rowHeader: true },
          { header: t('rights.colAt'), cell: (e) => formatDate(e.at, locale, true) },
          { header: t('rights.colUser'), cell: (e) => e.user ?? t('rights.nobody') },
          { header: t('rights.colRoles'), cell: (e) => e.roles.join(', ') },
          { header: t('rights.colParticipant'), cell: (e) => e.pseudonym ?? t('rights.noPseudonym') },
          { header: t('rights.colTrajectory'), cell: (e) => e.trajectory ?? '' },
          { header: t('rights.colAction'), cell: (e) => t(`rights.action_${e.action}`) },
          { header: t('rights.colScreen'), cell: (e) => e.screen },
        ]}
      />
    </>
  );
}
