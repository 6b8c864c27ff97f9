// Vectors from an organisation's own OpenAI-compatible embeddings service (POST {url}/v1/embeddings
// with { model, input: [texts] }, answering { data: [{ embedding: number[] }] }). Optional help for
// theme suggestions: it never throws. On any error, odd answer or time-out it logs one line and
// answers null, and the caller goes on with the words alone.
import { z } from 'zod';

/** How long to wait for the service: suggestions are asked for in a live session. */
export const EMBEDDINGS_TIMEOUT_MS = 4000;

const ZAnswer = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()).min(1), index: z.number().int().nonnegative().optional() })),
});

export type EmbeddingsService = { url: string; model: string };

/** One vector per text, in the same order, or null when the service is off or did not answer well. */
export async function fetchEmbeddings(service: EmbeddingsService, texts: readonly string[], timeoutMs = EMBEDDINGS_TIMEOUT_MS): Promise<number[][] | null> {
  if (service.url === '' || texts.length === 0) return null;
  try {
    const response = await fetch(`${service.url}/v1/embeddings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...(service.model ? { model: service.model } : {}), input: texts }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    const { data } = ZAnswer.parse(await response.json());
    if (data.length !== texts.length) throw new Error(`answered ${data.length} vectors for ${texts.length} texts`);
    const ordered = data.every((d) => d.index !== undefined) ? [...data].sort((a, b) => a.index! - b.index!) : data;
    if (ordered.some((d, i) => (d.index ?? i) !== i || d.embedding.length !== ordered[0]!.embedding.length))
      throw new Error('answered vectors out of order or of different lengths');
    return ordered.map((d) => d.embedding);
  } catch (error) {
    const reason = error instanceof z.ZodError ? 'answered in an unknown shape' : error instanceof Error ? error.message : String(error);
    console.warn(`[embeddings] ${new URL(service.url).host}: ${reason}; suggesting themes from the words alone`);
    return null;
  }
}
