// Responses thrown from loaders, actions and feature operations; the root ErrorBoundary renders them.
export function notFound(): never {
  throw new Response(null, { status: 404, statusText: 'Not Found' });
}

export function forbidden(): never {
  throw new Response(null, { status: 403, statusText: 'Forbidden' });
}

export function tooManyRequests(): never {
  throw new Response(null, { status: 429, statusText: 'Too Many Requests' });
}

export function clientIp(request: Request): string {
  return request.headers.get('x-spiegel-client-ip') ?? 'unknown';
}

/** Whether the request comes from this machine itself (127.0.0.0/8 or ::1, also IPv4-mapped). */
export function fromThisMachine(request: Request): boolean {
  const ip = clientIp(request).replace(/^::ffff:/, '');
  return ip === '::1' || /^127\.\d+\.\d+\.\d+$/.test(ip);
}
