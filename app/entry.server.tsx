import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { type AppLoadContext, type EntryContext, ServerRouter } from 'react-router';
import { isDatabaseUnavailable } from '#app/db/client.server';
// Every text, for rendering pages and writing mails and files (app/i18n/catalogue.server.ts).
import '#app/i18n/catalogue.server';

// Requests whose loaders or actions found the database unreachable (noted by handleError).
const outage = new WeakSet<Request>();

export const streamTimeout = 5_000;

/**
 * The one place that decides caching of pages (ASVS 4.0.3 8.2.1, issue 13 item 11): every page the
 * server renders, and the data a page loads on the client, shows who is signed in or someone's own
 * data (a staff page, a parent's or listener's personal page), so none may be kept by a browser or
 * a proxy. Files (CSV, PDF, calendar) set the same on their own response; the logo may be cached.
 */
function noStore(headers: Headers) {
  headers.set('Cache-Control', 'no-store');
}

// The default entry, plus the CSP nonce on React Router's inline scripts.
export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext, loadContext: AppLoadContext) {
  // React Router renders a thrown Response again in the error boundary, with its status: a 503
  // page that says the service is briefly unavailable, instead of "something went wrong".
  if (outage.delete(request)) throw new Response(null, { status: 503, statusText: 'Service Unavailable' });
  noStore(headers);
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers });
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    const ready = isbot(request.headers.get('user-agent') ?? '') ? 'onAllReady' : 'onShellReady';
    let statusCode = status;
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={nonce} />, {
      nonce,
      [ready]() {
        const body = new PassThrough();
        headers.set('Content-Type', 'text/html; charset=utf-8');
        resolve(new Response(createReadableStreamFromReadable(body), { headers, status: statusCode }));
        pipe(body);
      },
      onShellError: reject,
      onError(error: unknown) {
        statusCode = 500;
        console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** A client-side navigation that met the outage loads the page itself, which shows the 503 page. */
export function handleDataRequest(response: Response, { request }: { request: Request }) {
  if (!outage.delete(request)) {
    noStore(response.headers);
    return response;
  }
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/\/_root\.data$/, '/').replace(/\.data$/, '');
  url.searchParams.delete('_routes');
  return new Response(null, { status: 302, headers: { Location: url.pathname + url.search, 'X-Remix-Reload-Document': 'true' } });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (isDatabaseUnavailable(error)) {
    outage.add(request);
    return console.warn(`database unavailable: ${request.method} ${new URL(request.url).pathname}`);
  }
  // Our own 503 from handleRequest, rendered again by React Router: already reported above.
  if (error instanceof Response && error.status === 503) return;
  if (!request.signal.aborted) console.error(error);
}
