// Bad input gets the form's own answer, never a 500 and never a row (issue 13, item 3): a null byte
// on the public forms, and a day PostgreSQL cannot store.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { boardMembers } from '#app/db/schema';
import { openTestBoard } from '#app/features/board/server/board-fixture';
import { listListeners } from '#app/features/listeners/server/list-listeners.server';
import { addPartner } from '#app/features/partners/server/add-partner.server';
import { listPartners } from '#app/features/partners/server/list-partners.server';
import { ensureQuestionCode } from '#app/features/questions/server/ensure-question-code.server';
import { listQuestions } from '#app/features/questions/server/list-questions.server';
import { listPrepMeetings } from '#app/features/workgroup/server/list-prep-meetings.server';
import type { FormFailure } from '#app/utils/forms';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';
import { action as boardAction } from './board-participant';
import { action as listenerLinkAction } from './listener-link';
import { action as partnerLinkAction } from './partner-link';
import { action as questionLinkAction } from './question-link';
import { action as listenersAction } from './step-listeners';
import { action as partnersAction } from './step-partners';
import { action as workgroupAction } from './step-workgroup';

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ coordinator: ['coordinator'] });
  const params = { org: org.slug, tid: trajectory.id };
  const scope = people.coordinator.scope;
  const post = async (action: typeof partnersAction | typeof listenersAction | typeof workgroupAction, page: string, fields: Record<string, string>) =>
    callRoute(action, await postAs(people.coordinator.actor.userId, `/o/${org.slug}/t/${trajectory.id}/${page}`, fields), params);
  return { scope, post };
}

/** The answer of a public form: 400 with the message next to the field. */
async function refused(answer: Promise<unknown>, field: string, message = 'validation.controlChars') {
  const result = await answer;
  expect(await statusOf(result)).toBe(400);
  expect(answerOf<FormFailure>(result).errors).toEqual({ [field]: message });
  return answerOf<FormFailure>(result);
}

describe('a null byte on the public forms', () => {
  it('the partner page refuses it and signs nothing', async () => {
    const { scope, post } = await setUp();
    await addPartner({ ...scope, name: 'Welzijn', domain: 'welfare', contactName: '', contactEmail: '', roleDescription: '' });
    await post(partnersAction, 'partners', { intent: 'intent', intentStatement: 'Wij luisteren.' });
    const token = (await listPartners(scope))[0]!.link!.split('/').pop()!;
    const sign = async (signedName: string) =>
      callRoute(partnerLinkAction, await postAs(null, `/p/partner/${token}`, { intent: 'sign', signedName, signedOrganisation: 'Welzijn', confirm: 'on' }), {
        token,
      });
    const failure = await refused(sign('San\u0000ne'), 'signedName');
    expect(failure.values.signedName).toBe('Sanne');
    // Nothing was signed: the first clean signature is the one that counts.
    expect(answerOf(await sign('Sanne'))).toMatchObject({ ok: true, value: 'signed' });
  });

  it('the listener page refuses it and stores no question', async () => {
    const { scope, post } = await setUp();
    await post(listenersAction, 'listeners', { intent: 'import', lines: 'Sanne; Welzijn Oost; welzijn' });
    const token = (await listListeners(scope))[0]!.link!.split('/').pop()!;
    const ask = async (text: string) => callRoute(listenerLinkAction, await postAs(null, `/p/listener/${token}`, { intent: 'question', text }), { token });
    await refused(ask('Waar gaan\u0000 we heen?'), 'text');
    expect(await listQuestions(scope)).toEqual([]);
    expect(await statusOf(ask('Waar gaan we heen?'))).toBe(200);
    expect(await listQuestions(scope)).toHaveLength(1);
  });

  it('the open question link refuses it and stores no question', async () => {
    const { scope } = await setUp();
    const code = await ensureQuestionCode(scope);
    const answer = callRoute(questionLinkAction, await postAs(null, `/p/questions/${code}`, { text: 'Waar\u0000 gaan we heen?', website: '' }), { code });
    await refused(answer, 'text');
    expect(await listQuestions(scope)).toEqual([]);
  });

  it('joining a board refuses it and adds no member', async () => {
    const { board } = await openTestBoard();
    const answer = callRoute(boardAction, await postAs(null, `/p/board/${board.joinCode}`, { intent: 'join', displayName: 'Ans\u0000' }), {
      code: board.joinCode,
    });
    await refused(answer, 'displayName');
    expect(await (await db()).select().from(boardMembers).where(eq(boardMembers.boardId, board.id))).toEqual([]);
  });
});

describe('a day out of range', () => {
  it('the workgroup meeting refuses 0000-01-01 next to the field and stores no meeting', async () => {
    const { scope, post } = await setUp();
    const answer = post(workgroupAction, 'workgroup', { intent: 'add-meeting', heldOn: '0000-01-01', agenda: 'Start', decisions: '' });
    await refused(answer, 'heldOn', 'validation.dateRange');
    expect(await listPrepMeetings(scope)).toEqual([]);
  });
});
