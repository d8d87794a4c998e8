// contenteditable editors, including ProseMirror, Quill and Lexical: they all follow the DOM selection and the
// browser's input events, so the adapter reads the DOM and writes with editing commands on a selected range.
import type { EditorAdapter, EditorText, Mark } from './types.ts';
import type { Severity } from '../../core/index.ts';
import { domRange, mappedRect, scrollToMapped, TextMapReader, textOffset, type TextMap } from './text-map.ts';
import { selectRange, settled, typeOverSelection } from './input-path.ts';
import { setHighlights } from '../content/highlights.ts';
import { rectsContain } from '../content/geometry.ts';

/** The outermost editable element around a node, or undefined when the node is not editable. */
export function editableRoot(node: Element): HTMLElement | undefined {
  if (!(node instanceof HTMLElement) || !node.isContentEditable) return undefined;
  let root: HTMLElement = node;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

export class ContentEditableAdapter implements EditorAdapter {
  readonly name: string = 'contenteditable';
  readonly canApply = true;
  private map: TextMap = { text: '', segments: [] };
  private marks: Array<Mark & { range: Range }> = [];
  private readonly reader: TextMapReader;

  constructor(readonly element: HTMLElement) {
    this.reader = new TextMapReader(element);
  }

  read(): EditorText {
    this.map = this.reader.read();
    return { text: this.map.text, format: 'markdown' };
  }

  onChange(listener: () => void): () => void {
    this.element.addEventListener('input', listener);
    // Some editors re-render without an input event (collaborators, toolbar commands).
    const observer = new MutationObserver(() => listener());
    observer.observe(this.element, { characterData: true, childList: true, subtree: true });
    return () => {
      this.element.removeEventListener('input', listener);
      observer.disconnect();
    };
  }

  showMarks(marks: Mark[]): void {
    this.marks = marks.flatMap((mark) => {
      const range = mark.end > mark.start ? domRange(this.map, mark.start, mark.end) : undefined;
      return range ? [{ ...mark, range }] : [];
    });
    this.paint();
  }

  markAt(x: number, y: number): string | undefined {
    const caret = caretAt(x, y);
    const offset = caret && textOffset(this.map, caret.node, caret.offset);
    const near = offset === undefined ? this.marks : this.marks.filter((mark) => mark.start <= offset + 1 && offset - 1 <= mark.end);
    return near.find((mark) => rectsContain(mark.range.getClientRects(), x, y))?.id;
  }

  rangeRect(start: number, end: number): DOMRect | undefined {
    return mappedRect(this.map, start, end);
  }

  reveal(start: number, end: number): void {
    const range = scrollToMapped(this.map, start, end);
    if (!range) return;
    this.element.focus({ preventScroll: true });
    selectRange(range);
    this.paint(range);
  }

  async replace(start: number, end: number, text: string): Promise<void> {
    const range = domRange(this.map, start, end);
    if (!range) throw new Error('That part of the text is no longer in the editor.');
    this.element.focus({ preventScroll: true });
    selectRange(range);
    this.typeOver(range, text);
    await settled();
  }

  /** Replaces the selected `range` with `text` through the editor's input path: by default the browser's editing command. */
  protected typeOver(_range: Range, text: string): void {
    typeOverSelection(text);
  }

  destroy(): void {
    this.reader.disconnect();
    this.marks = [];
    setHighlights(this, new Map());
  }

  private paint(revealed?: Range): void {
    const bySeverity = new Map<Severity | 'revealed', Range[]>();
    for (const mark of this.marks) {
      const ranges = bySeverity.get(mark.severity);
      if (ranges) ranges.push(mark.range);
      else bySeverity.set(mark.severity, [mark.range]);
    }
    if (revealed) bySeverity.set('revealed', [revealed]);
    setHighlights(this, bySeverity);
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
