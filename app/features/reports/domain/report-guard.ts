// The guard over a whole report (R1, R2): every text a reader will see, checked by the one
// name-leak guard. A place says where (the question and note it sits under, the text with the
// flagged part) and what kind, never who; a place with a stored source can be replaced at once.
import { type FindingKind, findIdentifying, type KnownIdentifiers } from '#app/features/privacy/domain/name-guard';
import { type Report, type Source, textsOf } from './report';

export type LeakPlace = {
  /** Stable within one reading of the report: block, text and span. */
  key: string;
  kind: FindingKind;
  /** In the report's title or the line under it (the trajectory's or organisation's name). */
  inTitle: boolean;
  /** The heading of the part the text is in (the question) and the one under it (the note's pseudonym), '' when none. */
  section: string;
  subsection: string;
  /** The whole text, and the flagged part of it (UTF-16 offsets, end exclusive). */
  text: string;
  start: number;
  end: number;
  /** Where the flagged text is stored, when a person typed it there; `sourceAt` is where the stored text starts in `text`. */
  source?: Source;
  sourceAt?: number;
  /** In the version of the report in a parents' language (a translated agenda item). */
  language?: string;
};

/** What replaces a flagged part, by its kind. */
export const PLACEHOLDER: Record<FindingKind, string> = { name: '[naam]', phone: '[telefoonnummer]', email: '[e-mailadres]', address: '[adres]' };

/** Every place in the report the guard flags, in reading order. */
export function leakPlaces(report: Report, known: KnownIdentifiers): LeakPlace[] {
  const headingAbove = (block: number, level: 2 | 3) => {
    for (let i = block; i >= 0; i--) {
      const b = report.blocks[i]!;
      if (b.kind === 'heading' && b.level < level) return '';
      if (b.kind === 'heading' && b.level === level) return b.text;
    }
    return '';
  };
  return textsOf(report).flatMap(({ text, block, source, sourceAt = 0 }, index) =>
    findIdentifying(text, known).map((f) => ({
      key: `${index}:${f.start}:${f.end}`,
      kind: f.kind,
      inTitle: block < 0,
      section: block < 0 ? '' : headingAbove(block, 2),
      subsection: block < 0 ? '' : headingAbove(block, 3),
      text,
      start: f.start,
      end: f.end,
      // A place that begins before the stored text (in a number put before it) has no one-click replacement.
      ...(source && f.start >= sourceAt ? { source, ...(sourceAt > 0 ? { sourceAt } : {}) } : {}),
    })),
  );
}

/** The text with the span replaced by the placeholder of its kind. */
export function replaceSpan(text: string, span: { start: number; end: number; kind: FindingKind }): string {
  return text.slice(0, span.start) + PLACEHOLDER[span.kind] + text.slice(span.end);
}
