// Line folding of iCalendar text (RFC 5545, 3.1): a content line is at most 75 octets of UTF-8,
// longer lines continue on the next line after one space. The `ics` package folds at 75
// characters, which is up to 300 octets for Arabic or emoji, so its output is refolded here.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3). */
function octets(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** Joins folded lines again: a line break followed by a space or a tab is no break (RFC 5545, 3.1). */
export function unfoldIcs(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** One content line folded into lines of at most 75 octets; never splits a character's bytes. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  // The first line holds 75 octets; a continuation line's leading space is one of its 75.
  let room = MAX_OCTETS;
  for (const char of line) {
    const size = octets(char);
    if (used + size > room && current !== '') {
      parts.push(current);
      current = '';
      used = 0;
      room = MAX_OCTETS - 1;
    }
    current += char;
    used += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Calendar text with every content line folded at 75 octets (whatever folding it had before). */
export function foldIcs(text: string): string {
  const lines = unfoldIcs(text).split(CRLF);
  const last = lines.pop();
  // The text ends with CRLF: split leaves one empty piece at the end.
  return [...lines.map(foldLine), ...(last ? [foldLine(last)] : [''])].join(CRLF);
}
