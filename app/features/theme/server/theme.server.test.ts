import { describe, expect, it } from 'vitest';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { action, loader } from '#app/routes/step-theme';
import { LISTENER_CATEGORIES } from '../domain/listener-plan';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { listListenerPlan } from './list-listener-plan.server';
import { saveListenerPlan } from './save-listener-plan.server';
import { saveParticipantProfile } from './save-participant-profile.server';
import { saveTargets } from './save-targets.server';
import { saveTheme } from './save-theme.server';

async function setup(variant: 'coalition' | 'care' = 'coalition') {
  const org = await makeOrg();
  const admin = await makeMember(org.id, 'coordinator');
  const trajectory = await makeTrajectory(org.id, { variant });
  return { org, admin, trajectory, scope: await scopeIn(admin, trajectory.id) };
}

const row = (category: (typeof LISTENER_CATEGORIES)[number], plannedCount: number, note = '') => ({ category, plannedCount, note });

describe('listener plan', () => {
  it('starts with every category at zero and upserts rows without duplicates', async () => {
    const { scope } = await setup();
    const empty = await listListenerPlan(scope);
    expect(empty).toHaveLength(LISTENER_CATEGORIES.length);
    expect(empty.every((r) => r.plannedCount === 0)).toBe(true);

    await saveListenerPlan({ ...scope, rows: [row('midwife', 2, 'wijk Zuid'), row('welfare', 1)] });
    await saveListenerPlan({ ...scope, rows: [row('midwife', 4), row('library', 1)] });
    const plan = await listListenerPlan(scope);
    expect(plan.find((r) => r.category === 'midwife')).toEqual(row('midwife', 4));
    expect(plan.find((r) => r.category === 'welfare')).toEqual(row('welfare', 1));
    expect(plan.find((r) => r.category === 'library')).toEqual(row('library', 1));
  });

  it('saves nothing when one row is wrong, and refuses another organisation', async () => {
    const { scope } = await setup();
    await expect(saveListenerPlan({ ...scope, rows: [row('midwife', 3), row('welfare', -1)] })).rejects.toThrow();
    await expect(
      saveListenerPlan({ ...scope, rows: [row('midwife', 3), { category: 'astronaut' as 'midwife', plannedCount: 1, note: '' }] }),
    ).rejects.toThrow();
    expect((await listListenerPlan(scope)).every((r) => r.plannedCount === 0)).toBe(true);

    const other = await setup();
    expect(await statusOf(saveListenerPlan({ ...other.scope, trajectoryId: scope.trajectoryId, rows: [row('midwife', 1)] }))).toBe(404);
    expect((await listListenerPlan({ ...other.scope, trajectoryId: scope.trajectoryId })).every((r) => r.plannedCount === 0)).toBe(true);
  });
});

describe('theme, profile and targets', () => {
  it('stores them on the trajectory of the organisation only', async () => {
    const { scope } = await setup();
    await saveTheme({ ...scope, theme: 'Vader worden' });
    const profile = {
      childAges: '0-4',
      sameNeighbourhood: 'mixed' as const,
      phase: 'eerste kind',
      education: 'gemengd',
      languages: 'Arabisch, Pools',
      other: '',
    };
    await saveParticipantProfile({ ...scope, profile });
    await saveTargets({ ...scope, targets: { participantTargetMin: 6, participantTargetMax: 10, mirrorListenerTarget: 30, followUpListenerTarget: 18 } });
    const trajectory = await loadTrajectory(scope);
    expect(trajectory).toMatchObject({
      theme: 'Vader worden',
      profile,
      participantTargetMin: 6,
      participantTargetMax: 10,
      mirrorListenerTarget: 30,
      followUpListenerTarget: 18,
    });

    const other = await setup();
    const foreign = { ...other.scope, trajectoryId: scope.trajectoryId };
    expect(await statusOf(saveTheme({ ...foreign, theme: 'x' }))).toBe(404);
    expect(await statusOf(saveParticipantProfile({ ...foreign, profile }))).toBe(404);
    const targets = { participantTargetMin: 1, participantTargetMax: 2, mirrorListenerTarget: 3, followUpListenerTarget: 4 };
    expect(await statusOf(saveTargets({ ...foreign, targets }))).toBe(404);
  });
});

describe('theme page (route)', () => {
  const url = (params: { org: string; tid: string }) => `/o/${params.org}/t/${params.tid}/theme`;

  it('refuses bad numbers per row, keeps what was typed and saves nothing', async () => {
    const { org, admin, trajectory, scope } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const bad = await callRoute(action, await postAs(admin.user.id, url(params), { intent: 'plan', 'count.midwife': '3', 'count.welfare': 'twee' }), params);
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf(bad)).toMatchObject({ errors: { 'count.welfare': 'validation.number' }, values: { 'count.midwife': '3', 'count.welfare': 'twee' } });
    expect((await listListenerPlan(scope)).every((r) => r.plannedCount === 0)).toBe(true);

    const fields = { intent: 'targets', participantTargetMin: '9', participantTargetMax: '6', mirrorListenerTarget: '35', followUpListenerTarget: '20' };
    const range = await callRoute(action, await postAs(admin.user.id, url(params), fields), params);
    expect(await statusOf(range)).toBe(400);
    expect(answerOf(range)).toMatchObject({ errors: { participantTargetMax: 'validation.rangeOrder' } });
  });

  it('shows warnings and coverage advice from what was saved, and fills an example without saving', async () => {
    const { org, admin, trajectory } = await setup('care');
    const params = { org: org.slug, tid: trajectory.id };
    const run = async (fields: Record<string, string>) => callRoute(action, await postAs(admin.user.id, url(params), fields), params);
    expect(await run({ intent: 'example', example: 'fathers' })).toMatchObject({ ok: true, intent: 'example', value: 'fathers' });
    await run({ intent: 'targets', participantTargetMin: '5', participantTargetMax: '12', mirrorListenerTarget: '50', followUpListenerTarget: '20' });
    await run({ intent: 'plan', 'count.experience_expert_parent': '1', 'count.community_work': '2', 'count.midwife': '3' });

    const loaded = await callRoute(loader, await getAs(admin.user.id, url(params)), params);
    expect(loaded.theme).toBe('');
    expect(loaded.targetAdvice).toEqual(['participantsFew', 'mirrorListenersMany']);
    expect(loaded.coverageAdvice).toEqual([]);
    expect(loaded.plannedTotal).toBe(6);
    expect(loaded.participantRange).toEqual({ min: 8, max: 12 });
  });

  it('lets members without a workgroup role look but not change', async () => {
    const { org, trajectory } = await setup();
    const params = { org: org.slug, tid: trajectory.id };
    const member = await makeMember(org.id, 'member');
    const loaded = await callRoute(loader, await getAs(member.user.id, url(params)), params);
    expect(loaded.canEdit).toBe(false);
    const save = async () => callRoute(action, await postAs(member.user.id, url(params), { intent: 'theme', theme: 'x' }), params);
    expect(await statusOf(save())).toBe(403);
    await giveRole(org.id, trajectory.id, member.user.id, 'policy');
    expect(await save()).toMatchObject({ ok: true, intent: 'theme' });
  });
});
