import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedEmbeddingsUrl, normaliseEmbeddingsUrl } from './embeddings';

describe('embeddings service address', () => {
  it('allows https anywhere and plain http only on this machine', () => {
    expect(isAllowedEmbeddingsUrl('https://embeddings.gemeente.nl')).toBe(true);
    expect(isAllowedEmbeddingsUrl('https://ai.zorg.example:8443/api')).toBe(true);
    expect(isAllowedEmbeddingsUrl('http://localhost:11434')).toBe(true);
    expect(isAllowedEmbeddingsUrl('http://127.0.0.1:8080')).toBe(true);
    expect(isAllowedEmbeddingsUrl('http://[::1]:8080')).toBe(true);
    expect(isAllowedEmbeddingsUrl('http://embeddings.gemeente.nl')).toBe(false);
    expect(isAllowedEmbeddingsUrl('http://10.0.0.5:8080')).toBe(false);
    expect(isAllowedEmbeddingsUrl('ftp://localhost')).toBe(false);
    expect(isAllowedEmbeddingsUrl('https://user:secret@embeddings.gemeente.nl')).toBe(false);
    expect(isAllowedEmbeddingsUrl('https://embeddings.gemeente.nl/?key=1')).toBe(false);
    expect(isAllowedEmbeddingsUrl('embeddings.gemeente.nl')).toBe(false);
  });

  it('never allows plain http to another host', () => {
    fc.assert(
      fc.property(fc.domain(), (host) => {
        fc.pre(host !== 'localhost');
        expect(isAllowedEmbeddingsUrl(`http://${host}`)).toBe(false);
        expect(isAllowedEmbeddingsUrl(`https://${host}`)).toBe(true);
      }),
    );
  });

  it('stores the base address, whatever of the endpoint was pasted', () => {
    expect(normaliseEmbeddingsUrl('https://ai.example.nl/')).toBe('https://ai.example.nl');
    expect(normaliseEmbeddingsUrl('https://ai.example.nl/v1')).toBe('https://ai.example.nl');
    expect(normaliseEmbeddingsUrl('https://ai.example.nl/v1/embeddings/')).toBe('https://ai.example.nl');
    expect(normaliseEmbeddingsUrl('http://localhost:11434/api')).toBe('http://localhost:11434/api');
  });
});
