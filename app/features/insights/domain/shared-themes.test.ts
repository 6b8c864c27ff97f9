import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestThemes } from '#app/features/board/domain/cluster';
import { themeKey } from './library';
import { assignments, engineInput, type EngineSuggestion, itemText, type ThemedItem } from './shared-themes';

const item = (id: string, title: string, over: Partial<ThemedItem> = {}): ThemedItem => ({ id, themeName: '', title, plainText: '', sharedTheme: '', ...over });

describe('what the theme engine gets', () => {
  it('reads an item as its board theme, title and plain text', () => {
    expect(itemText({ themeName: 'Wachten', title: 'Eén vast aanspreekpunt', plainText: ' ' })).toBe('Wachten. Eén vast aanspreekpunt');
  });

  it('makes the shared themes in use its themes, and the items that have one grouped notes', () => {
    const input = engineInput([item('a', 'x', { sharedTheme: 'Wachtlijsten' }), item('b', 'y', { sharedTheme: ' wachtlijsten ' }), item('c', 'z')]);
    expect(input.themes).toEqual([{ id: 'wachtlijsten', name: 'Wachtlijsten' }]);
    expect(input.notes.map((n) => n.themeId)).toEqual(['wachtlijsten', 'wachtlijsten', null]);
  });
});

describe('filing items under shared themes', () => {
  it('joins an existing theme under its own name, and names a new group as the engine proposes', () => {
    const items = [item('a', 'x', { sharedTheme: 'Wachtlijsten' }), item('b', 'y'), item('c', 'z'), item('d', 'w'), item('e', 'v')];
    const input = engineInput(items);
    const suggestions: EngineSuggestion[] = [
      { themeId: 'wachtlijsten', name: 'wachtlijsten', noteIds: ['b'] },
      { themeId: null, name: 'Taal, brieven', noteIds: ['c', 'd'] },
      { themeId: null, name: '', noteIds: ['e'] },
    ];
    expect([...assignments(items, input, suggestions)]).toEqual([
      ['b', 'Wachtlijsten'],
      ['c', 'Taal, brieven'],
      ['d', 'Taal, brieven'],
    ]);
  });

  it('never changes a shared theme that is already there, whatever the engine says', () => {
    const itemArb = fc.record({
      id: fc.uuid(),
      sharedTheme: fc.constantFrom('', '', 'Taal', 'Wachten'),
      title: fc.constantFrom('Lang wachten op hulp', 'Brieven in eenvoudige taal', 'Een ouderkamer'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 15 }),
        fc.array(fc.record({ pick: fc.nat(), theme: fc.boolean(), name: fc.string({ maxLength: 90 }) }), { maxLength: 6 }),
        (raw, picks) => {
          const items = raw.map((r) => item(r.id, r.title, { sharedTheme: r.sharedTheme }));
          const input = engineInput(items);
          const suggestions = picks.map((p) => ({
            themeId: p.theme && input.themes.length > 0 ? input.themes[p.pick % input.themes.length]!.id : null,
            name: p.name,
            noteIds: items.filter((_, i) => (i + p.pick) % 3 === 0).map((i) => i.id),
          }));
          const result = assignments(items, input, suggestions);
          for (const [id, theme] of result) {
            expect(items.find((i) => i.id === id)!.sharedTheme).toBe('');
            expect(theme.trim()).not.toBe('');
            expect(theme.length).toBeLessThanOrEqual(80);
          }
        },
      ),
    );
  });

  it('with the board engine: files an item under a theme of another trajectory, and leaves what fits nowhere unfiled', async () => {
    const items = [
      item('1', 'Kortere wachtlijst voor jeugdhulp', { themeName: 'Wachten op hulp', sharedTheme: 'Wachtlijsten' }),
      item('2', 'Ouders horen eerlijk hoe lang de wachtlijst voor jeugdhulp is', { themeName: 'Wachtlijst' }),
      item('3', 'Een fietsenstalling bij het consultatiebureau', { themeName: 'Gebouw' }),
    ];
    const input = engineInput(items);
    const result = assignments(items, input, await suggestThemes(input.notes, input.themes));
    expect(result.get('2')).toBe('Wachtlijsten');
    expect(result.has('1')).toBe(false);
    expect(result.has('3')).toBe(false);
    expect(themeKey(result.get('2')!)).toBe('wachtlijsten');
  });
});
