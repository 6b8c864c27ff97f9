import { data, redirect, useLoaderData } from 'react-router';
import { createSession } from '#app/auth/session.server';
import { clearAttemptCookie } from '#app/auth/sso-cookie.server';
import { SsoRefused } from '#app/features/sso/domain/sso-refused';
import { finishSso } from '#app/features/sso/server/finish-sso.server';
import { SsoRefusedPage } from '#app/features/sso/ui/sso-ui';
import type { Route } from './+types/sso-callback';

// Back from the organisation's provider: a member gets a session exactly as the e-mail link gives one.
export async function loader({ request, params }: Route.LoaderArgs) {
  const headers = new Headers({ 'Set-Cookie': await clearAttemptCookie() });
  try {
    const { userId, redirectTo } = await finishSso({ slug: params.org, request });
    headers.append('Set-Cookie', await createSession(userId, request));
    throw redirect(redirectTo, { headers });
  } catch (error) {
    if (!(error instanceof SsoRefused)) throw error;
    return data({ message: error.messageKey, org: error.org, email: error.email }, { status: 403, headers });
  }
}

export default function SsoCallback() {
  const { message, org, email } = useLoaderData<typeof loader>();
  return <SsoRefusedPage message={message} org={org} email={email} />;
}
