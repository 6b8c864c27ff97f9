import { data, Form, useActionData, useLoaderData, useSearchParams } from 'react-router';
import { z } from 'zod';
import { canManageOrganisation } from '#app/auth/permissions';
import { Alert, Button, FormErrorSummary, type FormState, Heading, Link, Paragraph, SelectField, TextField } from '#app/components/ui';
import { SCHOOL_REGIONS, type SchoolRegion } from '#app/features/calendar/domain/school-holidays-nl';
import { getHolidayCalendar, type SchoolHoliday } from '#app/features/calendar/server/get-holiday-calendar.server';
import { removeSchoolHoliday } from '#app/features/calendar/server/remove-school-holiday.server';
import { saveSchoolHoliday } from '#app/features/calendar/server/save-school-holiday.server';
import { setSchoolRegion } from '#app/features/calendar/server/set-school-region.server';
import { regionLabel } from '#app/features/calendar/ui/labels';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { createTranslator, formatDate, isLocale, type MessageKey, useI18n } from '#app/i18n/i18n';
import { f, fieldFailure, parseForm } from '#app/utils/forms';
import { forbidden } from '#app/utils/http.server';
import type { Route } from './+types/org-holidays';

// Every member may read the list (it explains the hints on the dates page); only admins change it.
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const calendar = await getHolidayCalendar(ctx);
  return { org: ctx.org, canManage: canManageOrganisation(ctx.actor), ...calendar };
}

const holidayFields = {
  name: f.required(100),
  region: f.choice(['all', ...SCHOOL_REGIONS]),
  startsOn: f.day(),
  endsOn: f.day(),
};
const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('region'), region: f.choice(SCHOOL_REGIONS) }),
  z.object({ intent: z.literal('add'), ...holidayFields }),
  z.object({ intent: z.literal('edit'), holidayId: f.uuid(), ...holidayFields }),
  z.object({ intent: z.literal('remove'), holidayId: f.uuid() }),
]);

const done = {
  region: 'calendar.regionSaved',
  add: 'calendar.holidayAdded',
  edit: 'calendar.holidaySaved',
  remove: 'calendar.holidayRemoved',
} as const satisfies Record<z.infer<typeof ZAction>['intent'], MessageKey>;

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  if (!canManageOrganisation(ctx.actor)) forbidden();
  const form = await request.formData();
  const parsed = parseForm(ZAction, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  switch (input.intent) {
    case 'region':
      await setSchoolRegion({ ...ctx, region: input.region });
      break;
    case 'add':
    case 'edit': {
      if (input.endsOn < input.startsOn) return data(fieldFailure(form, 'endsOn', 'calendar.endBeforeStart'), { status: 400 });
      const t = createTranslator(isLocale(ctx.user.locale) ? ctx.user.locale : 'nl');
      const { name, region, startsOn, endsOn } = input;
      await saveSchoolHoliday({
        ...ctx,
        holidayId: input.intent === 'edit' ? input.holidayId : undefined,
        name,
        region,
        startsOn,
        endsOn,
        source: t('calendar.ownSource'),
      });
      break;
    }
    case 'remove':
      await removeSchoolHoliday({ ...ctx, holidayId: input.holidayId });
      break;
  }
  return { ok: true as const, message: done[input.intent] };
}

