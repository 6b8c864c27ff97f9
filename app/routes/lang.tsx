import { redirect } from 'react-router';
import { safeRedirect } from '#app/auth/login.server';
import { isLocale } from '#app/i18n/i18n';
import { langCookie } from '#app/i18n/locale.server';
import type { Route } from './+types/lang';

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = form.get('lang');
  const to = safeRedirect(form.get('redirectTo'));
  if (!isLocale(lang)) throw redirect(to);
  throw redirect(to, { headers: { 'Set-Cookie': await langCookie.serialize(lang) } });
}

export function loader() {
  throw redirect('/');
}
