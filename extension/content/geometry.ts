// Point-in-rectangle tests for hover hit-testing of marks.
const slack = 2;

export function rectsContain(rects: Iterable<DOMRect>, x: number, y: number): boolean {
  for (const rect of rects) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return true;
  }
  return false;
}

/** The union of a range's line boxes, or undefined when it is not laid out. */
export function boundingRect(rects: DOMRectList | DOMRect[]): DOMRect | undefined {
  const list = [...rects].filter((rect) => rect.width > 0 || rect.height > 0);
  if (list.length === 0) return undefined;
  const left = Math.min(...list.map((r) => r.left));
  const top = Math.min(...list.map((r) => r.top));
  const right = Math.max(...list.map((r) => r.right));
  const bottom = Math.max(...list.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}
