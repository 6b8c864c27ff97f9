import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  filterInsights,
  groupByTheme,
  type Insight,
  type LibraryFilters,
  matchesFilters,
  NO_ACTION,
  NO_FILTERS,
  sharedThemes,
  themeKey,
  UNASSIGNED,
} from './library';

const insight = (id: string, over: Partial<Insight> = {}): Insight => ({
  id,
  text: `Inzicht ${id}`,
  themeName: '',
  sharedTheme: '',
  trajectory: { id: 't1', title: 'Traject', kind: 'trajectory' },
  team: null,
  date: '2025-03-01',
  quote: null,
  actions: [],
  ...over,
});
const team = (id: string) => ({ id, name: `Team ${id}`, kind: 'team' as const });
const action = (status: (typeof ACTION_STATUSES)[number]) => ({ id: status, title: status, status, dueOn: null, outcome: null });

const themes = ['Wachtlijsten', 'wachtlijsten ', 'Bereikbaarheid', 'Taal', ''];
const insightArb = fc.record({
  id: fc.uuid(),
  sharedTheme: fc.constantFrom(...themes),
  team: fc.option(fc.constantFrom('a', 'b', 'c').map(team), { nil: null }),
  date: fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  actions: fc.array(fc.constantFrom(...ACTION_STATUSES).map(action), { maxLength: 3 }),
});
const filtersArb: fc.Arbitrary<LibraryFilters> = fc.record({
  theme: fc.constantFrom('', UNASSIGNED, ...themes),
  team: fc.constantFrom('', 'a', 'b', 'z'),
  from: fc.constantFrom('', '2024-06-01', '2025-01-01'),
  to: fc.constantFrom('', '2025-06-30', '2026-01-01'),
  status: fc.constantFrom('' as const, NO_ACTION, ...ACTION_STATUSES),
});

describe('filtering the library', () => {
  it('shows everything without filters', () => {
    const list = [insight('a'), insight('b', { sharedTheme: 'Taal' })];
    expect(filterInsights(list, NO_FILTERS)).toEqual(list);
  });

  it('filters by shared theme (case and spaces do not matter), or by "Nog niet ingedeeld"', () => {
    const list = [insight('a', { sharedTheme: 'Wachtlijsten' }), insight('b', { sharedTheme: ' wachtlijsten' }), insight('c')];
    expect(filterInsights(list, { ...NO_FILTERS, theme: 'WACHTLIJSTEN' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterInsights(list, { ...NO_FILTERS, theme: UNASSIGNED }).map((i) => i.id)).toEqual(['c']);
  });

  it('counts both ends of the period, and filters by team and by action status', () => {
    const list = [
      insight('a', { date: '2025-01-01', team: team('x'), actions: [action('done')] }),
      insight('b', { date: '2025-01-31', team: team('y'), actions: [action('running'), action('idea')] }),
      insight('c', { date: '2025-02-01' }),
    ];
    expect(filterInsights(list, { ...NO_FILTERS, from: '2025-01-01', to: '2025-01-31' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterInsights(list, { ...NO_FILTERS, team: 'y' }).map((i) => i.id)).toEqual(['b']);
    expect(filterInsights(list, { ...NO_FILTERS, status: 'idea' }).map((i) => i.id)).toEqual(['b']);
    expect(filterInsights(list, { ...NO_FILTERS, status: NO_ACTION }).map((i) => i.id)).toEqual(['c']);
  });

  it('is the same as applying each filter on its own, one after the other', () => {
    fc.assert(
      fc.property(fc.array(insightArb, { maxLength: 30 }), filtersArb, (raw, filters) => {
        const list = raw.map((r) => insight(r.id, r));
        const one = (f: Partial<LibraryFilters>) => (l: Insight[]) => filterInsights(l, { ...NO_FILTERS, ...f });
        const stepwise = [
          one({ theme: filters.theme }),
          one({ team: filters.team }),
          one({ from: filters.from }),
          one({ to: filters.to }),
          one({ status: filters.status }),
        ].reduce((l, f) => f(l), list);
        expect(filterInsights(list, filters)).toEqual(stepwise);
        for (const i of filterInsights(list, filters)) {
          if (filters.team) expect(i.team?.id).toBe(filters.team);
          if (filters.from) expect(i.date >= filters.from).toBe(true);
          if (filters.to) expect(i.date <= filters.to).toBe(true);
        }
      }),
    );
  });
});

describe('grouping the library under shared themes', () => {
  it('puts insights of different trajectories under one theme, alphabetically, "Nog niet ingedeeld" last and newest first', () => {
    const groups = groupByTheme([
      insight('a', { sharedTheme: 'Wachtlijsten', date: '2025-01-01', trajectory: { id: 't1', title: 'Noord', kind: 'trajectory' } }),
      insight('b', { sharedTheme: 'wachtlijsten', date: '2025-05-01', trajectory: { id: 't2', title: 'Zuid', kind: 'trajectory' } }),
      insight('c', { date: '2025-02-01' }),
      insight('d', { sharedTheme: 'Bereikbaarheid' }),
      insight('e', { sharedTheme: 'Wachtlijsten', date: '2025-03-01' }),
    ]);
    expect(groups.map((g) => [g.theme, g.insights.map((i) => i.id)])).toEqual([
      ['Bereikbaarheid', ['d']],
      ['Wachtlijsten', ['b', 'e', 'a']],
      ['', ['c']],
    ]);
  });

  it('shows the spelling most people used', () => {
    expect(sharedThemes([insight('a', { sharedTheme: 'taal' }), insight('b', { sharedTheme: 'Taal' }), insight('c', { sharedTheme: 'Taal ' })])).toEqual([
      'Taal',
    ]);
  });

  it('places every insight in exactly one group, under its own theme', () => {
    fc.assert(
      fc.property(fc.uniqueArray(insightArb, { selector: (r) => r.id, maxLength: 30 }), (raw) => {
        const list = raw.map((r) => insight(r.id, r));
        const groups = groupByTheme(list);
        expect(groups.flatMap((g) => g.insights.map((i) => i.id)).sort()).toEqual(list.map((i) => i.id).sort());
        for (const group of groups) {
          expect(group.insights.length).toBeGreaterThan(0);
          for (const i of group.insights) expect(themeKey(i.sharedTheme)).toBe(themeKey(group.theme));
        }
        expect(new Set(groups.map((g) => themeKey(g.theme))).size).toBe(groups.length);
        const unassigned = groups.findIndex((g) => g.theme === '');
        if (unassigned !== -1) expect(unassigned).toBe(groups.length - 1);
        expect(groups.filter((g) => g.theme).length).toBe(sharedThemes(list).length);
        // Each group passes the theme filter for its own name.
        for (const g of groups) expect(g.insights.every((i) => matchesFilters(i, { ...NO_FILTERS, theme: g.theme || UNASSIGNED }))).toBe(true);
      }),
    );
  });
});
