import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Report, slug, squareRows, textsOf } from './report';

const report: Report = {
  title: 'Verslag',
  subtitle: 'Coalitie Noord',
  language: 'nl',
  filename: 'verslag',
  blocks: [
    { kind: 'heading', level: 2, text: 'Wat gaat goed?' },
    { kind: 'paragraph', text: 'Samenvatting', source: { table: 'minuteNote', id: 'n1', field: 'summary' } },
    { kind: 'quote', text: 'Ik werd gehoord.', by: 'Ouder A', source: { table: 'minuteNote', id: 'n1', field: 'quote', index: 0 } },
    { kind: 'list', items: ['een', '', 'twee'] },
    { kind: 'table', header: ['Thema', 'Stippen'], rows: [['Opvoeden', '12']] },
  ],
};

describe('report blocks', () => {
  it('gives the guard every text a reader sees, in reading order, with where it is stored', () => {
    expect(textsOf(report).map((t) => t.text)).toEqual([
      'Verslag',
      'Coalitie Noord',
      'Wat gaat goed?',
      'Samenvatting',
      'Ik werd gehoord.',
      'Ouder A',
      'een',
      'twee',
      'Thema',
      'Stippen',
      'Opvoeden',
      '12',
    ]);
    expect(textsOf(report).find((t) => t.text === 'Ik werd gehoord.')).toMatchObject({ block: 2, source: { id: 'n1', field: 'quote', index: 0 } });
  });

  it('makes every table row as wide as its header', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.string(), { maxLength: 8 })), (header, rows) => {
        const square = squareRows(header, rows);
        expect(square).toHaveLength(rows.length);
        for (const [i, row] of square.entries()) {
          expect(row).toHaveLength(header.length);
          expect(row.slice(0, rows[i]!.length)).toEqual(rows[i]!.slice(0, header.length));
        }
      }),
    );
  });

  it('makes file names of plain letters, digits and dashes', () => {
    expect(slug('Terugkomen in Noord: één avond!')).toBe('terugkomen-in-noord-een-avond');
    expect(slug('تحدث')).toBe('verslag');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(slug(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
