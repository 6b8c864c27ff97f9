// The partner's own page, reached through a personal link: no account, no JavaScript needed.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, MultilineText, Page } from '#app/components/ui';
import { PARTNER_UPDATE_INTENT, ZPartnerActionUpdate } from '#app/features/actions/forms';
import { addActionUpdateByPartner } from '#app/features/actions/server/add-action-update-by-partner.server';
import { listPartnerActions } from '#app/features/actions/server/list-partner-actions.server';
import { PartnerActionsSection } from '#app/features/actions/ui/partner-actions-section';
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
  const partner = await findPartnerByToken(params.token);
  const [page, owned] = await Promise.all([getPartnerLinkPage({ partner }), listPartnerActions({ partner })]);
  return { ...page, owned };
}

export async function action({ request, params }: Route.ActionArgs) {
  // The link is the authorisation: an unknown token is a 404, also for a badly filled-in form.
  const partner = await findPartnerByToken(params.token);
  const form = await request.formData();
  // An update on one of the partner's actions (S8b).
  if (form.get('intent') === PARTNER_UPDATE_INTENT) {
    return handleForm(form, ZPartnerActionUpdate, async (input) => {
      await addActionUpdateByPartner({ partner, ...input });
      return null;
    });
  }
  return handleForm(form, ZPartnerLinkForms, async (input) => {
    if (input.intent === 'sign') return signIntentStatement({ partner, ...input });
    await reactToStatement({ partner, ...input });
    return null;
  });
}

export default function PartnerLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  // An owner who comes back from an action reminder finds their actions first.
  const hasActions = page.owned.actions.length > 0;
  const actions = <PartnerActionsSection actions={page.owned.actions} today={page.owned.today} result={result} />;
  return (
    <Page
      title={t(hasActions ? 'partners.publicTitleWithActions' : 'partners.publicTitle')}
      context={page.trajectoryTitle}
      noindex
      intro={t('partners.publicIntro', { org: page.orgName, partner: page.partner.name, trajectory: page.trajectoryTitle })}
    >
      {hasActions ? actions : null}
      {page.intentStatement.trim() ? (
        <div className="spiegel-card">
          <MultilineText>{page.intentStatement}</MultilineText>
        </div>
      ) : (
        <Alert type="info">{t('partners.publicIntentNotReady')}</Alert>
      )}
      <SignSection partner={page.partner} intentReady={!!page.intentStatement.trim()} result={result} />
      {hasActions ? null : actions}
      <ReactionsSection statements={page.statements} result={result} />
    </Page>
  );
}
