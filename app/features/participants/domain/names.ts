// How a participant's name is shown to those who may read it: first name, then the optional surname.

/** "Fatima El Amrani", or just "Fatima" when no surname was recorded. */
export function fullName(personal: { name: string; surname: string }): string {
  return [personal.name.trim(), personal.surname.trim()].filter(Boolean).join(' ');
}
