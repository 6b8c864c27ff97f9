// The parent's own page, reached through their personal link: no account, no JavaScript, phone first,
// in their language (right to left where needed). What we heard, their reaction, and what was done.
import { redirect, useActionData, useLoaderData } from 'react-router';
import { Alert, Page, Paragraph } from '#app/components/ui';
import { ZParentFeedback } from '#app/features/feedback/forms';
import { findParentLink } from '#app/features/feedback/server/find-parent-link.server';
import { getParentPage } from '#app/features/feedback/server/get-parent-page.server';
import { submitParentFeedback } from '#app/features/feedback/server/submit-parent-feedback.server';
import { parentTexts } from '#app/features/feedback/domain/parent-texts';
import { FeedbackForm, ParentLanguages, ParentPageStyle, YouSaidWeDid } from '#app/features/feedback/ui/parent-sections';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/parent-link';

// A public page for parents on their phones: plain HTML forms, no JavaScript download.
// The whole page says the language of its texts (html lang and dir), e.g. Arabic right to left.
export const handle = { hydrate: false, language: (data: { language: string }) => parentTexts(data.language).lang };

export async function loader({ request, params }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const page = await getParentPage({
    link: await findParentLink(params.token),
    language: search.get('lang'),
    accepted: request.headers.get('accept-language'),
  });
  return { ...page, saved: search.has('saved') };
}

export async function action({ request, params }: Route.ActionArgs) {
  // The link is the authorisation: an unknown token is a 404, also for a badly filled-in form.
  const link = await findParentLink(params.token);
  return handleForm(await request.formData(), ZParentFeedback, async (input) => {
    await submitParentFeedback({ link, ...input });
    throw redirect(`/p/parent/${encodeURIComponent(params.token)}?lang=${encodeURIComponent(input.lang)}&saved=1`);
  });
}

export default function ParentLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const texts = parentTexts(page.language);
  const { t } = texts;
  return (
    <div lang={texts.lang} dir={texts.dir} className="pp" data-testid="parent-page">
      <ParentPageStyle />
      {page.shared ? (
        <Page title={t('pageTitle')} noindex intro={t('intro', { org: page.orgName })}>
          <ParentLanguages languages={page.languages} current={page.language} texts={texts} />
          {page.saved ? <Alert type="ok">{t('saved')}</Alert> : null}
          {page.hasNews ? (
            <Alert type="info">
              {t('newsNotice')} <a href="#done-section">{t('newsLink')}</a>
            </Alert>
          ) : null}
          <FeedbackForm
            items={page.items}
            generalReaction={page.generalReaction}
            involvement={page.involvement}
            hasContact={page.hasContact}
            texts={texts}
            state={result && !result.ok ? result : undefined}
            hidden={{ intent: 'feedback', lang: page.language }}
          />
          <YouSaidWeDid items={page.items} texts={texts} language={page.language} />
        </Page>
      ) : (
        <Page title={t('notYetTitle')} noindex>
          <ParentLanguages languages={page.languages} current={page.language} texts={texts} />
          <Paragraph lead>{t('notYetBody')}</Paragraph>
        </Page>
      )}
    </div>
  );
}
