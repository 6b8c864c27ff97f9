// What lowers the threshold for a participant to come: interpreter, childcare, transport or
// being picked up, diet, time of day, and anything else. Pure.

export type NeedsFields = {
  interpreterLanguage: string;
  needsChildcare: boolean;
  needsTransport: boolean;
  diet: string;
  preferredTime: string;
  needs: string;
};

export type NeedKind = 'interpreter' | 'childcare' | 'transport' | 'diet' | 'time' | 'other';
export type Need = { kind: NeedKind; detail: string };

/** The needs someone has, in a fixed order, each with its detail (a language, a diet …). */
export function needsOf(p: NeedsFields): Need[] {
  const list: Need[] = [];
  if (p.interpreterLanguage.trim()) list.push({ kind: 'interpreter', detail: p.interpreterLanguage.trim() });
  if (p.needsChildcare) list.push({ kind: 'childcare', detail: '' });
  if (p.needsTransport) list.push({ kind: 'transport', detail: '' });
  if (p.diet.trim()) list.push({ kind: 'diet', detail: p.diet.trim() });
  if (p.preferredTime.trim()) list.push({ kind: 'time', detail: p.preferredTime.trim() });
  if (p.needs.trim()) list.push({ kind: 'other', detail: p.needs.trim() });
  return list;
}

/** Totals for the group, so the workgroup knows how many interpreters (per language) and childcare places to arrange. */
export function needsTotals(rows: readonly NeedsFields[]): { interpreters: Record<string, number>; childcare: number; transport: number; diet: number } {
  const interpreters: Record<string, number> = {};
  let childcare = 0;
  let transport = 0;
  let diet = 0;
  for (const row of rows) {
    const language = row.interpreterLanguage.trim();
    if (language) {
      const key = language.charAt(0).toLocaleUpperCase('nl') + language.slice(1).toLocaleLowerCase('nl');
      interpreters[key] = (interpreters[key] ?? 0) + 1;
    }
    if (row.needsChildcare) childcare++;
    if (row.needsTransport) transport++;
    if (row.diet.trim()) diet++;
  }
  return { interpreters, childcare, transport, diet };
}
