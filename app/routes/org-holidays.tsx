import { data, useActionData, useLoaderData, useSearchParams } from 'react-router';
import { can } from '#app/auth/permissions';
import { Alert, FormErrorSummary, Page, Section } from '#app/components/ui';
import { ZHolidaysAction } from '#app/features/calendar/forms';
import { getHolidayCalendar } from '#app/features/calendar/server/get-holiday-calendar.server';
import { importSchoolHolidays } from '#app/features/calendar/server/import-school-holidays.server';
import { removeSchoolHoliday } from '#app/features/calendar/server/remove-school-holiday.server';
import { saveSchoolHoliday } from '#app/features/calendar/server/save-school-holiday.server';
import { setSchoolRegion } from '#app/features/calendar/server/set-school-region.server';
import { HolidayForm, HolidayYears, ImportSection, RegionSection } from '#app/features/calendar/ui/holiday-sections';
import { regionLabel } from '#app/features/calendar/ui/labels';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { createTranslator, isLocale, type MessageKey, useT } from '#app/i18n/i18n';
import { formDataWithin } from '#app/utils/form-data.server';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/org-holidays';

// Every member may read the list (it explains the hints on the dates page); only admins change it.
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, canManage: can(ctx, 'org.manage'), ...(await getHolidayCalendar(ctx)) };
}

const done = {
  region: 'calendar.regionSaved',
  add: 'calendar.holidayAdded',
  edit: 'calendar.holidaySaved',
  remove: 'calendar.holidayRemoved',
} as const satisfies Record<string, MessageKey>;

type Done = { message: MessageKey; vars?: Record<string, string | number> };

// A government file is a few kilobytes; room for a much larger one, answered next to the field.
const MAX_FORM_BYTES = 256 * 1024;

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  const form = await formDataWithin(request, MAX_FORM_BYTES);
  if (!form)
    return data(
      { ok: false as const, errors: { file: 'calendar.importTooLarge' as const }, values: {} as Record<string, string>, intent: 'import', target: '' },
      { status: 413 },
    );
  return handleForm(form, ZHolidaysAction, async (input): Promise<Done> => {
    if (input.intent === 'import') {
      const file = form.get('file');
      const text = file instanceof File ? await file.text() : '';
      const { count, schoolYears } = await importSchoolHolidays({ ...ctx, text });
      return { message: 'calendar.imported', vars: { count, years: schoolYears.map((y) => y.replace('-', '–')).join(', ') } };
    }
    if (input.intent === 'region') await setSchoolRegion({ ...ctx, region: input.region });
    if (input.intent === 'remove') await removeSchoolHoliday({ ...ctx, holidayId: input.holidayId });
    if (input.intent === 'add' || input.intent === 'edit') {
      const t = createTranslator(isLocale(ctx.user.locale) ? ctx.user.locale : 'nl');
      const { name, region, startsOn, endsOn } = input;
      const holidayId = input.intent === 'edit' ? input.holidayId : undefined;
      await saveSchoolHoliday({ ...ctx, holidayId, name, region, startsOn, endsOn, source: t('calendar.ownSource') });
    }
    return { message: done[input.intent] };
  });
}

export default function OrgHolidays() {
  const { org, canManage, region, schoolHolidays, fetchedDaily } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const [search] = useSearchParams();
  const failure = result && !result.ok ? result : undefined;
  const editId = failure?.intent === 'edit' ? String(failure.values.holidayId ?? '') : search.get('edit');
  const editing = canManage ? schoolHolidays.find((h) => h.id === editId) : undefined;
  return (
    <Page title={t('calendar.holidaysTitle')} intro={t('calendar.holidaysIntro')}>
      {canManage ? null : <Alert type="info">{t('calendar.holidaysReadOnly')}</Alert>}
      {result?.ok ? <Alert type="ok">{t(result.value.message, result.value.vars)}</Alert> : null}
      <FormErrorSummary state={failure} />
      <RegionSection region={region} canManage={canManage} state={stateFor(result, 'region')} />
      {canManage ? <ImportSection state={stateFor(result, 'import')} fetchedDaily={fetchedDaily} /> : null}
      {editing ? (
        <Section id="edit-holiday" title={t('calendar.editHoliday', { name: editing.name, region: t(regionLabel[editing.region]) })}>
          <HolidayForm holiday={editing} state={stateFor(result, 'edit')} slug={org.slug} />
        </Section>
      ) : null}
      <HolidayYears schoolHolidays={schoolHolidays} canManage={canManage} />
      {canManage ? (
        <Section id="add-holiday" title={t('calendar.addTitle')}>
          <HolidayForm state={stateFor(result, 'add')} slug={org.slug} />
        </Section>
      ) : null}
    </Page>
  );
}
