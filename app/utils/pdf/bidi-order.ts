// Rule L2 of the Unicode bidirectional algorithm, applied to runs of text instead of single
// characters: the PDF flyer draws a line as runs (one font, one embedding level each) and
// needs them in the order they appear from left to right.

/** Visual (left-to-right) order of units, given each unit's bidi embedding level. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const max = Math.max(...levels);
  const odd = levels.filter((l) => l % 2 === 1);
  if (odd.length === 0 && max === 0) return order;
  const lowestOdd = odd.length > 0 ? Math.min(...odd) : max % 2 === 1 ? max : max - 1;
  const current = [...levels];
  // From the highest level down to the lowest odd level, reverse every run at that level or higher.
  for (let level = max; level >= Math.max(1, lowestOdd); level--) {
    let i = 0;
    while (i < current.length) {
      if (current[i]! < level) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < current.length && current[end + 1]! >= level) end++;
      reverseRange(order, i, end);
      reverseRange(current, i, end);
      i = end + 1;
    }
  }
  return order;
}

function reverseRange<T>(items: T[], start: number, end: number) {
  for (let a = start, b = end; a < b; a++, b--) [items[a], items[b]] = [items[b]!, items[a]!];
}
