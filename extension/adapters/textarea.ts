// textarea and text inputs: the value is the text; marks are drawn in a mirror overlay inside our shadow root.
import { lastAtOrBefore } from '../../core/sorted.ts';
import type { EditorAdapter, EditorText, Mark } from './types.ts';
import { settled, typeOverSelection } from './input-path.ts';
import { addShadowStyle, uiRoot } from '../content/ui-root.ts';
import { boundingRect, rectsContain } from '../content/geometry.ts';

type TextField = HTMLTextAreaElement | HTMLInputElement;

const textInputTypes = new Set(['text', 'search', '']);

export function isTextField(element: Element): element is TextField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return element instanceof HTMLInputElement && textInputTypes.has(element.type) && !element.readOnly && !element.disabled;
}

/** Computed styles that decide where each character of a text field is laid out. */
const layoutProperties = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'overflow-wrap',
  'word-break',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
];

const overlayCss = `
/* A layer of its own: hiding stale marks (opacity) then repaints nothing. Without it, each edit's toggle walked the whole
   mirror of a long draft in the next frame (10–80 ms of paint preparation per edit for 25k words, profiled). */
.mirror-frame { position: fixed; overflow: hidden; pointer-events: none; will-change: opacity; }
.mirror { position: absolute; top: 0; left: 0; overflow: hidden; color: transparent; border-color: transparent !important;
  background: transparent; margin: 0; }
.mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none;
  text-underline-offset: 3px; text-decoration-thickness: 1.5px; }
.mark.error { text-decoration-color: #e51400; }
.mark.warning { text-decoration-color: #bf8803; }
.mark.info { text-decoration-color: #1a85ff; text-decoration-style: dotted; }
.mark.revealed { background: rgba(255, 210, 0, 0.35); }
/* Not visibility, which every line and mark inherits: toggling it restyled the whole mirror (profiled). */
.mirror-frame.stale { opacity: 0; }
.mirror > div + div { text-indent: 0 !important; }
`;

/** A line of the mirror: one block per line of the text, so a change redraws only the lines it touches. */
interface MirrorLine {
  element: HTMLDivElement;
  /** The line's text and marks: a line whose key is unchanged is left as it is drawn. */
  key: string;
}

/** A mark's part on one line (a mark across a line break is drawn in pieces, each with the mark's id). */
interface MarkPiece {
  start: number;
  end: number;
  mark: Mark;
}

/** The index of the last line starting at or before `offset` (`starts` ascend from 0). */
function lineAt(starts: number[], offset: number): number {
  return lastAtOrBefore(starts.length, (i) => starts[i]!, offset);
}

export class TextFieldAdapter implements EditorAdapter {
  readonly name: string;
  readonly canApply = true;
  private readonly frame = document.createElement('div');
  private readonly mirror = document.createElement('div');
  private marks: Mark[] = [];
  private renderedText = '';
  private lines: MirrorLine[] = [];
  /** Where each line of the rendered text starts. */
  private lineStarts: number[] = [0];
  private revealed: [number, number] | undefined;
  /** The frame in which the mirror is laid over the field again after a redraw. */
  private syncFrame: number | undefined;
  /** The mirror's style as last set: only what changed is set again (each write restyles the mirror). */
  private readonly mirrorStyle = new Map<string, string>();
  private readonly cleanups: Array<() => void> = [];

  constructor(readonly element: TextField) {
    this.name = element instanceof HTMLTextAreaElement ? 'textarea' : 'input';
    addShadowStyle('text-field', overlayCss);
    this.frame.className = 'mirror-frame';
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.frame.append(this.mirror);
    uiRoot().append(this.frame);
    const follow = () => this.sync();
    const observer = new ResizeObserver(follow);
    observer.observe(element);
    element.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('scroll', follow, { passive: true, capture: true });
    window.addEventListener('resize', follow, { passive: true });
    this.cleanups.push(
      () => observer.disconnect(),
      () => element.removeEventListener('scroll', follow),
      () => window.removeEventListener('scroll', follow, { capture: true }),
      () => window.removeEventListener('resize', follow),
      () => this.frame.remove(),
      () => cancelAnimationFrame(this.syncFrame ?? 0),
    );
  }

