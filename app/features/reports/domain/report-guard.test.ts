import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifiersOf } from '#app/features/privacy/domain/name-guard';
import { createTranslator } from '#app/i18n/i18n';
import { agendaReport } from './agenda-report';
import { minutesReport, type ReportNote } from './minutes-report';
import { leakPlaces, PLACEHOLDER, replaceSpan } from './report-guard';

const t = createTranslator('nl');
const note = (over: Partial<ReportNote>): ReportNote => ({
  id: 'n1',
  questionKey: 'q1',
  questionText: 'Wat gaat goed?',
  kind: 'answer',
  pseudonym: 'Ouder A',
  summary: 'Vertelt over school.',
  quotes: [],
  withdrawn: false,
  createdAt: '2026-03-18T14:00:00Z',
  ...over,
});
const known = identifiersOf([{ name: 'Sanne Visser' }]);
const report = (notes: ReportNote[]) => minutesReport({ t, orgName: 'Coalitie', trajectoryTitle: 'Noord', finalisedOn: '18 maart 2026', notes });

describe('minutes report', () => {
  it('groups by question in the order asked, by pseudonym, without withdrawn or removed notes', () => {
    const r = report([
      note({ id: 'n2', questionKey: 'q2', questionText: 'Wat kan beter?', createdAt: '2026-03-18T14:10:00Z', quotes: ['Ik wacht lang.'] }),
      note({}),
      note({ id: 'n3', withdrawn: true, summary: 'Weg' }),
      note({ id: 'n4', summary: '[verwijderd]' }),
      note({ id: 'n5', pseudonym: '', kind: 'outer_circle', summary: 'Toehoorders waren geraakt.' }),
    ]);
    expect(r.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => ('text' in b ? b.text : ''))).toEqual(['Wat gaat goed?', 'Wat kan beter?']);
    const texts = JSON.stringify(r.blocks);
    expect(texts).not.toContain('Weg');
    expect(texts).not.toContain('[verwijderd]');
    expect(texts).toContain('Buitenkring');
    expect(r.blocks).toContainEqual({
      kind: 'quote',
      text: 'Ik wacht lang.',
      by: 'Ouder A',
      source: { table: 'minuteNote', id: 'n2', field: 'quote', index: 0 },
    });
  });

  it('finds each place with its question and note, never saying who', () => {
    const places = leakPlaces(report([note({ summary: 'Sanne vertelt. Ook sanne.', quotes: ['Bel 06-12345678'] })]), known);
    expect(places.map((p) => [p.kind, p.text.slice(p.start, p.end), p.section, p.subsection])).toEqual([
      ['name', 'Sanne', 'Wat gaat goed?', 'Ouder A'],
      ['name', 'sanne', 'Wat gaat goed?', 'Ouder A'],
      ['phone', '06-12345678', 'Wat gaat goed?', 'Ouder A'],
    ]);
    expect(places[2]!.source).toEqual({ table: 'minuteNote', id: 'n1', field: 'quote', index: 0 });
  });

  it('gives a place in an agenda title or a table cell its stored source, and none to a place in the number before a title', () => {
    const agenda = agendaReport({
      t,
      orgName: 'Coalitie',
      trajectoryTitle: 'Noord',
      date: '1 april 2026',
      items: [{ id: 'a1', title: 'Sanne helpt', plainText: 'Bel 06-12345678', quotes: [] }],
    });
    const [title, text] = leakPlaces(agenda, known);
    expect(title).toMatchObject({ text: '1. Sanne helpt', start: 3, end: 8, sourceAt: 3, source: { table: 'agendaItem', id: 'a1', field: 'title' } });
    expect(text).toMatchObject({ kind: 'phone', source: { table: 'agendaItem', id: 'a1', field: 'plainText' } });
    expect(text!.sourceAt).toBeUndefined();
    // A phone number that begins in the number before the title cannot be replaced in the stored title.
    const phone = identifiersOf([{ phone: '0612345678' }]);
    const source = { table: 'agendaItem' as const, id: 'a1', field: 'title' as const };
    const numbered = { ...agenda, blocks: [{ kind: 'heading' as const, level: 2 as const, text: '0612345678', source, sourceAt: 2 }] };
    expect(leakPlaces(numbered, phone)[0]).not.toHaveProperty('source');
    const table = {
      ...agenda,
      blocks: [
        {
          kind: 'table' as const,
          header: ['Actie', 'Stand'],
          rows: [['Sanne bellen', 'Bezig']],
          sources: [[{ table: 'action' as const, id: 'x1', field: 'title' as const }]],
        },
      ],
    };
    expect(leakPlaces(table, known)).toMatchObject([{ text: 'Sanne bellen', source: { table: 'action', id: 'x1' } }]);
  });

  it('replaces exactly the span, leaving the rest of the text as it was', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.constantFrom('name', 'phone', 'email', 'address' as const),
        (before, after, found, kind) => {
          const text = before + found + after;
          expect(replaceSpan(text, { start: before.length, end: before.length + found.length, kind })).toBe(before + PLACEHOLDER[kind] + after);
        },
      ),
    );
  });
});
