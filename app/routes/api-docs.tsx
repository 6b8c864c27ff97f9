// The API's reference page (I1), rendered on the server from the OpenAPI document.
import { useLoaderData } from 'react-router';
import { Link, Page, Paragraph } from '#app/components/ui';
import { openApiDocument } from '#app/features/api/openapi';
import { ApiReference, type ReferenceDocument } from '#app/features/api/ui/reference';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/api-docs';

export function loader({ request }: Route.LoaderArgs) {
  return { document: openApiDocument(new URL(request.url).origin) as unknown as ReferenceDocument };
}

export default function ApiDocs() {
  const { document } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('api.docsTitle')} intro={t('api.docsIntro')}>
      <Paragraph>
        <Link to="/api/openapi.json" reloadDocument>
          {t('api.docsDocument')}
        </Link>
      </Paragraph>
      <Paragraph>
        <code>{document.servers[0]?.url}</code>
      </Paragraph>
      <Paragraph>{t('api.docsAuth')}</Paragraph>
      <Paragraph>{t('api.docsErrors')}</Paragraph>
      <ApiReference document={document} />
    </Page>
  );
}
