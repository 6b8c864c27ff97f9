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
