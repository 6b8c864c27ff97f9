// The question routes check their input and permissions on the server (S5g).
import { describe, expect, it } from 'vitest';
import { ensureQuestionCode } from '#app/features/questions/server/ensure-question-code.server';
import { listQuestions } from '#app/features/questions/server/list-questions.server';
import { submitQuestion } from '#app/features/questions/server/submit-question.server';
import type { FormFailure } from '#app/utils/forms';
import { makeOrg, makeTrajectory, trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { action as linkAction, loader as linkLoader } from './question-link';
import { action as stepAction } from './step-questions';

describe('open question link', () => {
  it('stores a question without an account, keeps bad input with a Dutch message, and ignores robots', async () => {
    const { scope } = (await trajectoryWith({ coordinator: ['coordinator'] }, { title: 'Vaders in beeld' })).people.coordinator;
    const code = await ensureQuestionCode(scope);
    const url = `/p/questions/${code}`;
    const call = async (fields: Record<string, string>) => callRoute(linkAction, await postAs(null, url, fields), { code });
    const sent = (fields: Record<string, string>) =>
      call(fields).then(
        () => new Response(null, { status: 200 }),
        (thrown: unknown) => thrown as Response,
      );

    const page = await callRoute(linkLoader, await getAs(null, url), { code: code.toLowerCase() });
    expect(page).toMatchObject({ title: 'Vaders in beeld', sent: false });

    const empty = await call({ text: '   ' });
    expect(await statusOf(empty)).toBe(400);
    expect(answerOf<FormFailure>(empty).errors).toEqual({ text: 'questions.textRequired' });
    const long = answerOf<FormFailure>(await call({ text: 'x'.repeat(501) }));
    expect(long.errors).toEqual({ text: 'questions.textTooLong' });
    expect(long.values.text).toHaveLength(501);

    const robot = await sent({ text: 'Koop nu!', website: 'http://spam.example' });
    expect(robot.status).toBe(302);
    expect(await listQuestions(scope)).toEqual([]);

    const human = await sent({ text: ' Waar gaat u graag heen met uw kind? ', website: '' });
    expect(human.headers.get('Location')).toBe(`/p/questions/${code}?sent=1`);
    expect((await listQuestions(scope)).map((q) => [q.text, q.listenerName, q.status])).toEqual([['Waar gaat u graag heen met uw kind?', null, 'submitted']]);
  });

  it('answers 404 for an unknown code', async () => {
    const url = '/p/questions/ZZZZ2222';
    expect(await statusOf(callRoute(linkLoader, await getAs(null, url), { code: 'ZZZZ2222' }))).toBe(404);
    expect(await statusOf(callRoute(linkAction, await postAs(null, url, { text: 'Hallo' }), { code: 'ZZZZ2222' }))).toBe(404);
  });
});

describe('questions page actions', () => {
  it('needs the edit right, and refuses a question of another organisation with a 404', async () => {
    const { org, trajectory, people } = await trajectoryWith({ listener: ['member', 'listener'], worker: ['member', 'workgroup'] });
    const { listener, worker } = people;
    const own = await submitQuestion({ orgId: org.id, trajectoryId: trajectory.id, listenerId: null, text: 'Onze vraag' });
    const otherOrg = await makeOrg();
    const foreign = await submitQuestion({ orgId: otherOrg.id, trajectoryId: (await makeTrajectory(otherOrg.id)).id, listenerId: null, text: 'Hun vraag' });
    const params = { org: org.slug, tid: trajectory.id };
    const url = `/o/${org.slug}/t/${trajectory.id}/questions`;
    const call = async (userId: string, fields: Record<string, string>) => callRoute(stepAction, await postAs(userId, url, fields), params);
    const questionsOf = () => listQuestions(worker.scope);

    expect(await statusOf(call(listener.actor.userId, { intent: 'status', questionId: own.id, change: 'choose' }))).toBe(403);
    expect(await statusOf(call(worker.actor.userId, { intent: 'status', questionId: foreign.id, change: 'choose' }))).toBe(404);
    expect(await statusOf(call(worker.actor.userId, { intent: 'merge', questionId: own.id, keptId: foreign.id }))).toBe(404);
    expect(await call(worker.actor.userId, { intent: 'domains', questionId: own.id, domains: 'medical' })).toMatchObject({
      ok: true,
      intent: 'domains',
      target: own.id,
      value: { message: 'questions.saved_domains', questionId: own.id },
    });
    expect((await questionsOf())[0]?.domains).toEqual(['medical']);

    expect(await statusOf(call(worker.actor.userId, { intent: 'domains', questionId: own.id, domains: 'astrologie' }))).toBe(400);
    const self = await call(worker.actor.userId, { intent: 'merge', questionId: own.id, keptId: own.id });
    expect(await statusOf(self)).toBe(409);
    expect(answerOf<FormFailure>(self).errors).toEqual({ keptId: 'questions.mergeSame' });
    const emptyText = answerOf<FormFailure>(await call(worker.actor.userId, { intent: 'text', questionId: own.id, text: ' ' }));
    expect(emptyText.errors).toEqual({ text: 'questions.textRequired' });
    expect((await questionsOf())[0]?.text).toBe('Onze vraag');
  });
});
