// GET /events?channels=a,b: one Server-Sent-Events stream per page for all its channels.
// Mounted in Express (server/app.ts) before React Router, so the response is never buffered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getSessionUser, keepSessionAlive, TOUCH_MS } from '#app/auth/session.server';
import { hashDevice, readDeviceToken } from '#app/auth/device-token.server';
import { isDatabaseUnavailable } from '#app/db/client.server';
import { authoriseChannels } from './authorise-channels.server';
import { openStream, watchSession } from './hub.server';
import { formatEvent, parseChannelList, parseLastEventId } from './stream';

const HEARTBEAT_MS = 25_000;

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export async function eventsEndpoint(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let closed = false;
  let stop = () => {};
  req.on('close', () => {
    closed = true;
    stop();
  });
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request = new Request(url, { headers: { cookie: req.headers.cookie ?? '' } });
    const user = await getSessionUser(request);
    // A board's phones have no account, only a device token.
    const device = readDeviceToken(request);
    if (!user && !device) return plain(res, 401, 'Unauthorized');
    const names = parseChannelList(url.searchParams.get('channels'));
    if (!names) return plain(res, 400, 'Bad Request');
    // One channel not allowed refuses the whole stream: a page never half-works silently.
    const channels = await authoriseChannels({ userId: user?.id ?? null, deviceHash: device ? hashDevice(device) : null }, names);
    if (!channels) return plain(res, 403, 'Forbidden');
    if (closed) return;

    // The stream ends with its session: at sign-out (heard by NOTIFY on every instance), and when
    // the session runs out. Watched before the stream opens, so nothing writes after its first bytes.
    let ended = false;
    const end = () => {
      ended = true;
      stop();
      res.end();
    };
    let unwatch = () => {};
    if (user) {
      unwatch = await watchSession(user.sessionId, end);
      // Ended between the first check and the watch: its NOTIFY was missed, so look once more.
      if (!(await keepSessionAlive(user.sessionId))) {
        unwatch();
        return plain(res, 401, 'Unauthorized');
      }
    }
    if (closed || ended) return unwatch();

    const lastEventId = parseLastEventId(req.headers['last-event-id'] ?? url.searchParams.get('lastEventId'));
    const unsubscribe = await openStream({
      channels,
      lastEventId,
      send: (event, position) => res.write(formatEvent(event, position)),
      // The response starts only once this instance hears the channels: an open stream misses nothing.
      onSubscribed: () => {
        res.writeHead(200, {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache, no-transform',
          'X-Accel-Buffering': 'no',
          Connection: 'keep-alive',
        });
        req.socket.setNoDelay(true);
        res.write('retry: 2000\n\n');
      },
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    // While it is open the stream counts as activity, once a minute, not per event.
    const alive = user
      ? setInterval(() => {
          keepSessionAlive(user.sessionId).then(
            (valid) => valid || end(),
            (error: unknown) => console.error('realtime: cannot refresh the session', error),
          );
        }, TOUCH_MS)
      : undefined;
    alive?.unref();
    stop = () => {
      clearInterval(heartbeat);
      clearInterval(alive);
      unwatch();
      unsubscribe();
    };
    if (closed || ended) stop();
  } catch (error) {
    const unavailable = isDatabaseUnavailable(error);
    if (unavailable) console.warn('realtime: /events: database unavailable');
    else console.error('realtime: /events failed', error);
    if (!res.headersSent) plain(res, unavailable ? 503 : 500, unavailable ? 'Service Unavailable' : 'Internal Server Error');
    else res.end();
  }
}
