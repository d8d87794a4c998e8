/**
 * The index of the last of `count` ascending keys that is at or before `value` (0 when none is): the line, word,
 * paragraph or text segment an offset falls in. `keyAt(i)` reads the i-th key.
 */
export function lastAtOrBefore(count: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (keyAt(middle) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
