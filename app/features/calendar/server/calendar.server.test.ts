import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { mailOutbox, meetings, schoolHolidays } from '#app/db/schema';
import { SCHOOL_HOLIDAYS_NL } from '#app/features/calendar/domain/school-holidays-nl';
import { action as holidaysAction, loader as holidaysLoader } from '#app/routes/org-holidays';
import { loader as icsLoader } from '#app/routes/meeting-ics';
import { action as datesAction, loader as datesLoader } from '#app/routes/step-dates';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { getHolidayCalendar } from './get-holiday-calendar.server';
import { listMeetings } from './list-meetings.server';
import { removeSchoolHoliday } from './remove-school-holiday.server';
import { saveMeetingDates } from './save-meeting-dates.server';
import { saveSchoolHoliday } from './save-school-holiday.server';
import { setSchoolRegion } from './set-school-region.server';

async function setup() {
  const org = await makeOrg();
  const admin = await makeMember(org.id, 'admin');
  const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien in Oost' });
  return { org, admin, trajectory, scope: await scopeIn(admin, trajectory.id) };
}

async function post(route: typeof datesAction | typeof holidaysAction, userId: string, params: Record<string, string>, fields: Record<string, string>) {
  return callRoute(route, await postAs(userId, '/', fields), params);
}

async function get<F extends typeof holidaysLoader | typeof datesLoader | typeof icsLoader>(route: F, userId: string, params: Record<string, string>) {
  return callRoute(route, await getAs(userId, '/'), params);
}

const dateFields = (over: Record<string, string> = {}) => ({
  intent: 'save',
  mirrorDate: '2027-01-14',
  mirrorTime: '19:00',
  followUpDate: '2027-02-11',
  followUpTime: '9.30',
  feedbackDate: '',
  feedbackTime: '',
  feedbackForm: 'home_visit',
  ...over,
});

describe('saving the three dates', () => {
  it('makes the rows on first save and keeps the place that another part filled in', async () => {
    const { scope } = await setup();
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    await (await db()).update(meetings).set({ venueName: 'Buurthuis De Schakel' }).where(eq(meetings.trajectoryId, scope.trajectoryId));
    await saveMeetingDates({
      ...scope,
      dates: [
        { kind: 'mirror', date: '2027-01-21', startTime: '14:00' },
        { kind: 'feedback', date: null, startTime: '', form: 'letter' },
      ],
    });
    const rows = await listMeetings(scope);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.kind === 'mirror')).toMatchObject({ date: '2027-01-21', startTime: '14:00', venueName: 'Buurthuis De Schakel' });
    expect(rows.find((r) => r.kind === 'feedback')).toMatchObject({ date: null, form: 'letter' });
  });

  it('saves through the page, normalises the time and shows the 28-day warning', async () => {
    const { org, admin, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    await expect(post(datesAction, admin.user.id, params, dateFields())).resolves.toMatchObject({ ok: true, intent: 'save' });
    const page = await get(datesLoader, admin.user.id, params);
    expect(page.view.dates).toMatchObject([
      { kind: 'mirror', date: '2027-01-14', startTime: '19:00' },
      { kind: 'follow_up', date: '2027-02-11', startTime: '09:30' },
      { kind: 'feedback', date: null },
    ]);
    expect(page.view.warnings).toEqual([{ kind: 'followUpTooLate', days: 28 }]);
    expect(page.forms.feedback).toBe('home_visit');
  });

  it('keeps what was typed and saves nothing when a time or date is wrong', async () => {
    const { org, admin, trajectory, scope } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bad = await post(datesAction, admin.user.id, params, dateFields({ mirrorTime: '25:00', followUpDate: '2027-02-30' }));
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf(bad)).toMatchObject({
      errors: { mirrorTime: 'calendar.timeInvalid', followUpDate: 'validation.date' },
      values: { mirrorTime: '25:00', mirrorDate: '2027-01-14' },
    });
    const badForm = await post(datesAction, admin.user.id, params, dateFields({ feedbackForm: 'pigeon' }));
    expect(answerOf(badForm)).toMatchObject({ errors: { feedbackForm: 'validation.choose' } });
    expect(await listMeetings(scope)).toEqual([]);
  });

  it('lets only people who may edit save, and hides other organisations', async () => {
    const { org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bystander = await makeMember(org.id, 'member');
    expect(await statusOf(post(datesAction, bystander.user.id, params, dateFields()))).toBe(403);
    await expect(get(datesLoader, bystander.user.id, params)).resolves.toMatchObject({ canEdit: false });
    const workgroup = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, workgroup.user.id, 'workgroup');
    await expect(post(datesAction, workgroup.user.id, params, dateFields())).resolves.toMatchObject({ ok: true });
    const other = await setup();
    expect(await statusOf(post(datesAction, other.admin.user.id, params, dateFields()))).toBe(404);
    expect(await statusOf(saveMeetingDates({ ...other.scope, trajectoryId: trajectory.id, dates: [] }))).toBe(404);
  });
});

