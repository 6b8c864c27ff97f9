import { Form, useLoaderData, useLocation } from 'react-router';
import { can } from '#app/auth/permissions';
import { Button, ButtonLink, Heading, Link, Paragraph, SelectField, StatusBadge, TextField, Page, Section } from '#app/components/ui';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { variants } from '#app/features/trajectory/domain/variants';
import { ZTrajectoryFilters } from '#app/features/trajectory/forms';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { listTrajectories } from '#app/features/trajectory/server/list-trajectories.server';
import { teamKindLabel, variantLabel } from '#app/features/trajectory/ui/labels';
import { formatDate, useI18n } from '#app/i18n/i18n';
import type { Route } from './+types/org-trajectories';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  const filters = ZTrajectoryFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [teams, list] = await Promise.all([
    listTeams(ctx),
    listTrajectories({ ...ctx, teamId: filters.team || undefined, variant: filters.variant || undefined, q: filters.q || undefined }),
  ]);
  return { org: ctx.org, canCreate: can(ctx, 'org.createTrajectory'), teams, filters, ...list };
}

export default function OrgTrajectories() {
  const { org, canCreate, teams, filters, items, total } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const location = useLocation();
  const filtered = Boolean(filters.team || filters.variant || filters.q);
  return (
    <Page title={t('trajectory.listTitle')} context={org.name}>
      {canCreate ? (
        <ButtonLink appearance="primary" to={`/o/${org.slug}/t/new`}>
          {t('trajectory.newTrajectory')}
        </ButtonLink>
      ) : null}

      {total === 0 ? (
        <section className="spiegel-card spiegel-stack" aria-labelledby="empty-title">
          <Heading level={2} id="empty-title">
            {t('trajectory.emptyTitle')}
          </Heading>
          <Paragraph>
            {t('trajectory.emptyWhat1')} {t('trajectory.emptyWhat2')}
          </Paragraph>
          <Paragraph>{t(canCreate ? 'trajectory.emptyFirstCanCreate' : 'trajectory.emptyFirstCannotCreate')}</Paragraph>
        </section>
      ) : (
        <>
          <Paragraph>{t('trajectory.listIntro')}</Paragraph>
          <Section id="filter-title" title={t('trajectory.filterTitle')}>
            {/* Keyed on the query, so "clear filters" also resets what the fields show. */}
            <Form method="get" className="spiegel-inline" key={location.search}>
              {teams.length > 0 ? (
                <SelectField
                  name="team"
                  label={t('trajectory.filterTeam')}
                  defaultValue={filters.team}
                  options={[
                    { value: '', label: t('trajectory.filterTeamAll') },
                    ...teams.map((team) => ({ value: team.id, label: t('trajectory.teamOption', { name: team.name, kind: t(teamKindLabel[team.kind]) }) })),
                  ]}
                />
              ) : null}
              <SelectField
                name="variant"
                label={t('trajectory.filterVariant')}
                defaultValue={filters.variant}
                options={[{ value: '', label: t('trajectory.filterVariantAll') }, ...variants.map((v) => ({ value: v, label: t(variantLabel[v]) }))]}
              />
              <TextField name="q" label={t('trajectory.filterSearch')} defaultValue={filters.q} />
              <Button appearance="secondary">{t('trajectory.filterApply')}</Button>
            </Form>
            {filtered ? (
              <Paragraph>
                <span role="status">{t('trajectory.resultCount', { count: items.length })}</span>{' '}
                <Link to={`/o/${org.slug}`}>{t('trajectory.filterClear')}</Link>
              </Paragraph>
            ) : null}
          </Section>
          {items.length === 0 ? (
            <Paragraph>{t('trajectory.noResults')}</Paragraph>
          ) : (
            <ul className="spiegel-cards" aria-label={t('trajectory.listTitle')}>
              {items.map((item) => (
                <li key={item.id} className="spiegel-card spiegel-stack" data-testid="trajectory-card">
                  <Heading level={2}>
                    <Link to={`/o/${org.slug}/t/${item.id}`}>{item.title}</Link>
                  </Heading>
                  <Paragraph>
                    {item.team ? t('trajectory.teamOption', { name: item.team.name, kind: t(teamKindLabel[item.team.kind]) }) : t('trajectory.noTeam')}
                    <br />
                    {t(variantLabel[item.variant])}
                    {item.theme ? (
                      <>
                        <br />
                        {t('trajectory.themeValue', { theme: item.theme })}
                      </>
                    ) : null}
                  </Paragraph>
                  <Paragraph>
                    {/* A reflection session (S8c) is no trajectory of 8 steps: labelled as what it is. */}
                    {item.kind === 'reflection' ? (
                      <StatusBadge>{t('insights.reflectionLabel')}</StatusBadge>
                    ) : (
                      <StatusBadge tone={item.stepsDone === 0 ? 'neutral' : item.stepsDone === 8 ? 'done' : 'active'}>
                        {t('trajectory.stepsDoneCount', { done: item.stepsDone })}
                      </StatusBadge>
                    )}
                  </Paragraph>
                  <Paragraph>{t('trajectory.lastChange', { when: formatDate(item.updatedAt, locale) })}</Paragraph>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
