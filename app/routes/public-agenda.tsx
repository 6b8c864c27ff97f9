// The public "you said, we did" page the coordinator publishes for the coalition's website: an
// unguessable link, pseudonymous, no JavaScript, in the parents' languages.
import { useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { parentTexts } from '#app/features/feedback/domain/parent-texts';
import { getPublicAgenda } from '#app/features/feedback/server/get-public-agenda.server';
import { ParentLanguages, ParentPageStyle, YouSaidWeDid } from '#app/features/feedback/ui/parent-sections';
import type { Route } from './+types/public-agenda';

// The whole page says the language of its texts (html lang and dir), e.g. Arabic right to left.
export const handle = { hydrate: false, language: (data: { language: string }) => parentTexts(data.language).lang };

export async function loader({ request, params }: Route.LoaderArgs) {
  return getPublicAgenda({ token: params.token, language: new URL(request.url).searchParams.get('lang'), accepted: request.headers.get('accept-language') });
}

export default function PublicAgenda() {
  const page = useLoaderData<typeof loader>();
  const texts = parentTexts(page.language);
  const { t } = texts;
  return (
    <div lang={texts.lang} dir={texts.dir} className="pp" data-testid="public-agenda">
      <ParentPageStyle />
      <Page title={t('publicTitle')} context={page.orgName} noindex intro={t('publicIntro', { org: page.orgName })}>
        <ParentLanguages languages={page.languages} current={page.language} texts={texts} />
        <YouSaidWeDid items={page.items} texts={texts} language={page.language} withQuotes />
      </Page>
    </div>
  );
}
