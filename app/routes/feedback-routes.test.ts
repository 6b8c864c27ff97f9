// The parents' page, the public page and the workgroup's feedback pages: forms through handleForm,
// the personal link as authorisation, permissions in the operations.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { agendaReactions, parentLinks } from '#app/db/schema';
import { feedbackFixture } from '#app/features/feedback/server/feedback-fixture';
import type { FormFailure } from '#app/utils/forms';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { action as onBehalfAction } from './feedback-on-behalf';
import { loader as lettersLoader } from './feedback-letters';
import { action as parentAction, loader as parentLoader } from './parent-link';
import { loader as publicLoader } from './public-agenda';
import { action as feedbackAction, loader as feedbackLoader } from './step-feedback';

/** The response a loader or action threw (a redirect). */
async function thrown(work: Promise<unknown>): Promise<Response> {
  try {
    await work;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error('Nothing was thrown');
}

async function setUp(options?: Parameters<typeof feedbackFixture>[0]) {
  const f = await feedbackFixture(options);
  const params = { org: f.org.slug, tid: f.trajectory.id };
  const page = `/o/${f.org.slug}/t/${f.trajectory.id}/feedback`;
  const post = async (who: keyof typeof f.people, fields: Record<string, string | string[]>) =>
    callRoute(feedbackAction, await postAs(f.people[who].actor.userId, page, fields), params);
  const tokenOf = async (participantId: string) =>
    (await (await db()).select().from(parentLinks).where(eq(parentLinks.participantId, participantId)))[0]?.linkToken ?? '';
  const parentPost = async (token: string, fields: Record<string, string | string[]>) =>
    callRoute(parentAction, await postAs(null, `/p/parent/${token}`, { intent: 'feedback', lang: 'nl', ...fields }), { token });
  return { ...f, params, page, post, tokenOf, parentPost };
}

describe('step-feedback', () => {
  it('makes the links for the workgroup, not for someone without a role', async () => {
    const s = await setUp();
    expect(await statusOf(s.post('viewer', { intent: 'create-links' }))).toBe(403);
    expect(answerOf(await s.post('workgroup', { intent: 'create-links' }))).toMatchObject({ ok: true, intent: 'create-links', value: { created: 2 } });
    const again = await s.post('workgroup', { intent: 'create-links' });
    expect(await statusOf(again)).toBe(409);
    expect(answerOf(again)).toMatchObject({ errors: { _form: 'parentPage.noParentsWithoutLink' } });
    const page = await callRoute(feedbackLoader, await getAs(s.people.viewer.actor.userId, s.page), s.params);
    expect(page.parents.map((p) => [p.pseudonym, p.hasLink, p.link])).toEqual([
      ['Ouder A', true, null],
      ['Ouder B', true, null],
    ]);
  });

  it('refuses an unknown language next to the field', async () => {
    const s = await setUp();
    await s.post('lead', { intent: 'create-links' });
    const bad = await s.post('lead', { intent: 'link-language', participantId: s.parents.a.id, language: 'xx' });
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf<FormFailure>(bad)).toMatchObject({ errors: { language: 'validation.choose' }, values: { language: 'xx' } });
  });

  it('shows the letters only to those who may see names', async () => {
    const s = await setUp();
    await s.post('lead', { intent: 'create-links' });
    const letters = `${s.page}/letters`;
    expect(await statusOf(callRoute(lettersLoader, await getAs(s.people.workgroup.actor.userId, letters), s.params))).toBe(403);
    const page = await callRoute(lettersLoader, await getAs(s.people.lead.actor.userId, letters), s.params);
    expect(page.letters.map((l) => l.name)).toEqual(['Yasmina Haddou', 'Kees Verbeek']);
  });
});

describe("the parent's page", () => {
  it('answers 404 for an unknown link, for the page and for a posted form', async () => {
    const token = 'x'.repeat(43);
    expect(await statusOf(callRoute(parentLoader, await getAs(null, `/p/parent/${token}`), { token }))).toBe(404);
    expect(await statusOf(callRoute(parentAction, await postAs(null, `/p/parent/${token}`, { intent: 'feedback' }), { token }))).toBe(404);
  });

  it('keeps what was typed when a comment has no answer, and saves a good form with a redirect', async () => {
    const s = await setUp();
    await s.post('lead', { intent: 'create-links' });
    const token = await s.tokenOf(s.parents.b.id);
    const item = s.items.first.id;
    const bad = await s.parentPost(token, { [`comment-${item}`]: 'Alleen een opmerking', generalReaction: 'Dank' });
    expect(await statusOf(bad)).toBe(400);
    expect(answerOf<FormFailure>(bad)).toMatchObject({ errors: { [`comment-${item}`]: 'parentPage.chooseVerdict' }, values: { generalReaction: 'Dank' } });
    const empty = await s.parentPost(token, {});
    expect(answerOf<FormFailure>(empty)).toMatchObject({ errors: { _form: 'parentPage.nothingFilled' } });

    const good = await thrown(
      s.parentPost(token, { [`verdict-${item}`]: 'partly', [`comment-${item}`]: 'Te laat', involvement: ['sounding_board', 'coalition'], lang: 'ar' }),
    );
    expect(good.status).toBe(302);
    expect(good.headers.get('location')).toBe(`/p/parent/${token}?lang=ar&saved=1`);
    const [reaction] = await (await db()).select().from(agendaReactions).where(eq(agendaReactions.participantId, s.parents.b.id));
    expect(reaction).toMatchObject({ verdict: 'partly', comment: 'Te laat', recordedBy: null });

    const page = await callRoute(parentLoader, await getAs(null, `/p/parent/${token}?lang=ar&saved=1`), { token });
    expect(page).toMatchObject({ saved: true, language: 'ar', shared: true, involvement: ['sounding_board', 'coalition'] });
  });
});

describe('entering on behalf of a parent', () => {
  it('saves with the member marked and goes back to the form of that parent', async () => {
    const s = await setUp();
    const url = `${s.page}/on-behalf`;
    const answer = await thrown(
      callRoute(
        onBehalfAction,
        await postAs(s.people.workgroup.actor.userId, url, { intent: 'on-behalf', participantId: s.parents.a.id, [`verdict-${s.items.second.id}`]: 'missing' }),
        s.params,
      ),
    );
    expect(answer.headers.get('location')).toBe(`${url}?parent=${s.parents.a.id}&saved=1`);
    const [reaction] = await (await db()).select().from(agendaReactions).where(eq(agendaReactions.participantId, s.parents.a.id));
    expect(reaction).toMatchObject({ verdict: 'missing', recordedBy: s.people.workgroup.user.id });
    const viewer = await postAs(s.people.viewer.actor.userId, url, { intent: 'on-behalf', participantId: s.parents.a.id, generalReaction: 'x' });
    expect(await statusOf(callRoute(onBehalfAction, viewer, s.params))).toBe(403);
  });
});

describe('the public page', () => {
  it('is there once published and answers 404 otherwise', async () => {
    const published = await setUp({ published: true });
    const token = published.publicPageToken!;
    const page = await callRoute(publicLoader, await getAs(null, `/p/agenda/${token}`), { token });
    expect(page.items).toHaveLength(2);
    const unknown = 'y'.repeat(43);
    expect(await statusOf(callRoute(publicLoader, await getAs(null, `/p/agenda/${unknown}`), { token: unknown }))).toBe(404);
  });
});
