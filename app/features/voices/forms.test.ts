import { describe, expect, it } from 'vitest';
import { parseForm } from '#app/utils/forms';
import { ANSWER_MAX } from './domain/contribution';
import { ZContribution, ZConversation } from './forms';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe('the contribution form', () => {
  it('reads the filled answers and asks for consent only once something is written', () => {
    expect(parseForm(ZContribution, form({ lang: 'ar', 'answer-opening': '' }))).toMatchObject({ ok: false, errors: { answers: 'voices.nothingFilled' } });
    expect(parseForm(ZContribution, form({ 'answer-opening': 'Ja' }))).toMatchObject({ ok: false, errors: { consent: 'voices.consentRequired' } });
    const tooLong = parseForm(ZContribution, form({ 'answer-opening': 'x'.repeat(ANSWER_MAX + 1), consent: 'on' }));
    expect(tooLong).toMatchObject({ ok: false, errors: { 'answer-opening': 'validation.tooLong' } });
    expect(parseForm(ZContribution, form({ lang: 'ar', 'answer-opening': ' Ja ', 'answer-q1': '', consent: 'on', startedAt: 's' }))).toEqual({
      ok: true,
      data: { lang: 'ar', startedAt: 's', answers: [{ field: 'opening', text: 'Ja' }] },
    });
  });
});

describe('the individual conversation form', () => {
  it('needs a pseudonym, how consent was given and at least one answer', () => {
    const empty = parseForm(ZConversation, form({ intent: 'conversation', pseudonym: '' }));
    expect(empty).toMatchObject({ ok: false, errors: { pseudonym: 'validation.required', consent: 'voices.consentHow' } });
    const nothing = parseForm(ZConversation, form({ intent: 'conversation', pseudonym: 'Gesprek 1', consent: 'verbal' }));
    expect(nothing).toMatchObject({ ok: false, errors: { answers: 'voices.nothingRecorded' } });
    const fields = { intent: 'conversation', pseudonym: 'Gesprek 1', consent: 'paper', 'summary-opening': 'Samengevat', 'quotes-q1': 'Letterlijk' };
    expect(parseForm(ZConversation, form(fields))).toMatchObject({
      ok: true,
      data: {
        answers: [
          { field: 'opening', summary: 'Samengevat', quotes: '' },
          { field: 'q1', summary: '', quotes: 'Letterlijk' },
        ],
      },
    });
  });
});
