import { useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Link, Page, Paragraph } from '#app/components/ui';
import { ZConsentText } from '#app/features/consent/forms';
import { getPersonalDataSettings } from '#app/features/consent/server/get-personal-data-settings.server';
import { saveConsentText } from '#app/features/consent/server/save-consent-text.server';
import { ConsentTextsSection } from '#app/features/consent/ui/consent-sections';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { ZRetentionSettings } from '#app/features/retention/forms';
import { updateRetentionSettings } from '#app/features/retention/server/update-retention-settings.server';
import { RetentionSettingsSection } from '#app/features/retention/ui/retention-sections';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/org-personal-data';

const ZForms = z.discriminatedUnion('intent', [ZRetentionSettings, ZConsentText]);

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, ...(await getPersonalDataSettings(ctx)) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { orgId, actor } = await requireOrg(request, params.org);
  return handleForm(await request.formData(), ZForms, async (input) => {
    if (input.intent === 'retention') await updateRetentionSettings({ orgId, actor, ...input });
    else await saveConsentText({ orgId, actor, kind: input.kind, language: input.language, text: input.text });
  });
}

export default function OrgPersonalData() {
  const { org, retention, canManage, consent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('personalData.settingsTitle')} intro={t('personalData.settingsLead')}>
      <Paragraph>
        <Link to={`/o/${org.slug}/privacy`}>{t('personalData.privacyLink')}</Link>
      </Paragraph>
      <RetentionSettingsSection settings={retention} canManage={canManage} result={result} />
      <ConsentTextsSection texts={consent} canManage={canManage} result={result} />
    </Page>
  );
}
