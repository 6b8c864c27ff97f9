import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { addGoalReview } from './add-goal-review.server';
import { listGoalReviews } from './list-goal-reviews.server';
import { updateGoals } from './update-goals.server';

const goals = {
  shortTermGoal: 'Ouders voelen zich gehoord',
  longTermGoal: 'Aanbod past bij gezinnen',
  horizonGoal: 'Blijvend partnerschap',
  visionLink: 'https://example.org/visie',
};

async function status(promise: Promise<unknown>) {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe('goals (S1)', () => {
  it('saves the goals of a trajectory in the organisation', async () => {
    const org = await makeOrg();
    const scope = await makeMember(org.id, 'coordinator');
    const trajectory = await makeTrajectory(org.id);
    await updateGoals({ ...scope, trajectoryId: trajectory.id, ...goals });
    const [saved] = await (await db()).select().from(trajectories).where(eq(trajectories.id, trajectory.id));
    expect(saved).toMatchObject(goals);
  });

  it("refuses another organisation's trajectory with a 404 and changes nothing", async () => {
    const mine = await makeMember((await makeOrg()).id, 'admin');
    const otherOrg = await makeOrg();
    const theirs = await makeTrajectory(otherOrg.id);
    expect(await status(updateGoals({ ...mine, trajectoryId: theirs.id, ...goals }))).toBe(404);
    expect(await status(addGoalReview({ ...mine, trajectoryId: theirs.id, reviewedOn: '2026-01-01', stillFits: true, whatChanged: '' }))).toBe(404);
    const [untouched] = await (await db()).select().from(trajectories).where(eq(trajectories.id, theirs.id));
    expect(untouched?.shortTermGoal).toBe('');
  });

  it('lists reviews newest first with their author', async () => {
    const org = await makeOrg();
    const scope = await makeMember(org.id, 'coordinator', 'Fatima de Vries');
    const trajectory = await makeTrajectory(org.id);
    await addGoalReview({ ...scope, trajectoryId: trajectory.id, reviewedOn: '2026-03-01', stillFits: true, whatChanged: 'Niets' });
    await addGoalReview({ ...scope, trajectoryId: trajectory.id, reviewedOn: '2026-05-10', stillFits: false, whatChanged: 'Nieuw thema' });
    await addGoalReview({ ...scope, trajectoryId: trajectory.id, reviewedOn: '2026-04-02', stillFits: true, whatChanged: '' });
    // Another trajectory's review never shows up here.
    await addGoalReview({ ...scope, trajectoryId: (await makeTrajectory(org.id)).id, reviewedOn: '2026-06-01', stillFits: true, whatChanged: '' });

    const reviews = await listGoalReviews({ ...scope, trajectoryId: trajectory.id });
    expect(reviews.map((r) => r.reviewedOn)).toEqual(['2026-05-10', '2026-04-02', '2026-03-01']);
    expect(reviews[0]).toMatchObject({ stillFits: false, whatChanged: 'Nieuw thema', authorName: 'Fatima de Vries' });
  });
});
