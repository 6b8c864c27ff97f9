// The JSON API (I1) on the real database, through its route: every endpoint is called (with its
// error answers too) and every answer is checked against the OpenAPI document with ajv, so an
// answer that drifts from the document fails here. Also: tokens shown once and stored hashed,
// revoked tokens, read tokens, other organisations, last use, the rate limits (per token, and
// failed authentications per address), and no cookies.
import { randomUUID } from 'node:crypto';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/client.server';
import { actionUpdates, agendaItems, apiTokens, formSubmissions, memberships } from '#app/db/schema';
import { addAction } from '#app/features/actions/server/add-action.server';
import { saveMeetingDates } from '#app/features/calendar/server/save-meeting-dates.server';
import { addListeners } from '#app/features/listeners/server/add-listeners.server';
import { action as tokensAction, loader as tokensLoader } from '#app/routes/api-tokens';
import { loader as openApiLoader } from '#app/routes/api-openapi';
import { action as apiAction, loader as apiLoader } from '#app/routes/api-v1';
import { makeMember, makeOrg, makeTrajectory, trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, cookieFor, getAs, postAs } from '#tests/http';
import { endpoints } from './endpoints';
import { matchEndpoint } from './handle-api-request.server';
import { openApiDocument } from './openapi';
import { createApiToken } from './server/create-api-token.server';
import { hashToken } from './server/api-records.server';
import { listApiTokens } from './server/list-api-tokens.server';
import { revokeApiToken } from './server/revoke-api-token.server';

type Doc = ReturnType<typeof openApiDocument> & {
  paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: object } } }> }>>;
};
const doc = (await callRoute(openApiLoader, new Request('http://x/api/openapi.json')).then((r) => r.json())) as Doc;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

/** The document's schema for this answer; throws when the document does not name the status. */
function validatorFor(method: string, template: string, status: number): ValidateFunction {
  const key = `${method} ${template} ${status}`;
  const schema = doc.paths[template]?.[method]?.responses[String(status)]?.content?.['application/json'].schema;
  if (!schema) throw new Error(`The document has no answer ${status} for ${method.toUpperCase()} ${template}`);
  if (!validators.has(key)) validators.set(key, ajv.compile(schema));
  return validators.get(key)!;
}

/** Every (method, path, status) answered in this file and checked against the document. */
const seen = new Set<string>();

type Call = { status: number; body: Record<string, unknown> & { error?: { code: string; message: string; field?: string } }; headers: Headers };

/** Calls the API as an integration would, and checks the answer against the document. */
async function api(token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Call> {
  const init: RequestInit = { method: method.toUpperCase(), headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const request = new Request(`http://x/api/v1${path}`, init);
  const route = method === 'get' ? apiLoader : apiAction;
  const response = await callRoute(route, request, { '*': path.slice(1) });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const json = (await response.json()) as Call['body'];
  const match = matchEndpoint(method, path);
  if (match) {
    const validate = validatorFor(method, match.endpoint.path, response.status);
    if (!validate(json))
      throw new Error(
        `${method.toUpperCase()} ${path} ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json)}`,
      );
    seen.add(`${method} ${match.endpoint.path} ${response.status}`);
  }
  return { status: response.status, body: json, headers: response.headers };
}

let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['member', 'lead'], viewer: ['member'] });
  const { lead, viewer } = people;
  await addListeners({ ...lead.scope, rows: [{ name: 'Karin de Vries', organisation: 'Wijkteam Noord', category: 'youth_care', email: 'karin@example.org' }] });
  await saveMeetingDates({
    ...lead.scope,
    dates: [
      { kind: 'mirror', date: '2027-03-10', startTime: '19:00' },
      { kind: 'follow_up', date: null, startTime: '' },
    ],
  });
  const [item] = await (
    await db()
  )
    .insert(agendaItems)
    .values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      rank: 1,
      title: 'Eén vaste contactpersoon',
      plainText: 'Eén persoon die u kent.',
      status: 'agreed',
      position: 0,
    })
    .returning();
  const base = { title: 'Proef met vaste contactpersoon', partnerId: null, ownerName: 'Sanne', stopReason: '', nextStep: 'Start in maart.' };
  await addAction({ ...lead.scope, ...base, agendaItemId: item!.id, status: 'planned', dueOn: '2020-01-01' });
  await addAction({ ...lead.scope, ...base, title: 'Folder in drie talen', agendaItemId: null, status: 'idea', dueOn: null });
  const write = (await createApiToken({ ...lead, name: 'Zaaksysteem', scope: 'write' })).token!;
  const read = (await createApiToken({ ...lead, name: 'Dashboard', scope: 'read' })).token!;
  const viewerWrite = (await createApiToken({ ...viewer, name: 'Kijker', scope: 'write' })).token!;
  const other = await makeOrg();
  const stranger = await makeMember(other.id, 'admin');
  const otherTrajectory = await makeTrajectory(other.id);
  const foreign = (await createApiToken({ ...stranger, name: 'Ander', scope: 'write' })).token!;
  const t = `/orgs/${org.slug}/trajectories/${trajectory.id}`;
  const { body } = await api(read, 'get', `${t}/actions`);
  const [first, second] = (body.items as { id: string }[]).map((a) => a.id);
  return { org, trajectory, lead, viewer, item: item!, write, read, viewerWrite, foreign, other, otherTrajectory, t, actionId: first!, otherActionId: second! };
}

