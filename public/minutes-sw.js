// The minutes page's service worker (issue 14 item 4): the minute-taker can reopen the minutes page
// without a network. Registered by that page only, with the page itself as scope
// (/o/<org>/t/<trajectory>/minutes), so it controls no other page. It keeps two things:
// - the last good copy of the page (network first; the copy only when the network fails). The copy
//   is stored with its own headers, so its CSP nonce matches the nonce in its scripts;
// - the build's hashed files (/assets/...) that copy needs (cache first; they never change).
// Everything else (the page's data, notes, the event stream, other pages) goes to the network as
// if there were no worker. A signed-out or refused answer removes the copy.
const VERSION = 'v1';
const PREFIX = 'spiegel-minutes-';
const CACHE = `${PREFIX}${VERSION}`;
// Hashed build files, as they appear in the page's HTML (scripts, module preloads, stylesheets).
const ASSET = /\/assets\/[A-Za-z0-9._-]+\.(?:js|css|woff2?|svg|png)/g;

const scopePath = () => new URL(self.registration.scope).pathname;
const pageKey = () => new URL(scopePath(), self.location.origin).href;

/** A copy worth keeping: our own 200 HTML page, not reached through a redirect. */
const good = (response) => response.ok && response.status === 200 && response.type === 'basic' && !response.redirected;

async function keepPage(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(pageKey(), response);
  await keepAssets(cache, html);
}

/** Fetches the files the page names that are not kept yet, and drops kept files no kept page names. */
async function keepAssets(cache, html) {
  const wanted = new Set([...html.matchAll(ASSET)].map((m) => new URL(m[0], self.location.origin).href));
  await Promise.all(
    [...wanted].map(async (url) => {
      if (await cache.match(url, { ignoreVary: true })) return;
      const response = await fetch(url, { credentials: 'same-origin' });
      if (good(response)) await cache.put(url, response);
    }),
  );
  // Files of an older build: keep only what some kept page (another trajectory's, too) still names.
  const keys = await cache.keys();
  const pages = keys.filter((r) => !new URL(r.url).pathname.startsWith('/assets/'));
  const named = new Set(wanted);
  for (const page of pages) {
    const text = await (await cache.match(page))?.text();
    for (const m of (text ?? '').matchAll(ASSET)) named.add(new URL(m[0], self.location.origin).href);
  }
  await Promise.all(keys.filter((r) => new URL(r.url).pathname.startsWith('/assets/') && !named.has(r.url)).map((r) => cache.delete(r)));
}

async function forgetPage() {
  const cache = await caches.open(CACHE);
  await cache.delete(pageKey());
}

self.addEventListener('install', (event) => {
  // The page that registered us was loaded before we existed: fetch it once to have a copy now.
  event.waitUntil(
    fetch(scopePath(), { credentials: 'same-origin', redirect: 'manual' })
      .then((response) => (good(response) ? keepPage(response) : undefined))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // An older version's cache goes; so does anything another version kept.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(event) {
  try {
    const response = await fetch(event.request);
    if (good(response)) event.waitUntil(keepPage(response.clone()).catch(() => undefined));
    // Signed out (a redirect to sign in), no longer allowed or gone: this device keeps no copy.
    else if (response.type === 'opaqueredirect' || [401, 403, 404, 410].includes(response.status)) event.waitUntil(forgetPage());
    return response;
  } catch (error) {
    const copy = await caches.match(pageKey(), { cacheName: CACHE, ignoreVary: true });
    if (copy) return copy;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (good(response)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Only the page itself, without a query (?finalise=confirm and the like go to the network).
  if (request.mode === 'navigate' && url.pathname === scopePath() && url.search === '') return event.respondWith(networkFirst(event));
  if (url.pathname.startsWith('/assets/')) return event.respondWith(cacheFirst(request));
});
