import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterNote, suggestThemes } from './cluster';

const texts = [
  'We moeten heel lang wachten op hulp',
  'De wachtlijst voor jeugdzorg is veel te lang',
  'Maanden wachten voordat er iemand komt',
  'Wachttijd bij de GGZ is te lang',
  'Het consultatiebureau luistert goed naar ons',
  'Op het consultatiebureau voel ik me gehoord',
  'De verpleegkundige van het consultatiebureau luistert echt',
  'Formulieren zijn moeilijk',
  'Ingewikkelde brieven van de gemeente',
  'Ik snap de brieven en formulieren niet',
  'Formulier invullen is ingewikkeld',
  'Mijn fiets is gestolen',
];
const id = (i: number) => `n${String(i).padStart(2, '0')}`;
const notes: ClusterNote[] = texts.map((text, i) => ({ id: id(i), text, themeId: null }));
const ids = (...indexes: number[]) => indexes.map(id);

describe('suggested themes', () => {
  it('groups a small Dutch set by meaning and leaves the odd note out', () => {
    const suggestions = suggestThemes(notes, []);
    expect(suggestions).toEqual([
      { themeId: null, name: 'Wachten', noteIds: ids(0, 1, 2, 3) },
      { themeId: null, name: 'Formulieren', noteIds: ids(7, 8, 9, 10) },
      { themeId: null, name: 'Consultatiebureau', noteIds: ids(4, 5, 6) },
    ]);
  });

  it('gives the same suggestions for the same notes, in any order', () => {
    const expected = suggestThemes(notes, []);
    expect(suggestThemes(notes, [])).toEqual(expected);
    fc.assert(
      fc.property(fc.shuffledSubarray(notes, { minLength: notes.length }), (shuffled) => {
        expect(suggestThemes(shuffled, [])).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('suggests a note for an existing theme when it is like that theme’s notes', () => {
    const themes = [
      { id: 't-wait', name: 'Lang wachten' },
      { id: 't-paper', name: 'Papierwerk' },
    ];
    const grouped = notes.map((n, i) => ({ ...n, themeId: [0, 1, 3].includes(i) ? 't-wait' : [7, 9].includes(i) ? 't-paper' : null }));
    const suggestions = suggestThemes(grouped, themes);
    expect(suggestions).toContainEqual({ themeId: 't-wait', name: 'Lang wachten', noteIds: ids(2) });
    expect(suggestions).toContainEqual({ themeId: 't-paper', name: 'Papierwerk', noteIds: ids(8, 10) });
    expect(suggestions).toContainEqual({ themeId: null, name: 'Consultatiebureau', noteIds: ids(4, 5, 6) });
    expect(suggestions.flatMap((s) => s.noteIds)).not.toContain(id(11));
  });

  it('matches a theme by its name even before it has notes', () => {
    const suggestions = suggestThemes(notes.slice(4, 7), [{ id: 't-cb', name: 'Consultatiebureau' }]);
    expect(suggestions).toEqual([{ themeId: 't-cb', name: 'Consultatiebureau', noteIds: ids(4, 5, 6) }]);
  });

  it('never suggests a single note as a new theme, nor notes without meaningful words', () => {
    expect(suggestThemes([{ id: 'a', text: 'Mijn fiets is gestolen', themeId: null }], [])).toEqual([]);
    expect(
      suggestThemes(
        [
          { id: 'a', text: 'het is wel zo', themeId: null },
          { id: 'b', text: 'het is wel zo', themeId: null },
        ],
        [],
      ),
    ).toEqual([]);
    expect(suggestThemes([], [{ id: 't', name: 'Wachten' }])).toEqual([]);
  });

  it('does not merge two existing themes, however alike', () => {
    const themes = [
      { id: 't1', name: 'Wachtlijst' },
      { id: 't2', name: 'Wachtlijsten' },
    ];
    const grouped = [
      { id: 'a', text: 'Wachtlijst te lang', themeId: 't1' },
      { id: 'b', text: 'Wachtlijst te lang', themeId: 't2' },
    ];
    expect(suggestThemes(grouped, themes)).toEqual([]);
  });

  it('never puts a note that people already grouped in a suggestion, and each note in at most one', () => {
    const themeIds = ['t1', 't2', 't3'];
    const themes = themeIds.map((tid, i) => ({ id: tid, name: ['Wachten', 'Brieven', 'Luisteren'][i]! }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(null, ...themeIds, 'gone'), { minLength: notes.length, maxLength: notes.length }), (assignment) => {
        const input = notes.map((n, i) => ({ ...n, themeId: assignment[i]! }));
        const suggested = suggestThemes(input, themes).flatMap((s) => s.noteIds);
        const unassigned = new Set(input.filter((n) => n.themeId === null).map((n) => n.id));
        for (const noteId of suggested) expect(unassigned.has(noteId)).toBe(true);
        expect(new Set(suggested).size).toBe(suggested.length);
      }),
      { numRuns: 100 },
    );
  });

  it('handles a full board of 200 notes', () => {
    const words = [
      'wachten',
      'wachtlijst',
      'formulier',
      'brieven',
      'consultatiebureau',
      'luistert',
      'school',
      'juf',
      'geld',
      'toeslag',
      'huis',
      'buurt',
      'speeltuin',
      'taal',
    ];
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `m${String(i).padStart(3, '0')}`,
      text: `${words[i % words.length]} ${words[(i * 7) % words.length]} en ${words[(i * 3 + 1) % words.length]}`,
      themeId: i % 5 === 0 ? 't1' : null,
    }));
    // Speed is for a benchmark, not a test: here only that a full board gives sound suggestions.
    const suggestions = suggestThemes(many, [{ id: 't1', name: 'Wachten' }]);
    expect(suggestions.length).toBeGreaterThan(0);
    const suggested = suggestions.flatMap((s) => s.noteIds);
    expect(new Set(suggested).size).toBe(suggested.length);
    expect(suggested.every((id) => many.find((n) => n.id === id)?.themeId === null)).toBe(true);
  });
});
