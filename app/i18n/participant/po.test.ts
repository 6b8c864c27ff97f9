import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { ownText, PARTICIPANT_KEYS } from './index';
import { catalogueSource, exportPo, importPo } from './po';

/** A PO file with one entry's translation replaced. */
function withTranslation(file: string, key: string, translation: string): string {
  const parsed = po.parse(file);
  const [entry] = Object.values(parsed.translations[key]!);
  entry!.msgstr = [translation];
  return po.compile(parsed).toString('utf8');
}

describe('PO files for translators', () => {
  it('exports every text with the Dutch source, the English as a note, and what is translated', () => {
    const parsed = po.parse(exportPo('uk'));
    expect(parsed.headers.Language).toBe('uk');
    const entries = Object.entries(parsed.translations).filter(([context]) => context !== '');
    expect(entries.map(([context]) => context)).toEqual(PARTICIPANT_KEYS);
    const [intro] = Object.values(parsed.translations['parent.intro']!);
    expect(intro!.msgid).toBe(ownText('nl', 'parent.intro'));
    expect(intro!.msgstr[0]).toBe(ownText('uk', 'parent.intro'));
    expect(intro!.comments?.extracted).toContain(`English: ${ownText('en', 'parent.intro')}`);
  });

  it('exports a new language with empty translations', () => {
    const parsed = po.parse(exportPo('so'));
    expect(Object.values(parsed.translations['flyer.when']!)[0]!.msgstr).toEqual(['']);
  });

  it('imports what it exported unchanged', () => {
    const { texts, problems } = importPo('ar', exportPo('ar'));
    expect(problems).toEqual([]);
    expect(texts.size).toBe(PARTICIPANT_KEYS.length);
    for (const [key, text] of texts) expect(text).toBe(ownText('ar', key));
  });

  it('refuses a translation that lost a placeholder, naming the text', () => {
    const file = withTranslation(exportPo('tr'), 'flyer.code', 'Kod');
    expect(importPo('tr', file).problems).toEqual(['flyer.code: {code} is missing']);
  });

  it('refuses a file for another language, an unknown text and a changed Dutch source', () => {
    expect(importPo('pl', exportPo('tr')).problems).toContain('the file is for language "tr", not "pl"');
    const parsed = po.parse(exportPo('pl'));
    const [when] = Object.values(parsed.translations['flyer.when']!);
    when!.msgid = 'Wanneer precies?';
    parsed.translations['flyer.gone'] = { Weg: { msgctxt: 'flyer.gone', msgid: 'Weg', msgstr: ['Nie ma'] } };
    const problems = importPo('pl', po.compile(parsed)).problems;
    expect(problems).toContain('flyer.gone: no such text (any more)');
    expect(problems.some((p) => p.startsWith('flyer.when: the Dutch text changed'))).toBe(true);
  });

  it('skips empty and fuzzy entries: those texts stay in Dutch', () => {
    const parsed = po.parse(exportPo('so'));
    const [when] = Object.values(parsed.translations['flyer.when']!);
    when!.msgstr = ['Goorma?'];
    const [where] = Object.values(parsed.translations['flyer.where']!);
    where!.msgstr = ['Halkee?'];
    where!.comments = { ...where!.comments, flag: 'fuzzy' };
    const { texts, problems } = importPo('so', po.compile(parsed));
    expect(problems).toEqual([]);
    expect([...texts]).toEqual([['flyer.when', 'Goorma?']]);
  });

  it('writes a catalogue file in the Dutch order, areas grouped', () => {
    const source = catalogueSource(
      'pt-BR',
      new Map([
        ['flyer.where', 'Onde?'],
        ['flyer.when', 'Quando?'],
      ]),
    );
    expect(source).toContain('export const ptBR = {\n  flyer: {\n    when: "Quando?",\n    where: "Onde?",\n  },\n} satisfies ParticipantTexts;');
  });
});
