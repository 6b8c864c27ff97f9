// One API request (I1): find the endpoint, authenticate the bearer token (never a cookie; failures
// counted per client address), count it,
// check the organisation and the token's scope, run the handler, and answer JSON (errors included).
import { ZodError } from 'zod';
import { createTranslator } from '#app/i18n/catalogue.server';
import { type MessageKey } from '#app/i18n/i18n';
import { SUBMISSION_FIELD } from '#app/utils/forms';
import { clientIp } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { withSubmission } from '#app/utils/submissions.server';
import { type Endpoint, endpoints, type OperationId } from './endpoints';
import { type ApiContext, handlers } from './handlers.server';
import { authenticateFrom, countApiRequest } from './rate-limit.server';
import type { ApiErrorCode } from './schemas';
import { authenticateApiToken } from './server/authenticate-api-token.server';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

const codeOf: Record<number, ApiErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'too_many_requests',
};

type Translate = ReturnType<typeof createTranslator>;
const failure = (
  t: Translate,
  status: keyof typeof codeOf,
  extra: { field?: string; issues?: { path: string; message: string }[]; message?: string } = {},
  headers?: Record<string, string>,
) => {
  const { message, ...rest } = extra;
  return json(status, { error: { code: codeOf[status], message: message ?? t(`api.error${status}` as MessageKey), ...rest } }, headers);
};

/** The endpoint for this method and path (below /api/v1), with its path parameters. */
export function matchEndpoint(method: string, path: string): { id: OperationId; endpoint: Endpoint; params: Record<string, string> } | null {
  let segments: string[];
  try {
    segments = path
      .replace(/^\/+|\/+$/g, '')
      .split('/')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
  for (const [id, endpoint] of Object.entries(endpoints) as [OperationId, Endpoint][]) {
    if (endpoint.method !== method.toLowerCase()) continue;
    const template = endpoint.path.slice(1).split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part === segments[i];
      params[name] = segments[i]!;
      return params[name] !== '';
    });
    if (fits) return { id, endpoint, params };
  }
  return null;
}

const bearerOf = (request: Request) => /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];

/** Reads the JSON body of a change; undefined when it is not JSON. */
async function bodyOf(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: JSON.parse(await request.text()) as unknown };
  } catch {
    return { ok: false };
  }
}

/** An Idempotency-Key header makes a create run once per key, as a form's submission key does. */
function once<T>(request: Request, input: unknown, run: () => Promise<T>): Promise<T> {
  const key = request.headers.get('idempotency-key');
  if (!key) return run();
  const form = new FormData();
  form.set(SUBMISSION_FIELD, key);
  return withSubmission(form, input, run);
}

export async function handleApiRequest(request: Request, path: string): Promise<Response> {
  const t = createTranslator(/^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'nl');
  const match = matchEndpoint(request.method, path);
  if (!match) return failure(t, 404);
  // Only the Authorization header: a session cookie never authenticates an API call.
  // Failed authentications count per client address; over the limit the address waits (429).
  const token = bearerOf(request);
  const authenticated = await authenticateFrom(clientIp(request), () => (token ? authenticateApiToken(token) : Promise.resolve(null)));
  if (!authenticated.ok) return failure(t, 429, { message: t('api.errorFailedTokens') }, { 'Retry-After': String(authenticated.retryAfterSeconds) });
  const { caller } = authenticated;
  if (!caller) return failure(t, 401, {}, { 'WWW-Authenticate': 'Bearer realm="spiegel"' });
  const counted = countApiRequest(caller.tokenId);
  if (!counted.ok) return failure(t, 429, {}, { 'Retry-After': String(counted.retryAfterSeconds) });
  // Another organisation's data is "not there" for this token, as on the screens.
  if (match.params.org !== caller.orgSlug) return failure(t, 404);
  if (match.endpoint.scope === 'write' && caller.tokenScope !== 'write') return failure(t, 403, { message: t('api.errorReadOnly') });
  let body: unknown;
  if (match.endpoint.body) {
    const read = await bodyOf(request);
    if (!read.ok) return failure(t, 400, { message: t('api.errorNotJson') });
    body = read.body;
  }
  try {
    const handler = handlers[match.id] as (ctx: ApiContext) => Promise<unknown>;
    const answer = await once(request, body, () => handler({ caller, params: match.params, body }));
    return json(match.endpoint.status, answer);
  } catch (error) {
    if (error instanceof ZodError) {
      return failure(t, 400, { issues: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
    }
    if (error instanceof RuleError) return failure(t, 409, { message: t(error.messageKey), ...(error.field ? { field: error.field } : {}) });
    if (error instanceof Response && error.status in codeOf) return failure(t, error.status);
    throw error;
  }
}
