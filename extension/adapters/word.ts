// Word for the web: the content script runs inside its editing frame (*.officeapps.live.com). The document's
// paragraphs are read from #WACViewPanel; marks are drawn over them in trustlint's shadow root and redrawn as Word
// re-renders or lazily adds paragraphs. Fixes go through the browser's editing path where the paragraphs are
// editable (older hosts); where #WACViewPanel_EditingElement is only an input proxy (current Microsoft 365), Word
// keeps its document in its own model and the adapter reads but does not write.
import type { EditorAdapter, EditorText, Mark } from './types.ts';
import type { EditorKind } from './index.ts';
import { domRange, mappedRect, scrollToMapped, type TextMap } from './text-map.ts';
import { selectRange, settled, typeOverSelection } from './input-path.ts';
import { bodyParagraphs, panelSelector, readWordText } from './word-text.ts';
import { OverlayMarks, type PlacedMark } from './word-marks.ts';

const proxyLimitation = 'Word for the web: fixes are copied, not applied, in this layout.';

/** The document panel around `target`: the paragraphs, the editing element or its input proxy. */
function wordPanel(target: Element): HTMLElement | undefined {
  const panel = target.closest<HTMLElement>(panelSelector);
  if (panel) return panel;
  if (!target.closest('[id^="WACViewPanel_"]')) return undefined;
  return target.ownerDocument.querySelector<HTMLElement>(panelSelector) ?? undefined;
}

export const wordKind: EditorKind = {
  match: wordPanel,
  discover: (root) => root.querySelectorAll(panelSelector),
  create: (element) => new WordAdapter(element),
};

/** The document a Word editing frame shows: its WOPISrc parameter (the frame's path is the same for every document). */
export function wordDocumentId(url: string): string | undefined {
  for (const [name, value] of new URL(url).searchParams) if (name.toLowerCase() === 'wopisrc' && value !== '') return `wopi:${value}`;
  return undefined;
}

export class WordAdapter implements EditorAdapter {
  readonly name = 'word';
  readonly documentId = wordDocumentId(location.href);
  private map: TextMap = { text: '', segments: [] };
  private marks: Mark[] = [];
  /** The text the marks refer to; they are hidden while the document differs from it. */
  private markedText = '';
  private revealed: [number, number] | undefined;
  private readonly overlay = new OverlayMarks();
  private readonly listeners = new Set<() => void>();
  private frame = 0;
  /**
   * Word re-renders paragraphs as the user types and adds them as a long document scrolls into view. Reading a
   * long document costs tens of milliseconds, so it is read again only after the observer saw a change.
   */
  private readonly observer = new MutationObserver(() => this.changedUnderUs());
  private changed = true;
  private readonly cleanups: Array<() => void> = [];

  constructor(readonly element: HTMLElement) {
    const follow = () => this.scheduleLayout();
    const observer = this.observer;
    observer.observe(element, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden'],
    });
    const resize = new ResizeObserver(follow);
    resize.observe(element);
    document.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    this.cleanups.push(
      () => observer.disconnect(),
      () => resize.disconnect(),
      () => document.removeEventListener('scroll', follow, { capture: true }),
      () => window.removeEventListener('resize', follow),
      () => cancelAnimationFrame(this.frame),
    );
  }

  get canApply(): boolean {
    return this.surface() !== undefined;
  }

  get limitation(): string | undefined {
    return this.canApply ? undefined : proxyLimitation;
  }

  read(): EditorText {
    // Changes made in this same task have not reached the observer's callback yet.
    if (this.observer.takeRecords().length > 0) this.changedUnderUs();
    if (this.changed) this.map = readWordText(this.element);
    this.changed = false;
    return { text: this.map.text, format: 'markdown' };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  showMarks(marks: Mark[]): void {
    this.marks = marks.filter((mark) => mark.end > mark.start);
    this.markedText = this.map.text;
    this.revealed = undefined;
    this.layout();
  }

  markAt(x: number, y: number): string | undefined {
    return this.overlay.at(x, y);
  }

  rangeRect(start: number, end: number): DOMRect | undefined {
    return mappedRect(this.map, start, end);
  }

  reveal(start: number, end: number): void {
    const range = scrollToMapped(this.map, start, end);
    if (!range) return;
    const surface = this.surface();
    if (surface) {
      surface.focus({ preventScroll: true });
      selectRange(range);
    }
    this.revealed = [start, end];
    this.markedText = this.map.text;
    this.layout();
  }

  async replace(start: number, end: number, text: string): Promise<void> {
    const surface = this.surface();
    if (!surface) throw new Error(`${proxyLimitation} Nothing was changed.`);
    const range = domRange(this.map, start, end);
    if (!range) throw new Error('That part of the text is no longer in the document.');
    surface.focus({ preventScroll: true });
    selectRange(range);
    typeOverSelection(text);
    await settled();
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    this.overlay.destroy();
  }

  private changedUnderUs(): void {
    this.changed = true;
    this.scheduleLayout();
    for (const listener of this.listeners) listener();
  }

  /**
   * The editing element when it holds the body's paragraphs (older hosts). Anything else that happens to be
   * editable is not taken: in the current layout Word keeps the document in its own model, and text typed into
   * the paragraph DOM would not reach it.
   */
  private surface(): HTMLElement | undefined {
    const editing = this.element.ownerDocument.getElementById('WACViewPanel_EditingElement');
    const first = bodyParagraphs(this.element)[0];
    return editing?.isContentEditable && first && editing.contains(first) ? editing : undefined;
  }

  private scheduleLayout(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  }

  private layout(): void {
    if (this.changed) this.read();
    const current = this.map.text === this.markedText;
    const placed: PlacedMark[] = [];
    const place = (id: string, severity: PlacedMark['severity'], start: number, end: number) => {
      const range = domRange(this.map, start, end);
      if (range) placed.push({ id, severity, range });
    };
    if (current && this.revealed) place('revealed', 'revealed', ...this.revealed);
    // Findings on the same words (missing sections all point at the title) are drawn once.
    const drawn = new Set<string>();
    for (const mark of current ? this.marks : []) {
      const key = `${mark.start}:${mark.end}:${mark.severity}`;
      if (!drawn.has(key)) place(mark.id, mark.severity, mark.start, mark.end);
      drawn.add(key);
    }
    this.overlay.draw(visibleBox(this.element), placed);
  }
}

/** The part of an element inside the viewport. */
function visibleBox(element: HTMLElement): DOMRect {
  const rect = element.getBoundingClientRect();
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  return new DOMRect(
    left,
    top,
    Math.max(0, Math.min(rect.right, innerWidth) - left),
    Math.max(0, Math.min(rect.bottom, innerHeight) - top),
  );
}
