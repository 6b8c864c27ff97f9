// The limits over HTTP, on an Express app with the same middleware as createApp() in front of a
// stand-in for React Router that reads the body the way its adapter does.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadableStreamFromReadable } from '@react-router/node';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyLimit, rateLimits } from './limits';

let close: (() => void) | undefined;
/** Bodies the stand-in read to the end, so would have acted on. */
let bodiesRead: number[] = [];
afterEach(() => close?.());

/** A server with the limits; `/p/board/GOOD` and `/p/signup/GOOD` exist (and SLOW, answered after 300 ms), other codes are 404. */
async function serve(): Promise<string> {
  const app = express();
  // Tests speak for other client addresses with X-Forwarded-For, as a proxy in front would.
  app.set('trust proxy', 'loopback');
  app.use(rateLimits());
  app.use(bodyLimit);
  app.use(async (req, res) => {
    const body = req.method === 'POST' ? await new Response(createReadableStreamFromReadable(req)).text() : '';
    if (body) bodiesRead.push(body.length);
    const code = /^\/p\/(board|signup)\/([^/.]+)/.exec(req.path)?.[2];
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
});
