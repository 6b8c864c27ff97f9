// The coalition's overview of all actions across its trajectories (S8b): by status, partner, trajectory and overdue.
import { useLoaderData } from 'react-router';
import { DownloadLink, Page, Paragraph } from '#app/components/ui';
import { orgActionFiltersFrom } from '#app/features/actions/forms';
import { listOrgActions } from '#app/features/actions/server/list-org-actions.server';
import { OrgActionFilters, OrgActionsTable, StatusCounts } from '#app/features/actions/ui/org-actions';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/org-actions';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const url = new URL(request.url);
  const { filters, query } = orgActionFiltersFrom(url);
  const list = await listOrgActions({ ...ctx, ...query });
  return { org: ctx.org, filters, download: `/o/${ctx.org.slug}/actions.csv${url.search}`, ...list };
}

export default function OrgActions() {
  const { org, filters, download, items, counts, overdueCount, trajectories, partnerNames, total } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('actions.orgTitle')} context={org.name} intro={t('actions.orgIntro')}>
      {total === 0 ? (
        <Paragraph>{t('actions.orgEmpty')}</Paragraph>
      ) : (
        <>
          <StatusCounts counts={counts} overdueCount={overdueCount} />
          <OrgActionFilters filters={filters} trajectories={trajectories} partnerNames={partnerNames} shown={items.length} orgSlug={org.slug} />
          <OrgActionsTable items={items} orgSlug={org.slug} />
          {items.length > 0 ? <DownloadLink href={download} label={t('actions.csvDownload')} /> : null}
        </>
      )}
    </Page>
  );
}
