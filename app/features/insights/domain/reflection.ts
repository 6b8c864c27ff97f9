// The organisation-wide reflection session (care-organisation variant, S8c): its board starts with
// one note per insight of the chosen trajectories. Pure.
import { shorten } from './next-trajectory';

/** As long as a note on the board may be. */
export const NOTE_MAX = 280;

/** A note for the board: the insight's own theme, what was agreed, and where it comes from. */
export function reflectionNote({ themeName, text, source }: { themeName: string; text: string; source: string }): string {
  const body = themeName.trim() ? `${themeName.trim()}: ${text.trim()}` : text.trim();
  const suffix = source.trim() ? ` (${source.trim()})` : '';
  return `${shorten(body, Math.max(1, NOTE_MAX - suffix.length))}${suffix}`.slice(0, NOTE_MAX);
}

export type TrajectoryChoice = { id: string; title: string; insights: number; team: { id: string; name: string; kind: 'team' | 'neighbourhood' } | null };
export type TeamGroup = { team: TrajectoryChoice['team']; trajectories: TrajectoryChoice[] };

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** Trajectories grouped per team or neighbourhood (by name), those without one last. */
export function groupByTeam(choices: readonly TrajectoryChoice[]): TeamGroup[] {
  const groups = new Map<string, TeamGroup>();
  for (const choice of choices) {
    const key = choice.team?.id ?? '';
    const group = groups.get(key) ?? { team: choice.team, trajectories: [] };
    group.trajectories.push(choice);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.team === null ? 1 : b.team === null ? -1 : collator.compare(a.team.name, b.team.name)))
    .map((g) => ({ ...g, trajectories: [...g.trajectories].sort((a, b) => collator.compare(a.title, b.title)) }));
}
