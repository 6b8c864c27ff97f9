import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { type AppLoadContext, type EntryContext, ServerRouter } from 'react-router';

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

export function handleDataRequest(response: Response) {
  noStore(response.headers);
  return response;
}

// The default entry, plus the CSP nonce on React Router's inline scripts.
export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext, loadContext: AppLoadContext) {
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

export function handleError(error: unknown, { request }: { request: Request }) {
  if (!request.signal.aborted) console.error(error);
}
