// The anonymous contribution page behind the trajectory's link and the flyer's QR code (X1): for a
// parent who will not join the group. No account, no JavaScript, phone first, in their language.
import { redirect, useActionData, useLoaderData } from 'react-router';
import { Alert, Page, Paragraph, type FormState, valueOf } from '#app/components/ui';
import { HONEYPOT_FIELD } from '#app/features/materials/domain/signup-guard';
import { ParentPageStyle } from '#app/features/feedback/ui/parent-sections';
import { contributionPath } from '#app/features/voices/domain/contribution';
import { contributionTexts } from '#app/features/voices/domain/contribution-texts';
import { ZContribution } from '#app/features/voices/forms';
import { getContributionPage } from '#app/features/voices/server/get-contribution-page.server';
import { submitContribution } from '#app/features/voices/server/submit-contribution.server';
import { ContributionForm, ContributionIntro, ContributionLanguages } from '#app/features/voices/ui/contribution-sections';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/contribution-link';

// A public page for parents on their phones: plain HTML forms, no JavaScript download.
// The whole page says the language of its texts (html lang and dir), e.g. Arabic right to left.
export const handle = { hydrate: false, language: (data: { language: string }) => contributionTexts(data.language).lang };

const pageFor = (request: Request, token: string, language: string | null) =>
  getContributionPage({ token, language, acceptLanguage: request.headers.get('accept-language') });

export async function loader({ request, params }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const page = await pageFor(request, params.token, search.get('lang'));
  return { ...page, thanks: search.has('thanks') };
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  // Unknown, renewed or switched-off link: 404 before anything else.
  const page = await pageFor(request, params.token, String(form.get('lang') ?? ''));
  return handleForm(form, ZContribution, async (input) => {
    await submitContribution({ token: params.token, input, honeypot: form.get(HONEYPOT_FIELD) });
    throw redirect(`${contributionPath(params.token)}?lang=${encodeURIComponent(page.language)}&thanks=1`);
  });
}

export default function ContributionLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const texts = contributionTexts(page.language);
  const { t } = texts;
  const state: FormState = result && !result.ok ? result : undefined;
  // A broken time stamp is replaced by a fresh one; a valid one is kept, so the time already spent counts.
  const startedAt = state?.errors?._form === 'voices.expired' ? page.startedAt : valueOf(state, 'startedAt', page.startedAt);
  return (
    <div lang={texts.lang} dir={texts.dir} className="pp" data-testid="contribution-page">
      <ParentPageStyle />
      {page.thanks ? (
        <Page title={t('thanksTitle')} noindex>
          <Alert type="ok">{t('thanksBody')}</Alert>
        </Page>
      ) : page.closed ? (
        <Page title={t('closedTitle')} noindex>
          <Paragraph lead>{t('closedBody')}</Paragraph>
        </Page>
      ) : (
        <Page title={t('pageTitle')} noindex>
          <ContributionLanguages languages={page.languages} current={page.language} texts={texts} />
          <ContributionIntro texts={texts} orgName={page.orgName} theme={page.theme} />
          <ContributionForm questions={page.questions} texts={texts} language={page.language} startedAt={startedAt} state={state} />
        </Page>
      )}
    </div>
  );
}
