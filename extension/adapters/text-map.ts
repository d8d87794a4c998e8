// Reads the text of a rich-text element as markdown-ish plain text, with a map from text offsets back to DOM.
// Block elements become paragraphs (blank line), list items "- " lines, headings "# " lines; only characters
// that come from text nodes are mapped, the rest is structure the engine needs to see.
import { boundingRect } from '../content/geometry.ts';

interface Segment {
  node: Text;
  /** Offset of the node's first character in the text. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Builds a TextMap: characters from text nodes map back to their node; structure added with `add` maps to none. */
export class TextMapBuilder {
  text = '';
  readonly segments: Segment[] = [];

  /** Appends a text node's characters (a no-break space reads as a space). */
  addNode(node: Text): void {
    const data = node.data.replaceAll('\u00a0', ' ');
    if (data === '') return;
    this.segments.push({ node, start: this.text.length });
    this.text += data;
  }

  /** Appends characters that stand for structure: line breaks, list markers, heading marks. */
  add(structure: string): void {
    this.text += structure;
  }

  /** Drops the text from `offset` on, with the nodes mapped there. */
  truncate(offset: number): void {
    this.text = this.text.slice(0, offset);
    while (this.segments.length > 0 && this.segments[this.segments.length - 1]!.start >= offset) this.segments.pop();
  }
}

export function readTextMap(root: HTMLElement): TextMap {
  const map = new TextMapBuilder();

  const breakLine = (separator: string) => {
    if (map.text === '') return;
    const trailing = /\n*$/.exec(map.text)?.[0].length ?? 0;
    if (trailing < separator.length) map.add(separator.slice(trailing));
  };

  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return map.addNode(node as Text);
    if (!(node instanceof HTMLElement) || skippedTags.has(node.tagName) || node.hidden) return;
    if (node.tagName === 'BR') {
      if (node.nextSibling) map.add('\n');
      return;
    }
    const block = blockTags.has(node.tagName);
    const item = node.tagName === 'LI';
    if (block) breakLine(item ? '\n' : '\n\n');
    const heading = /^H([1-6])$/.exec(node.tagName);
    if (heading) map.add(`${'#'.repeat(Number(heading[1]))} `);
    if (item) map.add('- ');
    node.childNodes.forEach(visit);
    if (block) breakLine(item ? '\n' : '\n\n');
  };

  root.childNodes.forEach(visit);
  return { text: map.text.replace(/\n+$/, ''), segments: map.segments };
}

/** The DOM position of a text offset; `side` picks the neighbouring node when the offset sits between nodes. */
function domPosition(map: TextMap, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | undefined {
  const { segments } = map;
  let low = 0;
  let high = segments.length - 1;
  // Last segment starting at or before the offset.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  if (!segment) return undefined;
  const inside = offset - segment.start;
  const length = segment.node.data.length;
  if (side === 'start' && inside >= length) {
    const next = segments[low + 1];
    if (next) return { node: next.node, offset: 0 };
  }
  if (side === 'end' && inside === 0 && low > 0) {
    const previous = segments[low - 1]!;
    return { node: previous.node, offset: previous.node.data.length };
  }
  if (inside < 0) return { node: segment.node, offset: 0 };
  return { node: segment.node, offset: Math.min(inside, length) };
}

/** The text offset of a DOM position inside a mapped text node, if it is mapped. */
export function textOffset(map: TextMap, node: Node, offset: number): number | undefined {
  const segment = map.segments.find((candidate) => candidate.node === node);
  return segment && segment.start + offset;
}

export function domRange(map: TextMap, start: number, end: number): Range | undefined {
  const from = domPosition(map, start, 'start');
  const to = domPosition(map, end, 'end');
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The viewport rectangle of a mapped range, if it is laid out. */
export function mappedRect(map: TextMap, start: number, end: number): DOMRect | undefined {
  const range = domRange(map, start, end);
  return range && boundingRect(range.getClientRects());
}

/** Scrolls a mapped range to the middle of the view and returns it (undefined when it is no longer there). */
export function scrollToMapped(map: TextMap, start: number, end: number): Range | undefined {
  const range = domRange(map, start, end);
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return range;
}
