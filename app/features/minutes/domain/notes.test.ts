import { describe, expect, it } from 'vitest';
import { groupNotes, parseQuotes } from './notes';

describe('notes', () => {
  it('reads one quote per line without quotation marks or empty lines', () => {
    expect(parseQuotes('"Ik voelde me gehoord."\n\n  „Niemand vroeg het”  \r\nGewoon')).toEqual(['Ik voelde me gehoord.', 'Niemand vroeg het', 'Gewoon']);
  });

  it('groups by question, newest first', () => {
    const note = (id: string, questionKey: string, minute: number) => ({
      id,
      questionKey,
      questionText: questionKey,
      createdAt: new Date(Date.UTC(2025, 0, 1, 10, minute)),
    });
    const groups = groupNotes([note('1', 'q1', 1), note('2', 'q2', 2), note('3', 'q1', 3), note('4', '', 0)]);
    expect(groups.map((g) => [g.questionKey, g.notes.map((n) => n.id)])).toEqual([
      ['q1', ['3', '1']],
      ['q2', ['2']],
      ['', ['4']],
    ]);
  });
});
