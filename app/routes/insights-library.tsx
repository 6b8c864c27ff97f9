import { useActionData, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { ButtonGroup, ButtonLink, Page, Paragraph } from '#app/components/ui';
import { ZLibraryFilters, ZLibraryForms } from '#app/features/insights/forms';
import { getLibraryPage } from '#app/features/insights/server/get-library-page.server';
import { matchSharedThemes } from '#app/features/insights/server/match-shared-themes.server';
import { setSharedTheme } from '#app/features/insights/server/set-shared-theme.server';
import insightsCss from '#app/features/insights/ui/insights.css?url';
import { InsightGroups, LibraryFilterForm, SharedThemesPanel } from '#app/features/insights/ui/library';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { todayInAmsterdam, useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/insights-library';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: insightsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const filters = ZLibraryFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await getLibraryPage({ orgId: ctx.orgId, actor: ctx.actor, filters });
  return {
    org: ctx.org,
    filters,
    today: todayInAmsterdam(),
    canEditThemes: can(ctx, 'org.reflect'),
    canStartNext: can(ctx, 'org.createTrajectory'),
    ...page,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  const scope = { orgId: ctx.orgId, actor: ctx.actor };
  return handleForm(await request.formData(), ZLibraryForms, async (input) => {
    if (input.intent === 'match') return matchSharedThemes(scope);
    await setSharedTheme({ ...scope, itemId: input.itemId, sharedTheme: input.sharedTheme });
    return null;
  });
}

export default function InsightsLibrary() {
  const { org, filters, today, canEditThemes, canStartNext, groups, total, shown, unassigned, themes, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('insights.libraryTitle')} context={org.name} intro={t('insights.libraryIntro')}>
      {canStartNext || canEditThemes ? (
        <ButtonGroup>
          {canStartNext ? <ButtonLink to={`/o/${org.slug}/insights/next`}>{t('insights.startNext')}</ButtonLink> : null}
          {canEditThemes ? <ButtonLink to={`/o/${org.slug}/reflection/new`}>{t('insights.reflectionStart')}</ButtonLink> : null}
        </ButtonGroup>
      ) : null}
      {total === 0 ? (
        <Paragraph>{t('insights.libraryEmpty')}</Paragraph>
      ) : (
        <>
          <LibraryFilterForm slug={org.slug} filters={filters} themes={themes} teams={teams} shown={shown} />
          {canEditThemes ? <SharedThemesPanel unassigned={unassigned} result={result} /> : null}
          {shown === 0 ? <Paragraph>{t('insights.noResults')}</Paragraph> : null}
          <InsightGroups slug={org.slug} today={today} groups={groups} canEditThemes={canEditThemes} result={result} />
        </>
      )}
    </Page>
  );
}
