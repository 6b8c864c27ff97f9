// The change agenda's pages (S8b): the trajectory page's forms, the partner link's update form and the organisation's GET filters.
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { addAction } from '#app/features/actions/server/add-action.server';
import { getActionsPage } from '#app/features/actions/server/get-actions-page.server';
import { addDays } from '#app/features/calendar/domain/days';
import { todayInAmsterdam } from '#app/i18n/i18n';
import type { FormFailure } from '#app/utils/forms';
import { newToken } from '#app/utils/tokens.server';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { loader as orgActionsLoader } from './org-actions';
import { action as partnerLinkAction, loader as partnerLinkLoader } from './partner-link';
import { action as actionsAction } from './step-actions';

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ coordinator: ['coordinator'], member: ['member'] });
  const scope = people.coordinator.scope;
  const [partner] = await (
    await db()
  )
    .insert(partners)
    .values({ orgId: org.id, trajectoryId: trajectory.id, name: 'Welzijn Oost', domain: 'welfare', linkToken: newToken() })
    .returning();
  const params = { org: org.slug, tid: trajectory.id };
  const post = async (who: keyof typeof people, fields: Record<string, string>) =>
    callRoute(actionsAction, await postAs(people[who].actor.userId, `/o/${org.slug}/t/${trajectory.id}/actions`, fields), params);
  const postLink = async (token: string, fields: Record<string, string>) =>
    callRoute(partnerLinkAction, await postAs(null, `/p/partner/${token}`, fields), { token });
  return { org, people, scope, partner: partner!, post, postLink };
}

const fields = { title: 'Folder in gewone taal', agendaItemId: '', partnerId: '', ownerName: '', status: 'planned', stopReason: '', dueOn: '', nextStep: '' };

describe('step-actions action', () => {
  it('adds an action; stopping without a reason comes back next to the reason field with everything typed', async () => {
    const { post, scope, partner } = await setUp();
    const added = await post('coordinator', { intent: 'add-action', ...fields, partnerId: partner.id, dueOn: '2030-02-01' });
    expect(answerOf(added)).toMatchObject({ ok: true, intent: 'add-action' });
    const [created] = (await getActionsPage(scope)).withoutItem;
    expect(created).toMatchObject({ title: 'Folder in gewone taal', partnerName: 'Welzijn Oost', dueOn: '2030-02-01' });

    const stopped = await post('coordinator', { intent: 'edit-action', actionId: created!.id, ...fields, title: 'Nieuwe titel', status: 'stopped' });
    expect(await statusOf(stopped)).toBe(409);
    expect(answerOf<FormFailure>(stopped)).toMatchObject({
      errors: { stopReason: 'actions.stopReasonRequired' },
      values: { title: 'Nieuwe titel', status: 'stopped' },
      intent: 'edit-action',
      target: created!.id,
    });

    const empty = await post('coordinator', { intent: 'add-update', actionId: created!.id, text: '', evidence: '', status: 'nope', stopReason: '' });
    expect(await statusOf(empty)).toBe(400);
    expect(answerOf<FormFailure>(empty)).toMatchObject({ errors: { text: 'validation.required', status: 'validation.choose' }, target: created!.id });
  });

  it('refuses a member who may not manage actions', async () => {
    const { post } = await setUp();
    expect(await statusOf(post('member', { intent: 'add-action', ...fields }))).toBe(403);
  });
});

describe('partner-link: updates on its actions', () => {
  it("records an update on the partner's own action; another partner's action and an unknown link are a 404", async () => {
    const { scope, partner, postLink } = await setUp();
    const { id } = await addAction({ ...scope, ...fields, agendaItemId: null, partnerId: partner.id, dueOn: null, status: 'running' });
    const page = await callRoute(partnerLinkLoader, await getAs(null, `/p/partner/${partner.linkToken}`), { token: partner.linkToken });
    expect(page.owned.actions.map((a) => a.title)).toEqual(['Folder in gewone taal']);

    const update = {
      intent: 'action-update',
      actionId: id,
      text: 'Gedrukt en uitgedeeld.',
      evidence: 'Foto in de nieuwsbrief',
      status: 'done',
      stopReason: '',
    };
    expect(answerOf(await postLink(partner.linkToken, update))).toMatchObject({ ok: true, intent: 'action-update', target: id });
    expect((await getActionsPage(scope)).withoutItem[0]).toMatchObject({
      status: 'done',
      updates: [{ partnerName: 'Welzijn Oost', text: 'Gedrukt en uitgedeeld.' }],
    });

    const other = await setUp();
    expect(await statusOf(postLink(other.partner.linkToken, update))).toBe(404);
    expect(await statusOf(postLink('onbekend-onbekend-onbekend-onbekend', update))).toBe(404);
    // The sign form still works as before.
    expect(await statusOf(postLink(partner.linkToken, { intent: 'sign', signedName: '', signedOrganisation: '' }))).toBe(400);
  });
});

describe('org-actions loader', () => {
  it('reads the filters from the query and ignores odd values', async () => {
    const { org, scope, people } = await setUp();
    await addAction({ ...scope, ...fields, title: 'Te laat', agendaItemId: null, partnerId: null, dueOn: addDays(todayInAmsterdam(), -2), status: 'running' });
    await addAction({ ...scope, ...fields, title: 'Op tijd', agendaItemId: null, partnerId: null, dueOn: null, status: 'planned' });
    const load = async (query: string) =>
      callRoute(orgActionsLoader, await getAs(people.member.actor.userId, `/o/${org.slug}/actions${query}`), { org: org.slug });
    const late = await load('?overdue=on');
    expect(late.items.map((a) => a.title)).toEqual(['Te laat']);
    expect(late.filters).toMatchObject({ overdue: true, status: '' });
    const odd = await load('?status=kapot&trajectory=geen-id&overdue=ja');
    expect(odd.filters).toEqual({ status: '', partner: '', trajectory: '', overdue: false });
    expect(odd.items).toHaveLength(2);
  });
});
