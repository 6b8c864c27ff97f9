// The bare limit for `npm run bench:board`: a plain Node SSE broadcast server with no database,
// no authorisation and no framework. GET /events?channels=board:<id> subscribes; POST
// /publish/<board> with a urlencoded `key` sends one event to that board's streams. The wire
// format is the app's, so the bench's clients read both the same way. Run as a child process so
// it has a core of its own, like the app server.
import { createServer } from 'node:http';

const byBoard = new Map();
let nextId = 1;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/events') {
    const board = /^board:([0-9a-f-]{36})$/.exec(url.searchParams.get('channels') ?? '')?.[1];
    if (!board) return void res.writeHead(400).end();
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' });
    req.socket.setNoDelay(true);
    res.write('retry: 2000\n\n');
    let set = byBoard.get(board);
    if (!set) byBoard.set(board, (set = new Set()));
    set.add(res);
    req.on('close', () => set.delete(res));
    return;
  }
  const publish = /^\/publish\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (req.method === 'POST' && publish) {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const channel = `board:${publish[1]}`;
      const frame = `id: ${nextId++}\nevent: message\ndata: ${JSON.stringify({ channel, kind: form.get('intent') ?? 'note', payload: { key: form.get('key') } })}\n\n`;
      for (const stream of byBoard.get(publish[1]) ?? []) stream.write(frame);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    return;
  }
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.info(`bare-sse listening on ${server.address().port}`));
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
