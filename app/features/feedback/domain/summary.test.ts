import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '#app/db/schema';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { maskedKinds, maskedText, maskParts } from './mask';
import { parentTexts } from './parent-texts';
import { progress, summaryMail, summarySms, type SummaryItem } from './summary';

const items: SummaryItem[] = [
  { text: 'Eén vast aanspreekpunt', actions: [{ title: 'Wijkcoach', status: 'running', nextStep: 'Gesprek met het wijkteam' }] },
  { text: 'Brieven in gewone taal', actions: [{ title: 'Brieven herschrijven', status: 'done', nextStep: '' }] },
  { text: 'Een ouderkamer', actions: [] },
];

describe('the summary for parents', () => {
  it('counts an item once, by its furthest action', () => {
    expect(progress(items)).toEqual({ total: 3, done: 1, running: 1 });
    const item = fc.record({
      text: fc.string(),
      actions: fc.array(fc.record({ title: fc.string(), status: fc.constantFrom(...ACTION_STATUSES), nextStep: fc.string() })),
    });
    fc.assert(
      fc.property(fc.array(item), (all) => {
        const p = progress(all);
        expect(p.total).toBe(all.length);
        expect(p.done + p.running).toBeLessThanOrEqual(p.total);
      }),
    );
  });

  it('writes a mail per item, honest about items with nothing done, with the parent’s own link', () => {
    const mail = summaryMail({ texts: parentTexts('nl'), items, link: 'https://spiegel.test/p/parent/abc' });
    expect(mail.subject).toBe('Wat we met uw verhaal deden');
    expect(mail.text).toContain('1. Eén vast aanspreekpunt\n   - Wijkcoach: We zijn ermee bezig. Volgende stap: Gesprek met het wijkteam');
    expect(mail.text).toContain('3. Een ouderkamer\n   - nog niets gedaan');
    expect(mail.text.endsWith('Lees alles op uw eigen pagina: https://spiegel.test/p/parent/abc')).toBe(true);
  });

  it('writes a text message in the parent’s language, with the public link when there is one', () => {
    expect(summarySms({ texts: parentTexts('nl'), org: 'Kansrijke Start', items, publicLink: 'https://spiegel.test/p/agenda/x' })).toBe(
      'Kansrijke Start: dank u voor uw verhaal! Van de 3 punten zijn er 1 klaar en 1 in gang gezet. Lees meer: https://spiegel.test/p/agenda/x',
    );
    expect(summarySms({ texts: parentTexts('tr'), org: 'KS', items, publicLink: null })).toContain('Bağlantı mektubunuzda.');
  });
});

describe('masking what others read', () => {
  it('replaces what looks identifying by its kind, keeping the rest', () => {
    const text = 'Bel me op 06-12345678, vraag naar Yasmina.';
    const parts = maskParts(text, findIdentifying(text, { firstNames: ['yasmina'], surnames: [], phones: [], emails: [], addresses: [] }));
    expect(maskedKinds(parts).sort()).toEqual(['name', 'phone']);
    expect(maskedText(parts)).toBe('Bel me op […], vraag naar […].');
  });

  it('leaves a text without findings whole', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(maskedText(maskParts(text, []))).toBe(text);
      }),
    );
  });
});
