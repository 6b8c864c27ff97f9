import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterVisit, isNewSince, SAME_VISIT_MS } from './visits';

const at = (iso: string) => new Date(iso);

describe('afterVisit', () => {
  it('makes the first visit the last one, with no previous visit', () => {
    expect(afterVisit({ lastVisitAt: null, previousVisitAt: null }, at('2026-03-01T10:00:00Z'))).toEqual({
      lastVisitAt: at('2026-03-01T10:00:00Z'),
      previousVisitAt: null,
    });
  });

  it('moves the last visit to the previous one when it is an hour or more ago', () => {
    const visits = { lastVisitAt: at('2026-03-01T10:00:00Z'), previousVisitAt: at('2026-02-01T10:00:00Z') };
    expect(afterVisit(visits, at('2026-03-01T11:00:00Z'))).toEqual({ lastVisitAt: at('2026-03-01T11:00:00Z'), previousVisitAt: at('2026-03-01T10:00:00Z') });
  });

  it('leaves both alone on reloads within the hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAME_VISIT_MS - 1 }), (later) => {
        const visits = { lastVisitAt: at('2026-03-01T10:00:00Z'), previousVisitAt: at('2026-02-01T10:00:00Z') };
        expect(afterVisit(visits, new Date(visits.lastVisitAt.getTime() + later))).toBe(visits);
      }),
    );
  });
});

describe('isNewSince', () => {
  it('marks nothing on a first visit', () => {
    expect(isNewSince([at('2026-03-01T10:00:00Z')], null)).toBe(false);
  });

  it('marks what changed after the previous visit, not at or before it', () => {
    const previous = at('2026-03-01T10:00:00Z');
    expect(isNewSince([null, '2026-03-01T10:00:01Z'], previous)).toBe(true);
    expect(isNewSince([previous, at('2026-02-28T10:00:00Z'), null, undefined], previous)).toBe(false);
    expect(isNewSince([], previous)).toBe(false);
  });
});
