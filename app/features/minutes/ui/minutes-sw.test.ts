// The minutes page's service worker (public/minutes-sw.js), run in a sandbox with a stand-in for the
// browser's caches and network: what it answers, what it keeps, and what it leaves alone.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../../public/minutes-sw.js', import.meta.url), 'utf8');
const origin = 'http://localhost:3000';
const scope = `${origin}/o/coalitie/t/abc/minutes`;
const page = (nonce: string, assets = ['/assets/entry-1.js', '/assets/app-1.css']) =>
  `<html><head>${assets.map((a) => `<link rel="modulepreload" href="${a}">`).join('')}</head><body><script nonce="${nonce}">x</script></body></html>`;

/** A response as fetch gives it for our own origin. */
function answer(body: string | null, init: ResponseInit & { type?: ResponseType } = {}) {
  // A redirect the worker must not follow (redirect: 'manual') is an opaque answer with status 0.
  const opaque = init.type === 'opaqueredirect';
  const response = new Response(body, { status: opaque ? 200 : (init.status ?? 200), headers: init.headers });
  Object.defineProperty(response, 'type', { value: init.type ?? 'basic' });
  if (opaque) Object.defineProperties(response, { status: { value: 0 }, ok: { value: false } });
  return response;
}

function worker(network: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const stores = new Map<string, Map<string, Response>>();
  const key = (r: string | Request) => (typeof r === 'string' ? r : r.url);
  const cache = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (r: string | Request) => store.get(key(r))?.clone(),
      put: async (r: string | Request, res: Response) => void store.set(key(r), res),
      keys: async () => [...store.keys()].map((u) => new Request(u)),
      delete: async (r: string | Request) => store.delete(key(r)),
    };
  };
  const caches = {
    open: async (name: string) => cache(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (r: string, { cacheName }: { cacheName: string }) => stores.get(cacheName)?.get(r)?.clone(),
  };
  const listeners: Record<string, (event: unknown) => void> = {};
  const fetched: string[] = [];
  const self = {
    location: new URL(`${origin}/minutes-sw.js`),
    registration: { scope },
    clients: { claim: async () => undefined },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: (event: unknown) => void) => void (listeners[type] = listener),
  };
  const fetch = async (input: string | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input.url, origin).href;
    fetched.push(url);
    return network(url, init);
  };
  runInNewContext(source, { self, caches, fetch, URL, Response, Request, Promise, Set });

  /** Dispatches an event; answers what the worker responded with (undefined: left to the network). */
  const dispatch = async (type: string, request?: Request) => {
    const waits: Promise<unknown>[] = [];
    let responded: Promise<Response> | undefined;
    listeners[type]!({ request, waitUntil: (p: Promise<unknown>) => waits.push(p), respondWith: (p: Promise<Response>) => (responded = p) });
    const response = await responded;
    await Promise.all(waits);
    return response;
  };
  const navigate = (url: string) => {
    const request = new Request(url);
    Object.defineProperty(request, 'mode', { value: 'navigate' });
    return dispatch('fetch', request);
  };
  const kept = () => [...(stores.get('spiegel-minutes-v1')?.keys() ?? [])].map((u) => new URL(u).pathname).sort();
  return { dispatch, navigate, kept, stores, fetched };
}

const site =
  (nonce: string, extra: Record<string, () => Response> = {}) =>
  (url: string) => {
    const path = new URL(url).pathname;
    if (extra[path]) return extra[path]();
    if (path.startsWith('/assets/')) return answer(`/* ${path} */`);
    return answer(page(nonce), { headers: { 'content-security-policy': `script-src 'self' 'nonce-${nonce}'` } });
  };

