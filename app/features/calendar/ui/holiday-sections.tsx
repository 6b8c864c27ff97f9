// The parts of the school holidays page: the region, the import of the government's file, a holiday's form and the holidays per school year.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import {
  Button,
  type Column,
  FieldShell,
  type FormState,
  Heading,
  Link,
  Paragraph,
  SelectField,
  Table,
  TextField,
  Section,
  useField,
} from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { SCHOOL_REGIONS, type SchoolRegion } from '../domain/school-holidays-nl';
import type { SchoolHoliday } from '../server/get-holiday-calendar.server';
import { regionLabel, schoolHolidayName } from './labels';

export function RegionSection({ region, canManage, state }: { region: SchoolRegion; canManage: boolean; state: FormState }) {
  const { t } = useI18n();
  return (
    <Section id="region" title={t('calendar.regionTitle')}>
      {canManage ? (
        <Form method="post" className="spiegel-stack spiegel-noprint">
          <input type="hidden" name="intent" value="region" />
          <SelectField
            idPrefix="region"
            name="region"
            label={t('calendar.regionLabel')}
            description={t('calendar.regionHint')}
            defaultValue={region}
            state={state}
            options={SCHOOL_REGIONS.map((r) => ({ value: r, label: t(regionLabel[r]) }))}
          />
          <Button>{t('calendar.saveRegion')}</Button>
        </Form>
      ) : (
        <Paragraph>{t('calendar.regionValue', { region: t(regionLabel[region]) })}</Paragraph>
      )}
    </Section>
  );
}

/** The upload of the government's school holiday file (admins); a refused file's message stands next to the field. */
export function ImportSection({ state, fetchedDaily }: { state: FormState; fetchedDaily: boolean }) {
  const { t } = useI18n();
  const field = useField({ name: 'file', label: '', state, idPrefix: 'import' });
  return (
    <Section id="import" title={t('calendar.importTitle')} intro={t('calendar.importIntro')}>
      {fetchedDaily ? <Paragraph>{t('calendar.importAutomatic')}</Paragraph> : null}
      <Form method="post" encType="multipart/form-data" className="spiegel-stack spiegel-noprint" noValidate>
        <input type="hidden" name="intent" value="import" />
        <FieldShell id={field.id} label={t('calendar.importFileLabel')} description={t('calendar.importFileHint')} error={field.error}>
          <input
            id={field.id}
            name="file"
            type="file"
            accept="application/json,.json"
            aria-invalid={field.error ? true : undefined}
            aria-describedby={field.describedBy}
          />
        </FieldShell>
        <div>
          <Button>{t('calendar.importButton')}</Button>
        </div>
      </Form>
    </Section>
  );
}

/**
 * Where a row came from and when: the government's file (its date, the import's date), added or
 * changed by an admin (the file leaves it alone), or shipped and not checked.
 */
function SourceCell({ holiday }: { holiday: SchoolHoliday }) {
  const { t, locale } = useI18n();
  if (holiday.origin === 'rijksoverheid') {
    const parts = [
      holiday.sourceDate ? t('calendar.sourceFileDate', { date: formatDate(holiday.sourceDate, locale) }) : null,
      t('calendar.sourceImportedOn', { date: formatDate(holiday.recordedAt, locale) }),
    ].filter(Boolean);
    return (
      <>
        {holiday.sourceUrl ? <a href={holiday.sourceUrl}>{t('calendar.sourceRijksoverheid')}</a> : t('calendar.sourceRijksoverheid')}
        <br />
        {parts.join(', ')}
      </>
    );
  }
  if (holiday.editedAt) {
    return (
      <>
        <strong>{t('calendar.editedByHand')}</strong>
        <br />
        {t('calendar.editedKept')}
        <br />
        {t('calendar.editedOn', { date: formatDate(holiday.editedAt, locale) })}
      </>
    );
  }
  return (
    <>
      <strong>{t('calendar.unverified')}</strong>
      <br />
      {holiday.source}
      <br />
      {t('calendar.sourceEnteredOn', { date: formatDate(holiday.recordedAt, locale) })}
    </>
  );
}

export function HolidayForm({ holiday, state, slug }: { holiday?: SchoolHoliday; state: FormState; slug: string }) {
  const { t } = useI18n();
  const prefix = holiday ? 'edit' : 'add';
  return (
    // Posting to the page without ?edit= closes the edit form once saved.
    <Form method="post" action={`/o/${slug}/holidays`} className="spiegel-stack spiegel-card spiegel-noprint">
      <input type="hidden" name="intent" value={prefix} />
      {holiday ? <input type="hidden" name="holidayId" value={holiday.id} /> : <SubmissionKey />}
      <TextField idPrefix={prefix} name="name" label={t('calendar.nameLabel')} defaultValue={holiday?.name} state={state} />
      <SelectField
        idPrefix={prefix}
        name="region"
        label={t('calendar.holidayRegionLabel')}
        defaultValue={holiday?.region ?? 'all'}
        state={state}
        options={(['all', ...SCHOOL_REGIONS] as const).map((r) => ({ value: r, label: t(regionLabel[r]) }))}
      />
      <TextField idPrefix={prefix} type="date" name="startsOn" label={t('calendar.startsOnLabel')} defaultValue={holiday?.startsOn} state={state} />
      <TextField idPrefix={prefix} type="date" name="endsOn" label={t('calendar.endsOnLabel')} defaultValue={holiday?.endsOn} state={state} />
      <Button>{holiday ? t('calendar.saveHoliday') : t('calendar.addHoliday')}</Button>
    </Form>
  );
}

/** One table per school year. */
export function HolidayYears({ schoolHolidays, canManage }: { schoolHolidays: SchoolHoliday[]; canManage: boolean }) {
  const { t, locale } = useI18n();
  const years = [...new Set(schoolHolidays.map((h) => h.schoolYear))].sort();
  const regionName = (r: SchoolRegion | 'all') => t(regionLabel[r]);
  const columns: Column<SchoolHoliday>[] = [
    { header: t('calendar.colName'), cell: (h) => schoolHolidayName(h.name, t), rowHeader: true },
    { header: t('calendar.colRegion'), cell: (h) => regionName(h.region) },
    { header: t('calendar.colFrom'), cell: (h) => formatDate(h.startsOn, locale) },
    { header: t('calendar.colTo'), cell: (h) => formatDate(h.endsOn, locale) },
    { header: t('calendar.colSource'), cell: (h) => <SourceCell holiday={h} /> },
  ];
  if (canManage) {
    columns.push({
      header: t('calendar.colActions'),
      className: 'spiegel-noprint',
      cell: (h) => (
        <>
          <Link to={`?edit=${h.id}`}>{t('calendar.editHoliday', { name: h.name, region: regionName(h.region) })}</Link>
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="holidayId" value={h.id} />
            <Button appearance="subtle">{t('calendar.removeHoliday', { name: h.name, region: regionName(h.region) })}</Button>
          </Form>
        </>
      ),
    });
  }
  if (years.length === 0) return <Paragraph>{t('calendar.noHolidays')}</Paragraph>;
  return years.map((year) => (
    <section key={year} aria-labelledby={`year-${year}`} className="spiegel-stack">
      <Heading level={2} id={`year-${year}`}>
        {t('calendar.schoolYearTitle', { year: year.replace('-', '–') })}
      </Heading>
      <Table
        columns={columns}
        rows={schoolHolidays.filter((h) => h.schoolYear === year)}
        rowKey={(h) => h.id}
        caption={t('calendar.schoolYearCaption', { year: year.replace('-', '–') })}
        testId="holiday-table"
      />
    </section>
  ));
}
