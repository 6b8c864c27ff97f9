// The agenda for the parents (R1): the agreed items in the workgroup's order, each in plain words
// with the parents' own words that led to it. Pure: the server passes the agreed items.
import { parentTexts } from '#app/features/feedback/domain/parent-texts';
import { formatDay, textIn } from '#app/features/feedback/domain/page-language';
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type AgendaReportInput = {
  t: Translate;
  orgName: string;
  trajectoryTitle: string;
  /** The day the agenda was shared (YYYY-MM-DD or an ISO moment). */
  date: string;
  items: readonly { id: string; title: string; plainText: string; quotes: readonly string[]; translations?: ReadonlyMap<string, string> }[];
  /** A parents' language ('ar'): the fixed texts of the parents' page and the items' translations. Dutch when not given. */
  language?: string;
};

export function agendaReport(input: AgendaReportInput): Report {
  if (input.language && input.language !== 'nl') return parentsAgenda(input, input.language);
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
    subtitle: t('reports.subtitle', { org: input.orgName, trajectory: input.trajectoryTitle, date: formatDay(input.date, 'nl') }),
    language: 'nl',
    filename: `agenda-${slug(input.trajectoryTitle)}`,
    blocks,
  };
}

/**
 * The agenda in a parents' language: the texts of the parents' page, each item in its person-made
 * translation (the Dutch text, marked as Dutch, where there is none yet) and the parents' own words
 * as they were said. Fixed texts fall back to Dutch for a language we have no texts in.
 */
function parentsAgenda(input: AgendaReportInput, language: string): Report {
  const texts = parentTexts(language);
  const fixed = texts.lang === language ? {} : { lang: texts.lang };
  const blocks: Block[] = [{ kind: 'paragraph', text: texts.t('publicIntro', { org: input.orgName }), ...fixed }];
  input.items.forEach((item, index) => {
    const { id } = item;
    blocks.push({ kind: 'heading', level: 2, text: texts.t('item', { n: index + 1 }), ...fixed });
    // As on the parents' page: the plain words, or the title when there are none.
    const field = item.plainText.trim() ? 'plainText' : 'title';
    const { text, lang } = textIn(field === 'plainText' ? item.plainText : item.title, item.translations ?? new Map(), language);
    // The Dutch text keeps where it is stored, as in the Dutch agenda: a name in it is that one place, replaced there.
    blocks.push({ kind: 'paragraph', text, ...(lang === language ? {} : { lang, source: { table: 'agendaItem', id, field } }) });
    if (item.quotes.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: texts.t('quotes'), ...fixed });
      item.quotes.forEach((quote, index) =>
        blocks.push({ kind: 'quote', text: quote, lang: 'nl', source: { table: 'agendaItem', id, field: 'quote', index } }),
      );
    }
  });
  return {
    title: texts.t('publicTitle'),
    subtitle: [input.orgName, input.trajectoryTitle, formatDay(input.date, language)].join(' · '),
    language,
    filename: `agenda-${slug(input.trajectoryTitle)}-${language}`,
    blocks,
  };
}

/** The same agenda as a poster for the wall: A3, large letters, the items in plain words without the quotes. */
export function agendaPoster(input: AgendaReportInput): Report {
  const report = agendaReport({ ...input, items: input.items.map((item) => ({ ...item, quotes: [] })) });
  return { ...report, paper: 'A3', filename: report.filename.replace(/^agenda-/, 'agenda-poster-') };
}
