import { useLoaderData } from 'react-router';
import { Page } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { ZAccessLogFilter } from '#app/features/rights/forms';
import { getAccessLogPage } from '#app/features/rights/server/get-access-log-page.server';
import { AccessLogTable, ChainStatus, LogFilters } from '#app/features/rights/ui/access-log';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/org-access-log';

// Admins only (org.accessLog): anyone else gets a 403 before anything is read.
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const filter = ZAccessLogFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { org: ctx.org, filter, ...(await getAccessLogPage({ ...ctx, filter })) };
}

export default function OrgAccessLog() {
  const { org, filter, entries, people, chain, limit } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('rights.logTitle')} context={org.name} intro={t('rights.logIntro')}>
      <ChainStatus chain={chain} />
      <LogFilters filter={filter} people={people} />
      <AccessLogTable entries={entries} limit={limit} />
    </Page>
  );
}