  read(): EditorText {
    return { text: this.element.value, format: 'text' };
  }

  caret(): number | undefined {
    return this.element.selectionStart ?? undefined;
  }

  onChange(listener: () => void): () => void {
    const onInput = () => {
      this.clearMarksIfTextMoved();
      listener();
    };
    this.element.addEventListener('input', onInput);
    return () => this.element.removeEventListener('input', onInput);
  }

  showMarks(marks: Mark[]): void {
    this.marks = marks.filter((mark) => mark.end > mark.start);
    this.revealed = undefined;
    this.render();
  }

  markAt(x: number, y: number): string | undefined {
    if (this.frame.classList.contains('stale') || !rectsContain([this.element.getBoundingClientRect()], x, y)) return undefined;
    for (const span of this.mirror.querySelectorAll<HTMLElement>('.mark')) {
      if (rectsContain(span.getClientRects(), x, y)) return span.dataset.id;
    }
    return undefined;
  }

  rangeRect(start: number, end: number): DOMRect | undefined {
    this.sync();
    const range = this.mirrorRange(start, end);
    return range && boundingRect(range.getClientRects());
  }

  reveal(start: number, end: number): void {
    this.element.scrollIntoView({ block: 'nearest' });
    this.sync();
    const range = this.mirrorRange(start, end);
    const rect = range && boundingRect(range.getClientRects());
    if (rect) {
      const top = rect.top - this.mirror.getBoundingClientRect().top;
      this.element.scrollTop += top - this.element.clientHeight / 3;
    }
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(start, end);
    this.revealed = [start, end];
    this.render();
  }

