import { redirect } from 'react-router';
import { safeRedirect } from '#app/auth/login.server';
import { destroySession } from '#app/auth/session.server';
import type { Route } from './+types/logout';

export async function action({ request }: Route.ActionArgs) {
  // Back to where the person was asked to sign out (an invitation for another address), else to sign in.
  const to = safeRedirect((await request.formData()).get('redirectTo'), '/login');
  throw redirect(to, { headers: { 'Set-Cookie': await destroySession(request) } });
}

export function loader() {
  throw redirect('/');
}