beforeAll(async () => {
  world = await makeWorld();
});
afterEach(() => vi.unstubAllEnvs());

describe('the documented API', () => {
  it('serves an OpenAPI 3.1 document with every endpoint, whose schemas compile', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const endpoint of Object.values(endpoints)) expect(doc.paths[endpoint.path]?.[endpoint.method]).toBeDefined();
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(methods))
        for (const status of Object.keys(operation.responses)) validatorFor(method, path, Number(status));
  });

  it('reads trajectories with their steps, meetings, listeners, agenda items and actions', async () => {
    const { org, trajectory, read, t } = world;
    const list = await api(read, 'get', `/orgs/${org.slug}/trajectories`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: trajectory.id, stepsDone: expect.any(Number) })]);
    const one = await api(read, 'get', t);
    expect((one.body.steps as unknown[]).length).toBe(8);
    const meetings = await api(read, 'get', `${t}/meetings`);
    expect(meetings.body.items).toContainEqual(expect.objectContaining({ kind: 'mirror', date: '2027-03-10', startTime: '19:00' }));
    const listeners = await api(read, 'get', `${t}/listeners`);
    expect(listeners.body.items).toEqual([expect.objectContaining({ name: 'Karin de Vries', invited: false, rsvpMirror: '' })]);
    // No e-mail address, no personal link.
    expect(JSON.stringify(listeners.body)).not.toMatch(/karin@example|\/p\/listener/);
    const items = await api(read, 'get', `${t}/agenda-items`);
    expect(items.body.items).toEqual([{ id: world.item.id, title: 'Eén vaste contactpersoon', plainText: 'Eén persoon die u kent.' }]);
    const actions = await api(read, 'get', `${t}/actions`);
    expect(actions.body.items).toEqual([
      expect.objectContaining({ id: world.actionId, agendaItemId: world.item.id, status: 'planned', overdue: true, updates: [] }),
      expect.objectContaining({ id: world.otherActionId, agendaItemId: null, status: 'idea', overdue: false }),
    ]);
    const action = await api(read, 'get', `${t}/actions/${world.actionId}`);
    expect(action.body).toMatchObject({ title: 'Proef met vaste contactpersoon', dueOn: '2020-01-01' });
  });

  it('updates the change agenda with a write token: a status, and an update (once per Idempotency-Key)', async () => {
    const { write, t, actionId } = world;
    const patched = await api(write, 'patch', `${t}/actions/${actionId}`, { status: 'running', nextStep: 'Evaluatie in juni.' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'running', nextStep: 'Evaluatie in juni.', title: 'Proef met vaste contactpersoon', dueOn: '2020-01-01' });
    const key = randomUUID();
    const update = { text: 'Twintig gezinnen hebben nu een vaste contactpersoon.', evidence: 'Verslag april', status: 'done' };
    const added = await api(write, 'post', `${t}/actions/${actionId}/updates`, update, { 'idempotency-key': key });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      status: 'done',
      overdue: false,
      updates: [expect.objectContaining({ text: update.text, status: 'done', author: expect.any(String) })],
    });
    const again = await api(write, 'post', `${t}/actions/${actionId}/updates`, update, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    const rows = await (await db()).select().from(actionUpdates).where(eq(actionUpdates.actionId, actionId));
    expect(rows).toHaveLength(1);
    // The same key with another body is a conflict.
    expect((await api(write, 'post', `${t}/actions/${actionId}/updates`, { ...update, text: 'Iets anders' }, { 'idempotency-key': key })).status).toBe(409);
    // Without a status the update keeps the action's own.
    const kept = await api(write, 'post', `${t}/actions/${world.otherActionId}/updates`, { text: 'Eerste gesprek gehad.' });
    expect(kept.body).toMatchObject({ status: 'idea' });
  });

  it('answers bad input 400 with the issues, and a rule of the screens 409 with its field', async () => {
    const { write, t, otherActionId } = world;
    const bad = await api(write, 'patch', `${t}/actions/${otherActionId}`, { status: 'finished', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad_request', issues: expect.arrayContaining([expect.objectContaining({ path: 'status' })]) });
    expect((await api(write, 'post', `${t}/actions/${otherActionId}/updates`, '{not json')).status).toBe(400);
    expect((await api(write, 'post', `${t}/actions/${otherActionId}/updates`, { text: '' })).status).toBe(400);
    const stopped = await api(write, 'patch', `${t}/actions/${otherActionId}`, { status: 'stopped' });
    expect(stopped.status).toBe(409);
    expect(stopped.body.error).toMatchObject({ code: 'conflict', field: 'stopReason' });
    expect((await api(write, 'post', `${t}/actions/${otherActionId}/updates`, { text: 'Gestopt.', status: 'stopped' })).status).toBe(409);
  });

  it('refuses a read token every change (403), and a member who may not manage actions on the screens neither', async () => {
    const { read, viewerWrite, t, otherActionId } = world;
    const patch = await api(read, 'patch', `${t}/actions/${otherActionId}`, { status: 'planned' });
    expect(patch.status).toBe(403);
    expect(patch.body.error?.code).toBe('forbidden');
    expect((await api(read, 'post', `${t}/actions/${otherActionId}/updates`, { text: 'Nee' })).status).toBe(403);
    // A write token acts as its member: the viewer reads, but may not change actions.
    expect((await api(viewerWrite, 'get', `${t}/actions`)).status).toBe(200);
    expect((await api(viewerWrite, 'patch', `${t}/actions/${otherActionId}`, { status: 'planned' })).status).toBe(403);
    expect((await api(viewerWrite, 'post', `${t}/actions/${otherActionId}/updates`, { text: 'Nee' })).status).toBe(403);
  });

  it("answers 404 for another organisation's data, for unknown ids and for unknown endpoints", async () => {
    const { foreign, write, org, other, otherTrajectory, t, actionId } = world;
    for (const endpoint of Object.values(endpoints)) {
      const path = endpoint.path.replace('{org}', org.slug).replace('{tid}', world.trajectory.id).replace('{aid}', actionId);
      const body = endpoint.method === 'get' ? undefined : { text: 'x' };
      expect((await api(foreign, endpoint.method, path, body)).status).toBe(404);
    }
    // Its own organisation in the path, another's trajectory: not there.
    expect((await api(foreign, 'get', `/orgs/${other.slug}/trajectories/${world.trajectory.id}`)).status).toBe(404);
    expect((await api(write, 'get', `/orgs/${org.slug}/trajectories/${otherTrajectory.id}/actions`)).status).toBe(404);
    expect((await api(write, 'get', `/orgs/${org.slug}/trajectories/not-a-uuid/meetings`)).status).toBe(404);
    expect((await api(write, 'get', `/orgs/${org.slug}/trajectories/${world.trajectory.id}/listeners`)).status).toBe(200);
    expect((await api(write, 'get', `${t}/agenda-items`)).status).toBe(200);
    expect((await api(write, 'get', `${t}/actions/${randomUUID()}`)).status).toBe(404);
    expect((await api(write, 'patch', `${t}/actions/${randomUUID()}`, { status: 'done' })).status).toBe(404);
    expect((await api(write, 'post', `${t}/actions/${randomUUID()}/updates`, { text: 'x' })).status).toBe(404);
    expect((await api(write, 'get', '/orgs/x/unknown')).status).toBe(404);
  });

  it('answers 401 without a token, with a made-up or revoked one, and with a session cookie only', async () => {
    const { lead, org, t } = world;
    const { id, token } = await createApiToken({ ...lead, name: 'Even', scope: 'read' });
    expect((await api(token, 'get', `${t}/meetings`)).status).toBe(200);
    await revokeApiToken({ ...lead, tokenId: id });
    for (const endpoint of Object.values(endpoints)) {
      const path = endpoint.path.replace('{org}', org.slug).replace('{tid}', world.trajectory.id).replace('{aid}', world.actionId);
      const answer = await api(token, endpoint.method, path, endpoint.method === 'get' ? undefined : {});
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await api(null, 'get', `${t}/meetings`)).status).toBe(401);
    expect((await api(`spg_${'A'.repeat(43)}`, 'get', `${t}/meetings`)).status).toBe(401);
    // A signed-in member's cookie never authenticates an API call.
    expect((await api(null, 'get', `${t}/meetings`, undefined, { cookie: await cookieFor(lead.actor.userId) })).status).toBe(401);
    // Someone else's token cannot be revoked: 404.
    const mine = await createApiToken({ ...lead, name: 'Van mij', scope: 'read' });
    await expect(revokeApiToken({ ...world.viewer, tokenId: mine.id })).rejects.toMatchObject({ status: 404 });
  });

  it('stops working when its member leaves the organisation', async () => {
    const { org, t } = world;
    const leaving = await makeMember(org.id, 'coordinator');
    const { token } = await createApiToken({ ...leaving, name: 'Weg', scope: 'read' });
    expect((await api(token, 'get', `${t}/actions`)).status).toBe(200);
    await (await db()).delete(memberships).where(and(eq(memberships.orgId, org.id), eq(memberships.userId, leaving.actor.userId)));
    expect((await api(token, 'get', `${t}/actions`)).status).toBe(401);
  });

  it('notes when a token was last used', async () => {
    const { lead, t } = world;
    const { id, token } = await createApiToken({ ...lead, name: 'Nieuw', scope: 'read' });
    const before = (await listApiTokens(lead)).find((row) => row.id === id);
    expect(before?.lastUsedAt).toBeNull();
    await api(token, 'get', `${t}/meetings`);
    const after = (await listApiTokens(lead)).find((row) => row.id === id);
    expect(after?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('limits requests per token with 429 and Retry-After, on every endpoint, without counting other tokens', async () => {
    const { lead, org, t } = world;
    vi.stubEnv('RATE_LIMIT_API', '2');
    const { token } = await createApiToken({ ...lead, name: 'Druk', scope: 'write' });
    expect((await api(token, 'get', `${t}/meetings`)).status).toBe(200);
    expect((await api(token, 'get', `${t}/meetings`)).status).toBe(200);
    for (const endpoint of Object.values(endpoints)) {
      const path = endpoint.path.replace('{org}', org.slug).replace('{tid}', world.trajectory.id).replace('{aid}', world.actionId);
      const answer = await api(token, endpoint.method, path, endpoint.method === 'get' ? undefined : { text: 'x' });
      expect(answer.status).toBe(429);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const { token: fresh } = await createApiToken({ ...lead, name: 'Rustig', scope: 'read' });
    expect((await api(fresh, 'get', `${t}/meetings`)).status).toBe(200);
  });

  it('refuses an address that failed to authenticate too often (429 with Retry-After), without counting or slowing valid tokens', async () => {
    const { read, t } = world;
    vi.stubEnv('RATE_LIMIT_FAILED_API_AUTH', '3');
    const from = (ip: string) => ({ 'x-spiegel-client-ip': ip, 'accept-language': 'en' });
    const wrong = `spg_${'B'.repeat(43)}`;
    // Valid calls never count, however many.
    for (let i = 0; i < 5; i++) expect((await api(read, 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(200);
    expect((await api(wrong, 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(401);
    expect((await api(null, 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(401);
    // Two failures: a valid token still passes, and is not counted.
    expect((await api(read, 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(200);
    expect((await api('not-a-token', 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(401);
    const refused = await api(wrong, 'get', `${t}/meetings`, undefined, from('198.51.100.7'));
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'too_many_requests', message: 'Too many wrong tokens from this address. Try again later.' });
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // Refused, the address learns nothing about a token: a valid one is refused too.
    expect((await api(read, 'get', `${t}/meetings`, undefined, from('198.51.100.7'))).status).toBe(429);
    // Other addresses go on as before, wrong tokens answered 401.
    expect((await api(read, 'get', `${t}/meetings`, undefined, from('198.51.100.8'))).status).toBe(200);
    expect((await api(wrong, 'get', `${t}/meetings`, undefined, from('198.51.100.8'))).status).toBe(401);
  });

  it('counts failed authentications as the public limits do: an IPv6 address by its /56 network, and a burst at once as much as one by one', async () => {
    const { t } = world;
    vi.stubEnv('RATE_LIMIT_FAILED_API_AUTH', '3');
    const from = (ip: string) => ({ 'x-spiegel-client-ip': ip });
    const wrong = `spg_${'C'.repeat(43)}`;
    for (const ip of ['2001:db8:0:1::1', '2001:db8:0:2::7', '2001:db8:0:3::1'])
      expect((await api(wrong, 'get', `${t}/meetings`, undefined, from(ip))).status).toBe(401);
    expect((await api(wrong, 'get', `${t}/meetings`, undefined, from('2001:db8:0:4::9'))).status).toBe(429);
    // Another /56 is another client.
    expect((await api(wrong, 'get', `${t}/meetings`, undefined, from('2001:db8:1::1'))).status).toBe(401);
    // Twenty guesses sent at once: only three are looked at.
    const burst = await Promise.all(Array.from({ length: 20 }, () => api(wrong, 'get', `${t}/meetings`, undefined, from('203.0.113.5'))));
    const statuses = burst.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(17);
  });

  it('fails an answer that drifts from the document', () => {
    const validate = validatorFor('get', endpoints.getAction.path, 200);
    const good = {
      id: randomUUID(),
      agendaItemId: null,
      title: 'x',
      partnerId: null,
      partnerName: null,
      ownerName: '',
      status: 'idea',
      stopReason: '',
      dueOn: null,
      nextStep: '',
      overdue: false,
      lastUpdateAt: null,
      createdAt: new Date().toISOString(),
      updates: [],
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, email: 'a@b.nl' })).toBe(false);
    expect(validate({ ...good, createdAt: Date.now() })).toBe(false);
    expect(validate({ ...good, dueOn: '3 maart' })).toBe(false);
    const { overdue: _left, ...missing } = good;
    expect(validate(missing)).toBe(false);
  });
});

describe('the tokens page', () => {
  it('shows a new token once, stores only its hash, and a second submission with the same key creates nothing', async () => {
    const { org, lead } = world;
    const url = `/o/${org.slug}/api-tokens`;
    const key = randomUUID();
    const fields = { intent: 'create', name: 'Koppeling', scope: 'write', submission: key };
    const first = answerOf<{ ok: true; value: { id: string; token: string | null } }>(
      await callRoute(tokensAction, await postAs(lead.actor.userId, url, fields), { org: org.slug }),
    );
    expect(first.value.token).toMatch(/^spg_[A-Za-z0-9_-]{43}$/);
    const again = answerOf<{ ok: true; value: { id: string; token: string | null } }>(
      await callRoute(tokensAction, await postAs(lead.actor.userId, url, fields), { org: org.slug }),
    );
    expect(again.value).toEqual({ id: first.value.id, token: null });
    const database = await db();
    const [row] = await database.select().from(apiTokens).where(eq(apiTokens.id, first.value.id));
    expect(row).toMatchObject({ tokenHash: hashToken(first.value.token!), scope: 'write', name: 'Koppeling' });
    // The token is nowhere in the database: not in its row, not in the stored answer of the form.
    const stored = JSON.stringify(await database.select().from(formSubmissions).where(eq(formSubmissions.orgId, org.id)));
    expect(JSON.stringify(row) + stored).not.toContain(first.value.token!.slice(4));
    const page = await callRoute(tokensLoader, await getAs(lead.actor.userId, url), { org: org.slug });
    expect(page.tokens.find((tk) => tk.id === first.value.id)).toEqual(expect.objectContaining({ name: 'Koppeling', lastUsedAt: null, revokedAt: null }));
    expect(JSON.stringify(page)).not.toContain(row!.tokenHash);
    // Revoking on the page: the token answers 401 from then on.
    await callRoute(tokensAction, await postAs(lead.actor.userId, url, { intent: 'revoke', tokenId: first.value.id }), { org: org.slug });
    expect((await api(first.value.token, 'get', `${world.t}/meetings`)).status).toBe(401);
    // Bad input: next to the field.
    const bad = await callRoute(tokensAction, await postAs(lead.actor.userId, url, { intent: 'create', name: '', scope: 'admin' }), { org: org.slug });
    expect(answerOf<{ errors: Record<string, string> }>(bad).errors).toEqual({ name: 'validation.required', scope: 'validation.choose' });
  });
});

describe('the contract', () => {
  // Last in the file: every answer the document names was given by some call above, and matched the document.
  it('was checked for every answer the document names', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) => Object.keys(operation.responses).map((status) => `${method} ${path} ${status}`)),
    );
    expect(documented.filter((answer) => !seen.has(answer))).toEqual([]);
  });
});
