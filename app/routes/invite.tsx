import { data, Form, redirect, useActionData, useLoaderData, useParams } from 'react-router';
import { requestLoginLink } from '#app/auth/login.server';
import { getSessionUser } from '#app/auth/session.server';
import { Alert, Button, ButtonLink, Heading, Paragraph, Page } from '#app/components/ui';
import { orgRoleKey } from '#app/features/organisations/domain/labels';
import { acceptInvitation } from '#app/features/organisations/server/accept-invitation.server';
import { findInvitation } from '#app/features/organisations/server/find-invitation.server';
import { useT } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import type { Route } from './+types/invite';

// GET only shows what the invitation offers: mail scanners that open links cannot use them up.
// Holding the link is not enough (issue 13, item 9): only someone signed in with the invited
// address accepts. Anyone else first gets a sign-in link sent to that address, or, when signed in
// as someone else, is told so and stays who they are.
export async function loader({ request, params }: Route.LoaderArgs) {
  const invitation = params.token ? await findInvitation({ token: params.token }) : null;
  if (!invitation) return { invitation: null, signedInAs: null };
  const user = await getSessionUser(request);
  return { invitation, signedInAs: user?.email ?? null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = params.token ?? '';
  const invitation = token ? await findInvitation({ token }) : null;
  if (!invitation) return { invalid: true as const };
  const intent = (await request.formData()).get('intent');
  const user = await getSessionUser(request);
  if (intent === 'send-link' && !user) {
    const result = await requestLoginLink({ email: invitation.email, locale: await localeFor(request), redirectTo: `/invite/${token}` });
    if (result === 'rate-limited') return data({ rateLimited: true as const }, { status: 429 });
    return { linkSent: true as const };
  }
  // Not signed in, or as someone else: the page says what to do; nobody is switched.
  if (intent !== 'accept' || user?.email !== invitation.email) return data({ notYou: true as const }, { status: 403 });
  const accepted = await acceptInvitation({ token, userId: user.id });
  if (!accepted) return { invalid: true as const };
  throw redirect(`/o/${accepted.slug}`);
}

export default function Invite() {
  const { invitation, signedInAs } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { token } = useParams();
  const t = useT();
  if (!invitation || (state && 'invalid' in state)) {
    return (
      <Page title={t('org.invalidTitle')}>
        <Alert type="warning">{t('org.invalidBody')}</Alert>
        <ButtonLink to="/login">{t('org.toLogin')}</ButtonLink>
      </Page>
    );
  }
  const title = t('org.acceptTitle', { org: invitation.orgName });
  const email = invitation.email;
  return (
    <div className="spiegel-page">
      <title>{`${title} · Spiegel`}</title>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('org.acceptIntro', { org: invitation.orgName, role: t(orgRoleKey(invitation.role)) })}</Paragraph>
      <Paragraph>{t('org.acceptFor', { email })}</Paragraph>
      {signedInAs === email ? (
        <Form method="post">
          <input type="hidden" name="intent" value="accept" />
          <Button>{t('org.acceptButton')}</Button>
        </Form>
      ) : signedInAs ? (
        <>
          <Alert type="warning">{t('org.acceptOtherUser', { current: signedInAs, email })}</Alert>
          {/* Signing out comes back here, to send the sign-in link to the invited address. */}
          <Form method="post" action="/logout" reloadDocument>
            <input type="hidden" name="redirectTo" value={`/invite/${token ?? ''}`} />
            <Button appearance="secondary">{t('org.acceptSignOut', { current: signedInAs })}</Button>
          </Form>
        </>
      ) : state && 'linkSent' in state ? (
        <Alert type="ok">{t('org.acceptLinkSent', { email })}</Alert>
      ) : (
        <>
          {state && 'rateLimited' in state ? <Alert type="warning">{t('auth.rateLimited')}</Alert> : null}
          <Paragraph>{t('org.acceptSignInFirst', { email })}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value="send-link" />
            <Button>{t('org.acceptSendLink', { email })}</Button>
          </Form>
        </>
      )}
    </div>
  );
}
