import { Form, redirect, useActionData, useSearchParams } from 'react-router';
import { redeemLoginLink, safeRedirect } from '#app/auth/login.server';
import { createSession } from '#app/auth/session.server';
import { Alert, Button, ButtonLink, Page } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/login-confirm';

// GET only shows a button: mail scanners that open links cannot use them up. The POST signs in.
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const token = form.get('token');
  const redeemed = typeof token === 'string' && token ? await redeemLoginLink(token) : null;
  if (!redeemed) return { invalid: true };
  throw redirect(safeRedirect(form.get('redirectTo')), {
    headers: { 'Set-Cookie': await createSession(redeemed.userId, request) },
  });
}

export default function LoginConfirm() {
  const t = useT();
  const [params] = useSearchParams();
  const state = useActionData<typeof action>();
  if (state?.invalid || !params.get('token')) {
    return (
      <Page title={t('auth.linkInvalidTitle')}>
        <Alert type="warning">{t('auth.linkInvalid')}</Alert>
        <ButtonLink to="/login">{t('auth.requestNewLink')}</ButtonLink>
      </Page>
    );
  }
  return (
    <Page title={t('auth.confirmTitle')} intro={t('auth.confirmIntro')} lead={false}>
      <Form method="post">
        <input type="hidden" name="token" value={params.get('token') ?? ''} />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <Button>{t('auth.confirmButton')}</Button>
      </Form>
    </Page>
  );
}
