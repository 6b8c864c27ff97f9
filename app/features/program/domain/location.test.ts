import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS } from '#app/db/schema';
import { en } from '#app/i18n/en';
import { nl } from '#app/i18n/nl';
import { CHECKLIST_ITEMS, checklistItemsFor, locationReadiness } from './location';
import { addDays, DEFAULT_TASKS, defaultRunSheet, runSheetSummary } from './run-sheet';

describe('locationReadiness', () => {
  it('counts everything for the mirror meeting', () => {
    expect(locationReadiness({}, 'mirror')).toEqual({
      ready: 0,
      total: 7,
      missing: [...CHECKLIST_ITEMS],
    });
    expect(locationReadiness({ microphone: true, food: true, childcare: false }, 'mirror')).toEqual({
      ready: 2,
      total: 7,
      missing: ['childcare', 'familiarPlace', 'introRoom', 'halfCircles', 'accessible'],
    });
    const all = Object.fromEntries(CHECKLIST_ITEMS.map((i) => [i, true]));
    expect(locationReadiness(all, 'mirror')).toEqual({
      ready: 7,
      total: 7,
      missing: [],
    });
    expect(locationReadiness(null, 'mirror').ready).toBe(0);
  });

  it('asks less for the follow-up session and the feedback to parents', () => {
    expect(checklistItemsFor('follow_up')).not.toContain('introRoom');
    expect(checklistItemsFor('follow_up')).not.toContain('microphone');
    expect(locationReadiness({ microphone: true, introRoom: true, food: true }, 'follow_up')).toEqual({
      ready: 1,
      total: 3,
      missing: ['halfCircles', 'accessible'],
    });
    expect(locationReadiness({ childcare: true, food: true, accessible: true }, 'feedback')).toEqual({ ready: 3, total: 3, missing: [] });
  });

  it('always adds up: ready + missing = total (property)', () => {
    const checklist = fc.dictionary(fc.constantFrom(...CHECKLIST_ITEMS), fc.boolean());
    fc.assert(
      fc.property(checklist, fc.constantFrom(...MEETING_KINDS), (list, kind) => {
        const r = locationReadiness(list, kind);
        expect(r.ready + r.missing.length).toBe(r.total);
        expect(r.total).toBe(checklistItemsFor(kind).length);
        for (const item of r.missing) expect(list[item]).not.toBe(true);
      }),
    );
  });
});

describe('run sheet', () => {
  it('counts open and done tasks', () => {
    expect(runSheetSummary([])).toEqual({ open: 0, done: 0 });
    expect(runSheetSummary([{ done: true }, { done: false }, { done: false }])).toEqual({ open: 2, done: 1 });
  });

  it('counts due dates back from the mirror meeting, across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-10', -28)).toBe('2025-12-13');
    const sheet = defaultRunSheet('2026-03-12');
    expect(sheet).toHaveLength(DEFAULT_TASKS.length);
    expect(sheet.find((t) => t.key === 'room')!.dueOn).toBe('2026-03-12');
    expect(sheet.find((t) => t.key === 'host')!.dueOn).toBe('2026-02-12');
    expect(defaultRunSheet(null).every((t) => t.dueOn === null)).toBe(true);
  });
});

describe('catalogue', () => {
  it('has a label and a reason for every checklist item, and a title for every default task, in Dutch and English', () => {
    for (const catalogue of [nl, en]) {
      for (const item of CHECKLIST_ITEMS) {
        expect(catalogue.program[`item_${item}`]).toBeTruthy();
        expect(catalogue.program[`why_${item}`]).toBeTruthy();
      }
      for (const task of DEFAULT_TASKS) expect(catalogue.program[`task_${task.key}`]).toBeTruthy();
    }
  });
});
