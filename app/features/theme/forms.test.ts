import { describe, expect, it } from 'vitest';
import { parseForm } from '#app/utils/forms';
import { LISTENER_CATEGORIES } from './domain/listener-plan';
import { planRows, ZThemeAction } from './forms';

const form = (entries: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, v);
  return fd;
};

describe('theme page forms', () => {
  it('accepts whole numbers and refuses a minimum above the maximum, next to the maximum', () => {
    const ok = parseForm(
      ZThemeAction,
      form({ intent: 'targets', participantTargetMin: '5', participantTargetMax: '8', mirrorListenerTarget: '35', followUpListenerTarget: '20' }),
    );
    expect(ok).toMatchObject({ ok: true, data: { participantTargetMin: 5, participantTargetMax: 8 } });
    const bad = parseForm(
      ZThemeAction,
      form({ intent: 'targets', participantTargetMin: '9', participantTargetMax: '6', mirrorListenerTarget: '35', followUpListenerTarget: '20' }),
    );
    expect(bad).toMatchObject({ ok: false, errors: { participantTargetMax: 'validation.rangeOrder' }, values: { participantTargetMin: '9' } });
    const negative = parseForm(
      ZThemeAction,
      form({ intent: 'targets', participantTargetMin: '-1', participantTargetMax: '2,5', mirrorListenerTarget: '', followUpListenerTarget: '20' }),
    );
    expect(negative).toMatchObject({
      ok: false,
      errors: { participantTargetMin: 'validation.number', participantTargetMax: 'validation.number', mirrorListenerTarget: 'validation.number' },
    });
  });

  it('reads the listener plan per row, with empty numbers as zero and errors keyed by field', () => {
    const good = parseForm(ZThemeAction, form({ intent: 'plan', 'count.midwife': '3', 'note.midwife': 'wijk Noord', 'count.welfare': '' }));
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    const rows = planRows(good.data);
    expect(rows).toHaveLength(LISTENER_CATEGORIES.length);
    expect(rows.find((r) => r.category === 'midwife')).toEqual({ category: 'midwife', plannedCount: 3, note: 'wijk Noord' });
    expect(rows.find((r) => r.category === 'welfare')?.plannedCount).toBe(0);

    const bad = parseForm(ZThemeAction, form({ intent: 'plan', 'count.midwife': 'drie', 'count.library': '-2', 'count.welfare': '4' }));
    expect(bad).toMatchObject({
      ok: false,
      errors: { 'count.midwife': 'validation.number', 'count.library': 'validation.number' },
      values: { 'count.welfare': '4' },
    });
    if (!bad.ok) expect(Object.keys(bad.errors)).toHaveLength(2);
  });

  it('keeps the neighbourhood choice open when nothing is chosen and refuses an unknown one', () => {
    const open = parseForm(ZThemeAction, form({ intent: 'profile', childAges: '0-4', phase: '', education: '', languages: '', other: '' }));
    expect(open).toMatchObject({ ok: true, data: { sameNeighbourhood: '' } });
    const bad = parseForm(
      ZThemeAction,
      form({ intent: 'profile', sameNeighbourhood: 'elsewhere', childAges: '', phase: '', education: '', languages: '', other: '' }),
    );
    expect(bad).toMatchObject({ ok: false, errors: { sameNeighbourhood: 'validation.choose' } });
  });

  it('only knows the listed example themes', () => {
    expect(parseForm(ZThemeAction, form({ intent: 'example', example: 'fathers' })).ok).toBe(true);
    expect(parseForm(ZThemeAction, form({ intent: 'example', example: 'other' })).ok).toBe(false);
  });
});
