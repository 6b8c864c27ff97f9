// How the projector lays out a phase that holds many items: type and columns shrink with the count
// (never under 24 px at 1080p), and what still does not fit is split into pages that take turns.

/** The items of one page: indexes `start` up to (not including) `end`, in the board's order. */
export type PageRange = { start: number; end: number };

/**
 * Splits `count` items into the fewest pages of at most `capacity` items, as even as possible
 * (sizes differ by at most one, so the last page is never a lonely straggler), in order.
 * No items still gives one (empty) page, so the screen always has a page to show.
 */
export function pageRanges(count: number, capacity: number): PageRange[] {
  const items = Math.max(0, Math.floor(count));
  const cap = Math.max(1, Math.floor(capacity));
  if (items === 0) return [{ start: 0, end: 0 }];
  const pages = Math.ceil(items / cap);
  const base = Math.floor(items / pages);
  const larger = items % pages;
  const ranges: PageRange[] = [];
  let start = 0;
  for (let page = 0; page < pages; page++) {
    const end = start + base + (page < larger ? 1 : 0);
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}

/** The type size (rem, 1 rem = 16 px) and the narrowest column (rem) of the projector's grid. */
export type Density = { size: number; minColumn: number };

/** Fewer items: larger type and wider cards; the smallest step is 1.5 rem (24 px at 1080p). */
export function projectorDensity(count: number): Density {
  if (count <= 6) return { size: 2.25, minColumn: 26 };
  if (count <= 12) return { size: 2, minColumn: 24 };
  if (count <= 20) return { size: 1.75, minColumn: 21 };
  return { size: 1.5, minColumn: 19 };
}

/** A bar's length as a share (0..100) of the largest total on the screen; no dots, no bar. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(100, Math.round((value / max) * 1000) / 10);
}
