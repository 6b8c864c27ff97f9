import { describe, expect, it } from 'vitest';
import { action, loader } from '#app/routes/org-settings';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { getOrgSettingsPage } from './get-org-settings-page.server';
import { updateEmbeddings } from './update-embeddings.server';

describe('the organisation’s own embeddings service (theme matching)', () => {
  it('is off by default; an admin turns it on and off on the settings page', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const url = `/o/${org.slug}/settings`;
    const params = { org: org.slug };
    expect((await getOrgSettingsPage(admin)).embeddings).toEqual({ url: '', model: '' });

    const saved = await callRoute(
      action,
      await postAs(admin.user.id, url, { intent: 'embeddings', embeddingsUrl: ' https://ai.gemeente.example/v1/ ', embeddingsModel: 'nl-klein' }),
      params,
    );
    expect(saved).toMatchObject({ ok: true, intent: 'embeddings' });
    const page = answerOf<{ embeddings: unknown }>(await callRoute(loader, await getAs(admin.user.id, url), params));
    expect(page.embeddings).toEqual({ url: 'https://ai.gemeente.example', model: 'nl-klein' });

    // Empty is off, and then no model is kept either.
    await callRoute(action, await postAs(admin.user.id, url, { intent: 'embeddings', embeddingsUrl: '', embeddingsModel: 'nl-klein' }), params);
    expect((await getOrgSettingsPage(admin)).embeddings).toEqual({ url: '', model: '' });
  });

  it('refuses plain http to another machine next to the field, keeping what was typed', async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin');
    const refused = await callRoute(
      action,
      await postAs(admin.user.id, `/o/${org.slug}/settings`, { intent: 'embeddings', embeddingsUrl: 'http://ai.gemeente.example', embeddingsModel: 'nl' }),
      { org: org.slug },
    );
    expect(await statusOf(refused)).toBe(400);
    expect(answerOf(refused)).toMatchObject({ errors: { embeddingsUrl: 'org.embeddingsUrlInvalid' }, values: { embeddingsUrl: 'http://ai.gemeente.example' } });
    expect((await getOrgSettingsPage(admin)).embeddings).toEqual({ url: '', model: '' });
  });

  it('is for admins only: coordinators neither see nor change it', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator');
    expect((await getOrgSettingsPage(coordinator)).embeddings).toBeNull();
    expect(await statusOf(updateEmbeddings({ ...coordinator, embeddingsUrl: 'https://ai.example', embeddingsModel: '' }))).toBe(403);
  });
});
