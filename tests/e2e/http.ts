// Plain HTTP helpers for tests that need no browser: sign in with fetch, keep the cookie.
export type HttpClient = {
  baseUrl: string;
  cookie: string;
  get: (path: string) => Promise<Response>;
  post: (path: string, form: Record<string, string>, headers?: Record<string, string>) => Promise<Response>;
};

export function client(baseUrl: string, cookie = ''): HttpClient {
  const c: HttpClient = {
    baseUrl,
    cookie,
    get: (path) => fetch(new URL(path, baseUrl), { headers: { cookie: c.cookie }, redirect: 'manual' }),
    post: (path, form, headers = {}) =>
      fetch(new URL(path, baseUrl), {
        method: 'POST',
        body: new URLSearchParams(form),
        headers: { cookie: c.cookie, origin: baseUrl, ...headers },
        redirect: 'manual',
      }),
  };
  return c;
}

/** Signs in through the real link flow, reading the link from the development outbox. */
export async function signInHttp(baseUrl: string, email: string): Promise<HttpClient> {
  const anon = client(baseUrl);
  const sent = await anon.post('/login', { email });
  if (sent.status !== 200) throw new Error(`login request: ${sent.status}`);
  const outbox = await (await anon.get('/dev/outbox')).text();
  const escaped = email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mail = outbox.split('data-testid="outbox-mail"').find((part) => new RegExp(`>${escaped}<`).test(part) && part.includes('/login/confirm?token='));
  const token = mail?.match(/\/login\/confirm\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no sign-in link for ${email}`);
  const confirmed = await anon.post('/login/confirm', { token, redirectTo: '/' });
  const setCookie = confirmed.headers.get('set-cookie');
  if (confirmed.status !== 302 || !setCookie) throw new Error(`confirm: ${confirmed.status}`);
  return client(baseUrl, setCookie.split(';')[0]!);
}

/**
 * Joins an organisation through the real invitation flow: the invitation link from the outbox is
 * accepted by the invited address after signing in with its own e-mail link (issue 13, item 9).
 */
export async function acceptInvitationHttp(baseUrl: string, email: string): Promise<HttpClient> {
  const outbox = await (await client(baseUrl).get('/dev/outbox')).text();
  const mail = outbox.split('data-testid="outbox-mail"').find((part) => part.includes(`>${email}<`) && part.includes('/invite/'));
  const token = mail?.match(/\/invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation for ${email}`);
  const member = await signInHttp(baseUrl, email);
  const accepted = await member.post(`/invite/${token}`, { intent: 'accept' });
  if (accepted.status !== 302) throw new Error(`accepting the invitation: ${accepted.status}`);
  return member;
}
