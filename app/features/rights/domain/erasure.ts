// What erasing a participant removes from texts that stay (issue 16): their identifying values.
// Pure; the operation is app/features/rights/server/erase-participant.server.ts.

type Identity = { name: string; surname: string; phone: string; email: string; address: string; stayInvolvedContact: string };

/** The identifying values of a participant's personal data, longest first, without empty ones. */
export function erasedValues(personal: Identity | null): string[] {
  if (!personal) return [];
  const full = [personal.name, personal.surname].filter(Boolean).join(' ');
  const values = [full, personal.name, personal.surname, personal.phone, personal.email, personal.address, personal.stayInvolvedContact]
    .map((v) => v.trim())
    .filter((v) => v.length >= 2);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every erased value (any case) replaced by "[verwijderd]". */
export function scrubbed(text: string, values: readonly string[]): string {
  if (!text || values.length === 0) return text;
  return text.replace(new RegExp(values.map(escape).join('|'), 'giu'), '[verwijderd]');
}
