// The coalition's overview of all actions across its trajectories (S8b): by status, partner, trajectory and overdue.
import { useLoaderData } from 'react-router';
import { Page, Paragraph } from '#app/components/ui';
import { ZOrgActionFilters } from '#app/features/actions/forms';
import { listOrgActions } from '#app/features/actions/server/list-org-actions.server';
import { OrgActionFilters, OrgActionsTable, StatusCounts } from '#app/features/actions/ui/org-actions';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/org-actions';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const filters = ZOrgActionFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listOrgActions({
    ...ctx,
    status: filters.status || undefined,
    partner: filters.partner || undefined,
    trajectoryId: filters.trajectory || undefined,
    overdue: filters.overdue,
  });
  return { org: ctx.org, filters, ...list };
}

export default function OrgActions() {
  const { org, filters, items, counts, overdueCount, trajectories, partnerNames, total } = useLoaderData<typeof loader>();
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
        </>
      )}
    </Page>
  );
}
