// Runs the real server (server/app.ts `start`) from source through Vite's SSR loader, without a
// build, so a unit test can drive the whole app in a process of its own (server/outage.test.ts).
// Settings come from the environment (DATABASE_URL, PORT=0 for a free port, SEED_DEMO=false).
// It loads the code first, then waits for the database: the caller may still be creating it.
import pg from 'pg';
import { createServer } from 'vite';

const vite = await createServer({ server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom', logLevel: 'error' });
const { start } = await vite.ssrLoadModule('./server/app.ts');
for (let tries = 0; process.env.DATABASE_URL; tries++) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on('error', () => {});
  const up = await client.connect().then(
    () => true,
    (error) => (tries < 150 ? false : Promise.reject(error)),
  );
  await client.end().catch(() => {});
  if (up) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await start({ port: Number(process.env.PORT ?? 0) });
