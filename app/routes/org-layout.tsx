import { NavLink, Outlet, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { useFocusView } from '#app/components/focus-view';
import { Link } from '#app/components/ui';
import { orgRoleKey } from '#app/features/organisations/domain/labels';
import { listMyOrganisations, requireOrg } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/org-layout';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const mine = await listMyOrganisations(ctx.user.id);
  return {
    org: ctx.org,
    role: ctx.actor.orgRole,
    canSeeSettings: can(ctx, 'org.invite'),
    canSeePersonalData: can(ctx, 'org.privacyPage'),
    canSeeInsights: can(ctx, 'org.insights'),
    canSeeAccessLog: can(ctx, 'org.accessLog'),
    otherOrgs: mine.filter((o) => o.slug !== ctx.org.slug),
  };
}

export default function OrgLayout() {
  const { org, role, canSeeSettings, canSeePersonalData, canSeeInsights, canSeeAccessLog, otherOrgs } = useLoaderData<typeof loader>();
  const t = useT();
  const roleLabel = t(orgRoleKey(role));
  // The focus view (a page's `?focus=1`) leaves the navigation out; the page links back.
  const focus = useFocusView();
  if (focus) return <Outlet />;
  return (
    <>
      <nav className="spiegel-orgnav" aria-label={t('common.mainNav')}>
        <strong data-testid="org-name">{org.name}</strong>
        <span>{t('org.yourRole', { role: roleLabel })}</span>
        <ul>
          <li>
            <NavLink className="utrecht-link" to={`/o/${org.slug}`} end>
              {t('common.trajectories')}
            </NavLink>
          </li>
          {canSeeInsights ? (
            <>
              <li>
                <NavLink className="utrecht-link" to={`/o/${org.slug}/insights`}>
                  {t('insights.navLibrary')}
                </NavLink>
              </li>
              <li>
                <NavLink className="utrecht-link" to={`/o/${org.slug}/dashboard`}>
                  {t('insights.navDashboard')}
                </NavLink>
              </li>
            </>
          ) : null}
          <li>
            <NavLink className="utrecht-link" to={`/o/${org.slug}/actions`}>
              {t('actions.orgNav')}
            </NavLink>
          </li>
          <li>
            <NavLink className="utrecht-link" to={`/o/${org.slug}/api-tokens`}>
              {t('api.navTokens')}
            </NavLink>
          </li>
          {canSeeAccessLog ? (
            <li>
              <NavLink className="utrecht-link" to={`/o/${org.slug}/toegangslog`}>
                {t('rights.logNav')}
              </NavLink>
            </li>
          ) : null}
          {canSeeSettings ? (
            <li>
              <NavLink className="utrecht-link" to={`/o/${org.slug}/settings`} end>
                {t('common.settings')}
              </NavLink>
            </li>
          ) : null}
          {canSeePersonalData ? (
            <li>
              <NavLink className="utrecht-link" to={`/o/${org.slug}/settings/personal-data`}>
                {t('personalData.navLink')}
              </NavLink>
            </li>
          ) : null}
        </ul>
        <details className="spiegel-switcher">
          <summary>{t('common.switchOrganisation')}</summary>
          <ul>
            {otherOrgs.map((o) => (
              <li key={o.slug}>
                <Link to={`/o/${o.slug}`}>{o.name}</Link>
              </li>
            ))}
            <li>
              <Link to="/orgs/new">{t('org.newOrganisation')}</Link>
            </li>
          </ul>
        </details>
      </nav>
      <Outlet />
    </>
  );
}
