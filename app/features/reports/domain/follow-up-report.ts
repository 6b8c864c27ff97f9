// The follow-up session's results (R1): the themes with the notes under them, the top 10 of the
// dot vote and how many pledges were made. Pure: the server passes what the closed board holds.
import type { NoteColumn } from '#app/db/schema';
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type FollowUpInput = {
  t: Translate;
  orgName: string;
  trajectoryTitle: string;
  closedOn: string;
  themes: readonly { id: string; name: string }[];
  notes: readonly { id: string; themeId: string | null; column: NoteColumn; text: string }[];
  /** The ranking, best first (the draft agenda the board wrote when it closed). */
  top: readonly { id: string; rank: number; tied: boolean; title: string; themeName: string; dots: number }[];
  pledges: number;
};

const COLUMN = { touched: 'board.column_touched', goes_well: 'board.column_goes_well', difficult: 'board.column_difficult' } as const;

export function followUpReport(input: FollowUpInput): Report {
  const { t } = input;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: t('reports.followUpThemes') }];
  const groups = [
    ...input.themes.map((theme) => ({
      name: theme.name,
      source: { table: 'boardTheme', id: theme.id, field: 'name' } as const,
      notes: input.notes.filter((n) => n.themeId === theme.id),
    })),
    {
      name: t('reports.followUpNoTheme'),
      source: undefined,
      notes: input.notes.filter((n) => !n.themeId || !input.themes.some((th) => th.id === n.themeId)),
    },
  ].filter((g) => g.notes.length > 0);
  if (groups.length === 0) blocks.push({ kind: 'paragraph', text: t('reports.followUpNoNotes') });
  for (const group of groups) {
    blocks.push({ kind: 'heading', level: 3, text: group.name, source: group.source });
    for (const note of group.notes) {
      blocks.push({ kind: 'paragraph', text: note.text, label: t(COLUMN[note.column]), source: { table: 'boardNote', id: note.id, field: 'text' } });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: t('reports.followUpTop') });
  const top = input.top.filter((item) => item.rank <= 10);
  if (top.length === 0) blocks.push({ kind: 'paragraph', text: t('reports.followUpNoTop') });
  else
    blocks.push({
      kind: 'table',
      header: [t('reports.columnRank'), t('reports.columnIdea'), t('reports.columnTheme'), t('reports.columnDots')],
      rows: top.map((item) => [item.tied ? `${item.rank}=` : String(item.rank), item.title, item.themeName, String(item.dots)]),
      // The idea's title and its theme as the board wrote them onto the agenda item (rank and dots are counted).
      sources: top.map(({ id }) => [undefined, { table: 'agendaItem', id, field: 'title' }, { table: 'agendaItem', id, field: 'themeName' }, undefined]),
    });
  blocks.push({ kind: 'heading', level: 2, text: t('reports.followUpPledgesTitle') });
  blocks.push({ kind: 'paragraph', text: t('reports.followUpPledges', { count: input.pledges }) });
  return {
    title: t('reports.followUpTitle'),
    subtitle: t('reports.subtitle', { org: input.orgName, trajectory: input.trajectoryTitle, date: input.closedOn }),
    language: 'nl',
    filename: `resultaten-${slug(input.trajectoryTitle)}`,
    blocks,
  };
}
