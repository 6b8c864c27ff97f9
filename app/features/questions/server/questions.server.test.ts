import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { listeners, questions, trajectories } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import { makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { statusOf } from '#tests/http';
import { ensureQuestionCode } from './ensure-question-code.server';
import { findQuestionLink } from './find-question-link.server';
import { listQuestions } from './list-questions.server';
import { mergeQuestions } from './merge-questions.server';
import { moveQuestion } from './move-question.server';
import { setQuestionDomains } from './set-question-domains.server';
import { setQuestionStatus } from './set-question-status.server';
import { submitQuestion } from './submit-question.server';
import { updateQuestionText } from './update-question-text.server';

async function setup() {
  const org = await makeOrg();
  const scope = await makeMember(org.id, 'coordinator');
  const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien in de wijk' });
  const at = await scopeIn(scope, trajectory.id);
  const ask = async (text: string) => (await submitQuestion({ orgId: org.id, trajectoryId: trajectory.id, listenerId: null, text })).id;
  return { org, scope, trajectory, at, ask };
}

async function row(id: string) {
  const [found] = await (await db()).select().from(questions).where(eq(questions.id, id));
  return found!;
}

describe('questions (S5g)', () => {
  it('makes the question code once and finds the trajectory by it, in any case', async () => {
    const { at, trajectory, org } = await setup();
    const code = await ensureQuestionCode(at);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await ensureQuestionCode(at)).toBe(code);
    const [saved] = await (await db()).select({ code: trajectories.questionCode }).from(trajectories).where(eq(trajectories.id, trajectory.id));
    expect(saved?.code).toBe(code);
    expect(await findQuestionLink({ code: code.toLowerCase() })).toMatchObject({
      orgId: org.id,
      trajectoryId: trajectory.id,
      title: 'Opgroeien in de wijk',
      code,
    });
    expect(await statusOf(findQuestionLink({ code: 'ONBEKEND9' }))).toBe(404);
    expect(await statusOf(findQuestionLink({ code: '../x' }))).toBe(404);
  });

  it("refuses another organisation's trajectory when making a code", async () => {
    const { at } = await setup();
    const theirs = await makeTrajectory((await makeOrg()).id);
    expect(await statusOf(ensureQuestionCode({ ...at, trajectoryId: theirs.id }))).toBe(404);
  });

  it('lists questions with the listener name or none for the open link', async () => {
    const { at, org, trajectory, ask } = await setup();
    const [listener] = await (
      await db()
    )
      .insert(listeners)
      .values({ orgId: org.id, trajectoryId: trajectory.id, name: 'Karin Jansen', linkToken: randomUUID() })
      .returning();
    await submitQuestion({ orgId: org.id, trajectoryId: trajectory.id, listenerId: listener!.id, text: 'Van een toehoorder' });
    await ask('Via de open link');
    const list = await listQuestions(at);
    // Both are handed in within the same instant: compare without relying on their order.
    expect(list.map((q) => [q.text, q.listenerName, q.status]).sort()).toEqual([
      ['Van een toehoorder', 'Karin Jansen', 'submitted'],
      ['Via de open link', null, 'submitted'],
    ]);
  });

  it('chooses, orders, sets aside and restores, keeping positions without gaps', async () => {
    const { at, ask } = await setup();
    const [a, b, c] = [await ask('Vraag A'), await ask('Vraag B'), await ask('Vraag C')];
    for (const id of [a, b, c]) await setQuestionStatus({ ...at, questionId: id, change: 'choose' });
    expect([(await row(a)).position, (await row(b)).position, (await row(c)).position]).toEqual([1, 2, 3]);

    await moveQuestion({ ...at, questionId: c, direction: 'up' });
    await moveQuestion({ ...at, questionId: c, direction: 'up' });
    await moveQuestion({ ...at, questionId: c, direction: 'up' }); // already first: no change
    expect([(await row(c)).position, (await row(a)).position, (await row(b)).position]).toEqual([1, 2, 3]);

    await setQuestionStatus({ ...at, questionId: a, change: 'setAside' });
    expect(await row(a)).toMatchObject({ status: 'set_aside', position: null });
    expect([(await row(c)).position, (await row(b)).position]).toEqual([1, 2]);

    await setQuestionStatus({ ...at, questionId: a, change: 'restore' });
    expect(await row(a)).toMatchObject({ status: 'submitted', position: null });
  });

  it('merges a question into the kept one, which takes its tags', async () => {
    const { at, ask } = await setup();
    const [kept, dup, earlier] = [await ask('Waar haalt u steun?'), await ask('Bij wie haalt u steun?'), await ask('Wie steunt u?')];
    await setQuestionDomains({ ...at, questionId: dup, domains: ['social'] });
    await setQuestionDomains({ ...at, questionId: kept, domains: ['parenting', 'medical'] });
    expect((await row(kept)).domains).toEqual(['medical', 'parenting']);
    await setQuestionStatus({ ...at, questionId: dup, change: 'choose' });
    await mergeQuestions({ ...at, questionId: earlier, keptId: dup });

    const outcome = await mergeQuestions({ ...at, questionId: dup, keptId: kept });
    expect(outcome.ok).toBe(true);
    expect(await row(dup)).toMatchObject({ status: 'merged', mergedIntoId: kept, position: null });
    // What was merged into the merged question now points to the kept one.
    expect(await row(earlier)).toMatchObject({ status: 'merged', mergedIntoId: kept });
    expect((await row(kept)).domains).toEqual(['medical', 'parenting', 'social']);

    await expect(mergeQuestions({ ...at, questionId: kept, keptId: kept })).rejects.toEqual(new RuleError('questions.mergeSame', 'keptId'));
    await expect(mergeQuestions({ ...at, questionId: kept, keptId: dup })).rejects.toMatchObject({
      messageKey: 'questions.mergeKeptIsMerged',
      field: 'keptId',
    });
  });

  it('rewrites the text', async () => {
    const { at, ask } = await setup();
    const id = await ask('Hoe ervaart u de laagdrempeligheid van voorzieningen?');
    await updateQuestionText({ ...at, questionId: id, text: 'Is het makkelijk om hulp te vinden?' });
    expect((await row(id)).text).toBe('Is het makkelijk om hulp te vinden?');
  });

  it("answers 404 for another organisation's or trajectory's question, and changes nothing", async () => {
    const mine = await setup();
    const theirs = await setup();
    const otherTrajectory = await makeTrajectory(mine.org.id);
    const foreign = await theirs.ask('Hun vraag');
    const elsewhere = await submitQuestion({ orgId: mine.org.id, trajectoryId: otherTrajectory.id, listenerId: null, text: 'Andere vraag' });
    const own = await mine.ask('Mijn vraag');
    for (const questionId of [foreign, elsewhere.id, 'geen-uuid']) {
      expect(await statusOf(setQuestionStatus({ ...mine.at, questionId, change: 'choose' }))).toBe(404);
      expect(await statusOf(updateQuestionText({ ...mine.at, questionId, text: 'Overschreven' }))).toBe(404);
      expect(await statusOf(setQuestionDomains({ ...mine.at, questionId, domains: ['medical'] }))).toBe(404);
      expect(await statusOf(moveQuestion({ ...mine.at, questionId, direction: 'up' }))).toBe(404);
      expect(await statusOf(mergeQuestions({ ...mine.at, questionId, keptId: own }))).toBe(404);
      expect(await statusOf(mergeQuestions({ ...mine.at, questionId: own, keptId: questionId }))).toBe(404);
    }
    // Another organisation's scope cannot reach this trajectory at all.
    expect(await statusOf(setQuestionStatus({ ...theirs.at, trajectoryId: mine.trajectory.id, questionId: own, change: 'choose' }))).toBe(404);
    expect(await row(foreign)).toMatchObject({ text: 'Hun vraag', status: 'submitted', domains: [] });
    expect(await row(own)).toMatchObject({ status: 'submitted', mergedIntoId: null });
    expect(await listQuestions({ ...theirs.at, trajectoryId: mine.trajectory.id })).toEqual([]);
  });

  it('lets members without a workgroup role look, not change', async () => {
    const { org, trajectory, ask } = await setup();
    const id = await ask('Een vraag');
    const reader = await scopeIn(await makeMember(org.id, 'member'), trajectory.id);
    expect(await listQuestions(reader)).toHaveLength(1);
    expect(await statusOf(ensureQuestionCode(reader))).toBe(403);
    expect(await statusOf(setQuestionStatus({ ...reader, questionId: id, change: 'choose' }))).toBe(403);
    expect(await statusOf(updateQuestionText({ ...reader, questionId: id, text: 'Anders' }))).toBe(403);
    expect((await row(id)).text).toBe('Een vraag');
  });
});
