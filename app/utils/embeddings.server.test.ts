import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeEmbeddings, fakeVector, startFakeEmbeddings } from '#tests/fake-embeddings';
import { fetchEmbeddings } from './embeddings.server';

describe('embeddings from the organisation’s own service', () => {
  let service: FakeEmbeddings;
  beforeAll(async () => {
    service = await startFakeEmbeddings();
  });
  afterAll(() => service.close());

  it('posts the texts to {url}/v1/embeddings and answers one vector per text, in order', async () => {
    service.mode = 'ok';
    const texts = ['Mijn fiets is weg', 'Formulieren', 'Juf'];
    expect(await fetchEmbeddings({ url: service.url, model: 'nl-small' }, texts)).toEqual(texts.map(fakeVector));
    expect(service.requests.at(-1)).toEqual({ model: 'nl-small', input: texts });
  });

  it('asks nothing when off or when there is nothing to ask', async () => {
    const before = service.requests.length;
    expect(await fetchEmbeddings({ url: '', model: '' }, ['tekst'])).toBeNull();
    expect(await fetchEmbeddings({ url: service.url, model: '' }, [])).toBeNull();
    expect(service.requests.length).toBe(before);
  });

  it('answers null and logs one line on an error, an odd answer or a time-out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const mode of ['error', 'garbage', 'hang'] as const) {
        service.mode = mode;
        expect(await fetchEmbeddings({ url: service.url, model: '' }, ['tekst'], 300), mode).toBeNull();
      }
      expect(await fetchEmbeddings({ url: 'http://127.0.0.1:9', model: '' }, ['tekst'], 300)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(4);
      expect(String(warn.mock.calls[0]![0])).toContain('answered 500');
    } finally {
      warn.mockRestore();
      service.mode = 'ok';
    }
  });
});
