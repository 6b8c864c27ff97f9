// The partner and listener pages: forms through handleForm, permissions in the operations, personal links as authorisation.
import { describe, expect, it } from 'vitest';
import { listListeners } from '#app/features/listeners/server/list-listeners.server';
import { addPartner } from '#app/features/partners/server/add-partner.server';
import { listPartners } from '#app/features/partners/server/list-partners.server';
import type { FormFailure } from '#app/utils/forms';
import { trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';
import { action as listenerLinkAction } from './listener-link';
import { action as partnerLinkAction } from './partner-link';
import { action as listenersAction } from './step-listeners';
import { action as partnersAction } from './step-partners';

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ coordinator: ['coordinator'], member: ['member'] });
  const params = { org: org.slug, tid: trajectory.id };
  const post = async (who: keyof typeof people, action: typeof partnersAction | typeof listenersAction, page: string, fields: Record<string, string>) =>
    callRoute(action, await postAs(people[who].actor.userId, `/o/${org.slug}/t/${trajectory.id}/${page}`, fields), params);
  return { people, post };
}

describe('step-listeners action', () => {
  it('adds pasted listeners all or nothing, and keeps the lines with the problem when one is wrong', async () => {
    const { people, post } = await setUp();
    const bad = await post('coordinator', listenersAction, 'listeners', { intent: 'import', lines: 'Sanne; Welzijn Oost; welzijn\n; zonder naam' });
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf<FormFailure>(bad)).toMatchObject({ errors: { lines: 'listeners.importHasProblems' }, intent: 'import' });
    expect(await listListeners(people.coordinator.scope)).toEqual([]);

    const good = await post('coordinator', listenersAction, 'listeners', { intent: 'import', lines: 'Sanne; Welzijn Oost; welzijn\nPiet;;;piet@ggd.test' });
    expect(answerOf(good)).toMatchObject({ ok: true, intent: 'import', value: { imported: 2 } });
    expect((await listListeners(people.coordinator.scope)).map((l) => l.name).sort()).toEqual(['Piet', 'Sanne']);
  });

  it('refuses a member without a role in the trajectory', async () => {
    const { post } = await setUp();
    expect(
      await statusOf(post('member', listenersAction, 'listeners', { intent: 'add', name: 'Sanne', organisation: '', category: 'welfare', email: '' })),
    ).toBe(403);
  });
});

describe('step-partners action', () => {
  it('says next to the links when a partner has no address to mail to', async () => {
    const { people, post } = await setUp();
    const partner = await addPartner({
      ...people.coordinator.scope,
      name: 'Gemeente',
      domain: 'policy',
      contactName: '',
      contactEmail: '',
      roleDescription: '',
    });
    const answer = await post('coordinator', partnersAction, 'partners', { intent: 'mail-link', partnerId: partner.id });
    expect(await statusOf(answer)).toBe(409);
    expect(answerOf(answer)).toMatchObject({ errors: { _form: 'partners.noEmailForMail' }, intent: 'mail-link', target: partner.id });
    expect(await statusOf(post('member', partnersAction, 'partners', { intent: 'add-statement', text: 'Ja' }))).toBe(403);
  });
});

describe('personal links', () => {
  it('answer 404 for an unknown link before the form is judged', async () => {
    const token = 'x'.repeat(43);
    expect(await statusOf(callRoute(partnerLinkAction, await postAs(null, `/p/partner/${token}`, { intent: 'sign' }), { token }))).toBe(404);
    expect(await statusOf(callRoute(listenerLinkAction, await postAs(null, `/p/listener/${token}`, { intent: 'rsvp' }), { token }))).toBe(404);
  });

  it('let a partner sign once the text is there', async () => {
    const { people, post } = await setUp();
    await addPartner({ ...people.coordinator.scope, name: 'Welzijn', domain: 'welfare', contactName: '', contactEmail: '', roleDescription: '' });
    const token = (await listPartners(people.coordinator.scope))[0]!.link!.split('/').pop()!;
    const sign = async () =>
      callRoute(
        partnerLinkAction,
        await postAs(null, `/p/partner/${token}`, { intent: 'sign', signedName: 'Sanne', signedOrganisation: 'Welzijn', confirm: 'on' }),
        { token },
      );
    expect(answerOf(await sign())).toMatchObject({ errors: { _form: 'partners.publicIntentNotReady' } });
    await post('coordinator', partnersAction, 'partners', { intent: 'intent', intentStatement: 'Wij luisteren.' });
    expect(answerOf(await sign())).toMatchObject({ ok: true, value: 'signed' });
    expect(answerOf(await sign())).toMatchObject({ ok: true, value: 'already-signed' });
  });
});
