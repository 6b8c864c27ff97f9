// The limits over HTTP, on an Express app with the same middleware as createApp() in front of a
// stand-in for React Router that reads the body the way its adapter does.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadableStreamFromReadable } from '@react-router/node';
import express, { type Request } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeRefusal } from '#app/utils/refusal';
import { bodyLimit, isBearerApiCall, limitKey, rateLimits } from './limits';

let close: (() => void) | undefined;
/** Bodies the stand-in read to the end, so would have acted on. */
let bodiesRead: number[] = [];
afterEach(() => {
  close?.();
  vi.unstubAllEnvs();
});

/** A server with the limits; `/p/board/GOOD`, `/p/signup/GOOD`, `/p/parent/GOOD` and `/calendar/GOOD.ics` exist (and SLOW, answered after 300 ms), other codes are 404. */
async function serve(): Promise<string> {
  const app = express();
  // Tests speak for other client addresses with X-Forwarded-For, as a proxy in front would.
  app.set('trust proxy', 'loopback');
  app.use(rateLimits());
  app.use(bodyLimit);
  app.use(async (req, res) => {
    // The refusal page (app/routes/too-many-requests.tsx): only for requests the limits sent here.
    if (req.path === '/too-many-requests') {
      const refused = req.get('x-spiegel-refused');
      return void res.status(refused ? 429 : 404).send(refused ?? '');
    }
    const body = req.method === 'POST' ? await new Response(createReadableStreamFromReadable(req)).text() : '';
    if (body) bodiesRead.push(body.length);
    const code = /^\/p\/(board|signup|parent)\/([^/.]+)/.exec(req.path)?.[2] ?? /^\/calendar\/([^/.]+)\.ics$/.exec(req.path)?.[1];
    // A slow page: the client gives up before it is answered.
    if (code === 'SLOW') await new Promise((resolve) => setTimeout(resolve, 300));
    if (res.destroyed) return;
    res.status(code && !['GOOD', 'SLOW'].includes(code) ? 404 : 200).send(`read ${body.length}`);
  });
  bodiesRead = [];
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => {
    server.closeAllConnections();
    server.close();
  };
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const form = (bytes: number) => new URLSearchParams({ text: 'x'.repeat(bytes) }).toString();
const post = (url: string, body: string, ip = '10.0.0.1') =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip } });

/** Posts a chunked body of 64 kB chunks until the server answers (or `maxBytes` went out); resolves with its status. */
function postChunked(url: string, maxBytes: number): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    req.once('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
    });
    req.once('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const write = () => {
      if (sent >= maxBytes) return void req.end();
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(write);
      else req.once('drain', write);
    };
    write();
  });
}

