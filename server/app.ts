// The Express side of the app, bundled into the server build so it shares one module graph
// (and so one database instance) with the React Router routes.
import 'react-router';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import { createRequestHandler } from '@react-router/express';
import * as build from 'virtual:react-router/server-build';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { requestLoginLink } from '#app/auth/login.server';
import { closeDb, initDb } from '#app/db/client.server';
import { encryptPlainSsoSecrets } from '#app/features/sso/server/encrypt-sso-secrets.server';
import { seedDemoIfEmpty } from '#app/features/demo/server/seed-demo.server';
import { scheduleSchoolHolidayFetch } from '#app/features/calendar/server/fetch-school-holidays.server';
import { startJobRunner } from '#app/jobs/run-jobs.server';
import { eventsEndpoint } from '#app/realtime/sse.server';
import { config } from '#app/utils/config.server';
import { healthz, readyz } from './health';
import { bodyLimit, isBearerApiCall, rateLimits } from './limits';

declare module 'react-router' {
  interface AppLoadContext {
    cspNonce: string;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every mutation: a state-changing request must come from our own origin.
 * Browsers send Origin on every POST and cannot be made to forge it; together with SameSite=Lax
 * cookies this covers forms with and without JavaScript. See docs/decisions/0004-csrf.md.
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  if (isBearerApiCall(req)) return next();
  const fetchSite = req.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return void res.status(403).type('text/plain').send('Forbidden');
  }
  const origin = req.get('origin') ?? refererOrigin(req.get('referer'));
  const host = req.get('host');
  if (!origin || !host || new URL(origin).host !== host) {
    return void res.status(403).type('text/plain').send('Forbidden');
  }
  next();
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function createApp() {
  const app = express();
  app.disable('x-powered-by');
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  // First, so probes are never rate-limited.
  app.get('/healthz', healthz);
  app.get('/readyz', (req, res) => void readyz(req, res));

  app.use((req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    // Loaders read the client address from this header, never from one the client sent.
    req.headers['x-spiegel-client-ip'] = req.ip ?? 'unknown';
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // The minutes page's service worker (public/minutes-sw.js); said outright, not via script-src.
          workerSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies,
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  // Never compress the event stream: compression buffers, and events must go out at once. Answers
  // to form posts are tiny; compressing them only costs time (measured in the board bench).
  app.use(compression({ filter: (req, res) => req.path !== '/events' && SAFE_METHODS.has(req.method) && compression.filter(req, res) }));
  app.use(sameOriginOnly);
  app.get('/events', (req, res) => void eventsEndpoint(req, res));
  // Public endpoints get rate limits (per personal token, or per client address); every body a limit on its size.
  app.use(rateLimits());
  app.use(bodyLimit);

  const client = path.resolve(process.cwd(), 'build/client');
  app.use('/assets', express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(client, { maxAge: '1h', index: false }));

  app.use(
    createRequestHandler({
      // The build itself, not a function returning it: with a function React Router rebuilds its
      // route table on every request (about a tenth of the server's time under load, issue 12).
      build,
      getLoadContext: (_req, res) => ({ cspNonce: String(res.locals.cspNonce) }),
    }),
  );
  return app;
}

/** Opens the database (applying migrations), seeds the demo, runs jobs, listens, and shuts down cleanly. */
export async function start({ port = Number(process.env.PORT ?? 3000) } = {}): Promise<Server> {
  await initDb();
  // Client secrets saved before encryption are encrypted under SECRETS_KEY (once; decision 0028).
  await encryptPlainSsoSecrets();
  const demo = process.env.SEED_DEMO === 'false' ? null : await seedDemoIfEmpty();
  // Reminder e-mails and other jobs: stored in the database, so a restart loses none.
  // With SCHOOL_HOLIDAYS_URL set, the government's school holidays are fetched daily (a job).
  await scheduleSchoolHolidayFetch();
  const stopJobs = startJobRunner();
  const app = createApp();
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, () => resolve(s));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.info(`Spiegel draait op http://localhost:${actualPort}`);
  if (demo) {
    console.info(
      `Demo: log in als ${demo.coordinatorEmail}. ` +
        (config.outboxEnabled
          ? `Een verse inloglink staat hieronder, en in http://localhost:${actualPort}/dev/outbox (alleen op deze computer).`
          : 'De inloglink wordt gemaild.'),
    );
    // A fresh link in the terminal, so nobody needs the outbox page to start.
    if (config.outboxEnabled) await requestLoginLink({ email: demo.coordinatorEmail, locale: 'nl' });
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    await stopJobs();
    await closeDb();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}
