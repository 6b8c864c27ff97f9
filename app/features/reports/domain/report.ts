// A report (R1) as plain data: a title and a list of blocks, rendered to PDF and to Word by the
// two renderers in ../server. Every text a reader will see is reachable through `textsOf`, so the
// name-leak guard checks exactly what leaves the app. Each block may carry the place its text
// came from (a stored note, one of its quotes), so a hit can be shown and replaced at its source.

/** Where a text of the report is stored: one field of one record that people typed (a quote by its index). */
export type Source =
  | { table: 'minuteNote'; id: string; field: 'summary' }
  | { table: 'minuteNote'; id: string; field: 'quote'; index: number }
  | { table: 'boardNote'; id: string; field: 'text' }
  | { table: 'boardTheme'; id: string; field: 'name' }
  | { table: 'agendaItem'; id: string; field: 'title' | 'plainText' | 'themeName' }
  | { table: 'agendaItem'; id: string; field: 'quote'; index: number }
  | { table: 'action'; id: string; field: 'title' };

/** `lang`: the language of a text that differs from the report's (a Dutch item in an Arabic agenda). */
export type Block =
  /** `sourceAt`: where the stored text starts in `text` (after a number such as "1. "). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; lang?: string; source?: Source; sourceAt?: number }
  /** `label` is a short lead-in shown before the text ("Gaat goed"), kept apart so the text stays as stored. */
  | { kind: 'paragraph'; text: string; label?: string; source?: Source; lang?: string }
  | { kind: 'quote'; text: string; by?: string; source?: Source; lang?: string }
  | { kind: 'list'; items: string[] }
  /** `sources`: where each cell is stored, by row and column (none for a figure or a label). */
  | { kind: 'table'; header: string[]; rows: string[][]; sources?: (Source | undefined)[][] };

export type Report = {
  /** The document's title (PDF info and Word core properties) and its first heading. */
  title: string;
  /** A line under the title: organisation, trajectory, date. */
  subtitle: string;
  /** BCP 47 language of the text, e.g. 'nl'. */
  language: string;
  /** A4 for reading, A3 for a poster on the wall (the PDF only; Word leaves paper to the printer). */
  paper?: 'A4' | 'A3';
  /** The file name without extension, e.g. 'verslag-spiegelgesprek'. */
  filename: string;
  blocks: Block[];
  /** The organisation's colour (title, headings, quote bars) and logo (top right of the first page); Spiegel's colour without it. */
  branding?: ReportBranding;
};

/** `logo.width` and `height` are its size in pixels, `alt` what a screen reader says for it. */
export type ReportBranding = {
  accent: string;
  logo?: { data: Buffer; mediaType: 'image/png' | 'image/jpeg'; width: number; height: number; alt: string };
};

/** One text of the report the guard reads, with where it is stored when known (from `sourceAt` in the text on). */
export type ReportText = { text: string; block: number; source?: Source; sourceAt?: number };

/** Every text a reader will see, in reading order (title and subtitle first, block -1). */
export function textsOf(report: Report): ReportText[] {
  const texts: ReportText[] = [
    { text: report.title, block: -1 },
    { text: report.subtitle, block: -1 },
  ];
  report.blocks.forEach((b, block) => {
    if (b.kind === 'heading') texts.push({ text: b.text, block, source: b.source, sourceAt: b.sourceAt });
    else if (b.kind === 'paragraph') texts.push(...(b.label ? [{ text: b.label, block }] : []), { text: b.text, block, source: b.source });
    else if (b.kind === 'quote') texts.push({ text: b.text, block, source: b.source }, ...(b.by ? [{ text: b.by, block }] : []));
    else if (b.kind === 'list') texts.push(...b.items.map((text) => ({ text, block })));
    else
      texts.push(
        ...b.header.map((text) => ({ text, block })),
        ...b.rows.flatMap((row, r) => row.map((text, c) => ({ text, block, source: b.sources?.[r]?.[c] }))),
      );
  });
  return texts.filter((t) => t.text.trim() !== '');
}

/** A table's rows made as wide as its header: missing cells empty, extra cells dropped. */
export function squareRows(header: readonly string[], rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => header.map((_, i) => row[i] ?? ''));
}

/** A safe file name part: lower case, letters, digits and dashes only. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'verslag'
  );
}
