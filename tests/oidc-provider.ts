// A real OpenID Connect provider for tests (oidc-provider, the certified Node implementation), in
// process on a free port: one confidential client for the app's callbacks, and a login without a
// screen, in which whoever the test named signs in. Not a mock: discovery, keys, the code exchange,
// PKCE, the signed ID token and userinfo are the provider's own.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** The claims about the address; like Microsoft Entra ID, an account may carry `xms_edov` instead of `email_verified`. */
export type TestAccount = { email: string; email_verified?: boolean; xms_edov?: boolean };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the next login screen: an account id with the claims the provider gives out. */
  signInAs(accountId: string, account: TestAccount): void;
  close(): Promise<void>;
};

export async function startOidcProvider({ redirectUris }: { redirectUris: string[] }): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  let nextAccount = '';
  const server = createServer();
  // All interfaces: "localhost" may be ::1 or 127.0.0.1 to the client.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clientId = 'spiegel';
  const clientSecret = 'een-lang-geheim-van-de-gemeente-voor-spiegel';
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...signingKey, use: 'sig', kid: 'test' }] },
    cookies: { keys: ['a-test-cookie-key'] },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined;
    },
    // A first-party client: no consent screen, the scopes asked for are granted.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The login screen, without a screen: the named account signs in at once.
    void provider
      .interactionDetails(req, res)
      .then(() => provider.interactionFinished(req, res, { login: { accountId: nextAccount } }, { mergeWithLastSubmission: false }))
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(accountId, account) {
      accounts.set(accountId, account);
      nextAccount = accountId;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Follows the provider's redirects as a browser would (its own cookie jar) from the authorization
 * address until it sends the browser back to `callbackPrefix`; answers that address.
 */
export async function followToCallback(authorizationUrl: string, callbackPrefix: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(callbackPrefix)) return url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const answer = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of answer.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = answer.headers.get('location');
    if (!location) throw new Error(`The provider answered ${answer.status} without sending the browser on: ${await answer.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('Too many redirects at the provider');
}
