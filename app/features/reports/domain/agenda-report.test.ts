// The agenda for the parents in a parents' language: the fixed texts of the parents' page, each item
// in its person-made translation (the Dutch text, marked Dutch, where there is none), the parents'
// own words as said; a language without fixed texts falls back to Dutch for them only.
import { describe, expect, it } from 'vitest';
import { formatDay } from '#app/features/feedback/domain/page-language';
import { createTranslator } from '#app/i18n/i18n';
import { agendaPoster, agendaReport, type AgendaReportInput } from './agenda-report';
import { textsOf } from './report';

const ARABIC = 'شخص واحد ثابت يمكنكم الاتصال به.';
const SOMALI = 'Hal qof oo go’an oo aad wici karto.';
const QUOTE = 'Ik wil één persoon die ik kan bellen.';

const input: AgendaReportInput = {
  t: createTranslator('nl'),
  orgName: 'Coalitie Noord',
  trajectoryTitle: 'Opvoeden in Noord',
  date: '2026-03-05',
  items: [
    {
      id: 'i1',
      title: 'Eén aanspreekpunt',
      plainText: 'Eén vaste persoon die u kunt bellen.',
      quotes: [QUOTE],
      translations: new Map([
        ['ar', ARABIC],
        ['so', SOMALI],
      ]),
    },
    // No plain words and no translation: the title, in Dutch.
    { id: 'i2', title: 'Brieven in gewone taal', plainText: '  ', quotes: [] },
  ],
};

describe('the agenda in a parents’ language', () => {
  it('in Arabic: the Arabic texts of the parents’ page, the translation, and Dutch marked as Dutch where there is none', () => {
    const report = agendaReport({ ...input, language: 'ar' });
    expect(report).toMatchObject({ title: 'ما قاله الأهالي وما نفعله به', language: 'ar', filename: 'agenda-opvoeden-in-noord-ar' });
    expect(report.paper).toBeUndefined();
    expect(report.subtitle).toBe(`Coalitie Noord · Opvoeden in Noord · ${formatDay('2026-03-05', 'ar')}`);
    expect(report.subtitle).not.toContain('maart');
    expect(report.blocks).toEqual([
      { kind: 'paragraph', text: 'أجرت Coalitie Noord جلسة حوار مع الأهالي. هنا تقرؤون ما سمعناه وما يحدث به الآن.' },
      { kind: 'heading', level: 2, text: 'النقطة 1' },
      { kind: 'paragraph', text: ARABIC },
      { kind: 'heading', level: 3, text: 'ما قاله الأهالي' },
      { kind: 'quote', text: QUOTE, lang: 'nl', source: { table: 'agendaItem', id: 'i1', field: 'quote', index: 0 } },
      { kind: 'heading', level: 2, text: 'النقطة 2' },
      // The Dutch text where it is stored, so the guard's place for it is the Dutch one.
      { kind: 'paragraph', text: 'Brieven in gewone taal', lang: 'nl', source: { table: 'agendaItem', id: 'i2', field: 'title' } },
    ]);
    // No other language's translation and no Dutch item title slips in.
    const texts = textsOf(report).map((t) => t.text);
    expect(texts).not.toContain(SOMALI);
    expect(texts.join('\n')).not.toContain('Eén vaste persoon');
    expect(texts.join('\n')).not.toContain('Agenda voor de ouders');
  });

  it('in Somali (no fixed texts in it): the fixed texts in Dutch and marked so, the items still in Somali where translated', () => {
    const report = agendaReport({ ...input, language: 'so' });
    expect(report).toMatchObject({ title: 'Wat ouders vertelden en wat we ermee doen', language: 'so', filename: 'agenda-opvoeden-in-noord-so' });
    expect(report.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Coalitie Noord hield een spiegelgesprek met ouders. Hier leest u wat we hoorden en wat er nu mee gebeurt.',
        lang: 'nl',
      },
      { kind: 'heading', level: 2, text: 'Punt 1', lang: 'nl' },
      { kind: 'paragraph', text: SOMALI },
      { kind: 'heading', level: 3, text: 'Wat ouders zeiden', lang: 'nl' },
      { kind: 'quote', text: QUOTE, lang: 'nl', source: { table: 'agendaItem', id: 'i1', field: 'quote', index: 0 } },
      { kind: 'heading', level: 2, text: 'Punt 2', lang: 'nl' },
      { kind: 'paragraph', text: 'Brieven in gewone taal', lang: 'nl', source: { table: 'agendaItem', id: 'i2', field: 'title' } },
    ]);
  });

  it('uses the plain words (not the title) where there is no translation, and an empty translation counts as none', () => {
    const report = agendaReport({ ...input, language: 'tr', items: [{ ...input.items[0]!, translations: new Map([['tr', '  ']]) }] });
    expect(report.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Eén vaste persoon die u kunt bellen.',
      lang: 'nl',
      source: { table: 'agendaItem', id: 'i1', field: 'plainText' },
    });
    expect(report.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Konu 1' });
  });

  it('as an A3 poster: the same items in the language, without the parents’ words', () => {
    const poster = agendaPoster({ ...input, language: 'ar' });
    expect(poster).toMatchObject({ paper: 'A3', language: 'ar', title: 'ما قاله الأهالي وما نفعله به', filename: 'agenda-poster-opvoeden-in-noord-ar' });
    expect(poster.blocks.filter((b) => b.kind === 'quote')).toEqual([]);
    expect(textsOf(poster).map((t) => t.text)).not.toContain('ما قاله الأهالي');
    expect(textsOf(poster).map((t) => t.text)).not.toContain(QUOTE);
    expect(poster.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['النقطة 1', 'النقطة 2']);
    expect(poster.blocks).toContainEqual({ kind: 'paragraph', text: ARABIC });
  });

  it('stays the Dutch agenda without a language or in Dutch: numbered titles, the plain words, the quotes, no translation', () => {
    const dutch = agendaReport(input);
    expect(agendaReport({ ...input, language: 'nl' })).toEqual(dutch);
    expect(dutch).toMatchObject({ title: 'Agenda voor de ouders', language: 'nl', filename: 'agenda-opvoeden-in-noord' });
    expect(dutch.subtitle).toContain('5 maart 2026');
    expect(dutch.blocks).toEqual([
      { kind: 'paragraph', text: 'Dit gaan we samen aanpakken. U heeft het ons verteld, wij gaan ermee aan de slag.' },
      { kind: 'heading', level: 2, text: '1. Eén aanspreekpunt', source: { table: 'agendaItem', id: 'i1', field: 'title' }, sourceAt: 3 },
      { kind: 'paragraph', text: 'Eén vaste persoon die u kunt bellen.', source: { table: 'agendaItem', id: 'i1', field: 'plainText' } },
      { kind: 'heading', level: 3, text: 'Wat ouders zeiden' },
      { kind: 'quote', text: QUOTE, source: { table: 'agendaItem', id: 'i1', field: 'quote', index: 0 } },
      { kind: 'heading', level: 2, text: '2. Brieven in gewone taal', source: { table: 'agendaItem', id: 'i2', field: 'title' }, sourceAt: 3 },
    ]);
    const poster = agendaPoster(input);
    expect(poster).toMatchObject({ paper: 'A3', language: 'nl', filename: 'agenda-poster-opvoeden-in-noord' });
    expect(poster.blocks.some((b) => b.kind === 'quote')).toBe(false);
  });
});
