import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { createSession, destroySession, getSessionUser } from '#app/auth/session.server';
import { Alert, Button, ButtonLink, Heading, Paragraph, Page } from '#app/components/ui';
import { orgRoleKey } from '#app/features/organisations/domain/labels';
import { acceptInvitation } from '#app/features/organisations/server/accept-invitation.server';
import { findInvitation } from '#app/features/organisations/server/find-invitation.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/invite';

// GET only shows what the invitation offers and a button: mail scanners that open links
// cannot use them up. The POST accepts.
export async function loader({ request, params }: Route.LoaderArgs) {
  const invitation = params.token ? await findInvitation({ token: params.token }) : null;
  if (!invitation) return { invitation: null, signedInAs: null };
  const user = await getSessionUser(request);
  return { invitation, signedInAs: user && user.email !== invitation.email ? user.email : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const accepted = params.token ? await acceptInvitation({ token: params.token }) : null;
  if (!accepted) return { invalid: true };
  const current = await getSessionUser(request);
  if (current?.id === accepted.userId) throw redirect(`/o/${accepted.slug}`);
  // Someone else was signed in on this device: end that session and sign in as the invited address.
  if (current) await destroySession(request);
  throw redirect(`/o/${accepted.slug}`, { headers: { 'Set-Cookie': await createSession(accepted.userId, request) } });
}

export default function Invite() {
  const { invitation, signedInAs } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const t = useT();
  if (!invitation || state?.invalid) {
    return (
      <Page title={t('org.invalidTitle')}>
        <Alert type="warning">{t('org.invalidBody')}</Alert>
        <ButtonLink to="/login">{t('org.toLogin')}</ButtonLink>
      </Page>
    );
  }
  const title = t('org.acceptTitle', { org: invitation.orgName });
  return (
    <div className="spiegel-page">
      <title>{`${title} · Spiegel`}</title>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('org.acceptIntro', { org: invitation.orgName, role: t(orgRoleKey(invitation.role)) })}</Paragraph>
      <Paragraph>{t('org.acceptFor', { email: invitation.email })}</Paragraph>
      {signedInAs ? <Alert type="warning">{t('org.acceptOtherUser', { current: signedInAs, email: invitation.email })}</Alert> : null}
      {/* A full page load afterwards, so the header shows who is signed in now. */}
      <Form method="post">
        <Button>{t('org.acceptButton')}</Button>
      </Form>
    </div>
  );
}
