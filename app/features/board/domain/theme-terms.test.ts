import { describe, expect, it } from 'vitest';
import synonyms from './synonyms.nl.json';
import { GENERIC_WEIGHT, noteTerms, noteWords, stemKey } from './theme-terms';

const shared = (a: string, b: string) => {
  const [x, y] = [noteTerms(a), noteTerms(b)];
  return [...x.keys()].filter((term) => y.has(term)).sort();
};

describe('terms of a note', () => {
  it('gives plurals, verb forms and base forms the same key', () => {
    const pairs: [string, string][] = [
      ['brieven', 'brief'],
      ['vragen', 'vraag'],
      ['scholen', 'school'],
      ['wachtten', 'wachten'],
      ['snappen', 'snap'],
    ];
    for (const [a, b] of pairs) expect(stemKey(a), `${a} ~ ${b}`).toBe(stemKey(b));
  });

  it('leaves out stop words and generic verbs', () => {
    expect(noteWords('We hebben het gekregen, ze willen het moeten').map((w) => w.stem)).toEqual([]);
  });

  it('lets a compound meet its parts', () => {
    expect(shared('Jeugdzorgwachtlijst', 'De zorg voor de jeugd')).toEqual(['jeugd', 'zorg']);
    expect(shared('Wachttijden', 'Wachtlijst')).toContain('wacht');
  });

  it('lets words of one synonym group meet without a shared word', () => {
    expect(shared('Lang wachten op hulp', 'De wachtlijst is lang')).toContain('~wachten');
    expect(shared('Ik snap de post niet', 'Formulier invullen is ingewikkeld')).toEqual(['~papier', '~taal']);
    expect(shared('De juf heeft geen tijd', 'Te grote klassen')).toContain('~school');
    expect(shared('Huurtoeslag terugbetalen', 'Schulden stapelen zich op')).toContain('~geld');
  });

  it('counts words that everyone in this field uses for little', () => {
    const terms = noteTerms('Ouders en kinderen');
    for (const weight of terms.values()) expect(weight).toBeLessThanOrEqual(GENERIC_WEIGHT);
  });

  it('has synonym data where every member means something and phrases keep at least two words', () => {
    for (const group of synonyms.groups) {
      for (const member of group.words) {
        const stems = noteWords(member).map((w) => w.stem);
        expect(stems.length, `${group.name}: ${member}`).toBeGreaterThan(0);
        if (member.includes(' ')) expect(stems.length, `${group.name}: ${member}`).toBeGreaterThan(1);
      }
    }
  });
});
