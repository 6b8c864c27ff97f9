// Team labels, so every insights screen names teams and neighbourhoods the same way.
import { teamKindLabel } from '#app/features/trajectory/ui/labels';
import type { Translate } from '#app/i18n/i18n';

type TeamLike = { name: string; kind: 'team' | 'neighbourhood' };

/** "Oosterpark (wijk)", or "Geen team of wijk". */
export const teamLabel = (t: Translate, team: TeamLike | null) =>
  team ? t('trajectory.teamOption', { name: team.name, kind: t(teamKindLabel[team.kind]) }) : t('insights.noTeam');

/** The options of a team select: first the choice for none or all, then the teams. */
export const teamOptions = (t: Translate, teams: readonly (TeamLike & { id: string })[], first: string) => [
  { value: '', label: first },
  ...teams.map((team) => ({ value: team.id, label: teamLabel(t, team) })),
];
