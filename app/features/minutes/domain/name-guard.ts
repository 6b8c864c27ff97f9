// Minutes hold pseudonyms only. This pure check finds a participant's first name, phone number or
// e-mail address in typed text, so the server can refuse to store it. The known data never leaves
// the server: the browser only hears what was found in its own text.

export type KnownPerson = {
  name: string;
  phone: string;
  email: string;
  pseudonym: string | null;
};
export type Leak = {
  kind: 'name' | 'phone' | 'email';
  found: string;
  pseudonym: string | null;
};

/** Lower case without accents, so "Zoë", "ZOE" and "zoe" are the same word. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Digits only, with +31 / 0031 written as the national 0. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (text.trim().startsWith('+31')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`;
  return digits;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// A run of digits with the usual separators: 06-12345678, +31 6 1234 5678, (010) 123 45 67.
const PHONE = /\+?\(?\d[\d\s().-]{7,}\d/g;
// Any Dutch mobile number is contact data, even of someone we do not know.
const MOBILE = /^06\d{8}$/;

/** The first name ("Anne-Marie" counts as "anne" and "marie"); single letters are initials, not names. */
function nameWords(name: string): string[] {
  const first = fold(name).trim().split(/\s+/)[0] ?? '';
  return first.split(/[^\p{L}]+/u).filter((word) => word.length >= 2);
}

export function findLeaks(text: string, people: readonly KnownPerson[]): Leak[] {
  const leaks: Leak[] = [];
  const add = (leak: Leak) => {
    if (!leaks.some((l) => l.kind === leak.kind && fold(l.found) === fold(leak.found))) leaks.push(leak);
  };
  if (!text.trim()) return leaks;

  // Names: whole words only, so "Ali" is not found in "alinea".
  const words = text.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  for (const word of words) {
    const folded = fold(word);
    const person = people.find((p) => nameWords(p.name).includes(folded));
    if (person) add({ kind: 'name', found: word, pseudonym: person.pseudonym });
  }

  for (const match of text.match(EMAIL) ?? []) {
    const person = people.find((p) => p.email && fold(p.email.trim()) === fold(match));
    add({ kind: 'email', found: match, pseudonym: person?.pseudonym ?? null });
  }

  for (const match of text.match(PHONE) ?? []) {
    const digits = phoneDigits(match);
    const person = people.find((p) => p.phone && phoneDigits(p.phone).length >= 8 && phoneDigits(p.phone) === digits);
    if (person || MOBILE.test(digits))
      add({
        kind: 'phone',
        found: match.trim(),
        pseudonym: person?.pseudonym ?? null,
      });
  }
  return leaks;
}
