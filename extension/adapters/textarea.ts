// textarea and text inputs: the value is the text; marks are drawn in a mirror overlay inside our shadow root.
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
.mirror-frame { position: fixed; overflow: hidden; pointer-events: none; }
.mirror { position: absolute; top: 0; left: 0; overflow: hidden; color: transparent; border-color: transparent !important;
  background: transparent; margin: 0; }
.mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none;
  text-underline-offset: 3px; text-decoration-thickness: 1.5px; }
.mark.error { text-decoration-color: #e51400; }
.mark.warning { text-decoration-color: #bf8803; }
.mark.info { text-decoration-color: #1a85ff; text-decoration-style: dotted; }
.mark.revealed { background: rgba(255, 210, 0, 0.35); }
.mirror-frame.stale { visibility: hidden; }
`;

export class TextFieldAdapter implements EditorAdapter {
  readonly name: string;
  readonly canApply = true;
  private readonly frame = document.createElement('div');
  private readonly mirror = document.createElement('div');
  private marks: Mark[] = [];
  private renderedText = '';
  private revealed: [number, number] | undefined;
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
    );
  }

  read(): EditorText {
    return { text: this.element.value, format: 'text' };
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

  private render(): void {
    const text = this.element.value;
    this.renderedText = text;
    const nodes: Node[] = [];
    let position = 0;
    for (const mark of this.marks) {
      if (mark.start < position || mark.end > text.length) continue;
      nodes.push(document.createTextNode(text.slice(position, mark.start)));
      const span = document.createElement('span');
      span.className = `mark ${mark.severity}`;
      if (this.revealed?.[0] === mark.start && this.revealed[1] === mark.end) span.classList.add('revealed');
      span.dataset.id = mark.id;
      span.textContent = text.slice(mark.start, mark.end);
      nodes.push(span);
      position = mark.end;
    }
    // A trailing newline needs a following character to occupy a line, as it does in the field.
    nodes.push(document.createTextNode(`${text.slice(position)}\u200b`));
    this.mirror.replaceChildren(...nodes);
    this.frame.classList.remove('stale');
    this.sync();
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
    for (const property of layoutProperties) this.mirror.style.setProperty(property, style.getPropertyValue(property));
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = field.offsetWidth - field.clientWidth - borders;
    this.mirror.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    this.mirror.style.width = `${rect.width}px`;
    this.mirror.style.height = `${rect.height}px`;
    this.mirror.style.whiteSpace = field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
    this.mirror.scrollTop = field.scrollTop;
    this.mirror.scrollLeft = field.scrollLeft;
  }

  /** A DOM range over the mirror's copy of the text. */
  private mirrorRange(start: number, end: number): Range | undefined {
    const range = document.createRange();
    let position = 0;
    let startSet = false;
    const walker = document.createTreeWalker(this.mirror, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length;
      if (!startSet && start <= position + length) {
        range.setStart(node, start - position);
        startSet = true;
      }
      if (startSet && end <= position + length) {
        range.setEnd(node, end - position);
        return range;
      }
      position += length;
    }
    return undefined;
  }
}
