// What the actions download checks before anything leaves the app (R1, R2): the free texts of
// each action pass the name-leak guard; the first hit refuses the whole file.
import type { FindingKind } from '#app/features/privacy/domain/name-guard';
import { RuleError } from '#app/utils/rule-error';

export const GUARDED_EXPORT_FIELDS = ['title', 'nextStep', 'stopReason'] as const;
export type GuardedExportField = (typeof GUARDED_EXPORT_FIELDS)[number];

type ExportRow = { trajectoryId: string; trajectoryTitle: string } & Record<GuardedExportField, string>;

/** The download is refused: which row of the overview (from 1) and which field, never who. */
export class ExportRefused extends RuleError {
  constructor(
    readonly row: number,
    readonly trajectoryTitle: string,
    field: GuardedExportField,
    readonly kind: FindingKind,
  ) {
    super('actions.csvRefusedTitle', field);
    this.name = 'ExportRefused';
  }
}

/** Throws ExportRefused for the first row, in the overview's order, whose free text looks identifying. */
export function refuseIdentifyingRows(rows: readonly ExportRow[], check: (trajectoryId: string, text: string) => FindingKind | null): void {
  rows.forEach((row, index) => {
    for (const field of GUARDED_EXPORT_FIELDS) {
      const kind = row[field] ? check(row.trajectoryId, row[field]) : null;
      if (kind) throw new ExportRefused(index + 1, row.trajectoryTitle, field, kind);
    }
  });
}
