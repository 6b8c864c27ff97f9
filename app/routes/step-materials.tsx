// Step 5, materials (S5e): the flyer per language, the public sign-up link with its QR code,
// and links to the printable flyers, the PDFs and the recruiter sheet.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, Link, Page, Paragraph, Section } from '#app/components/ui';
import { ZMaterialsAction } from '#app/features/materials/forms';
import { addFlyerLanguage } from '#app/features/materials/server/add-flyer-language.server';
import { getMaterialsPage } from '#app/features/materials/server/get-materials-page.server';
import { removeFlyerLanguage } from '#app/features/materials/server/remove-flyer-language.server';
import { saveFlyerText } from '#app/features/materials/server/save-flyer-text.server';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { AddLanguageSection, FlyerCard, MeetingSection, SignupSection } from '#app/features/materials/ui/materials-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-materials';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return { ...(await getMaterialsPage(scope)), base: `/o/${org.slug}/t/${scope.trajectoryId}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZMaterialsAction, async (input) => {
    if (input.intent === 'add') return addFlyerLanguage({ ...scope, language: input.language });
    if (input.intent === 'remove') return removeFlyerLanguage({ ...scope, language: input.language });
    const { intent: _intent, language, ...content } = input;
    return saveFlyerText({ ...scope, language, content });
  });
}

export default function StepMaterials() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { canEdit, base } = page;
  // The flyer a form was just sent for (a save, or a language just added).
  const done = result?.ok ? result : undefined;
  return (
    <Page title={t('materials.title')} intro={t('materials.intro')}>
      {canEdit ? null : <Alert type="info">{t('materials.readOnly')}</Alert>}
      {succeeded(result, 'remove') ? <Alert type="ok">{t('materials.languageRemoved')}</Alert> : null}
      <SignupSection signup={page.signup} base={base} />
      {/* Other voices (X1): the anonymous contribution link is printed on the flyer while it is on. */}
      <Paragraph>
        {t('voices.materialsHint')} <Link to={`${base}/voices`}>{t('voices.materialsLink')}</Link>
      </Paragraph>
      <MeetingSection meeting={page.meeting} base={base} />
      <Section id="flyers-title" title={t('materials.flyersTitle')}>
        {page.flyers.map((flyer) => (
          <FlyerCard
            key={flyer.language}
            flyer={flyer}
            base={base}
            canEdit={canEdit}
            state={stateFor(result, 'save', flyer.language)}
            justDone={done?.target === flyer.language ? done.intent : undefined}
          />
        ))}
      </Section>
      {canEdit ? <AddLanguageSection addable={page.addable} state={stateFor(result, 'add')} /> : null}
    </Page>
  );
}
