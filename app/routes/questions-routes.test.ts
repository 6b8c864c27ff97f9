// The question routes check their input and permissions on the server (S5g).
import { describe, expect, it } from 'vitest';
import { createSession } from '#app/auth/session.server';
import type { OrgScope } from '#app/db/scope.server';
import { ensureQuestionCode } from '#app/features/questions/server/ensure-question-code.server';
import { listQuestions } from '#app/features/questions/server/list-questions.server';
import { submitQuestion } from '#app/features/questions/server/submit-question.server';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { action as linkAction, loader as linkLoader } from './question-link';
import { action as stepAction } from './step-questions';

async function post(userId: string | null, url: string, fields: Record<string, string>) {
  const headers: Record<string, string> = {};
  if (userId) headers.cookie = (await createSession(userId, new Request('http://x/'))).split(';')[0]!;
  return new Request(url, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    (r) => (r instanceof Response ? r.status : 200),
    (e: unknown) => (e instanceof Response ? e.status : Promise.reject(e)),
  );

type Failure = { init: { status: number }; data: { errors: Record<string, string>; values: Record<string, string> } };

async function questionsOf(scope: OrgScope, trajectoryId: string) {
  return listQuestions({ ...scope, trajectoryId });
}

describe('open question link', () => {
  it('stores a question without an account, keeps bad input with a Dutch message, and ignores robots', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    const trajectory = await makeTrajectory(org.id, { title: 'Vaders in beeld' });
    const code = await ensureQuestionCode({ ...coordinator, trajectoryId: trajectory.id });
    const url = `http://x/p/questions/${code}`;
    const call = async (fields: Record<string, string>) => linkAction({ request: await post(null, url, fields), params: { code }, context: {} } as never);

    const page = await linkLoader({ request: new Request(url), params: { code: code.toLowerCase() }, context: {} } as never);
    expect(page).toMatchObject({ title: 'Vaders in beeld', sent: false });

    const empty = (await call({ text: '   ' })) as unknown as Failure;
    expect(empty.init.status).toBe(400);
    expect(empty.data.errors).toEqual({ text: 'questions.textRequired' });
    const long = (await call({ text: 'x'.repeat(501) })) as unknown as Failure;
    expect(long.data.errors).toEqual({ text: 'questions.textTooLong' });
    expect(long.data.values.text).toHaveLength(501);

    const robot = (await call({ text: 'Koop nu!', website: 'http://spam.example' })) as Response;
    expect(robot.status).toBe(302);
    expect(await questionsOf(coordinator, trajectory.id)).toEqual([]);

    const sent = (await call({ text: ' Waar gaat u graag heen met uw kind? ', website: '' })) as Response;
    expect(sent.headers.get('Location')).toBe(`/p/questions/${code}?sent=1`);
    expect((await questionsOf(coordinator, trajectory.id)).map((q) => [q.text, q.listenerName, q.status])).toEqual([
      ['Waar gaat u graag heen met uw kind?', null, 'submitted'],
    ]);
  });

  it('answers 404 for an unknown code', async () => {
    expect(await statusOf(linkLoader({ request: new Request('http://x/p/questions/ZZZZ2222'), params: { code: 'ZZZZ2222' }, context: {} } as never))).toBe(404);
    expect(
      await statusOf(
        linkAction({ request: await post(null, 'http://x/p/questions/ZZZZ2222', { text: 'Hallo' }), params: { code: 'ZZZZ2222' }, context: {} } as never),
      ),
    ).toBe(404);
  });
});

describe('questions page actions', () => {
  it('needs the edit right, and refuses a question of another organisation with a 404', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const listener = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, listener.actor.userId, 'listener');
    const worker = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, worker.actor.userId, 'workgroup');
    const own = await submitQuestion({ orgId: org.id, trajectoryId: trajectory.id, listenerId: null, text: 'Onze vraag' });
    const otherOrg = await makeOrg();
    const foreign = await submitQuestion({ orgId: otherOrg.id, trajectoryId: (await makeTrajectory(otherOrg.id)).id, listenerId: null, text: 'Hun vraag' });
    const params = { org: org.slug, tid: trajectory.id };
    const url = `http://x/o/${org.slug}/t/${trajectory.id}/questions`;
    const call = async (userId: string, fields: Record<string, string>) =>
      stepAction({ request: await post(userId, url, fields), params, context: {} } as never);

    expect(await statusOf(call(listener.actor.userId, { intent: 'status', questionId: own.id, change: 'choose' }))).toBe(403);
    expect(await statusOf(call(worker.actor.userId, { intent: 'status', questionId: foreign.id, change: 'choose' }))).toBe(404);
    expect(await statusOf(call(worker.actor.userId, { intent: 'merge', questionId: own.id, keptId: foreign.id }))).toBe(404);
    expect(await statusOf(call(worker.actor.userId, { intent: 'domains', questionId: own.id, domains: 'medical' }))).toBe(200);
    expect((await questionsOf(worker, trajectory.id))[0]?.domains).toEqual(['medical']);

    const badDomain = (await call(worker.actor.userId, { intent: 'domains', questionId: own.id, domains: 'astrologie' })) as unknown as Failure;
    expect(badDomain.init.status).toBe(400);
    const self = (await call(worker.actor.userId, { intent: 'merge', questionId: own.id, keptId: own.id })) as unknown as Failure;
    expect(self.data.errors).toEqual({ keptId: 'questions.mergeSame' });
    const emptyText = (await call(worker.actor.userId, { intent: 'text', questionId: own.id, text: ' ' })) as unknown as Failure;
    expect(emptyText.data.errors).toEqual({ text: 'questions.textRequired' });
    expect((await questionsOf(worker, trajectory.id))[0]?.text).toBe('Onze vraag');
  });
});
