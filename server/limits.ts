// Limits on what one request, one client address and one personal token may ask of the server: body size and rate.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, type Options, rateLimit } from 'express-rate-limit';
import { encodeRefusal, type Refusal } from '#app/utils/refusal';

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

/**
 * A call to the JSON API (/api/v1) with a bearer token: the API authenticates by that header only,
 * never by a cookie, and a browser cannot send it cross-site without a CORS preflight we never
 * allow. So it needs no Origin; a cookie-only call still does (and the API answers it 401).
 */
export function isBearerApiCall(req: Request): boolean {
  return under(routePath(req), ['/api/v1']) && /^Bearer\s+\S+/i.test(req.get('authorization') ?? '');
}

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

const WINDOW_MS = 15 * 60 * 1000;

/** A positive number from the environment, else the default (an empty variable is the default, not 0). */
const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Public endpoints: what is posted here needs no account. */
const PUBLIC = ['/login', '/invite', '/p'];
/**
 * Forms anyone can fill in without a link of their own: sign-in, the open sign-up and question
 * forms, typing a board's code. Limited per client address whatever cookies come along, so that
 * guessing and spam cannot escape the limit with a made-up cookie.
 */
const ANONYMOUS = ['/login', '/p/signup', '/p/questions', '/p/contribution'];
/** A follow-up board and the parents' pages are rooms: many people on one venue's wifi. */
const ROOMS = ['/p/board', '/p/parent'];
// Paths whose next segment is someone's personal link (case kept: tokens are case-sensitive).
const PERSONAL_LINK = /^\/+(?:p\/+(?:listener|partner|parent|agenda)|invite)\/+([^/]+?)(?:\.data)?(?:\/|$)/i;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?spiegel_session=([^;]+)/;
const DEVICE_COOKIE = /(?:^|;\s*)spiegel_device=([A-Za-z0-9_-]{43})(?:;|$)/;

export type LimitKey = { by: 'link' | 'device' | 'session' | 'address'; key: string };
const hashed = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Whose count a public post goes on. A whole room shares one address (the venue's wifi), so a post
 * that carries a personal link, a board phone's device token or a session counts for that token
 * (hashed: the key is never the secret); anonymous forms count per client address.
 */
export function limitKey(req: Request): LimitKey {
  const path = routePath(req);
  const address: LimitKey = { by: 'address', key: `address:${ipKeyGenerator(req.ip ?? '')}` };
  if (under(path, ANONYMOUS)) return address;
  let rawPath = req.path;
  try {
    rawPath = decodeURIComponent(rawPath);
  } catch {
    // Badly encoded: no route matches it; count it by its address.
    return address;
  }
  const link = PERSONAL_LINK.exec(rawPath)?.[1];
  if (link) return { by: 'link', key: `link:${hashed(link)}` };
  const cookie = req.get('cookie') ?? '';
  const device = under(path, ['/p/board']) ? DEVICE_COOKIE.exec(cookie)?.[1] : undefined;
  if (device) return { by: 'device', key: `device:${hashed(device)}` };
  const session = SESSION_COOKIE.exec(cookie)?.[1];
  if (session) return { by: 'session', key: `session:${hashed(session)}` };
  return address;
}

/**
 * Answers a refused request: 429 with Retry-After. A page load or plain form post gets the app's
 * own page, in the visitor's language (the request goes on to React Router as a GET of
 * /too-many-requests, which only answers requests refused here); a `.data` request gets the reason
 * as JSON, which React Router's client shows through the error page.
 */
function refuse(req: Request, res: Response, next: NextFunction, reason: Refusal, retryAfterSeconds: number) {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  res.setHeader('Retry-After', String(seconds));
  if (req.path.endsWith('.data')) return void res.status(429).type('application/json').send(encodeRefusal(reason, seconds));
  req.method = 'GET';
  req.url = req.originalUrl = REFUSED_PATH;
  // The body is not read: nothing below may wait for it or judge its size.
  delete req.headers['content-length'];
  delete req.headers['transfer-encoding'];
  delete req.headers['content-type'];
  req.headers[REFUSED_HEADER] = encodeRefusal(reason, seconds);
  next();
}

export const REFUSED_PATH = '/too-many-requests';
export const REFUSED_HEADER = 'x-spiegel-refused';

/** Only this server says a request was refused: never a client. */
export function dropRefusedHeader(req: Request, _res: Response, next: NextFunction) {
  delete req.headers[REFUSED_HEADER];
  next();
}

const keyOf = (req: Request, res: Response): LimitKey => ((res.locals.limitKey as LimitKey | undefined) ??= limitKey(req));

const limit = (limitPerWindow: number, reason: Refusal, counts: (req: Request, key: LimitKey) => boolean, keyFor: (req: Request, key: LimitKey) => string) =>
  rateLimit({
    windowMs: WINDOW_MS,
    limit: limitPerWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Keys are addresses through ipKeyGenerator, or hashed tokens.
    validate: { keyGeneratorIpFallback: false },
    skip: (req, res) => SAFE_METHODS.has(req.method) || !under(routePath(req), PUBLIC) || !counts(req, keyOf(req, res)),
    keyGenerator: (req, res) => keyFor(req, keyOf(req, res)),
    handler: (req, res, next) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      refuse(req, res, next, reason, resetTime ? (resetTime.getTime() - Date.now()) / 1000 : WINDOW_MS / 1000);
    },
  });