  async replace(start: number, end: number, text: string): Promise<void> {
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(start, end);
    typeOverSelection(text);
    await settled();
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /**
   * Marks refer to the text as linted; once the user types they would be misplaced until the next check. They are
   * hidden, not redrawn: rebuilding the mirror of a long draft on every keystroke would slow typing.
   */
  private clearMarksIfTextMoved(): void {
    if (this.renderedText !== this.element.value) {
      this.marks = [];
      this.revealed = undefined;
      this.frame.classList.add('stale');
    }
  }

  /**
   * Draws the text with its marks, one block per line. Only the lines between the first and last whose text or
   * marks changed are replaced: the browser then lays out those lines, not the whole draft, after each check.
   */
  private render(): void {
    const text = this.element.value;
    this.renderedText = text;
    const lineTexts = text.split('\n');
    const starts: number[] = [];
    let at = 0;
    for (const line of lineTexts) {
      starts.push(at);
      at += line.length + 1;
    }
    const pieces: MarkPiece[][] = lineTexts.map(() => []);
    let position = 0;
    for (const mark of this.marks) {
      if (mark.start < position || mark.end > text.length) continue;
      position = mark.end;
      for (let line = lineAt(starts, mark.start), from = mark.start; from < mark.end; line++) {
        const lineEnd = starts[line]! + lineTexts[line]!.length;
        const to = Math.min(mark.end, lineEnd);
        if (to > from) pieces[line]!.push({ start: from - starts[line]!, end: to - starts[line]!, mark });
        from = lineEnd + 1;
      }
    }
    // Without the marks' ids: an id holds the mark's offsets, which an edit above shifts (kept lines get new ids below).
    const keys = lineTexts.map((line, index) => {
      const marks = pieces[index]!.map(({ start, end, mark }) => `${start}:${end}:${mark.severity}:${this.isRevealed(mark) ? 1 : 0}`);
      return marks.length === 0 ? line : `${line}\u0000${marks.join('\u0000')}`;
    });
    let head = 0;
    while (head < keys.length && head < this.lines.length && this.lines[head]!.key === keys[head]) head++;
    let tail = 0;
    while (
      tail < keys.length - head &&
      tail < this.lines.length - head &&
      this.lines[this.lines.length - 1 - tail]!.key === keys[keys.length - 1 - tail]
    )
      tail++;
    const fresh = keys
      .slice(head, keys.length - tail)
      .map((key, index) => ({ key, element: this.lineElement(lineTexts[head + index]!, pieces[head + index]!) }));
    for (const { element } of this.lines.slice(head, this.lines.length - tail)) element.remove();
    const next = this.lines[this.lines.length - tail]?.element ?? null;
    const added = document.createDocumentFragment();
    for (const { element } of fresh) added.append(element);
    this.mirror.insertBefore(added, next);
    this.lines = [...this.lines.slice(0, head), ...fresh, ...this.lines.slice(this.lines.length - tail)];
    for (const [index, line] of this.lines.entries()) {
      if (pieces[index]!.length === 0 || (index >= head && index < keys.length - tail)) continue;
      const spans = line.element.querySelectorAll<HTMLElement>('.mark');
      for (const [order, { mark }] of pieces[index]!.entries()) {
        const span = spans[order];
        if (span && span.dataset.id !== mark.id) span.dataset.id = mark.id;
      }
    }
    this.lineStarts = starts;
    this.frame.classList.remove('stale');
    // Laid over the field before the next paint, not now: reading the field's box here forced the browser to lay out
    // the long field and mirror at once, in the middle of the check's answer (profiled: most of a redraw's time).
    this.syncFrame ??= requestAnimationFrame(() => {
      this.syncFrame = undefined;
      this.sync();
    });
  }

  private isRevealed(mark: Mark): boolean {
    return this.revealed?.[0] === mark.start && this.revealed[1] === mark.end;
  }

  private lineElement(line: string, pieces: MarkPiece[]): HTMLDivElement {
    const element = document.createElement('div');
    let position = 0;
    for (const { start, end, mark } of pieces) {
      element.append(line.slice(position, start));
      const span = document.createElement('span');
      span.className = `mark ${mark.severity}`;
      if (this.isRevealed(mark)) span.classList.add('revealed');
      span.dataset.id = mark.id;
      span.textContent = line.slice(start, end);
      element.append(span);
      position = end;
    }
    // An empty line needs a character to take up its height, as it does in the field.
    element.append(line === '' ? '\u200b' : line.slice(position));
    return element;
  }

  /** Lays the mirror exactly over the field: same box, same text metrics, same scroll position. */
  private sync(): void {
    const field = this.element;
    const style = getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
    this.frame.style.display = visible ? 'block' : 'none';
    if (!visible) return;
    Object.assign(this.frame.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    const set = (property: string, value: string) => {
      if (this.mirrorStyle.get(property) === value) return;
      this.mirrorStyle.set(property, value);
      this.mirror.style.setProperty(property, value);
    };
    for (const property of layoutProperties) set(property, style.getPropertyValue(property));
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = field.offsetWidth - field.clientWidth - borders;
    set('padding-right', `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`);
    set('width', `${rect.width}px`);
    set('height', `${rect.height}px`);
    set('white-space', field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre');
    this.mirror.scrollTop = field.scrollTop;
    this.mirror.scrollLeft = field.scrollLeft;
  }

  /** A DOM range over the mirror's copy of the text. */
  private mirrorRange(start: number, end: number): Range | undefined {
    if (end > this.renderedText.length) return undefined;
    const range = document.createRange();
    const [startNode, startOffset] = this.mirrorPoint(start);
    const [endNode, endOffset] = this.mirrorPoint(end);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  /** The text node and offset in it of a text offset: found on its line, not by walking the whole draft. */
  private mirrorPoint(offset: number): [Node, number] {
    const line = lineAt(this.lineStarts, offset);
    const element = this.lines[line]!.element;
    let rest = offset - this.lineStarts[line]!;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | undefined;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (rest <= node.data.length) return [node, rest];
      rest -= node.data.length;
      last = node;
    }
    return last ? [last, last.data.length] : [element, 0];
  }
}
