import { data, Form, redirect, useActionData, useLoaderData, useSearchParams } from 'react-router';
import { z } from 'zod';
import { requestLoginLink, safeRedirect } from '#app/auth/login.server';
import { getSessionUser } from '#app/auth/session.server';
import { Alert, Button, FormErrorSummary, Paragraph, TextField, Page } from '#app/components/ui';
import { isValidSlug } from '#app/features/organisations/domain/slug';
import { findSsoOrganisation } from '#app/features/sso/server/find-sso-organisation.server';
import { SsoButton } from '#app/features/sso/ui/sso-ui';
import { useT } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/login';

const ZLogin = z.object({ email: f.email() });

/** The organisation to offer its own sign-in for: `?org=<slug>`, or the organisation page the person was on the way to. */
function orgSlugOf(url: URL): string | null {
  const slug = url.searchParams.get('org') ?? /^\/o\/([^/?#]+)/.exec(safeRedirect(url.searchParams.get('redirectTo'), ''))?.[1] ?? null;
  return slug && isValidSlug(slug) ? slug : null;
}

export async function loader({ request }: Route.LoaderArgs) {
  if (await getSessionUser(request)) throw redirect('/');
  const slug = orgSlugOf(new URL(request.url));
  return { ssoOrg: slug ? await findSsoOrganisation(slug) : null };
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  // The page to return to comes from the address bar, not from the person: a bad one is dropped, not shown as an error.
  const redirectTo = safeRedirect(form.get('redirectTo'), '') || undefined;
  form.delete('redirectTo');
  const parsed = parseForm(ZLogin, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const result = await requestLoginLink({ email: parsed.data.email, locale: await localeFor(request), redirectTo });
  if (result === 'rate-limited') return data({ ok: false as const, rateLimited: true }, { status: 429 });
  return { ok: true as const };
}

export default function Login() {
  const t = useT();
  const state = useActionData<typeof action>();
  const { ssoOrg } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  if (state?.ok) {
    return (
      <Page title={t('auth.linkSentTitle')}>
        <Alert type="ok">{t('auth.linkSent')}</Alert>
      </Page>
    );
  }
  const formState = state && 'errors' in state ? state : undefined;
  return (
    <Page title={t('auth.loginTitle')} intro={t('auth.loginIntro')} lead={false}>
      {state && 'rateLimited' in state ? <Alert type="warning">{t('auth.rateLimited')}</Alert> : null}
      {ssoOrg ? (
        <div className="spiegel-stack">
          <SsoButton org={ssoOrg} redirectTo={params.get('redirectTo') ?? undefined} />
          <Paragraph>{t('sso.orEmail')}</Paragraph>
        </div>
      ) : null}
      <FormErrorSummary state={formState} />
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <TextField name="email" type="email" autoComplete="email" label={t('auth.email')} state={formState} required />
        <Button>{t('auth.sendLink')}</Button>
      </Form>
    </Page>
  );
}
