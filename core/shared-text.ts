// How much two texts share at their start and at their end: what an edit left as it was.

/**
 * The length of the longest common start of two texts, by binary search over whole-prefix comparisons (each one a
 * native comparison of flat strings, far faster than a loop over characters).
 */
export function sharedStart(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.slice(0, middle) === b.slice(0, middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The length of the longest common end of two texts that does not reach into the first `head` characters of either. */
export function sharedEnd(a: string, b: string, head: number): number {
  let low = 0;
  let high = Math.min(a.length, b.length) - head;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.slice(a.length - middle) === b.slice(b.length - middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
