// Single sign-on on screen: the button on the sign-in page and the page that says why signing in did not work.
import { Alert, ButtonGroup, ButtonLink, Page } from '#app/components/ui';
import { type MessageKey, useT } from '#app/i18n/i18n';

/** "Inloggen met <organisatie> account": a full page load, because it leaves for the provider. */
export function SsoButton({ org, redirectTo }: { org: { slug: string; name: string }; redirectTo?: string }) {
  const t = useT();
  const query = redirectTo ? `?${new URLSearchParams({ redirectTo })}` : '';
  return (
    <ButtonLink appearance="primary" to={`/sso/${encodeURIComponent(org.slug)}${query}`} reloadDocument data-testid="sso-button">
      {t('sso.button', { org: org.name })}
    </ButtonLink>
  );
}

/** Why the sign-in through the organisation's provider was refused, with the way back. */
export function SsoRefusedPage({ message, org, email }: { message: MessageKey; org: { slug: string; name: string }; email: string }) {
  const t = useT();
  return (
    <Page title={t('sso.refusedTitle')}>
      <Alert type="warning">{t(message, { org: org.name, email })}</Alert>
      <ButtonGroup>
        {message === 'sso.failed' || message === 'sso.providerDown' ? (
          <ButtonLink appearance="primary" to={`/sso/${encodeURIComponent(org.slug)}`} reloadDocument>
            {t('sso.tryAgain')}
          </ButtonLink>
        ) : null}
        <ButtonLink to={`/login?org=${encodeURIComponent(org.slug)}`}>{t('sso.useEmailLink')}</ButtonLink>
      </ButtonGroup>
    </Page>
  );
}
