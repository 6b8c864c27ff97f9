// Parents may write what they like on their own page. What others read of it (the workgroup's
// counts and comments, the summary, the public page) passes the privacy guard first: every piece
// that looks identifying is replaced by what kind it is, so the reader learns where, never who.
import { type Finding, type FindingKind } from '#app/features/privacy/domain/name-guard';

export type MaskedPart = { text: string } | { masked: FindingKind };

/** The text in pieces, each finding replaced by its kind. */
export function maskParts(text: string, findings: readonly Finding[]): MaskedPart[] {
  const parts: MaskedPart[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    if (finding.start > at) parts.push({ text: text.slice(at, finding.start) });
    parts.push({ masked: finding.kind });
    at = finding.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

/** The kinds of what was left out, each once. */
export const maskedKinds = (parts: readonly MaskedPart[]): FindingKind[] => [...new Set(parts.flatMap((p) => ('masked' in p ? [p.masked] : [])))];

/** Plain text for a mail or a page: each finding replaced by an ellipsis in brackets. */
export const maskedText = (parts: readonly MaskedPart[]): string => parts.map((p) => ('masked' in p ? '[…]' : p.text)).join('');
