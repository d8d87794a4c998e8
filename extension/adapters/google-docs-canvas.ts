// Google Docs' annotated text and its annotated canvas. In that mode Docs lays an SVG over each canvas tile with one
// `rect` per run of text, whose aria-label is the run's text and data-font-css its font: enough to find where a
// range of the text is drawn on screen.

/**
 * The annotated text as the engine should read it. Docs marks the document start, section breaks, line breaks and
 * inline objects with control characters; each becomes one plain character, so offsets stay Docs' offsets.
 */
export function plainText(annotated: string): string {
  return annotated.replace(/[\u000b\u001c-\u001e]/g, '\n').replace(/[\u0000-\u0008\u000c-\u001f\u007f]/g, ' ');
}

/** One run of text on screen and where it starts in the annotated text. */
export interface TextRun {
  element: Element;
  label: string;
  font: string;
  start: number;
}

const runSelector = '.kix-canvas-tile-content svg rect[aria-label]';

/**
 * The runs Docs currently shows, matched in order against the text. Runs Docs renders but whose text is not found
 * ahead of the previous one (a header repeated on each page, say) are left out rather than guessed.
 */
export function textRuns(root: ParentNode, text: string): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const element of root.querySelectorAll(runSelector)) {
    const label = (element.getAttribute('aria-label') ?? '').replace(/\u00a0/g, ' ');
    if (label.trim() === '') continue;
    const start = text.indexOf(label, cursor);
    if (start < 0) continue;
    runs.push({ element, label, font: element.getAttribute('data-font-css') ?? '', start });
    cursor = start + label.length;
  }
  return runs;
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in `font` as a share of the whole label's width: zoom and transforms cancel out. */
function share(label: string, font: string, characters: number): number {
  if (characters <= 0) return 0;
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return characters / label.length;
  measuring.font = font || '11pt Arial';
  const whole = measuring.measureText(label).width;
  return whole > 0 ? measuring.measureText(label.slice(0, characters)).width / whole : characters / label.length;
}

/** Viewport rectangles of a text range, one per run it touches; empty when none of it is on screen. */
export function rangeRects(runs: TextRun[], start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const run of runs) {
    const runEnd = run.start + run.label.length;
    if (runEnd <= start || run.start >= end) continue;
    const box = run.element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const left = box.left + box.width * share(run.label, run.font, Math.max(start, run.start) - run.start);
    const right = box.left + box.width * share(run.label, run.font, Math.min(end, runEnd) - run.start);
    rects.push(new DOMRect(left, box.top, Math.max(2, right - left), box.height));
  }
  return rects;
}
