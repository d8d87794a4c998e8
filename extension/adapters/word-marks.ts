// Marks drawn as boxes in trustlint's shadow root, over text the page owns. Word for the web replaces its
// paragraph nodes as it re-renders, so nothing is attached to its DOM: the boxes are recomputed from ranges.
import type { Severity } from '../../core/index.ts';
import { addShadowStyle, uiRoot } from '../content/ui-root.ts';
import { rectsContain } from '../content/geometry.ts';

export interface PlacedMark {
  id: string;
  severity: Severity | 'revealed';
  range: Range;
}

const css = `
.overlay-layer { position: fixed; overflow: hidden; pointer-events: none; }
.overlay-mark { position: absolute; box-sizing: border-box; border-radius: 2px 2px 0 0; border-bottom: 2px solid; }
.overlay-mark.error { border-bottom-color: #d13438; background: rgba(209, 52, 56, 0.08); }
.overlay-mark.warning { border-bottom-color: #c19c00; background: rgba(193, 156, 0, 0.1); }
.overlay-mark.info { border-bottom: 2px dotted #0f6cbd; }
.overlay-mark.revealed { border: 0; background: rgba(255, 210, 0, 0.38); }
`;

/** Joins the boxes of one line (a range yields one per text node and per wrapped element). */
function lineBoxes(rects: DOMRectList): DOMRect[] {
  const boxes = [...rects].filter((rect) => rect.width > 0 && rect.height > 0).sort((a, b) => a.top - b.top || a.left - b.left);
  const joined: DOMRect[] = [];
  for (const rect of boxes) {
    const last = joined[joined.length - 1];
    const sameLine = last && Math.min(last.bottom, rect.bottom) - Math.max(last.top, rect.top) > Math.min(last.height, rect.height) / 2;
    if (last && sameLine && rect.left <= last.right + 1) {
      const left = Math.min(last.left, rect.left);
      const top = Math.min(last.top, rect.top);
      joined[joined.length - 1] = new DOMRect(left, top, Math.max(last.right, rect.right) - left, Math.max(last.bottom, rect.bottom) - top);
    } else joined.push(rect);
  }
  return joined;
}

export class OverlayMarks {
  private readonly layer = document.createElement('div');
  private hits: Array<{ id: string; boxes: DOMRect[] }> = [];

  constructor() {
    addShadowStyle('overlay-marks', css);
    this.layer.className = 'overlay-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    uiRoot().append(this.layer);
  }

  /** Draws the marks inside `clip` (the editor's visible box, in viewport coordinates). */
  draw(clip: DOMRect, marks: PlacedMark[]): void {
    if (!this.layer.isConnected) uiRoot().append(this.layer);
    Object.assign(this.layer.style, { left: `${clip.left}px`, top: `${clip.top}px`, width: `${clip.width}px`, height: `${clip.height}px` });
    const nodes: HTMLElement[] = [];
    this.hits = [];
    for (const mark of marks) {
      const boxes = lineBoxes(mark.range.getClientRects());
      const visible = boxes.filter(
        (box) => box.bottom > clip.top && box.top < clip.bottom && box.right > clip.left && box.left < clip.right,
      );
      if (mark.severity !== 'revealed') this.hits.push({ id: mark.id, boxes: visible });
      for (const box of visible) {
        const node = document.createElement('div');
        node.className = `overlay-mark ${mark.severity}`;
        node.dataset.id = mark.id;
        Object.assign(node.style, {
          left: `${box.left - clip.left}px`,
          top: `${box.top - clip.top}px`,
          width: `${box.width}px`,
          height: `${box.height}px`,
        });
        nodes.push(node);
      }
    }
    this.layer.replaceChildren(...nodes);
  }

  at(x: number, y: number): string | undefined {
    return this.hits.find((hit) => rectsContain(hit.boxes, x, y))?.id;
  }

  destroy(): void {
    this.layer.remove();
    this.hits = [];
  }
}
