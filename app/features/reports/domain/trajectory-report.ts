// The trajectory report for the coalition (R1): all eight steps with their state and figures, and
// the change agenda's actions with their status. Pure: the server passes the texts already in words.
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type TrajectoryReportInput = {
  t: Translate;
  orgName: string;
  trajectoryTitle: string;
  date: string;
  stepsDone: number;
  steps: readonly { heading: string; state: string; summary: string }[];
  actions: readonly { id: string; title: string; itemId: string | null; item: string; partner: string; status: string; dueOn: string }[];
};

export function trajectoryReport(input: TrajectoryReportInput): Report {
  const { t } = input;
  const blocks: Block[] = [{ kind: 'paragraph', text: t('reports.trajectoryStepsDone', { done: input.stepsDone }) }];
  for (const step of input.steps) {
    blocks.push({ kind: 'heading', level: 2, text: step.heading });
    blocks.push({ kind: 'paragraph', label: t('reports.trajectoryState'), text: step.state });
    blocks.push({ kind: 'paragraph', text: step.summary });
  }
  blocks.push({ kind: 'heading', level: 2, text: t('reports.trajectoryActions') });
  if (input.actions.length === 0) blocks.push({ kind: 'paragraph', text: t('reports.trajectoryNoActions') });
  else
    blocks.push({
      kind: 'table',
      header: [t('reports.columnAction'), t('reports.columnItem'), t('reports.columnPartner'), t('reports.columnStatus'), t('reports.columnDue')],
      rows: input.actions.map((a) => [a.title, a.item, a.partner, a.status, a.dueOn]),
      // The partner's name is the organisation's, changed with the partners; status and date are labels.
      sources: input.actions.map((a) => [
        { table: 'action', id: a.id, field: 'title' },
        a.itemId ? { table: 'agendaItem', id: a.itemId, field: 'title' } : undefined,
      ]),
    });
  return {
    title: t('reports.trajectoryTitle'),
    subtitle: t('reports.subtitle', { org: input.orgName, trajectory: input.trajectoryTitle, date: input.date }),
    language: 'nl',
    filename: `traject-${slug(input.trajectoryTitle)}`,
    blocks,
  };
}
