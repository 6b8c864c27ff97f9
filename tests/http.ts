// Calling route loaders and actions in integration tests, as a signed-in person, without casts.
import { createSession } from '#app/auth/session.server';

type RouteArgs = { request: Request; params: Record<string, string | undefined>; context: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route args are generated per route; tests pass the common shape
type RouteFn = (args: any) => unknown;

/** A session cookie for this user, as the browser would send it. */
export async function cookieFor(userId: string): Promise<string> {
  return (await createSession(userId, new Request('http://x/'))).split(';')[0]!;
}

/** A form POST to `url` as this user (or anonymous with null). */
export async function postAs(userId: string | null, url: string, fields: Record<string, string | string[]> = {}): Promise<Request> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  const headers: Record<string, string> = userId ? { cookie: await cookieFor(userId) } : {};
  return new Request(new URL(url, 'http://x/'), { method: 'POST', headers, body });
}

/** A GET of `url` as this user (or anonymous with null). */
export async function getAs(userId: string | null, url: string): Promise<Request> {
  return new Request(new URL(url, 'http://x/'), { headers: userId ? { cookie: await cookieFor(userId) } : {} });
}

/** Runs a route's loader or action with a request and the route's params. */
export function callRoute<F extends RouteFn>(fn: F, request: Request, params: RouteArgs['params'] = {}): Promise<Awaited<ReturnType<F>>> {
  return Promise.resolve(fn({ request, params, context: {} }) as ReturnType<F>);
}

/**
 * The HTTP status of what an operation, loader or action did: a thrown Response's status (404,
 * 403, a redirect), a returned Response's or `data()` answer's status, or 200 for a plain value.
 */
export async function statusOf(work: Promise<unknown> | unknown): Promise<number> {
  try {
    const result = await work;
    if (result instanceof Response) return result.status;
    if (result && typeof result === 'object' && 'init' in result && 'data' in result) {
      const init = (result as { init?: { status?: number } | null }).init;
      return init?.status ?? 200;
    }
    return 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

/** The body of a `data()` answer (or the plain value an action returned). */
export function answerOf<T = Record<string, unknown>>(result: unknown): T {
  if (result && typeof result === 'object' && 'init' in result && 'data' in result) return (result as { data: T }).data;
  return result as T;
}
