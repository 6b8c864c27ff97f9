// Limits on what one request, and one client address, may ask of the server: body size and rate.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, type Options, rateLimit } from 'express-rate-limit';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The path as React Router matches it: decoded, lower case, without the `.data` of a single-fetch
 * request (`POST /login.data` is `POST /login`) and without trailing slashes.
 */
export function routePath(req: Request): string {
  let path = req.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Badly encoded: React Router will not match it either; limit it as it stands.
  }
  return (
    path
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/\.data$/, '')
      .replace(/\/+$/, '') || '/'
  );
}

const under = (path: string, prefixes: readonly string[]) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

// Forms are text: the longest field (a pasted list of listeners, 50 000 characters) url-encoded is
// well below this. The organisation settings take a logo upload; that route keeps at most its own
// cap in memory (formDataWithin) and answers a too large logo next to the field, reading up to ten
// times that cap (30 MB) before it gives up, so this layer lets that much through.
const FORM_BODY_BYTES = 512 * 1024;
const UPLOAD_BODY_BYTES = 30 * 1024 * 1024;
const UPLOAD_ROUTES = /^\/o\/[^/]+\/settings(\/|$)/;

/** Refuses a request body over the route's limit with 413: by its Content-Length, or counted as a chunked body streams in. */
export function bodyLimit(req: Request, res: Response, next: NextFunction) {
  const max = UPLOAD_ROUTES.test(routePath(req)) ? UPLOAD_BODY_BYTES : FORM_BODY_BYTES;
  const refuse = () => {
    // With an error, so a reader part-way through the body fails rather than acts on half of it.
    const tooLarge = new Error('Request body over its limit');
    if (res.headersSent) return void req.destroy(tooLarge);
    // Close the connection rather than read the rest of the body; destroy once the answer is out.
    res.set('Connection', 'close').status(413).type('text/plain').send('Payload Too Large');
    res.once('finish', () => req.destroy(tooLarge));
  };
  if (Number(req.get('content-length') ?? 0) > max) return refuse();
  if (req.get('transfer-encoding')) {
    // Count the bytes as whoever reads the body reads them. Listening makes the stream flow, so pause
    // it at once: it flows again when the app reads the body, and both listeners see every chunk.
    let size = 0;
    const count = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', count);
        refuse();
      }
    };
    req.on('data', count);
    req.pause();
  }
  next();
}

const limit = (limitPerWindow: number, paths: readonly string[], except: readonly string[] = []) =>
  rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: limitPerWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => {
      const path = routePath(req);
      return SAFE_METHODS.has(req.method) || !under(path, paths) || under(path, except);
    },
  });

/** The rate limits per client address, on every path of each endpoint (also its `.data` variant). */
export function rateLimits(): RequestHandler[] {
  // A follow-up board gets many notes and votes from one venue's wifi (one address), and so do parents
  // reacting on their own phones at the feedback meeting: each room its own, higher limit.
  const rooms = ['/p/board', '/p/parent'];
  const roomLimit = Number(process.env.RATE_LIMIT_BOARD ?? 3000);
  return [
    ...rooms.map((room) => limit(roomLimit, [room])),
    limit(Number(process.env.RATE_LIMIT_PUBLIC ?? 30), ['/login', '/invite', '/p'], rooms),
    // Board and sign-up codes are the key to their page: count the look-ups of codes that were not
    // found, so guessing stops while everyone who has a right code goes on. Only GETs: a post on a
    // board may meet a note removed meanwhile (404), and a venue's phones share one address.
    failedLookups(),
  ];
}

const LOOKUP_WINDOW_MS = 10 * 60 * 1000;
const notALookup = (req: Request) => !['GET', 'HEAD'].includes(req.method) || !under(routePath(req), ['/p/board', '/p/signup']);

/**
 * Counts a look-up only once it is answered 404. (The library's skipSuccessfulRequests counts every
 * request until it finishes well: 40 phones of one room reloading at once, or a reload the phone
 * dropped, were refused as if they guessed.)
 */
function failedLookups(): RequestHandler {
  const limitPerWindow = Number(process.env.RATE_LIMIT_FAILED_LOOKUPS ?? 30);
  const store = new MemoryStore();
  store.init({ windowMs: LOOKUP_WINDOW_MS } as Options);
  return (req, res, next) => {
    if (notALookup(req)) return next();
    const key = ipKeyGenerator(req.ip ?? '');
    store
      .get(key)
      .then((counted) => {
        if ((counted?.totalHits ?? 0) >= limitPerWindow) {
          res.setHeader('Retry-After', String(Math.ceil(LOOKUP_WINDOW_MS / 1000)));
          res.status(429).type('text/plain').send('Too many requests, please try again later.');
          return;
        }
        res.once('finish', () => {
          if (res.statusCode === 404) void store.increment(key);
        });
        next();
      })
      .catch(next);
  };
}
