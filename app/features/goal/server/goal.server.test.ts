import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { statusOf } from '#tests/http';
import { addGoalReview } from './add-goal-review.server';
import { listGoalReviews } from './list-goal-reviews.server';
import { updateGoals } from './update-goals.server';

const goals = {
  shortTermGoal: 'Ouders voelen zich gehoord',
  longTermGoal: 'Aanbod past bij gezinnen',
  horizonGoal: 'Blijvend partnerschap',
  visionLink: 'https://example.org/visie',
};

describe('goals (S1)', () => {
  it('saves the goals of a trajectory in the organisation', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const trajectory = await makeTrajectory(org.id);
    await updateGoals({ ...(await scopeIn(coordinator, trajectory.id)), ...goals });
    const [saved] = await (await db()).select().from(trajectories).where(eq(trajectories.id, trajectory.id));
    expect(saved).toMatchObject(goals);
  });

  it("refuses another organisation's trajectory with a 404 and changes nothing", async () => {
    const mine = await makeMember((await makeOrg()).id, 'admin');
    const otherOrg = await makeOrg();
    const theirs = await makeTrajectory(otherOrg.id);
    expect(await statusOf(scopeIn(mine, theirs.id))).toBe(404);
    // Even a scope made up by hand reaches nothing outside its organisation.
    const forged = { ...mine, trajectoryId: theirs.id, roles: [] };
    expect(await statusOf(updateGoals({ ...forged, ...goals }))).toBe(404);
    expect(await statusOf(addGoalReview({ ...forged, reviewedOn: '2026-01-01', stillFits: true, whatChanged: '' }))).toBe(404);
    const [untouched] = await (await db()).select().from(trajectories).where(eq(trajectories.id, theirs.id));
    expect(untouched?.shortTermGoal).toBe('');
  });

  it('lists reviews newest first with their author', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator', 'Fatima de Vries');
    const trajectory = await makeTrajectory(org.id);
    const scope = await scopeIn(coordinator, trajectory.id);
    await addGoalReview({ ...scope, reviewedOn: '2026-03-01', stillFits: true, whatChanged: 'Niets' });
    await addGoalReview({ ...scope, reviewedOn: '2026-05-10', stillFits: false, whatChanged: 'Nieuw thema' });
    await addGoalReview({ ...scope, reviewedOn: '2026-04-02', stillFits: true, whatChanged: '' });
    // Another trajectory's review never shows up here.
    await addGoalReview({ ...(await scopeIn(coordinator, (await makeTrajectory(org.id)).id)), reviewedOn: '2026-06-01', stillFits: true, whatChanged: '' });

    const reviews = await listGoalReviews(scope);
    expect(reviews.map((r) => r.reviewedOn)).toEqual(['2026-05-10', '2026-04-02', '2026-03-01']);
    expect(reviews[0]).toMatchObject({ stillFits: false, whatChanged: 'Nieuw thema', authorName: 'Fatima de Vries' });
  });

  it('lets the workgroup and organisation managers change the goals, not a plain member without a role', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const member = await makeMember(org.id, 'member');
    const scope = await scopeIn(member, trajectory.id);
    expect(await statusOf(updateGoals({ ...scope, ...goals }))).toBe(403);
    expect(await statusOf(addGoalReview({ ...scope, reviewedOn: '2026-01-01', stillFits: true, whatChanged: '' }))).toBe(403);
    expect(await listGoalReviews(scope)).toEqual([]);
  });
});
