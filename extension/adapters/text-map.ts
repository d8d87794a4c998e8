// Reads the text of a rich-text element as markdown-ish plain text, with a map from text offsets back to DOM.
// Block elements become paragraphs (blank line), list items "- " lines, headings "# " lines; only characters
// that come from text nodes are mapped, the rest is structure the engine needs to see.
import { lastAtOrBefore } from '../../core/sorted.ts';
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

/**
 * Builds a TextMap: characters from text nodes map back to their node; structure added with `add` maps to none.
 * Appending never reads the text built so far (that would copy it on every block of a long draft).
 */
export class TextMapBuilder {
  text = '';
  readonly segments: Segment[] = [];
  /** How many line breaks end the text. */
  private trailingBreaks = 0;

  /** Appends a text node's characters (a no-break space reads as a space). */
  addNode(node: Text): void {
    this.addMapped(node, node.data.replaceAll('\u00a0', ' '));
  }

  /** Appends `data`, read from `node` and normalised, mapped to it. */
  addMapped(node: Text, data: string): void {
    if (data === '') return;
    this.segments.push({ node, start: this.text.length });
    this.append(data);
  }

  /** Appends characters that stand for structure: line breaks, list markers, heading marks. */
  add(structure: string): void {
    this.append(structure);
  }

  /** Ends the line, or the paragraph with `breaks` 2: adds line breaks up to that many at the end (none at the start). */
  breakLine(breaks: number): void {
    if (this.text !== '' && this.trailingBreaks < breaks) this.append('\n'.repeat(breaks - this.trailingBreaks));
  }

  /** Drops the text from `offset` on, with the nodes mapped there. */
  truncate(offset: number): void {
    this.text = this.text.slice(0, offset);
    while (this.segments.length > 0 && this.segments[this.segments.length - 1]!.start >= offset) this.segments.pop();
    this.trailingBreaks = 0;
    while (this.text[this.text.length - 1 - this.trailingBreaks] === '\n') this.trailingBreaks++;
  }

  /** The text without the line breaks at its end, and the map. */
  finish(): TextMap {
    return { text: this.text.slice(0, this.text.length - this.trailingBreaks), segments: this.segments };
  }

  private append(characters: string): void {
    let breaks = 0;
    while (breaks < characters.length && characters[characters.length - 1 - breaks] === '\n') breaks++;
    this.trailingBreaks = breaks === characters.length ? this.trailingBreaks + breaks : breaks;
    this.text += characters;
  }
}

/**
 * What part of a rich-text element reads as: text read from a node, structure, line ends (how many; see
 * `TextMapBuilder.breakLine`) and blocks (paragraphs, list items, headings: nested lists, kept between reads).
 */
type Piece = { node: Text; data: string } | string | number | Piece[];

/** Appends what `node` reads as to `out`; blocks are taken from `cache` when there, and put there when read. */
function collect(node: Node, out: Piece[], cache: WeakMap<Node, Piece[]>): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data.replaceAll('\u00a0', ' ');
    if (data !== '') out.push({ node: node as Text, data });
    return;
  }
  if (!(node instanceof HTMLElement) || skippedTags.has(node.tagName) || node.hidden) return;
  if (node.tagName === 'BR') {
    if (node.nextSibling) out.push('\n');
    return;
  }
  if (!blockTags.has(node.tagName)) {
    for (const child of node.childNodes) collect(child, out, cache);
    return;
  }
  let block = cache.get(node);
  if (!block) {
    const item = node.tagName === 'LI';
    const heading = /^H([1-6])$/.exec(node.tagName);
    block = [item ? 1 : 2];
    if (heading) block.push(`${'#'.repeat(Number(heading[1]))} `);
    if (item) block.push('- ');
    for (const child of node.childNodes) collect(child, block, cache);
    block.push(item ? 1 : 2);
    cache.set(node, block);
  }
  out.push(block);
}

function replay(pieces: Piece[], map: TextMapBuilder): void {
  for (const piece of pieces) {
    if (typeof piece === 'string') map.add(piece);
    else if (typeof piece === 'number') map.breakLine(piece);
    else if (Array.isArray(piece)) replay(piece, map);
    else map.addMapped(piece.node, piece.data);
  }
}

/**
 * Reads an element's text map, and again after each change walks only the blocks the change touched: the other
 * blocks of a long draft are taken from the last read, and with no change at all the last map is the answer.
 */
export class TextMapReader {
  private readonly blocks = new WeakMap<Node, Piece[]>();
  private readonly observer = new MutationObserver((records) => this.forget(records));
  private last: TextMap | undefined;

  constructor(private readonly root: HTMLElement) {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  }

  read(): TextMap {
    // Changes made in this same task have not reached the observer's callback yet.
    this.forget(this.observer.takeRecords());
    if (this.last) return this.last;
    const pieces: Piece[] = [];
    for (const child of this.root.childNodes) collect(child, pieces, this.blocks);
    const map = new TextMapBuilder();
    replay(pieces, map);
    this.last = map.finish();
    return this.last;
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  /** Drops what changed: every block around a changed node, and anything read before in nodes put (back) in. */
  private forget(records: MutationRecord[]): void {
    for (const record of records) {
      this.last = undefined;
      for (let node: Node | null = record.target; node && node !== this.root; node = node.parentNode) this.blocks.delete(node);
      // A node put back (undo, an editor re-using its nodes) may have changed unseen while it was out of the element.
      for (const added of record.addedNodes) {
        this.blocks.delete(added);
        if (added instanceof Element) for (const inside of added.querySelectorAll('*')) this.blocks.delete(inside);
      }
    }
  }
}

/** The DOM position of a text offset; `side` picks the neighbouring node when the offset sits between nodes. */
function domPosition(map: TextMap, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | undefined {
  const { segments } = map;
  // Last segment starting at or before the offset.
  const at = lastAtOrBefore(segments.length, (i) => segments[i]!.start, offset);
  const segment = segments[at];
  if (!segment) return undefined;
  const inside = offset - segment.start;
  const length = segment.node.data.length;
  if (side === 'start' && inside >= length) {
    const next = segments[at + 1];
    if (next) return { node: next.node, offset: 0 };
  }
  if (side === 'end' && inside === 0 && at > 0) {
    const previous = segments[at - 1]!;
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