describe('the .ics file', () => {
  it('is a calendar file in UTC for winter and summer dates', async () => {
    const { org, admin, trajectory, scope } = await setup();
    await saveMeetingDates({
      ...scope,
      dates: [
        { kind: 'mirror', date: '2027-01-14', startTime: '19:00' },
        { kind: 'follow_up', date: '2027-06-10', startTime: '09:30' },
      ],
    });
    await (
      await db()
    )
      .update(meetings)
      .set({ venueName: 'Buurthuis', venueAddress: 'Dorpsstraat 1, Demostad' })
      .where(and(eq(meetings.trajectoryId, trajectory.id), eq(meetings.kind, 'mirror')));
    const winter = (await get(icsLoader, admin.user.id, { org: org.slug, tid: trajectory.id, kind: 'mirror' })) as Response;
    expect(winter.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(winter.headers.get('content-disposition')).toBe('attachment; filename="mirror-2027-01-14.ics"');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await winter.text())).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T18:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-14T22:00:00.000Z');
    expect(event.summary).toBe('Spiegelbijeenkomst: Opgroeien in Oost');
    expect(event.location).toBe('Buurthuis, Dorpsstraat 1, Demostad');

    const summer = (await get(icsLoader, admin.user.id, { org: org.slug, tid: trajectory.id, kind: 'follow-up' })) as Response;
    const text = await summer.text();
    expect(text).toContain('DTSTART:20270610T073000Z');
    const summerEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(summerEvent.duration.toSeconds()).toBe(2 * 3600);
  });

  it('is a 404 without a date, for an unknown kind and for another organisation', async () => {
    const { org, admin, trajectory, scope } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    expect(await statusOf(get(icsLoader, admin.user.id, { ...params, kind: 'mirror' }))).toBe(404);
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: null, startTime: '19:00' }] });
    expect(await statusOf(get(icsLoader, admin.user.id, { ...params, kind: 'mirror' }))).toBe(404);
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    expect(await statusOf(get(icsLoader, admin.user.id, { ...params, kind: 'party' }))).toBe(404);
    const other = await setup();
    expect(await statusOf(get(icsLoader, other.admin.user.id, { ...params, kind: 'mirror' }))).toBe(404);
    expect(await statusOf(get(icsLoader, other.admin.user.id, { org: other.org.slug, tid: trajectory.id, kind: 'mirror' }))).toBe(404);
  });

  it('is mailed to everyone with a role in the trajectory', async () => {
    const { org, admin, trajectory, scope } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const noDate = await post(datesAction, admin.user.id, params, { intent: 'invite', kind: 'mirror' });
    expect(await statusOf(noDate)).toBe(409);
    expect(answerOf(noDate)).toMatchObject({ errors: { _form: 'calendar.inviteNoDate' } });
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    expect(answerOf(await post(datesAction, admin.user.id, params, { intent: 'invite', kind: 'mirror' }))).toMatchObject({
      errors: { _form: 'calendar.inviteNobody' },
    });

    const lead = await makeMember(org.id, 'member', 'Sanne');
    const minuteTaker = await makeMember(org.id, 'member', 'Ali');
    await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
    await giveRole(org.id, trajectory.id, minuteTaker.user.id, 'minute_taker');
    expect(await post(datesAction, admin.user.id, params, { intent: 'invite', kind: 'mirror' })).toMatchObject({
      ok: true,
      value: { kind: 'mirror', sent: 2 },
    });
    const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, minuteTaker.user.email));
    expect(mail!.subject).toBe('Uitnodiging: spiegelbijeenkomst op 14 januari 2027, 19:00 uur');
    expect(mail!.text).toContain('Beste Ali');
    expect(mail!.text).toContain('[Bijlage: mirror-2027-01-14.ics (METHOD:REQUEST)]');
  });
});

