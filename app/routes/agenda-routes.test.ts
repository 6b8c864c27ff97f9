// The agenda page and poster routes (S8a): input checked on the server, messages next to the field, permissions.
import { describe, expect, it } from 'vitest';
import { addAgendaItem } from '#app/features/agenda/server/add-agenda-item.server';
import { getAgendaPage } from '#app/features/agenda/server/get-agenda-page.server';
import type { FormFailure } from '#app/utils/forms';
import { makeOrg, makeTrajectory, trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { loader as posterLoader } from './agenda-poster';
import { action, loader } from './step-agenda';

describe('agenda page', () => {
  it('keeps what was typed with a Dutch message next to the field, needs the edit right, and answers 404 outside the organisation', async () => {
    const { org, trajectory, people } = await trajectoryWith({ lead: ['member', 'lead'], listener: ['member', 'listener'] });
    const { lead, listener } = people;
    const params = { org: org.slug, tid: trajectory.id };
    const url = `/o/${org.slug}/t/${trajectory.id}/agenda`;
    const post = async (userId: string, fields: Record<string, string | string[]>) => callRoute(action, await postAs(userId, url, fields), params);

    const noReason = await post(lead.actor.userId, { intent: 'add', title: 'Ouderkamer', plainText: 'Een kamer voor ouders.', reason: ' ' });
    expect(await statusOf(noReason)).toBe(400);
    expect(answerOf<FormFailure>(noReason)).toMatchObject({ errors: { reason: 'agenda.reasonRequired' }, values: { title: 'Ouderkamer' } });

    const leak = await post(lead.actor.userId, { intent: 'add', title: 'Ouderkamer', plainText: 'Mail ons: info@voorbeeld.nl', reason: 'Nieuw' });
    expect(await statusOf(leak)).toBe(409);
    expect(answerOf<FormFailure>(leak).errors).toEqual({ plainText: 'agenda.leak_email' });

    expect(await statusOf(post(listener.actor.userId, { intent: 'add', title: 'Ouderkamer', plainText: '', reason: 'Nieuw' }))).toBe(403);
    expect(await post(lead.actor.userId, { intent: 'add', title: 'Ouderkamer', plainText: 'Een kamer voor ouders.', reason: 'Nieuw' })).toMatchObject({
      ok: true,
      intent: 'add',
    });
    const [item] = (await getAgendaPage(lead.scope)).items;

    const share = await post(lead.actor.userId, { intent: 'share' });
    expect(answerOf<FormFailure>(share).errors).toEqual({ confirm: 'agenda.shareConfirmRequired' });
    const noLanguage = await post(lead.actor.userId, { intent: 'translation', itemId: item!.id, target: `${item!.id}-ar`, language: 'ar', text: 'نص' });
    expect(await statusOf(noLanguage)).toBe(409);
    expect(answerOf<FormFailure>(noLanguage)).toMatchObject({ target: `${item!.id}-ar`, errors: { text: 'agenda.languageNotChosen' } });
    expect(await post(lead.actor.userId, { intent: 'languages', languages: ['ar', 'tr'] })).toMatchObject({ ok: true });
    expect((await callRoute(loader, await getAs(listener.actor.userId, url), params)).languages.chosen).toEqual(['ar', 'tr']);

    const other = await makeOrg();
    const foreign = await makeTrajectory(other.id);
    const foreignParams = { org: org.slug, tid: foreign.id };
    expect(await statusOf(callRoute(loader, await getAs(lead.actor.userId, `/o/${org.slug}/t/${foreign.id}/agenda`), foreignParams))).toBe(404);
    expect(await statusOf(callRoute(posterLoader, await getAs(lead.actor.userId, `/o/${org.slug}/t/${foreign.id}/agenda/poster`), foreignParams))).toBe(404);
  });

  it('shows the poster only with a published page, in one extra language when asked', async () => {
    const { org, trajectory, people } = await trajectoryWith({ lead: ['member', 'lead'] });
    const { lead } = people;
    const params = { org: org.slug, tid: trajectory.id };
    const url = `/o/${org.slug}/t/${trajectory.id}/agenda`;
    await addAgendaItem({ ...lead.scope, title: 'Ouderkamer', plainText: 'Een kamer voor ouders.', reason: 'Nieuw' });
    const poster = async (query = '') => callRoute(posterLoader, await getAs(lead.actor.userId, `${url}/poster${query}`), params);
    expect((await poster()).poster.publicPage).toBeNull();
    await callRoute(action, await postAs(lead.actor.userId, url, { intent: 'publish', publish: 'on' }), params);
    const shown = await poster('?lang=xx');
    expect(shown.poster.publicPage?.url).toContain('/p/agenda/');
    expect(shown.poster.language).toBeNull();
    expect(shown.poster.items.map((i) => i.plainText)).toEqual(['Een kamer voor ouders.']);
  });
});
