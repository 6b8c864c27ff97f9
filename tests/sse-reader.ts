// A minimal Server-Sent-Events client for tests: plain fetch with a streaming reader, so tests
// can send cookies and Last-Event-ID and see exactly what the server wrote.
export type SseMessage = { id: string | null; event: string; data: string; retry: number | null };

export type SseStream = {
  status: number;
  headers: Headers;
  messages: SseMessage[];
  /** Resolves with the next message (data or retry), or rejects after the timeout. */
  next: (timeoutMs?: number) => Promise<SseMessage>;
  /** Resolves when the server ends the stream (or the test closes it). */
  ended: Promise<void>;
  close: () => void;
};

function parseFrame(frame: string): SseMessage | null {
  const message: SseMessage = { id: null, event: 'message', data: '', retry: null };
  let meaningful = false;
  for (const line of frame.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    meaningful = true;
    if (field === 'id') message.id = value;
    else if (field === 'event') message.event = value;
    else if (field === 'data') message.data += (message.data ? '\n' : '') + value;
    else if (field === 'retry') message.retry = Number(value);
  }
  return meaningful ? message : null;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const messages: SseMessage[] = [];
  let read = 0;
  const waiters: (() => void)[] = [];
  let markEnded = () => {};
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let text = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
          let end: number;
          while ((end = text.indexOf('\n\n')) !== -1) {
            const message = parseFrame(text.slice(0, end));
            text = text.slice(end + 2);
            if (message) messages.push(message);
          }
          waiters.splice(0).forEach((wake) => wake());
        }
      } catch {
        // aborted
      }
      markEnded();
    })();
  } else {
    await response.body?.cancel();
    markEnded();
  }
  return {
    status: response.status,
    headers: response.headers,
    messages,
    ended,
    async next(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (read >= messages.length) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no SSE message within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages[read++]!;
    },
    close: () => abort.abort(),
  };
}
