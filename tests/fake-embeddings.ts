// A tiny OpenAI-compatible embeddings service for tests, on 127.0.0.1 at a free port. Vectors are
// deterministic: one dimension per topic word list below, so texts about the same topic point the
// same way whatever words they share. `mode` makes it fail on purpose.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const TOPICS = [
  ['fiets', 'scooter', 'brommer', 'vervoer'],
  ['formulier', 'brief', 'papier'],
  ['school', 'juf', 'klas'],
];

/** The deterministic vector of a text: a 1 for each topic it mentions, and a small last dimension so no vector is zero. */
export function fakeVector(text: string): number[] {
  const lower = text.toLowerCase();
  return [...TOPICS.map((words) => (words.some((w) => lower.includes(w)) ? 1 : 0)), 0.01];
}

export type FakeEmbeddings = {
  url: string;
  /** The bodies it was sent. */
  requests: unknown[];
  mode: 'ok' | 'error' | 'garbage' | 'hang';
  close: () => Promise<void>;
};

const bodyOf = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model?: string; input: string[] };
};

export async function startFakeEmbeddings(): Promise<FakeEmbeddings> {
  const hanging = new Set<() => void>();
  const service: FakeEmbeddings = { url: '', requests: [], mode: 'ok', close: async () => {} };
  const server: Server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    service.requests.push(body);
    if (request.method !== 'POST' || request.url !== '/v1/embeddings') return void response.writeHead(404).end();
    if (service.mode === 'hang') return void hanging.add(() => response.destroy());
    if (service.mode === 'error') return void response.writeHead(500).end('kapot');
    response.writeHead(200, { 'content-type': 'application/json' });
    if (service.mode === 'garbage') return void response.end(JSON.stringify({ vectors: 'nee' }));
    response.end(
      JSON.stringify({
        object: 'list',
        model: body.model,
        data: body.input.map((text, index) => ({ object: 'embedding', index, embedding: fakeVector(text) })),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.close = async () => {
    for (const end of hanging) end();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return service;
}
