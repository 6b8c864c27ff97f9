// The one dedicated PostgreSQL connection per app instance that LISTENs for events. Pooled
// connections cannot LISTEN (they are handed to other queries), so this is a plain pg.Client
// that reconnects with backoff when the database restarts or the network drops.
import pg from 'pg';

export type PgListener = { ready: Promise<void>; close: () => Promise<void> };

export function listenPg(url: string, channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): PgListener {
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const schedule = () => {
    if (closed) return;
    const delay = Math.min(30_000, 250 * 2 ** failures++);
    timer = setTimeout(() => void connect(), delay);
    timer.unref();
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'spiegel-listen' });
    // A dropped connection emits 'error' and then 'end'; reconnecting is done on 'end'.
    c.on('error', (error) => console.warn(`realtime: LISTEN connection error: ${error.message}`));
    c.on('notification', (message) => {
      if (message.channel === channel && message.payload) onPayload(message.payload);
    });
    c.on('end', () => {
      if (client !== c) return;
      client = null;
      schedule();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      console.warn(`realtime: cannot LISTEN (${(error as Error).message}); retrying`);
      void c.end().catch(() => {});
      schedule();
      return;
    }
    if (closed) return void (await c.end().catch(() => {}));
    client = c;
    // Notifications sent while we were away are lost: let the hub catch up from the table.
    if (failures > 0) onReconnect?.();
    failures = 0;
  };

  return {
    ready: connect(),
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
