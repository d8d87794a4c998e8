import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../../core/sorted.ts';

describe('lastAtOrBefore', () => {
  const starts = [0, 4, 9, 9, 15];
  const at = (value: number) => lastAtOrBefore(starts.length, (i) => starts[i]!, value);

  it('finds the last key at or before the value, the last of equal keys included', () => {
    expect([0, 3, 4, 8, 9, 14, 15, 100].map(at)).toEqual([0, 0, 1, 1, 3, 3, 4, 4]);
  });

  it('answers 0 before the first key and for no keys at all', () => {
    expect(at(-1)).toBe(0);
    expect(lastAtOrBefore(0, () => 0, 5)).toBe(0);
  });
});