function HolidayForm({ holiday, state, slug }: { holiday?: SchoolHoliday; state: FormState; slug: string }) {
  const { t } = useI18n();
  const prefix = holiday ? 'edit' : 'add';
  return (
    // Posting to the page without ?edit= closes the edit form once saved.
    <Form method="post" action={`/o/${slug}/holidays`} className="spiegel-stack spiegel-card spiegel-noprint">
      <input type="hidden" name="intent" value={prefix} />
      {holiday ? <input type="hidden" name="holidayId" value={holiday.id} /> : null}
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

export default function OrgHolidays() {
  const { org, canManage, region, schoolHolidays } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const failure = state && 'errors' in state ? state : undefined;
  const failedIntent = failure?.values.intent;
  const editId = failedIntent === 'edit' ? String(failure?.values.holidayId ?? '') : search.get('edit');
  const editing = canManage ? schoolHolidays.find((h) => h.id === editId) : undefined;
  const years = [...new Set(schoolHolidays.map((h) => h.schoolYear))].sort();
  const regionName = (r: SchoolRegion | 'all') => t(regionLabel[r]);
  return (
    <div className="spiegel-page">
      <title>{`${t('calendar.holidaysTitle')} · Spiegel`}</title>
      <Heading level={1}>{t('calendar.holidaysTitle')}</Heading>
      <Paragraph lead>{t('calendar.holidaysIntro')}</Paragraph>
      {canManage ? null : <Alert type="info">{t('calendar.holidaysReadOnly')}</Alert>}
      {state && 'message' in state ? <Alert type="ok">{t(state.message)}</Alert> : null}
      <FormErrorSummary state={failure} />

      <section aria-labelledby="region" className="spiegel-stack">
        <Heading level={2} id="region">
          {t('calendar.regionTitle')}
        </Heading>
        {canManage ? (
          <Form method="post" className="spiegel-stack spiegel-noprint">
            <input type="hidden" name="intent" value="region" />
            <SelectField
              idPrefix="region"
              name="region"
              label={t('calendar.regionLabel')}
              description={t('calendar.regionHint')}
              defaultValue={region}
              state={failedIntent === 'region' ? failure : undefined}
              options={SCHOOL_REGIONS.map((r) => ({ value: r, label: regionName(r) }))}
            />
            <Button>{t('calendar.saveRegion')}</Button>
          </Form>
        ) : (
          <Paragraph>{t('calendar.regionValue', { region: regionName(region) })}</Paragraph>
        )}
      </section>

      {editing ? (
        <section aria-labelledby="edit-holiday" className="spiegel-stack">
          <Heading level={2} id="edit-holiday">
            {t('calendar.editHoliday', { name: editing.name, region: regionName(editing.region) })}
          </Heading>
          <HolidayForm holiday={editing} state={failedIntent === 'edit' ? failure : undefined} slug={org.slug} />
        </section>
      ) : null}

      {years.length === 0 ? <Paragraph>{t('calendar.noHolidays')}</Paragraph> : null}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="spiegel-stack">
          <Heading level={2} id={`year-${year}`}>
            {t('calendar.schoolYearTitle', { year: year.replace('-', '–') })}
          </Heading>
          <div className="utrecht-table-container" role="region" aria-labelledby={`caption-${year}`} tabIndex={0}>
            <table className="utrecht-table utrecht-table--html-table" data-testid="holiday-table">
              <caption id={`caption-${year}`} className="utrecht-table__caption">
                {t('calendar.schoolYearCaption', { year: year.replace('-', '–') })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('calendar.colName')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('calendar.colRegion')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('calendar.colFrom')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('calendar.colTo')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('calendar.colSource')}
                  </th>
                  {canManage ? (
                    <th scope="col" className="utrecht-table__header-cell spiegel-noprint">
                      {t('calendar.colActions')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {schoolHolidays
                  .filter((h) => h.schoolYear === year)
                  .map((h) => (
                    <tr key={h.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {h.name}
                      </th>
                      <td className="utrecht-table__cell">{regionName(h.region)}</td>
                      <td className="utrecht-table__cell">{formatDate(h.startsOn, locale)}</td>
                      <td className="utrecht-table__cell">{formatDate(h.endsOn, locale)}</td>
                      <td className="utrecht-table__cell">{h.source}</td>
                      {canManage ? (
                        <td className="utrecht-table__cell spiegel-noprint">
                          <Link to={`?edit=${h.id}`}>{t('calendar.editHoliday', { name: h.name, region: regionName(h.region) })}</Link>
                          <Form method="post">
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="holidayId" value={h.id} />
                            <Button appearance="subtle">{t('calendar.removeHoliday', { name: h.name, region: regionName(h.region) })}</Button>
                          </Form>
                        </td>
                      ) : null}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      {canManage ? (
        <section aria-labelledby="add-holiday" className="spiegel-stack">
          <Heading level={2} id="add-holiday">
            {t('calendar.addTitle')}
          </Heading>
          <HolidayForm state={failedIntent === 'add' ? failure : undefined} slug={org.slug} />
        </section>
      ) : null}
    </div>
  );
}
