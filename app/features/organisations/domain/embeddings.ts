// The address of the organisation's own embeddings service (theme matching). Off when empty.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether an address may be used: https, or plain http only to this machine (a service running
 * beside Spiegel); no user name or password in it.
 */
export function isAllowedEmbeddingsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

/** The base address as stored: without trailing slashes or a pasted "/v1" or "/v1/embeddings" (Spiegel adds "/v1/embeddings"). */
export function normaliseEmbeddingsUrl(value: string): string {
  return value
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/v1(\/embeddings)?$/, '');
}
