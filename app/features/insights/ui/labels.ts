// Catalogue keys for action states, so every insights screen names them the same way.
import type { ActionStatus } from '#app/db/schema';
import { teamKindLabel } from '#app/features/trajectory/ui/labels';
import type { MessageKey, Translate } from '#app/i18n/i18n';

export const statusLabel: Record<ActionStatus, MessageKey> = {
  idea: 'insights.status_idea',
  planned: 'insights.status_planned',
  running: 'insights.status_running',
  done: 'insights.status_done',
  stopped: 'insights.status_stopped',
};

export const statusTone = { idea: 'neutral', planned: 'neutral', running: 'active', done: 'done', stopped: 'neutral' } as const satisfies Record<
  ActionStatus,
  'neutral' | 'active' | 'done'
>;

type TeamLike = { name: string; kind: 'team' | 'neighbourhood' };

/** "Oosterpark (wijk)", or "Geen team of wijk". */
export const teamLabel = (t: Translate, team: TeamLike | null) =>
  team ? t('trajectory.teamOption', { name: team.name, kind: t(teamKindLabel[team.kind]) }) : t('insights.noTeam');

/** The options of a team select: first the choice for none or all, then the teams. */
export const teamOptions = (t: Translate, teams: readonly (TeamLike & { id: string })[], first: string) => [
  { value: '', label: first },
  ...teams.map((team) => ({ value: team.id, label: teamLabel(t, team) })),
];
