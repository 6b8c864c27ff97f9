// The partner's own page, reached through a personal link: no account, no JavaScript needed.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, MultilineText, Page } from '#app/components/ui';
import { ZPartnerLinkForms } from '#app/features/partners/forms';
import { findPartnerByToken } from '#app/features/partners/server/find-partner-by-token.server';
import { getPartnerLinkPage } from '#app/features/partners/server/get-partner-link-page.server';
import { reactToStatement } from '#app/features/partners/server/react-to-statement.server';
import { signIntentStatement } from '#app/features/partners/server/sign-intent-statement.server';
import { ReactionsSection, SignSection } from '#app/features/partners/ui/partner-link-sections';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/partner-link';

// A public page for partners on their phones: plain HTML forms, no JavaScript download.
export const handle = { hydrate: false };

export async function loader({ params }: Route.LoaderArgs) {
  return getPartnerLinkPage({ partner: await findPartnerByToken(params.token) });
}

export async function action({ request, params }: Route.ActionArgs) {
  // The link is the authorisation: an unknown token is a 404, also for a badly filled-in form.
  const partner = await findPartnerByToken(params.token);
  return handleForm(await request.formData(), ZPartnerLinkForms, async (input) => {
    if (input.intent === 'sign') return signIntentStatement({ partner, ...input });
    await reactToStatement({ partner, ...input });
    return null;
  });
}

export default function PartnerLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page
      title={t('partners.publicTitle')}
      context={page.trajectoryTitle}
      noindex
      intro={t('partners.publicIntro', { org: page.orgName, partner: page.partner.name, trajectory: page.trajectoryTitle })}
    >
      {page.intentStatement.trim() ? (
        <div className="spiegel-card">
          <MultilineText>{page.intentStatement}</MultilineText>
        </div>
      ) : (
        <Alert type="info">{t('partners.publicIntentNotReady')}</Alert>
      )}
      <SignSection partner={page.partner} intentReady={!!page.intentStatement.trim()} result={result} />
      <ReactionsSection statements={page.statements} result={result} />
    </Page>
  );
}
