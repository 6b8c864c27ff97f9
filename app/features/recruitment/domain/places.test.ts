import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsOf, needsTotals } from './needs';
import { PLACE_CATEGORIES, placeCounts, profileFitCounts } from './places';

describe('place counts', () => {
  it('counts per category and per named place, busiest first', () => {
    const counts = placeCounts([
      { placeCategory: 'school', placeName: 'De Regenboog' },
      { placeCategory: 'school', placeName: ' de  regenboog ' },
      { placeCategory: 'school', placeName: 'Het Anker' },
      { placeCategory: 'mosque', placeName: 'Al Fath' },
      { placeCategory: '', placeName: '' },
      { placeCategory: 'unknown-category', placeName: '' },
    ]);
    expect(counts).toEqual([
      {
        category: 'school',
        count: 3,
        places: [
          { name: 'De Regenboog', count: 2 },
          { name: 'Het Anker', count: 1 },
        ],
      },
      { category: 'mosque', count: 1, places: [{ name: 'Al Fath', count: 1 }] },
      { category: 'other', count: 1, places: [] },
      { category: '', count: 1, places: [] },
    ]);
  });

  it('loses nobody: the category counts add up to the number of rows', () => {
    const row = fc.record({ placeCategory: fc.oneof(fc.constantFrom(...PLACE_CATEGORIES), fc.string()), placeName: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), (list) => {
        const counts = placeCounts(list);
        expect(counts.reduce((s, c) => s + c.count, 0)).toBe(list.length);
        for (const c of counts) expect(c.places.reduce((s, p) => s + p.count, 0)).toBeLessThanOrEqual(c.count);
      }),
    );
  });

  it('has the method places, among them the child health clinic and other', () => {
    expect(PLACE_CATEGORIES).toContain('child_health_clinic');
    expect(PLACE_CATEGORIES.at(-1)).toBe('other');
    expect(profileFitCounts([{ profileFit: 'fits' }, { profileFit: 'fits' }, { profileFit: '' }])).toEqual({ fits: 2, partly: 0, not: 0, '': 1 });
  });
});

describe('needs', () => {
  const none = { interpreterLanguage: '', needsChildcare: false, needsTransport: false, diet: '', preferredTime: '', needs: '' };
  it('lists what someone needs, in a fixed order', () => {
    expect(needsOf(none)).toEqual([]);
    expect(needsOf({ ...none, interpreterLanguage: ' Arabisch ', needsTransport: true, preferredTime: 'ochtend', needs: 'rolstoel' })).toEqual([
      { kind: 'interpreter', detail: 'Arabisch' },
      { kind: 'transport', detail: '' },
      { kind: 'time', detail: 'ochtend' },
      { kind: 'other', detail: 'rolstoel' },
    ]);
  });
  it('totals interpreters per language for the group', () => {
    expect(
      needsTotals([
        { ...none, interpreterLanguage: 'arabisch', needsChildcare: true },
        { ...none, interpreterLanguage: 'Arabisch', diet: 'halal' },
        { ...none, interpreterLanguage: 'Tigrinya', needsChildcare: true, needsTransport: true },
      ]),
    ).toEqual({ interpreters: { Arabisch: 2, Tigrinya: 1 }, childcare: 2, transport: 1, diet: 1 });
  });
});
