// The personal calendar feed (issue 17, item 3): made and renewed on the account page, listing the
// meetings of the trajectories where the person has a role, 404 for any other address.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { action as accountAction, loader as accountLoader } from '#app/routes/account';
import { loader as feedLoader } from '#app/routes/calendar-feed';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { callRoute, getAs, postAs, statusOf } from '#tests/http';
import { saveMeetingDates } from './save-meeting-dates.server';

async function fetchFeed(url: string) {
  const path = new URL(url).pathname;
  const response = await callRoute(feedLoader, await getAs(null, path), { file: path.split('/').pop()! });
  return response;
}

describe('the personal calendar feed', () => {
  it('lists the meetings of the trajectories where the person has a role, and 404s for a bad or old link', async () => {
    const org = await makeOrg();
    const lead = await makeMember(org.id, 'coordinator', 'Sanne de Vries');
    const mine = await makeTrajectory(org.id, { title: 'Opgroeien in Oost' });
    const notMine = await makeTrajectory(org.id, { title: 'Ander traject' });
    await giveRole(org.id, mine.id, lead.user.id, 'lead');
    await giveRole(org.id, mine.id, lead.user.id, 'minute_taker');
    const scope = await scopeIn(lead, mine.id);
    await saveMeetingDates({
      ...scope,
      dates: [
        { kind: 'mirror', date: '2027-01-14', startTime: '19:00' },
        { kind: 'follow_up', date: '2027-02-04', startTime: '' },
        { kind: 'feedback', date: null, startTime: '' },
      ],
    });
    const admin = await makeMember(org.id, 'admin');
    await saveMeetingDates({ ...(await scopeIn(admin, notMine.id)), dates: [{ kind: 'mirror', date: '2027-03-01', startTime: '19:00' }] });

    expect(await callRoute(accountLoader, await getAs(lead.user.id, '/account'))).toMatchObject({ calendarFeed: { hasFeed: false } });
    const made = (await callRoute(accountAction, await postAs(lead.user.id, '/account', { intent: 'calendar-feed' }))) as { feedUrl: string };
    expect(made.feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await callRoute(accountLoader, await getAs(lead.user.id, '/account'))).toMatchObject({ calendarFeed: { hasFeed: true } });

    const response = await fetchFeed(made.feedUrl);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Spiegel: mijn bijeenkomsten');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Two dated meetings of her trajectory, once each although she has two roles; not the other trajectory's.
    expect(events.map((e) => e.summary)).toEqual(['Spiegelbijeenkomst: Opgroeien in Oost', 'Terugkombijeenkomst: Opgroeien in Oost']);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-01-14T18:00:00.000Z');
    expect(events[1]!.startDate.isDate).toBe(true);

    // A changed date is in the feed with a higher SEQUENCE.
    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-21', startTime: '19:00' }] });
    const again = new ICAL.Component(ICAL.parse(await (await fetchFeed(made.feedUrl)).text()));
    const mirror = new ICAL.Event(again.getAllSubcomponents('vevent')[0]!);
    expect(mirror.sequence).toBe(1);
    expect(mirror.startDate.toJSDate().toISOString()).toBe('2027-01-21T18:00:00.000Z');

    // A made-up token, a wrong shape, and the old link after renewing: 404.
    expect(await statusOf(fetchFeed(made.feedUrl.replace(/\/[^/]+\.ics$/, `/${'A'.repeat(43)}.ics`)))).toBe(404);
    expect(await statusOf(fetchFeed('http://x/calendar/short.ics'))).toBe(404);
    expect(await statusOf(fetchFeed(made.feedUrl.replace(/\.ics$/, '.txt')))).toBe(404);
    const renewed = (await callRoute(accountAction, await postAs(lead.user.id, '/account', { intent: 'calendar-feed' }))) as { feedUrl: string };
    expect(renewed.feedUrl).not.toBe(made.feedUrl);
    expect(await statusOf(fetchFeed(made.feedUrl))).toBe(404);
    expect(await statusOf(fetchFeed(renewed.feedUrl))).toBe(200);
  });
});