const addressOf = (req: Request) => `address:${ipKeyGenerator(req.ip ?? '')}`;

/**
 * The rate limits on public posts (every path of each endpoint, also its `.data` variant):
 * - per token (personal link, board phone, session): RATE_LIMIT_TOKEN, so a room on one address
 *   never shares a count;
 * - per address, anonymous forms (sign-in, open forms): RATE_LIMIT_PUBLIC, against guessing and spam;
 * - per address, all a room sends (posts with a token, joining a board): RATE_LIMIT_BOARD, a
 *   ceiling that also holds for made-up tokens.
 * - per address, every request to single sign-on's start and callback: RATE_LIMIT_SSO.
 * And failed look-ups of codes and links per address (failedLookups).
 */
export function rateLimits(): RequestHandler[] {
  const withToken = (key: LimitKey) => key.by !== 'address';
  return [
    dropRefusedHeader,
    limit(
      fromEnv('RATE_LIMIT_TOKEN', 300),
      'token',
      (_req, key) => withToken(key),
      (_req, key) => key.key,
    ),
    limit(
      fromEnv('RATE_LIMIT_BOARD', 3000),
      'room',
      (req, key) => withToken(key) || under(routePath(req), ROOMS),
      (req) => addressOf(req),
    ),
    limit(
      fromEnv('RATE_LIMIT_PUBLIC', 30),
      'address',
      (req, key) => !withToken(key) && !under(routePath(req), ROOMS),
      (req) => addressOf(req),
    ),
    // Single sign-on (issue 17): starting and finishing are GETs, each asks the organisation's
    // provider and the start stores an attempt, so every request counts, per address. A town hall
    // behind one address signs in many people at nine: RATE_LIMIT_SSO (default 300, about 150 sign-ins).
    ssoLimit(),
    // Codes and personal links are the key to their page: count the look-ups that were not found,
    // so guessing stops while everyone who has a right code goes on. Posts on a board are not
    // look-ups: one may meet a note removed meanwhile (404).
    failedLookups(),
    calendarFeedLimit(),
  ];
}

const SSO = ['/sso'];

function ssoLimit(): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: fromEnv('RATE_LIMIT_SSO', 300),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: { keyGeneratorIpFallback: false },
    skip: (req) => req.method === 'OPTIONS' || !under(routePath(req), SSO),
    keyGenerator: (req) => `sso:${addressOf(req)}`,
    handler: (req, res, next) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      refuse(req, res, next, 'address', resetTime ? (resetTime.getTime() - Date.now()) / 1000 : WINDOW_MS / 1000);
    },
  });
}

/**
 * The personal calendar feeds (/calendar/<token>.ics) are fetched, not posted: calendar apps poll
 * them, Google and Microsoft from a few shared addresses for all their users. So the count is per
 * feed (its token, hashed): RATE_LIMIT_FEED fetches per 15 minutes, far above any app's polling.
 * Guessing is stopped by the failed look-ups per address.
 */
function calendarFeedLimit(): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: fromEnv('RATE_LIMIT_FEED', 60),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: { keyGeneratorIpFallback: false },
    skip: (req) => !under(routePath(req), ['/calendar']),
    keyGenerator: (req) => `feed:${hashed(req.path)}`,
    handler: (req, res, next) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      refuse(req, res, next, 'token', resetTime ? (resetTime.getTime() - Date.now()) / 1000 : WINDOW_MS / 1000);
    },
  });
}

const LOOKUP_WINDOW_MS = 10 * 60 * 1000;
const LOOKUPS = ['/p/board', '/p/signup', '/p/questions', '/p/contribution', '/p/listener', '/p/partner', '/p/parent', '/p/agenda', '/invite', '/calendar'];
const isLookup = (req: Request, res: Response) =>
  ['GET', 'HEAD'].includes(req.method) ? under(routePath(req), LOOKUPS) : req.method === 'POST' && keyOf(req, res).by === 'link';

/**
 * Counts a look-up only once it is answered 404. (The library's skipSuccessfulRequests counts every
 * request until it finishes well: 40 phones of one room reloading at once, or a reload the phone
 * dropped, were refused as if they guessed.)
 */
function failedLookups(): RequestHandler {
  const limitPerWindow = fromEnv('RATE_LIMIT_FAILED_LOOKUPS', 30);
  const store = new MemoryStore();
  store.init({ windowMs: LOOKUP_WINDOW_MS } as Options);
  return (req, res, next) => {
    if (!isLookup(req, res)) return next();
    const key = addressOf(req);
    store
      .get(key)
      .then((counted) => {
        if ((counted?.totalHits ?? 0) >= limitPerWindow) {
          const seconds = counted?.resetTime ? (counted.resetTime.getTime() - Date.now()) / 1000 : LOOKUP_WINDOW_MS / 1000;
          return refuse(req, res, next, 'lookups', seconds);
        }
        res.once('finish', () => {
          if (res.statusCode === 404) void store.increment(key);
        });
        next();
      })
      .catch(next);
  };
}
