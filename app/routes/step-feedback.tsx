// Step 8, the workgroup's side of the parents' page: links, what parents think, the summary.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, Page } from '#app/components/ui';
import { ZFeedbackForms } from '#app/features/feedback/forms';
import { createParentLinks } from '#app/features/feedback/server/create-parent-links.server';
import { getFeedbackPage } from '#app/features/feedback/server/get-feedback-page.server';
import { mailFeedbackSummary } from '#app/features/feedback/server/mail-feedback-summary.server';
import { setParentLinkLanguage } from '#app/features/feedback/server/set-parent-link-language.server';
import { GeneralSection, InvolvementSection, ParentsSection, ResultsSection, SharingStatus, SummarySection } from '#app/features/feedback/ui/feedback-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-feedback';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return { ...(await getFeedbackPage(scope)), base: `/o/${org.slug}/t/${scope.trajectoryId}/feedback` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZFeedbackForms, async (input) => {
    switch (input.intent) {
      case 'create-links':
        return createParentLinks(scope);
      case 'link-language':
        await setParentLinkLanguage({ ...scope, ...input });
        return null;
      case 'mail-summary':
        return mailFeedbackSummary(scope);
    }
  });
}

export default function StepFeedback() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('parentPage.title')} intro={t('parentPage.intro')}>
      {page.canEdit ? null : <Alert type="info">{t('parentPage.readOnly')}</Alert>}
      <SharingStatus sharedAt={page.sharedAt} publicLink={page.publicLink} />
      <ParentsSection parents={page.parents} canEdit={page.canEdit} canPrintLetters={page.canPrintLetters} base={page.base} result={result} />
      <ResultsSection items={page.items} />
      <GeneralSection general={page.general} />
      <InvolvementSection involvement={page.involvement} contacts={page.contacts} />
      <SummarySection summaries={page.summaries} canMail={page.canSeeContacts} result={result} />
    </Page>
  );
}
