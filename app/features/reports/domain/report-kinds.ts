// The reports that can be downloaded, and the two file formats.
export const REPORT_KINDS = ['minutes', 'follow-up', 'agenda', 'agenda-poster', 'trajectory'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPE: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Reports a parent can read in their own language (the agenda items have person-made translations). */
export const PARENT_LANGUAGE_KINDS: readonly ReportKind[] = ['agenda', 'agenda-poster'];

/** "minutes.pdf" (or "agenda.ar.pdf": in a parents' language) → the report, format and language; null for anything else. */
export function parseReportFile(file: string): { kind: ReportKind; format: ReportFormat; language?: string } | null {
  const match = /^([a-z-]+)(?:\.([a-z]{2,3}))?\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, kind, language, format] = match;
  if (!(REPORT_KINDS as readonly string[]).includes(kind!) || !(REPORT_FORMATS as readonly string[]).includes(format!)) return null;
  if (language && !PARENT_LANGUAGE_KINDS.includes(kind as ReportKind)) return null;
  return { kind: kind as ReportKind, format: format as ReportFormat, ...(language ? { language } : {}) };
}

/** The report a page is for, from its address (…/reports/minutes); null for anything else. */
export function reportKindOf(pathname: string): ReportKind | null {
  const last = pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  return (REPORT_KINDS as readonly string[]).includes(last) ? (last as ReportKind) : null;
}
