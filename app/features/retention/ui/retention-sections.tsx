// "What is deleted when" for one trajectory, the form to keep data longer, the log; and the organisation's periods.
import { Form } from 'react-router';
import { Alert, Button, FormErrorSummary, type FormState, Paragraph, Section, SelectField, Table, TextAreaField, TextField } from '#app/components/ui';
import { RETENTION_KINDS } from '#app/db/schema';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { DuePlan, RetentionKind, RetentionSettings } from '../domain/retention';

export const kindKey = (kind: RetentionKind): MessageKey => `personalData.kind_${kind}`;
export const kindMeaningKey = (kind: RetentionKind): MessageKey => `personalData.kind_${kind}Meaning`;

type Answer = Parameters<typeof stateFor>[0];
type Row = DuePlan & { months: number; remaining: number; overdue: boolean };

export function DueTable({ rows }: { rows: Row[] }) {
  const { t, locale } = useI18n();
  const due = (row: Row) => {
    if (!row.dueOn) return t('personalData.dueNotYet');
    const date = formatDate(row.dueOn, locale);
    if (row.overdue) return t('personalData.dueToday', { date });
    return row.extended ? t('personalData.dueExtended', { date }) : date;
  };
  return (
    <Table
      testId="retention-due"
      rows={rows}
      rowKey={(r) => r.kind}
      rowTestId={(r) => `due-${r.kind}`}
      columns={[
        {
          header: t('personalData.columnData'),
          rowHeader: true,
          cell: (r) => (
            <>
              {t(kindKey(r.kind))}
              <br />
              <small>{t(kindMeaningKey(r.kind))}</small>
            </>
          ),
        },
        { header: t('personalData.columnPeriod'), cell: (r) => t('personalData.months', { count: r.months }) },
        { header: t('personalData.columnDue'), cell: due },
        { header: t('personalData.columnRemaining'), cell: (r) => t('personalData.records', { count: r.remaining }) },
      ]}
    />
  );
}

export function ExtendForm({ rows, result }: { rows: Row[]; result: Answer }) {
  const { t } = useI18n();
  const state: FormState = stateFor(result, 'extend');
  return (
    <Section id="extend" title={t('personalData.extendTitle')} intro={t('personalData.extendIntro')}>
      {succeeded(result, 'extend') ? <Alert type="ok">{t('personalData.extended')}</Alert> : null}
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="extend" />
        <SelectField name="kind" label={t('personalData.extendKind')} state={state} options={rows.map((r) => ({ value: r.kind, label: t(kindKey(r.kind)) }))} />
        <TextField name="keepUntil" type="date" label={t('personalData.extendUntil')} state={state} />
        <TextAreaField name="reason" label={t('personalData.extendReason')} description={t('personalData.extendReasonHint')} rows={3} state={state} />
        <Button>{t('personalData.extendSave')}</Button>
      </Form>
    </Section>
  );
}

type LogEntry = { kind: RetentionKind; action: 'deleted' | 'extended'; count: number; keepUntil: string | null; reason: string; at: string };

export function RetentionLog({ log }: { log: LogEntry[] }) {
  const { t, locale } = useI18n();
  return (
    <Section id="retention-log" title={t('personalData.logTitle')}>
      {log.length === 0 ? (
        <Paragraph>{t('personalData.logEmpty')}</Paragraph>
      ) : (
        <ul data-testid="retention-log">
          {log.map((e, i) => {
            const vars = { date: formatDate(e.at, locale), kind: t(kindKey(e.kind)) };
            return (
              <li key={i}>
                {e.action === 'deleted'
                  ? t('personalData.logDeleted', { ...vars, count: e.count })
                  : t('personalData.logExtended', { ...vars, until: formatDate(e.keepUntil ?? '', locale), reason: e.reason })}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

export function RetentionSettingsSection({ settings, canManage, result }: { settings: RetentionSettings; canManage: boolean; result: Answer }) {
  const { t } = useI18n();
  const state: FormState = stateFor(result, 'retention');
  return (
    <Section id="retention" title={t('personalData.retentionTitle')} intro={t('personalData.retentionIntro')}>
      {succeeded(result, 'retention') ? <Alert type="ok">{t('personalData.retentionSaved')}</Alert> : null}
      {canManage ? (
        <>
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="retention" />
            {RETENTION_KINDS.map((kind) => (
              <TextField
                key={kind}
                name={kind}
                type="number"
                inputMode="numeric"
                label={t(kindKey(kind))}
                description={`${t(kindMeaningKey(kind))} ${t('personalData.retentionMonthsHint')}`}
                defaultValue={settings[kind]}
                state={state}
              />
            ))}
            <Button>{t('personalData.retentionSave')}</Button>
          </Form>
        </>
      ) : (
        <ul data-testid="retention-settings">
          {RETENTION_KINDS.map((kind) => (
            <li key={kind}>
              <strong>{t(kindKey(kind))}</strong>: {t('personalData.months', { count: settings[kind] })}. {t(kindMeaningKey(kind))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
