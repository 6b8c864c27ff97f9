// The insights pages through their routes: GET filters, form answers next to the field, redirects, and 404 outside the organisation.
import { describe, expect, it } from 'vitest';
import { insertInsight, insertTeam, insertTrajectory } from '#app/features/insights/server/insights-fixture';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { loader as dashboardLoader } from './insights-dashboard';
import { action as libraryAction, loader as libraryLoader } from './insights-library';
import { action as nextAction } from './insights-next';
import { action as reflectionAction } from './reflection-new';

async function setUp() {
  const org = await makeOrg('care');
  const coordinator = await makeMember(org.id, 'coordinator');
  const member = await makeMember(org.id, 'member');
  const noord = await insertTeam(org.id, 'Team Noord');
  const zuid = await insertTeam(org.id, 'Team Zuid');
  const a = await insertTrajectory(org.id, { title: 'Noord', teamId: noord });
  const b = await insertTrajectory(org.id, { title: 'Zuid', teamId: zuid });
  const item = await insertInsight(org.id, a, { title: 'Wachtlijst korter', sharedTheme: 'Wachtlijsten' });
  await insertInsight(org.id, b, { title: 'Brieven in eenvoudige taal', sharedTheme: 'Taal' });
  await insertInsight(org.id, b, { title: 'Kortere wachttijd in Zuid', sharedTheme: 'Wachtlijsten' });
  return { org, coordinator, member, noord, zuid, a, b, item, params: { org: org.slug } };
}

const texts = (data: Awaited<ReturnType<typeof libraryLoader>>) => data.groups.flatMap((g) => g.insights.map((i) => i.text));

describe('insights routes', () => {
  it('filters the library with a GET query, and ignores what makes no sense', async () => {
    const s = await setUp();
    const url = (query: string) => `http://x/o/${s.org.slug}/insights?${query}`;
    const both = await callRoute(libraryLoader, await getAs(s.member.actor.userId, url(`theme=Wachtlijsten&team=${s.zuid}`)), s.params);
    expect(texts(both)).toEqual(['Kortere wachttijd in Zuid']);
    expect(both.filters).toMatchObject({ theme: 'Wachtlijsten', team: s.zuid });
    const odd = await callRoute(libraryLoader, await getAs(s.member.actor.userId, url('team=x&from=gisteren&status=weg')), s.params);
    expect(odd.filters).toEqual({ theme: '', team: '', from: '', to: '', status: '' });
    expect(texts(odd)).toHaveLength(3);
    expect(odd.canEditThemes).toBe(false);
    const stranger = await makeMember((await makeOrg()).id, 'admin');
    expect(await statusOf(callRoute(libraryLoader, await getAs(stranger.actor.userId, url('')), s.params))).toBe(404);
    expect(await statusOf(callRoute(dashboardLoader, await getAs(stranger.actor.userId, `http://x/o/${s.org.slug}/dashboard`), s.params))).toBe(404);
  });

  it('answers a theme that names someone next to its field, and refuses members', async () => {
    const s = await setUp();
    const url = `http://x/o/${s.org.slug}/insights`;
    const fields = { intent: 'set-theme', target: s.item, itemId: s.item, sharedTheme: 'mevrouw Jansen' };
    const refused = await callRoute(libraryAction, await postAs(s.coordinator.actor.userId, url, fields), s.params);
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ errors: { sharedTheme: 'privacy.identifying' }, values: { sharedTheme: 'mevrouw Jansen' }, target: s.item });
    expect(await statusOf(callRoute(libraryAction, await postAs(s.member.actor.userId, url, { ...fields, sharedTheme: 'Taal' }), s.params))).toBe(403);
  });

  it('needs two trajectories for a reflection session, keeps what was typed, and opens its board', async () => {
    const s = await setUp();
    const url = `http://x/o/${s.org.slug}/reflection/new`;
    const one = await callRoute(reflectionAction, await postAs(s.coordinator.actor.userId, url, { title: 'Reflectie', trajectoryIds: [s.a] }), s.params);
    expect(await statusOf(one)).toBe(400);
    expect(answerOf(one)).toMatchObject({ errors: { trajectoryIds: 'insights.reflectionChooseTwo' }, values: { title: 'Reflectie', trajectoryIds: s.a } });
    const done = await callRoute(
      reflectionAction,
      await postAs(s.coordinator.actor.userId, url, { title: 'Reflectie', trajectoryIds: [s.a, s.b] }),
      s.params,
    ).catch((thrown: unknown) => thrown as Response);
    expect((done as Response).status).toBe(302);
    expect((done as Response).headers.get('Location')).toMatch(new RegExp(`^/o/${s.org.slug}/t/[0-9a-f-]{36}/board$`));
  });

  it('starts a next trajectory from the form, with a message for a missing title', async () => {
    const s = await setUp();
    const url = `http://x/o/${s.org.slug}/insights/next?from=${s.a}`;
    const missing = await callRoute(nextAction, await postAs(s.coordinator.actor.userId, url, { from: s.a, title: ' ', themes: 'Wachtlijsten' }), s.params);
    expect(await statusOf(missing)).toBe(400);
    expect(answerOf(missing)).toMatchObject({ errors: { title: 'validation.required' }, values: { themes: 'Wachtlijsten' } });
    const made = await callRoute(
      nextAction,
      await postAs(s.coordinator.actor.userId, url, { from: s.a, title: 'Noord 2', themes: 'Wachtlijsten', teamId: '' }),
      s.params,
    ).catch((thrown: unknown) => thrown as Response);
    expect((made as Response).status).toBe(302);
    expect((made as Response).headers.get('Location')).toMatch(new RegExp(`^/o/${s.org.slug}/t/[0-9a-f-]{36}$`));
  });
});
