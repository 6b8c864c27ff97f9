// The admins' form for the organisation's own OpenID Connect provider. The secret is never shown back.
import { Form } from 'react-router';
import { Alert, Button, CheckboxField, FormErrorSummary, Paragraph, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { FormAnswer } from '#app/utils/forms';
import { stateFor, succeeded } from '#app/utils/forms';

/** What the page's two forms answer: saved (when), or the connection test's provider. */
export type SsoAnswer = { savedAt: number } | { issuer: string };

export type SsoSettings = { issuer: string; clientId: string; secretSet: boolean; allowedDomains: string[]; enabled: boolean; redirectUri: string };

export function SsoSettingsForm({ settings, orgName, result }: { settings: SsoSettings; orgName: string; result: FormAnswer<SsoAnswer> | undefined }) {
  const t = useT();
  const state = stateFor(result, 'sso');
  return (
    <>
      {result && succeeded(result, 'sso') ? <Alert type="ok">{t('sso.saved')}</Alert> : null}
      <Paragraph>{t('sso.settingsIntro')}</Paragraph>
      <Paragraph data-testid="sso-status">
        <strong>{settings.enabled ? t('sso.statusOn', { org: orgName }) : t('sso.statusOff')}</strong>
      </Paragraph>
      <Paragraph>{t('sso.redirectUri', { url: settings.redirectUri })}</Paragraph>
      <FormErrorSummary state={state} />
      {/* A new form after each save: what was typed in the secret field does not stay on screen. */}
      <Form key={result?.ok && 'savedAt' in result.value ? result.value.savedAt : 0} method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="sso" />
        <TextField
          name="issuer"
          type="url"
          label={t('sso.issuerLabel')}
          description={t('sso.issuerHint')}
          defaultValue={settings.issuer}
          state={state}
          autoComplete="off"
          required
        />
        <TextField name="clientId" label={t('sso.clientIdLabel')} defaultValue={settings.clientId} state={state} autoComplete="off" required />
        {settings.secretSet ? <Paragraph data-testid="sso-secret-set">{t('sso.clientSecretSet')}</Paragraph> : null}
        {/* Never filled in: what was typed is not sent back either, after a mistake elsewhere. */}
        <TextField
          name="clientSecret"
          label={t('sso.clientSecretLabel')}
          description={settings.secretSet ? t('sso.clientSecretHint') : undefined}
          state={state ? { ...state, values: { ...state.values, clientSecret: '' } } : undefined}
          autoComplete="off"
          required={!settings.secretSet}
        />
        <TextAreaField
          name="allowedDomains"
          label={t('sso.domainsLabel')}
          description={t('sso.domainsHint')}
          defaultValue={settings.allowedDomains.join('\n')}
          state={state}
          rows={3}
          required
        />
        <CheckboxField name="enabled" label={t('sso.enabledLabel')} defaultChecked={settings.enabled} state={state} />
        <Button>{t('sso.save')}</Button>
      </Form>
      {settings.issuer ? <ConnectionTest result={result} /> : null}
    </>
  );
}

/** "Test de verbinding": reads the saved provider's details afresh. */
function ConnectionTest({ result }: { result: FormAnswer<SsoAnswer> | undefined }) {
  const t = useT();
  const state = stateFor(result, 'sso-test');
  return (
    <Form method="post" className="spiegel-stack">
      <input type="hidden" name="intent" value="sso-test" />
      {result?.ok && succeeded(result, 'sso-test') && 'issuer' in result.value ? (
        <Alert type="ok">{t('sso.testOk', { issuer: result.value.issuer })}</Alert>
      ) : null}
      <FormErrorSummary state={state} />
      <Button appearance="secondary">{t('sso.testButton')}</Button>
    </Form>
  );
}
