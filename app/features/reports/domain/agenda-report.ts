// The agenda for the parents (R1): the agreed items in the workgroup's order, each in plain words
// with the parents' own words that led to it. Pure: the server passes the agreed items.
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type AgendaReportInput = {
  t: Translate;
  orgName: string;
  trajectoryTitle: string;
  date: string;
  items: readonly { title: string; plainText: string; quotes: readonly string[] }[];
};

export function agendaReport(input: AgendaReportInput): Report {
  const { t } = input;
  const blocks: Block[] = [{ kind: 'paragraph', text: t('reports.agendaIntro') }];
  input.items.forEach((item, index) => {
    blocks.push({ kind: 'heading', level: 2, text: `${index + 1}. ${item.title}` });
    if (item.plainText.trim()) blocks.push({ kind: 'paragraph', text: item.plainText });
    if (item.quotes.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: t('reports.agendaQuotes') });
      for (const quote of item.quotes) blocks.push({ kind: 'quote', text: quote });
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
