import { useActionData, useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { ZSsoSettings } from '#app/features/sso/forms';
import { getSsoSettings } from '#app/features/sso/server/get-sso-settings.server';
import { testSsoConnection } from '#app/features/sso/server/test-sso-connection.server';
import { updateSsoSettings } from '#app/features/sso/server/update-sso-settings.server';
import { type SsoAnswer, SsoSettingsForm } from '#app/features/sso/ui/sso-settings-form';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/org-sso';

// Admins set up signing in with the organisation's own account (OpenID Connect, issue 17).
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, settings: await getSsoSettings({ orgId: ctx.orgId, actor: ctx.actor, slug: ctx.org.slug }) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  const scope = { orgId: ctx.orgId, actor: ctx.actor };
  return handleForm(await request.formData(), ZSsoSettings, (input): Promise<SsoAnswer> =>
    input.intent === 'sso-test' ? testSsoConnection(scope) : updateSsoSettings({ ...scope, ...input }),
  );
}

export default function OrgSso() {
  const { org, settings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('sso.settingsTitle')}>
      <SsoSettingsForm settings={settings} orgName={org.name} result={result} />
    </Page>
  );
}
