// The admins' form for the organisation's own OpenID Connect provider. The secret is never shown back.
import { Form } from 'react-router';
import { Alert, Button, CheckboxField, FormErrorSummary, Paragraph, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { FormAnswer } from '#app/utils/forms';
import { stateFor, succeeded } from '#app/utils/forms';

export type SsoSettings = { issuer: string; clientId: string; secretSet: boolean; allowedDomains: string[]; enabled: boolean; redirectUri: string };

export function SsoSettingsForm({
  settings,
  orgName,
  result,
}: {
  settings: SsoSettings;
  orgName: string;
  result: FormAnswer<{ savedAt: number }> | undefined;
}) {
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
      <Form key={result?.ok ? result.value.savedAt : 0} method="post" className="spiegel-stack" noValidate>
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
    </>
  );
}
