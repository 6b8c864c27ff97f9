// The minutes page offline: the minute-taker's page registers the service worker in
// public/minutes-sw.js with the page itself as scope; a page that is no longer written (final, or
// the role is gone) removes it and its copy. Also says whether the browser thinks it is offline.
import { useEffect, useState } from 'react';

export const MINUTES_WORKER = '/minutes-sw.js';

export function useOfflinePage(keep: boolean): { online: boolean } {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const scope = window.location.pathname;
    if (keep) {
      // Without a worker the page works as before; it just cannot be reopened offline.
      navigator.serviceWorker.register(MINUTES_WORKER, { scope }).catch(() => undefined);
      return;
    }
    void navigator.serviceWorker.getRegistration(scope).then(async (registration) => {
      if (!registration || new URL(registration.scope).pathname !== scope) return;
      await registration.unregister();
      for (const name of await caches.keys())
        if (name.startsWith('spiegel-minutes-')) await (await caches.open(name)).delete(new URL(scope, window.location.origin).href);
    });
  }, [keep]);
  return { online };
}

/**
 * Signed out: the saved copies of minutes pages go too (a shared laptop at the venue must not show
 * the last minutes offline to the next person). Waiting notes stay in localStorage: they are sent,
 * with their key, once their writer signs in again on this device.
 */
export function useForgetOfflinePagesWhenSignedOut(signedIn: boolean) {
  useEffect(() => {
    if (signedIn || !('caches' in window)) return;
    void caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('spiegel-minutes-')).map((name) => caches.delete(name))));
  }, [signedIn]);
}
