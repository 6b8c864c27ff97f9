import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { filterInsights, groupByTheme, type Insight, type LibraryFilters, sharedThemes } from '../domain/library';
import { readInsights } from './insights-records.server';

/**
 * "Wat we leerden": the organisation's insights that match the filters, under their shared theme,
 * with the themes and teams to filter by. Holds no personal data: every member may read it.
 */
export async function getLibraryPage({ orgId, actor, filters }: OrgScope & { filters: LibraryFilters }) {
  authorize({ actor }, 'org.insights');
  const records = await readInsights(await db(), orgId);
  const all: Insight[] = records.map(({ quotes: _sources, ...insight }) => insight);
  const shown = filterInsights(all, filters);
  return {
    groups: groupByTheme(shown),
    total: all.length,
    shown: shown.length,
    unassigned: all.filter((i) => !i.sharedTheme.trim()).length,
    themes: sharedThemes(all),
    teams: await listTeams({ orgId, actor }),
  };
}
