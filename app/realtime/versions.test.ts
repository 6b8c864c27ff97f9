import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load, type Pushed, receive, startVersioned } from './versions';

// A view that is the list of changes applied to it, so every test sees exactly what was applied.
type View = { version: number; items: string[] };
const apply = (view: View, change: string): View => ({ ...view, items: [...view.items, change] });
const at = (version: number, items: string[] = []): View => ({ version, items });
const ev = (version: number, change: string | null = `c${version}`): Pushed<string> => ({ version, change });

describe('a versioned live view', () => {
  it('applies changes that follow on, one version after the other', () => {
    let state = startVersioned<View, string>(at(3));
    state = receive(state, ev(4), apply);
    state = receive(state, ev(5), apply);
    expect(state.view).toEqual(at(5, ['c4', 'c5']));
    expect(state.reload).toBe(false);
  });

  it('ignores what the view already holds and what arrives twice', () => {
    let state = startVersioned<View, string>(at(3));
    state = receive(state, ev(3), apply);
    state = receive(state, ev(4), apply);
    state = receive(state, ev(4), apply);
    expect(state.view).toEqual(at(4, ['c4']));
  });

  it('holds back a change after a gap and asks for a reload, never showing it half', () => {
    let state = startVersioned<View, string>(at(3));
    state = receive(state, ev(5), apply);
    expect(state.view).toEqual(at(3));
    expect(state.reload).toBe(true);
    // The missing one arrives after all (a replay): both apply, in order.
    state = receive(state, ev(4), apply);
    expect(state.view).toEqual(at(5, ['c4', 'c5']));
    expect(state.reload).toBe(false);
  });

  it('reloads for an event without a change, and applies what came after it on top of the answer', () => {
    let state = startVersioned<View, string>(at(1));
    state = receive(state, ev(2, null), apply);
    state = receive(state, ev(3), apply);
    expect(state).toMatchObject({ view: at(1), reload: true });
    state = load(state, at(2, ['whole view at 2']), apply);
    expect(state).toMatchObject({ view: at(3, ['whole view at 2', 'c3']), reload: false });
  });

  it("takes an answer older than the view (it knows this viewer's own parts) and re-applies the newer changes", () => {
    let state = startVersioned<View, string>(at(1));
    for (const v of [2, 3, 4]) state = receive(state, ev(v), apply);
    state = load(state, at(2, ['own dots']), apply);
    expect(state).toMatchObject({ view: at(4, ['own dots', 'c3', 'c4']), reload: false });
  });

  it('reloads when an answer is older than the changes it still remembers', () => {
    let state = startVersioned<View, string>(at(5));
    state = receive(state, ev(6), apply);
    state = load(state, at(2), apply);
    expect(state.reload).toBe(true);
    expect(state.view).toEqual(at(2));
  });

  it('ends at the same view as applying every change in order, whatever the order, repeats and answers in between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (n, picks, reloadsMissing) => {
          // The changes 1..n, each delivered at least once, in an order the picks choose; some are lost.
          const deliveries = Array.from({ length: n }, (_, i) => i + 1);
          for (const pick of picks) deliveries.splice(pick % (deliveries.length + 1), 0, (pick % n) + 1);
          const lost = new Set(deliveries.filter((_, i) => reloadsMissing[i]));
          const truth = (version: number) =>
            at(
              version,
              Array.from({ length: version }, (_, i) => `c${i + 1}`),
            );
          let state = startVersioned<View, string>(truth(0));
          const delivered = new Set<number>();
          for (const version of deliveries) {
            if (lost.has(version) && !delivered.has(version)) {
              delivered.add(version);
              continue;
            }
            delivered.add(version);
            state = receive(state, ev(version), apply);
            // The screen never shows anything but a prefix of the true history.
            expect(state.view).toEqual(truth(state.view.version));
          }
          // A reload reads the stored state: at least as new as every event that was sent.
          if (state.reload || state.view.version < n) state = load(state, truth(n), apply);
          expect(state.view).toEqual(truth(n));
          expect(state.reload).toBe(false);
        },
      ),
    );
  });
});
