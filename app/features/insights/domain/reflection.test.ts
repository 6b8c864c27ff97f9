import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByTeam, NOTE_MAX, reflectionNote } from './reflection';

describe('notes for the reflection board', () => {
  it('names the theme, what was agreed and where it comes from', () => {
    expect(reflectionNote({ themeName: 'Wachten', text: 'Eén vast aanspreekpunt per gezin', source: 'Team Noord' })).toBe(
      'Wachten: Eén vast aanspreekpunt per gezin (Team Noord)',
    );
    expect(reflectionNote({ themeName: '', text: 'Ouderkamer', source: '' })).toBe('Ouderkamer');
  });

  it('always fits on a note and keeps where it comes from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ minLength: 1, maxLength: 600 }), fc.string({ maxLength: 60 }), (themeName, text, source) => {
        const note = reflectionNote({ themeName, text, source });
        expect(note.length).toBeLessThanOrEqual(NOTE_MAX);
        if (source.trim()) expect(note.endsWith(`(${source.trim()})`)).toBe(true);
      }),
    );
  });
});

describe('choosing trajectories per team', () => {
  it('groups them per team by name, those without a team last', () => {
    const team = (id: string, name: string) => ({ id, name, kind: 'team' as const });
    const groups = groupByTeam([
      { id: '1', title: 'Zomer', insights: 2, team: team('b', 'Noord') },
      { id: '2', title: 'Lente', insights: 1, team: null },
      { id: '3', title: 'Herfst', insights: 3, team: team('a', 'Centrum') },
      { id: '4', title: 'Avond', insights: 1, team: team('b', 'Noord') },
    ]);
    expect(groups.map((g) => [g.team?.name ?? null, g.trajectories.map((t) => t.title)])).toEqual([
      ['Centrum', ['Herfst']],
      ['Noord', ['Avond', 'Zomer']],
      [null, ['Lente']],
    ]);
  });
});
