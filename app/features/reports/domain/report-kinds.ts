// The reports that can be downloaded, and the two file formats.
export const REPORT_KINDS = ['minutes', 'follow-up', 'agenda', 'agenda-poster', 'trajectory'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPE: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** "minutes.pdf" → the report and the format; null for anything else. */
export function parseReportFile(file: string): { kind: ReportKind; format: ReportFormat } | null {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, kind, format] = match;
  if (!(REPORT_KINDS as readonly string[]).includes(kind!) || !(REPORT_FORMATS as readonly string[]).includes(format!)) return null;
  return { kind: kind as ReportKind, format: format as ReportFormat };
}

/** The report a page is for, from its address (…/reports/minutes); null for anything else. */
export function reportKindOf(pathname: string): ReportKind | null {
  const last = pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  return (REPORT_KINDS as readonly string[]).includes(last) ? (last as ReportKind) : null;
}
