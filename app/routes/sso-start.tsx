import { data, redirect, useLoaderData } from 'react-router';
import { safeRedirect } from '#app/auth/login.server';
import { SsoRefused } from '#app/features/sso/domain/sso-refused';
import { startSso } from '#app/features/sso/server/start-sso.server';
import { SsoRefusedPage } from '#app/features/sso/ui/sso-ui';
import type { Route } from './+types/sso-start';

// Signing in with the organisation's own account: off to its provider, with this browser's attempt in a cookie.
export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = params.org;
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '');
  try {
    const started = await startSso({ slug, redirectTo });
    throw redirect(started.location, { headers: { 'Set-Cookie': started.cookie } });
  } catch (error) {
    if (!(error instanceof SsoRefused)) throw error;
    return data({ message: error.messageKey, org: error.org, email: error.email }, { status: 502 });
  }
}

export default function SsoStart() {
  const { message, org, email } = useLoaderData<typeof loader>();
  return <SsoRefusedPage message={message} org={org} email={email} />;
}
