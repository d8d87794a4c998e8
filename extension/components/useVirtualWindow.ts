// Which items of a long list to render: those in view in the list's scroll container, plus a margin. The Problems
// list of a 25k-word draft has hundreds of rows, each with a word diff; laying them all out took most of the time of
// opening the draft and of every Apply. Heights vary (a fix preview wraps), so each rendered item is measured and the
// items not rendered are stood for by spacers of their measured (or estimated) height.
import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

/** Lists up to this many items are rendered whole: they cost little, and the browser's find then sees every row. */
export const wholeListMax = 80;
/** Rendered beyond the view above and below, in pixels: Tab and the arrow keys move into items already there. */
const marginPx = 600;

export interface VirtualWindow {
  /** The items rendered: [start, end). */
  start: number;
  end: number;
  /** The height of the items [from, to), as measured (estimated where never rendered). */
  height(from: number, to: number): number;
  /** Brings an item into view, rendering it first, and gives it focus. */
  focusItem(index: number): void;
}

/** The element that scrolls the list (the review page's pane), or the page itself (the side panel). */
function scrollParent(element: HTMLElement): HTMLElement | undefined {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return undefined;
}

/**
 * `keys` name the items in order (a measured height stays with its item when the list changes); `estimate` gives
 * an item's height before it was ever rendered. Rendered items carry `data-index`; the first button in one is what
 * `focusItem` focuses (the item itself if it has none).
 */
export function useVirtualWindow(
  listRef: RefObject<HTMLElement | null>,
  keys: string[],
  estimate: (index: number) => number,
): VirtualWindow {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const whole = keys.length <= wholeListMax;
  // Offsets of each item from the top of the list; `measured` changes when a height does.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `measured` stands for the heights, kept in a ref.
  const offsets = useMemo(() => {
    const sums = new Float64Array(keys.length + 1);
    keys.forEach((key, index) => {
      sums[index + 1] = sums[index]! + (heights.current.get(key) ?? estimate(index));
    });
    return sums;
  }, [keys, estimate, measured]);
  const [range, setRange] = useState<[number, number]>([0, Math.min(keys.length, 30)]);
  const latest = useRef({ offsets, count: keys.length, whole });
  latest.current = { offsets, count: keys.length, whole };
  const pendingFocus = useRef<number | undefined>(undefined);
  /** The item holding focus stays rendered while the list scrolls away from it (the arrow keys go on from it). */
  const focused = useRef<number | undefined>(undefined);

  /** The items that overlap the view (plus the margin), from where the list sits in its scroll container now. */
  const follow = useCallback(() => {
    const list = listRef.current;
    const { offsets, count, whole } = latest.current;
    if (!list || whole) {
      setRange((last) => (last[0] === 0 && last[1] === count ? last : [0, count]));
      return;
    }
    const scroller = scrollParent(list);
    const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    const top = list.getBoundingClientRect().top;
    const from = view.top - top - marginPx;
    const to = view.bottom - top + marginPx;
    // The first item that ends below `from`, and the first that starts at or below `to` (offsets ascend).
    let start = firstAtOrAbove(offsets, from, count) - 1;
    let end = firstAtOrAbove(offsets, to, count);
    start = Math.max(0, Math.min(start, count - 1));
    end = Math.max(start + 1, Math.min(end, count));
    for (const keep of [pendingFocus.current, focused.current]) {
      if (keep === undefined || keep >= count) continue;
      start = Math.min(start, keep);
      end = Math.max(end, keep + 1);
    }
    setRange((last) => (last[0] === start && last[1] === end ? last : [start, end]));
  }, [listRef]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const scroller = scrollParent(list);
    const target: HTMLElement | Window = scroller ?? window;
    target.addEventListener('scroll', follow, { passive: true });
    const resized = new ResizeObserver(follow);
    resized.observe(scroller ?? document.documentElement);
    const onFocusIn = (event: FocusEvent) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      focused.current = item ? Number(item.dataset.index) : undefined;
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && list.contains(event.relatedTarget))) focused.current = undefined;
    };
    list.addEventListener('focusin', onFocusIn);
    list.addEventListener('focusout', onFocusOut);
    return () => {
      target.removeEventListener('scroll', follow);
      resized.disconnect();
      list.removeEventListener('focusin', onFocusIn);
      list.removeEventListener('focusout', onFocusOut);
    };
  }, [listRef, follow]);

  // After every render: measure what was drawn, follow the new layout, and give focus where it was asked for.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let changed = false;
    for (const element of latest.current.whole ? [] : list.querySelectorAll<HTMLElement>('[data-index]')) {
      const key = keys[Number(element.dataset.index)];
      if (key === undefined) continue;
      const height = element.getBoundingClientRect().height;
      if (Math.abs((heights.current.get(key) ?? -1) - height) > 0.5) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setMeasured((count) => count + 1);
    follow();
    const focus = pendingFocus.current;
    const element = focus === undefined ? null : list.querySelector<HTMLElement>(`[data-index="${focus}"]`);
    if (element) {
      pendingFocus.current = undefined;
      (element.querySelector('button') ?? element).focus();
    }
  });

  const focusItem = useCallback(
    (index: number) => {
      const list = listRef.current;
      if (!list) return;
      const scroller = scrollParent(list);
      // Scrolled to where the item should be, so the items around it are rendered with it.
      const offset = latest.current.offsets[index] ?? 0;
      const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: innerHeight };
      const top = list.getBoundingClientRect().top + offset;
      if (top < view.top || top > view.bottom - 40) {
        const by = top - view.top - (view.bottom - view.top) / 3;
        if (scroller) scroller.scrollTop += by;
        else scrollBy(0, by);
      }
      pendingFocus.current = index;
      follow();
      setMeasured((count) => count + 1);
    },
    [listRef, follow],
  );

  const height = useCallback((from: number, to: number) => (offsets[to] ?? 0) - (offsets[from] ?? 0), [offsets]);
  const [start, end] = whole ? [0, keys.length] : [Math.min(range[0], keys.length), Math.min(range[1], keys.length)];
  return { start, end, height, focusItem };
}

/** The first index whose offset is at or past `y` (binary search over ascending offsets), at most `count`. */
function firstAtOrAbove(offsets: Float64Array, y: number, count: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < y) low = middle + 1;
    else high = middle;
  }
  return low;
}
