// The agenda for the parents (R1): the agreed items in the workgroup's order, each in plain words
// with the parents' own words that led to it. Pure: the server passes the agreed items.
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type AgendaReportInput = {
  t: Translate;
  orgName: string;
  trajectoryTitle: string;
  date: string;
  items: readonly { id: string; title: string; plainText: string; quotes: readonly string[] }[];
};

export function agendaReport(input: AgendaReportInput): Report {
  const { t } = input;
  const blocks: Block[] = [{ kind: 'paragraph', text: t('reports.agendaIntro') }];
  input.items.forEach((item, index) => {
    const number = `${index + 1}. `;
    const { id } = item;
    blocks.push({ kind: 'heading', level: 2, text: number + item.title, source: { table: 'agendaItem', id, field: 'title' }, sourceAt: number.length });
    if (item.plainText.trim()) blocks.push({ kind: 'paragraph', text: item.plainText, source: { table: 'agendaItem', id, field: 'plainText' } });
    if (item.quotes.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: t('reports.agendaQuotes') });
      item.quotes.forEach((quote, index) => blocks.push({ kind: 'quote', text: quote, source: { table: 'agendaItem', id, field: 'quote', index } }));
    }
  });
  return {
    title: t('reports.agendaTitle'),
    subtitle: t('reports.subtitle', { org: input.orgName, trajectory: input.trajectoryTitle, date: input.date }),
    language: 'nl',
    filename: `agenda-${slug(input.trajectoryTitle)}`,
    blocks,
  };
}

/** The same agenda as a poster for the wall: A3, large letters, the items in plain words without the quotes. */
export function agendaPoster(input: AgendaReportInput): Report {
  const report = agendaReport({ ...input, items: input.items.map((item) => ({ ...item, quotes: [] })) });
  return { ...report, paper: 'A3', filename: report.filename.replace(/^agenda-/, 'agenda-poster-') };
}
