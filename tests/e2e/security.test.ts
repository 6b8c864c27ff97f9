import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, freshOrg } from './fixtures';
import { client, signInHttp } from './http';
import { type RunningServer, startServer } from './server';

describe('security defaults', () => {
  it('sends strict security headers with a script nonce', async () => {
    const res = await fetch(new URL('/login', baseUrl()));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const nonce = csp.match(/'nonce-([\w+/=]+)'/)?.[1];
    const html = await res.text();
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it('refuses mutations from another origin or without an origin (CSRF)', async () => {
    const http = client(baseUrl());
    expect((await http.post('/login', { email: 'a@b.nl' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await http.post('/login', { email: 'a@b.nl' }, { origin: '', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const noOrigin = await fetch(new URL('/login', baseUrl()), { method: 'POST', body: new URLSearchParams({ email: 'a@b.nl' }) });
    expect(noOrigin.status).toBe(403);
    expect((await http.post('/login', { email: 'a@b.nl' })).status).toBe(200);
  });

  it("answers a parent's unknown link in the parent's language, right to left in Arabic", async () => {
    const arabic = await fetch(new URL('/p/parent/bestaat-niet-bestaat-niet-00000', baseUrl()), { headers: { 'accept-language': 'ar-MA,ar;q=0.9,nl;q=0.5' } });
    expect(arabic.status).toBe(404);
    const html = await arabic.text();
    expect(html).toContain('<div class="spiegel-page" lang="ar" dir="rtl">');
    expect(html).toContain('هذه الصفحة غير موجودة');
    expect(html).not.toContain('Naar het begin');
    // An unknown board code: the code form in Ukrainian, the whole page marked as Ukrainian.
    const ukrainian = await fetch(new URL('/p/board/ZZZZZZ?lang=uk', baseUrl()));
    expect(ukrainian.status).toBe(404);
    const form = await ukrainian.text();
    expect(form).toContain('<html lang="uk" dir="ltr">');
    expect(form).toContain('Зустрічі з таким кодом немає.');
  });

  it('answers an unknown address with a Dutch 404 page and no stack trace', async () => {
    const res = await fetch(new URL('/bestaat/niet', baseUrl()));
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Deze pagina bestaat niet');
    expect(html).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('lets no browser or proxy keep a page with personal data: Cache-Control no-store (issue 13, item 11)', async () => {
    const org = await freshOrg();
    const coordinator = await signInHttp(baseUrl(), org.people.coordinator.email);
    const trajectory = org.trajectories.schans.path;
    // Signed-in staff pages, the page with participants' personal data, and the data a page loads on the client.
    for (const path of ['/account', `/o/${org.slug}`, trajectory, `${trajectory}/participants`, `${trajectory}/participants.data`]) {
      const res = await coordinator.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    // A personal link page (a parent's own page), found or not, is never kept either.
    const personal = await fetch(new URL(`/p/parent/${'x'.repeat(32)}`, baseUrl()));
    expect(personal.headers.get('cache-control')).toBe('no-store');
  });

  it('sets a new HttpOnly SameSite=Lax session cookie at sign-in, and sign-out ends it', async () => {
    const user = await signInHttp(baseUrl(), `cookie-${Date.now()}@test.spiegel.local`);
    expect((await user.get('/account')).status).toBe(200);
    const out = await user.post('/logout', {});
    expect(out.status).toBe(302);
    expect((await user.get('/account')).status).toBe(302);
  });
});

describe('rate limits on public endpoints', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_PUBLIC: '3', SEED_DEMO: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 429 after the limit per client address', async () => {
    const http = client(server.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await http.post('/login', { email: `x${i}@test.spiegel.local` })).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Parents at the feedback meeting share the venue's address: their pages have the room's higher limit.
    const parents: number[] = [];
    for (let i = 0; i < 5; i++) parents.push((await http.post(`/p/parent/${'x'.repeat(32)}`, { intent: 'feedback' })).status);
    expect(parents).not.toContain(429);
    expect(parents[0]).toBe(404);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const other = await startServer({ SEED_DEMO: 'false' });
    expect(await other.stop()).toBe(0);
  });
});

describe('development endpoints', () => {
  it('seeds a fresh demo organisation only for a same-origin POST', async () => {
    expect((await fetch(new URL('/dev/demo-org', baseUrl()), { method: 'POST' })).status).toBe(403);
  });

  it('are not served when NODE_ENV=production', async () => {
    const prod = await startServer({ NODE_ENV: 'production', SEED_DEMO: 'false' });
    try {
      expect((await fetch(new URL('/dev/outbox', prod.baseUrl))).status).toBe(404);
      expect((await fetch(new URL('/dev/demo-org', prod.baseUrl), { method: 'POST', headers: { origin: prod.baseUrl } })).status).toBe(404);
    } finally {
      await prod.stop();
    }
  });
});
