import { useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { getPrivacyPage } from '#app/features/privacy/server/get-privacy-page.server';
import { PrivacyRegister } from '#app/features/privacy/ui/privacy-page';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/org-privacy';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, ...(await getPrivacyPage(ctx)) };
}

export default function OrgPrivacy() {
  const { org, rows, purposes } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('personalData.privacyTitle')} intro={t('personalData.privacyLead', { org: org.name })}>
      <PrivacyRegister orgName={org.name} rows={rows} purposes={purposes} />
    </Page>
  );
}
