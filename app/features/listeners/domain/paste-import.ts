// Parses pasted lines "Naam; Organisatie; categorie; e-mail" into listeners. All or nothing:
// a paste with any bad line adds no one and says per line everything that is wrong.
import { z } from 'zod';
import { isListenerCategory, type ListenerCategory } from '#app/features/theme/domain/listener-plan';

export type ImportedListener = { name: string; organisation: string; category: ListenerCategory; email: string };
export type ImportLineProblem = 'nameMissing' | 'categoryUnknown' | 'emailInvalid' | 'tooManyFields' | 'tooLong';
export type ImportProblem = { line: number; problem: ImportLineProblem };
export type ImportResult = { ok: true; rows: ImportedListener[] } | { ok: false; problems: ImportProblem[]; empty?: boolean; tooMany?: boolean };

export const MAX_IMPORT_LINES = 200;
const MAX_FIELD = 200;
const isEmail = (value: string) => z.email().safeParse(value).success;
const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/**
 * A category may be typed as its code ("welfare") or as its label in any language the caller
 * passes ("Welzijn", "ervaringsdeskundige ouder"); empty means 'other'.
 */
function categoryFrom(value: string, labels: readonly { category: ListenerCategory; label: string }[]): ListenerCategory | null {
  if (value.trim() === '') return 'other';
  const typed = normalise(value);
  const code = typed.replace(/ /g, '_');
  if (isListenerCategory(code)) return code;
  return labels.find((l) => normalise(l.label) === typed)?.category ?? null;
}

/** Fields are split on ';' or a tab (a copy from a spreadsheet). Blank lines are skipped; line numbers count them. */
export function parseListenerLines(text: string, labels: readonly { category: ListenerCategory; label: string }[] = []): ImportResult {
  const lines = text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== '');
  if (lines.length === 0) return { ok: false, problems: [], empty: true };
  if (lines.length > MAX_IMPORT_LINES) return { ok: false, problems: [], tooMany: true };

  const rows: ImportedListener[] = [];
  const problems: ImportProblem[] = [];
  for (const { raw, line } of lines) {
    const fields = raw.split(/[;\t]/).map((field) => field.trim());
    // A trailing separator ("Naam; Org; welzijn; a@b.nl;") is harmless.
    while (fields.length > 4 && fields[fields.length - 1] === '') fields.pop();
    const [name = '', organisation = '', categoryText = '', emailText = ''] = fields;
    const email = emailText.toLowerCase();
    const category = categoryFrom(categoryText, labels);
    // Every problem of the line at once, so one correction round is enough (issue 14, item 7).
    const found: ImportLineProblem[] = [];
    if (fields.length > 4) found.push('tooManyFields');
    if (fields.some((field) => field.length > MAX_FIELD)) found.push('tooLong');
    if (name === '') found.push('nameMissing');
    if (category === null) found.push('categoryUnknown');
    if (email !== '' && !isEmail(email)) found.push('emailInvalid');
    if (found.length > 0) problems.push(...found.map((problem) => ({ line, problem })));
    else rows.push({ name, organisation, category: category!, email });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