describe('school holidays of an organisation', () => {
  it('are copied once from the shipped list, even on two first visits at once', async () => {
    const { scope } = await setup();
    const [a, b] = await Promise.all([getHolidayCalendar(scope), getHolidayCalendar(scope)]);
    expect(a.schoolHolidays).toHaveLength(SCHOOL_HOLIDAYS_NL.length);
    expect(b.schoolHolidays).toHaveLength(SCHOOL_HOLIDAYS_NL.length);
    expect((await getHolidayCalendar(scope)).schoolHolidays).toHaveLength(SCHOOL_HOLIDAYS_NL.length);
    expect(a.region).toBe('midden');
    expect(a.schoolHolidays.find((h) => h.name === 'Kerstvakantie' && h.schoolYear === '2026-2027')).toMatchObject({
      region: 'all',
      startsOn: '2026-12-19',
      endsOn: '2027-01-03',
      source: expect.stringContaining('Rijksoverheid'),
    });
  });

  it('are changed by admins of the organisation only, each organisation its own copy', async () => {
    const a = await setup();
    const b = await setup();
    const id = await saveSchoolHoliday({ ...a.scope, name: 'Studiedag', region: 'noord', startsOn: '2027-03-03', endsOn: '2027-03-03', source: 'eigen' });
    const listA = (await getHolidayCalendar(a.scope)).schoolHolidays;
    expect(listA).toHaveLength(SCHOOL_HOLIDAYS_NL.length + 1);
    expect(listA.find((h) => h.id === id)).toMatchObject({ schoolYear: '2026-2027', source: 'eigen' });
    expect((await getHolidayCalendar(b.scope)).schoolHolidays).toHaveLength(SCHOOL_HOLIDAYS_NL.length);

    // Another organisation's admin cannot reach the row.
    const foreignEdit = { ...b.scope, holidayId: id, name: 'x', region: 'all' as const, startsOn: '2027-01-01', endsOn: '2027-01-01', source: '' };
    expect(await statusOf(saveSchoolHoliday(foreignEdit))).toBe(404);
    expect(await statusOf(removeSchoolHoliday({ ...b.scope, holidayId: id }))).toBe(404);
    // A coordinator of the same organisation may not change the list.
    const coordinator = await makeMember(a.org.id, 'coordinator');
    expect(await statusOf(removeSchoolHoliday({ ...coordinator, holidayId: id }))).toBe(403);
    expect(await statusOf(setSchoolRegion({ ...coordinator, region: 'zuid' }))).toBe(403);

    await saveSchoolHoliday({ ...a.scope, holidayId: id, name: 'Studiedagen', region: 'noord', startsOn: '2027-03-03', endsOn: '2027-03-04', source: 'eigen' });
    await removeSchoolHoliday({ ...a.scope, holidayId: id });
    expect(await (await db()).select().from(schoolHolidays).where(eq(schoolHolidays.id, id))).toEqual([]);
    await setSchoolRegion({ ...a.scope, region: 'zuid' });
    expect((await getHolidayCalendar(a.scope)).region).toBe('zuid');
    expect((await getHolidayCalendar(b.scope)).region).toBe('midden');
  });

  it('are edited through the page by admins; others read them', async () => {
    const { org, admin } = await setup();
    const params = { org: org.slug };
    const member = await makeMember(org.id, 'member');
    await expect(get(holidaysLoader, member.user.id, params)).resolves.toMatchObject({ canManage: false });
    expect(await statusOf(post(holidaysAction, member.user.id, params, { intent: 'region', region: 'noord' }))).toBe(403);
    const outsider = await makeMember((await makeOrg()).id, 'admin');
    expect(await statusOf(get(holidaysLoader, outsider.user.id, params))).toBe(404);

    const wrongOrder = await post(holidaysAction, admin.user.id, params, {
      intent: 'add',
      name: 'Studiedag',
      region: 'all',
      startsOn: '2027-03-04',
      endsOn: '2027-03-03',
    });
    expect(await statusOf(wrongOrder)).toBe(409);
    expect(answerOf(wrongOrder)).toMatchObject({ errors: { endsOn: 'calendar.endBeforeStart' }, values: { name: 'Studiedag' } });
    await expect(
      post(holidaysAction, admin.user.id, params, { intent: 'add', name: 'Studiedag', region: 'all', startsOn: '2027-03-03', endsOn: '2027-03-03' }),
    ).resolves.toMatchObject({
      ok: true,
    });
    await expect(post(holidaysAction, admin.user.id, params, { intent: 'region', region: 'noord' })).resolves.toMatchObject({ ok: true });
    const page = await get(holidaysLoader, admin.user.id, params);
    expect(page).toMatchObject({ canManage: true, region: 'noord' });
    expect(page.schoolHolidays.find((h) => h.name === 'Studiedag')).toMatchObject({ source: 'Ingevoerd door de organisatie' });
  });
});