describe('the minutes page service worker', () => {
  it('keeps the page and the build files it names on install, and serves that copy, with its own CSP, only when the network fails', async () => {
    let online = true;
    let nonce = 'one';
    const sw = worker((url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return site(nonce)(url);
    });
    await sw.dispatch('install');
    expect(sw.kept()).toEqual(['/assets/app-1.css', '/assets/entry-1.js', '/o/coalitie/t/abc/minutes']);

    nonce = 'two';
    const fresh = await sw.navigate(scope);
    expect(await fresh?.text()).toContain('nonce="two"');
    online = false;
    const copy = await sw.navigate(scope);
    expect(await copy?.text()).toContain('nonce="two"');
    expect(copy?.headers.get('content-security-policy')).toContain("'nonce-two'");
    // Build files come from the cache, without the network.
    expect(await (await sw.dispatch('fetch', new Request(`${origin}/assets/entry-1.js`)))?.text()).toContain('entry-1');
  });

  it('leaves everything else to the network: data, posts, the event stream, other pages, the page with a query', async () => {
    const sw = worker(site('one'));
    await sw.dispatch('install');
    const before = sw.kept();
    expect(await sw.navigate(`${scope}?finalise=confirm`)).toBeUndefined();
    expect(await sw.navigate(`${origin}/o/coalitie/t/abc`)).toBeUndefined();
    expect(await sw.navigate(`${scope}/notes`)).toBeUndefined();
    expect(await sw.dispatch('fetch', new Request(`${scope}.data`))).toBeUndefined();
    expect(await sw.dispatch('fetch', new Request(`${origin}/events`))).toBeUndefined();
    expect(await sw.dispatch('fetch', new Request(`${scope}/notes`, { method: 'POST', body: '{}' }))).toBeUndefined();
    expect(await sw.dispatch('fetch', new Request('https://elders.example/assets/x.js'))).toBeUndefined();
    expect(sw.kept()).toEqual(before);
  });

  it('keeps no error page: an error answer goes to the browser as it is', async () => {
    let status = 500;
    const sw = worker(site('one', { '/o/coalitie/t/abc/minutes': () => answer(status === 200 ? page('one') : 'fout', { status }) }));
    await sw.dispatch('install');
    expect(sw.kept()).toEqual([]);
    status = 503;
    expect((await sw.navigate(scope))?.status).toBe(503);
    expect(sw.kept()).toEqual([]);
    status = 200;
    await sw.navigate(scope);
    expect(sw.kept()).toContain('/o/coalitie/t/abc/minutes');
  });

  it('drops the copy on a redirect to sign in or a 403', async () => {
    let answerWith: 'page' | 'redirect' | 'forbidden' = 'page';
    const sw = worker(
      site('one', {
        '/o/coalitie/t/abc/minutes': () =>
          answerWith === 'page' ? answer(page('one')) : answerWith === 'redirect' ? answer(null, { type: 'opaqueredirect' }) : answer('nee', { status: 403 }),
      }),
    );
    for (const next of ['redirect', 'forbidden'] as const) {
      answerWith = 'page';
      await sw.navigate(scope);
      expect(sw.kept()).toContain('/o/coalitie/t/abc/minutes');
      answerWith = next;
      await sw.navigate(scope);
      expect(sw.kept()).not.toContain('/o/coalitie/t/abc/minutes');
    }
  });

  it('drops build files of an older build and caches of older versions, and nothing else', async () => {
    let assets = ['/assets/entry-1.js'];
    const sw = worker(site('one', { '/o/coalitie/t/abc/minutes': () => answer(page('one', assets)) }));
    sw.stores.set('spiegel-minutes-v0', new Map());
    sw.stores.set('another-app', new Map());
    await sw.dispatch('install');
    expect(sw.kept()).toEqual(['/assets/entry-1.js', '/o/coalitie/t/abc/minutes']);
    assets = ['/assets/entry-2.js'];
    await sw.navigate(scope);
    expect(sw.kept()).toEqual(['/assets/entry-2.js', '/o/coalitie/t/abc/minutes']);
    await sw.dispatch('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['another-app', 'spiegel-minutes-v1']);
  });
});