describe('request body limit', () => {
  it('refuses a 1 MB form post to a public route with 413, by its Content-Length', async () => {
    const base = await serve();
    const res = await post(`${base}/p/questions/abc`, form(1024 * 1024));
    expect(res.status).toBe(413);
    expect(await res.text()).toBe('Payload Too Large');
  });

  it('lets a normal form through, its body read whole', async () => {
    const base = await serve();
    const body = form(20_000);
    const res = await post(`${base}/p/questions/abc`, body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(`read ${body.length}`);
  });

  it('refuses a chunked body once it passes the limit, without reading the rest', async () => {
    const base = await serve();
    const { status, sent } = await postChunked(`${base}/p/questions/abc.data`, 50 * 1024 * 1024);
    expect(status).toBe(413);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    // The reader part-way through fails: nothing acts on the half that came in.
    await new Promise((r) => setTimeout(r, 100));
    expect(bodiesRead).toEqual([]);
    // A chunked body within the limit is read whole.
    expect(await postChunked(`${base}/p/questions/abc`, 256 * 1024)).toMatchObject({ status: 200 });
  });

  it('gives the organisation settings (logo upload) room for a few MB', async () => {
    const base = await serve();
    const body = form(3 * 1024 * 1024);
    expect((await post(`${base}/o/school/settings`, body)).status).toBe(200);
    expect((await post(`${base}/o/school/settings.data`, body)).status).toBe(200);
    expect((await post(`${base}/o/school/trajectories`, body)).status).toBe(413);
  });
});

describe('rate limits', () => {
  it('count POST /login and POST /login.data as one endpoint', async () => {
    const base = await serve();
    for (let i = 0; i < 30; i++) expect((await post(`${base}/login`, 'email=a%40b.nl')).status).toBe(200);
    expect((await post(`${base}/login`, 'email=a%40b.nl')).status).toBe(429);
    expect((await post(`${base}/login.data`, 'email=a%40b.nl')).status).toBe(429);
    expect((await post(`${base}/LOGIN/`, 'email=a%40b.nl')).status).toBe(429);
    // Another address has its own count.
    expect((await post(`${base}/login.data`, 'email=a%40b.nl', '10.0.0.2')).status).toBe(200);
  });

  it('count every request to single sign-on (start and callback are GETs) per address', async () => {
    vi.stubEnv('RATE_LIMIT_SSO', '4');
    const base = await serve();
    const get = (path: string, ip = '10.0.0.3') => fetch(`${base}${path}`, { headers: { 'x-forwarded-for': ip } });
    for (const path of ['/sso/gemeente', '/sso/gemeente/callback?code=x&state=y', '/sso/andere', '/SSO/gemeente.data'])
      expect((await get(path)).status).toBe(200);
    const refused = await get('/sso/gemeente');
    expect(refused.status).toBe(429);
    expect(decodeRefusal(await refused.text())?.reason).toBe('address');
    expect((await get('/sso/gemeente/callback?code=x&state=y')).status).toBe(429);
    // Another address has its own count; other pages are not counted.
    expect((await get('/sso/gemeente', '10.0.0.4')).status).toBe(200);
    expect((await get('/o/gemeente')).status).toBe(200);
  });

  it('counts neither a room of phones loading at once nor a page load the phone dropped as failed look-ups', async () => {
    const base = await serve();
    // A phase change: the 40 phones of one room (one address) load the board at the same moment.
    const room = await Promise.all(Array.from({ length: 40 }, () => fetch(`${base}/p/board/SLOW.data`, { headers: { 'x-forwarded-for': '10.0.0.9' } })));
    expect(room.map((answer) => answer.status)).toEqual(room.map(() => 200));
    const dropped = async () => {
      const abort = new AbortController();
      const answer = fetch(`${base}/p/board/SLOW.data`, { headers: { 'x-forwarded-for': '10.0.0.9' }, signal: abort.signal });
      setTimeout(() => abort.abort(), 50);
      await answer.catch(() => null);
    };
    // React Router drops a reload still running when a newer one starts: a room does this often.
    for (let i = 0; i < 35; i++) await dropped();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const wrong = await fetch(`${base}/p/board/WRONG`, { headers: { 'x-forwarded-for': '10.0.0.9' } });
    expect(wrong.status).toBe(404);
  });

  it('stop guessing board and sign-up codes after 30 failed look-ups from one address', async () => {
    const base = await serve();
    const get = (path: string, ip: string) => fetch(`${base}${path}`, { headers: { 'x-forwarded-for': ip } });
    // Right codes do not count, nor posts (a board may answer 404 for a note removed meanwhile).
    for (let i = 0; i < 40; i++) expect((await post(`${base}/p/board/WRONG`, 'text=x', '10.0.0.3')).status).toBe(404);
    for (let i = 0; i < 40; i++) expect((await get('/p/board/GOOD', '10.0.0.3')).status).toBe(200);
    for (let i = 0; i < 15; i++) expect((await get(`/p/board/WRONG${i}`, '10.0.0.3')).status).toBe(404);
    for (let i = 0; i < 15; i++) expect((await get(`/p/signup/WRONG${i}.data`, '10.0.0.3')).status).toBe(404);
    expect((await get('/p/board/WRONG31', '10.0.0.3')).status).toBe(429);
    expect((await get('/p/signup/GOOD', '10.0.0.3')).status).toBe(429);
    // Someone else, with the right code, still gets in.
    expect((await get('/p/board/GOOD', '10.0.0.4')).status).toBe(200);
    expect((await get('/p/signup/GOOD', '10.0.0.4')).status).toBe(200);
  });

  it('count unknown calendar feeds as failed look-ups, and limit each feed however many fetch it from one address', async () => {
    vi.stubEnv('RATE_LIMIT_FAILED_LOOKUPS', '3');
    vi.stubEnv('RATE_LIMIT_FEED', '5');
    const base = await serve();
    const get = (path: string, ip: string) => fetch(`${base}${path}`, { headers: { 'x-forwarded-for': ip } });
    // A calendar service polls many people's feeds from one address: each feed counts on its own.
    for (let i = 0; i < 5; i++) expect((await get('/calendar/GOOD.ics', '10.0.0.7')).status).toBe(200);
    expect((await get('/calendar/GOOD.ics', '10.0.0.7')).status).toBe(429);
    for (let i = 0; i < 3; i++) expect((await get(`/calendar/WRONG${i}.ics`, '10.0.0.8')).status).toBe(404);
    expect((await get('/calendar/WRONG9.ics', '10.0.0.8')).status).toBe(429);
  });
});

const TOKEN = 'aB3_x-9'.repeat(6) + 'Q';
const DEVICE = 'd'.repeat(43);
const asRequest = (path: string, cookie = '', ip = '10.0.0.1') =>
  ({ path, ip, get: (name: string) => (name === 'cookie' ? cookie : undefined) }) as unknown as Request;

describe('limit keys', () => {
  it('count a personal link by its token, hashed, the same for its .data variant', () => {
    const key = limitKey(asRequest(`/p/listener/${TOKEN}`));
    expect(key.by).toBe('link');
    expect(key.key).not.toContain(TOKEN);
    expect(limitKey(asRequest(`/p/listener/${TOKEN}.data`, '', '10.0.0.2'))).toEqual(key);
    for (const path of [`/p/partner/${TOKEN}`, `/p/parent/${TOKEN}`, `/invite/${TOKEN}`, `/P/Listener/${TOKEN}/`])
      expect(limitKey(asRequest(path)).by).toBe('link');
    // Tokens are case-sensitive: another case is another token.
    expect(limitKey(asRequest(`/p/listener/${TOKEN.toUpperCase()}`)).key).not.toBe(key.key);
  });

  it('count a board phone by its device token, a signed-in person by the session, without either by the address', () => {
    const device = limitKey(asRequest('/p/board/KTPMRS', `a=1; spiegel_device=${DEVICE}; spiegel_session=s1`));
    expect(device.by).toBe('device');
    expect(device.key).not.toContain(DEVICE);
    expect(limitKey(asRequest('/p/board/KTPMRS', 'spiegel_session=s1')).by).toBe('session');
    expect(limitKey(asRequest('/p/board/KTPMRS', '__Host-spiegel_session=s1')).key).toBe(limitKey(asRequest('/p/board/KTPMRS', 'spiegel_session=s1')).key);
    expect(limitKey(asRequest('/p/board/KTPMRS'))).toEqual({ by: 'address', key: 'address:10.0.0.1' });
  });

  it('count anonymous forms by the address, whatever cookie comes along', () => {
    const cookie = `spiegel_device=${DEVICE}; spiegel_session=s1`;
    for (const path of [
      '/login',
      '/login.data',
      '/login/confirm',
      '/p/signup/ABC',
      '/p/questions/ABC',
      '/p/contribution/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    ])
      expect(limitKey(asRequest(path, cookie))).toEqual({ by: 'address', key: 'address:10.0.0.1' });
    // A device token counts on a board only.
    expect(limitKey(asRequest('/p/agenda', `spiegel_device=${DEVICE}`)).by).toBe('address');
  });
});

describe('the same-origin check lets through', () => {
  const call = (path: string, headers: Record<string, string>) => ({ path, get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

  it('a call to the API with a bearer token (it needs no Origin: no cookie authenticates it)', () => {
    expect(isBearerApiCall(call('/api/v1/orgs/x/trajectories', { authorization: 'Bearer spg_abc' }))).toBe(true);
    expect(isBearerApiCall(call('/API/v1//orgs/x/', { authorization: 'bearer spg_abc', cookie: 'spiegel_session=s1' }))).toBe(true);
  });

  it('no call with a cookie only, nor a bearer header anywhere but the API', () => {
    expect(isBearerApiCall(call('/api/v1/orgs/x/trajectories', { cookie: 'spiegel_session=s1' }))).toBe(false);
    expect(isBearerApiCall(call('/api/v1/orgs/x/trajectories', { authorization: 'Basic eDp5' }))).toBe(false);
    expect(isBearerApiCall(call('/api/v1/orgs/x/trajectories', { authorization: 'Bearer ' }))).toBe(false);
    for (const path of ['/o/x/settings', '/api', '/api/v10/x', '/login']) expect(isBearerApiCall(call(path, { authorization: 'Bearer spg_abc' }))).toBe(false);
  });
});

describe('rate limits for a room on one address', () => {
  const checkIn = (base: string, token: string, ip = '10.0.0.5', suffix = '') => post(`${base}/p/listener/${token}${suffix}`, 'intent=checkin', ip);

  it('let 40 listeners behind one address post many times each, and stop one link that posts too much', async () => {
    vi.stubEnv('RATE_LIMIT_TOKEN', '5');
    const base = await serve();
    for (let round = 0; round < 5; round++) for (let i = 0; i < 40; i++) expect((await checkIn(base, `listener-${i}`)).status).toBe(200);
    const refused = await checkIn(base, 'listener-7');
    expect(refused.status).toBe(429);
    expect(decodeRefusal(await refused.text())).toEqual({ reason: 'token', minutes: 15 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // The room's count per address is separate from the anonymous forms' count.
    expect((await post(`${base}/login`, 'email=a%40b.nl', '10.0.0.5')).status).toBe(200);
  });

  it('hold made-up tokens to the ceiling per address, and refuse a .data request with the reason as JSON', async () => {
    vi.stubEnv('RATE_LIMIT_BOARD', '10');
    const base = await serve();
    for (let i = 0; i < 10; i++) expect((await checkIn(base, `made-up-${i}`, '10.0.0.6')).status).toBe(200);
    const refused = await checkIn(base, 'made-up-10', '10.0.0.6', '.data');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(decodeRefusal(await refused.text())).toMatchObject({ reason: 'room' });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await checkIn(base, 'made-up-11', '10.0.0.7')).status).toBe(200);
  });

  it("send a refused page load or form to the refusal page, and never take a client's word that it was refused", async () => {
    vi.stubEnv('RATE_LIMIT_PUBLIC', '1');
    const base = await serve();
    expect((await post(`${base}/p/signup/GOOD`, 'name=x')).status).toBe(200);
    const refused = await post(`${base}/p/signup/GOOD`, 'name=x');
    expect(refused.status).toBe(429);
    expect(decodeRefusal(await refused.text())).toEqual({ reason: 'address', minutes: 15 });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const forged = await fetch(`${base}/too-many-requests`, { headers: { 'x-spiegel-refused': '{"reason":"token","minutes":3}' } });
    expect(forged.status).toBe(404);
  });

  it('count posts with an unknown personal link as failed look-ups of the address', async () => {
    vi.stubEnv('RATE_LIMIT_FAILED_LOOKUPS', '3');
    const base = await serve();
    for (let i = 0; i < 3; i++) expect((await post(`${base}/p/parent/WRONG${i}`, 'x=1', '10.0.0.8')).status).toBe(404);
    const refused = await fetch(`${base}/p/parent/WRONG9`, { headers: { 'x-forwarded-for': '10.0.0.8' } });
    expect(refused.status).toBe(429);
    expect(decodeRefusal(await refused.text())).toMatchObject({ reason: 'lookups' });
  });
});
