import { useActionData, useLoaderData } from 'react-router';
import { Alert, Page } from '#app/components/ui';
import { ZPartnerForms } from '#app/features/partners/forms';
import { addPartner } from '#app/features/partners/server/add-partner.server';
import { addStatement } from '#app/features/partners/server/add-statement.server';
import { getPartnersPage } from '#app/features/partners/server/get-partners-page.server';
import { mailPartnerLink } from '#app/features/partners/server/mail-partner-link.server';
import { removePartner } from '#app/features/partners/server/remove-partner.server';
import { removeStatement } from '#app/features/partners/server/remove-statement.server';
import { updateIntentStatement } from '#app/features/partners/server/update-intent-statement.server';
import { updatePartner } from '#app/features/partners/server/update-partner.server';
import { updateStatement } from '#app/features/partners/server/update-statement.server';
import { IntentSection, PartnersSection, SignaturesSection, StatementsSection } from '#app/features/partners/ui/partners-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-partners';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  const page = await getPartnersPage(scope);
  return { ...page, orgName: org.name, trajectoryTitle: trajectory.title, intentStatement: trajectory.intentStatement };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZPartnerForms, async (input): Promise<string | null> => {
    switch (input.intent) {
      case 'add-partner':
        await addPartner({ ...scope, ...input });
        break;
      case 'edit-partner':
        await updatePartner({ ...scope, ...input });
        break;
      case 'remove-partner':
        await removePartner({ ...scope, ...input });
        break;
      case 'mail-link':
        return (await mailPartnerLink({ ...scope, ...input })).to;
      case 'intent':
        await updateIntentStatement({ ...scope, ...input });
        break;
      case 'add-statement':
        await addStatement({ ...scope, ...input });
        break;
      case 'edit-statement':
        await updateStatement({ ...scope, ...input });
        break;
      case 'remove-statement':
        await removeStatement({ ...scope, ...input });
        break;
    }
    return null;
  });
}

export default function StepPartners() {
  const { canEdit, orgName, trajectoryTitle, intentStatement, partners, advice, statements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('partners.title')} intro={t('partners.intro')}>
      {canEdit ? null : <Alert type="info">{t('partners.readOnly')}</Alert>}
      <PartnersSection partners={partners} advice={advice} canEdit={canEdit} result={result} />
      <IntentSection intentStatement={intentStatement} orgName={orgName} trajectoryTitle={trajectoryTitle} canEdit={canEdit} result={result} />
      <SignaturesSection partners={partners} result={result} />
      <StatementsSection statements={statements} canEdit={canEdit} result={result} />
    </Page>
  );
}
