import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvFilename, csvResponse, toCsv } from './csv';

/** A small RFC 4180 reader, to prove the writer round-trips. */
function parse(file: string, separator = ';'): string[][] {
  expect(file.startsWith(BOM)).toBe(true);
  const text = file.slice(BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== separator && !(c === '\r' && text[i + 1] === '\n'))) {
      cell += c;
    } else if (c === separator) {
      row.push(cell);
      cell = '';
    } else {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    }
  }
  expect(row).toEqual([]);
  expect(cell).toBe('');
  return rows;
}

const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const anyText = fc.string({ unit: fc.constantFrom('a', 'é', ';', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", ' ', 'x') });

describe('the CSV writer', () => {
  it('round-trips any cells through a parser, formulas neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const header = ['a', 'b'];
        expect(parse(toCsv(header, rows))).toEqual([header, ...rows.map((r) => r.map(neutralised))]);
      }),
    );
  });

  it('never lets a parsed cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), anyText, (start, rest) => {
        const [, [cell]] = parse(toCsv(['x'], [[start + rest]])) as [string[], string[]];
        expect(cell!.startsWith("'")).toBe(true);
      }),
    );
  });

  it('quotes only when needed, doubles quotes, ends lines with CRLF and starts with a BOM', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b')).toBe('a,b');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('-1;2')).toBe(`"'-1;2"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(toCsv(['Naam', 'Rol'], [['Zoë', 'coördinator']])).toBe('\uFEFFNaam;Rol\r\nZoë;coördinator\r\n');
  });

  it('makes safe file names and a download answer', async () => {
    expect(csvFilename('toehoorders', 'Opvoeden in Noord: "samen"')).toBe('toehoorders-opvoeden-in-noord-samen.csv');
    expect(csvFilename('Één')).toBe('een.csv');
    expect(csvFilename('…')).toBe('export.csv');
    const response = csvResponse('a.csv', toCsv(['x'], []));
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="a.csv"');
    expect(new Uint8Array(await response.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
