// The one CSV writer (R1), for the downloads of listeners, actions and participants.
//
// - Separator `;`: Dutch Excel (list separator of the nl-NL locale) splits a double-clicked file
//   on `;`, not `,`; with `,` every row lands in one column. LibreOffice and Google Sheets detect
//   `;` on import. (A `sep=;` first line would help Excel too, but makes it ignore the BOM.)
// - UTF-8 with a byte-order mark, so Excel shows é, ë and ï right instead of guessing Windows-1252.
// - CRLF line ends and RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted,
//   quotes doubled.
// - Spreadsheet formulas neutralised (CSV injection): a cell starting with =, +, -, @, tab or
//   carriage return gets a leading `'`, so a title like "=HYPERLINK(…)" stays text.

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula prefixes neutralised, quoted when needed. */
export function csvCell(value: CsvValue, separator = CSV_SEPARATOR): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: a header row and the data rows, with BOM and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], separator = CSV_SEPARATOR): string {
  return BOM + [header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator) + '\r\n').join('');
}

/** A file name safe for Content-Disposition: letters, digits, dashes; accents dropped. */
export function csvFilename(...parts: readonly string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'export'}.csv`;
}

/** The download answer for a CSV file. */
export function csvResponse(filename: string, content: string): Response {
  return new Response(content, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
