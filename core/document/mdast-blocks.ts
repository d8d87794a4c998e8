import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import { alignValue } from './align.ts';
import { BlockBuilder, type Block, type BlockKind } from './model.ts';

/** An inline directive (`<!--trustlint disable ids-->`): the comment's source offsets and its words. */
export interface Directive {
  start: number;
  /** Where the comment ends: the directive takes effect from here. */
  end: number;
  /** The keyword (disable, enable, ignore, or an unknown one to warn about), then rule or category ids. */
  words: string[];
}

export interface BlockReading {
  blocks: Block[];
  directives: Directive[];
}

/**
 * mdast-comment-marker's pattern backtracks cubically on a long comment that does not end the node, so only
 * a short, whole comment reaches it; no directive comes near this length.
 */
const MAX_DIRECTIVE_LENGTH = 1000;

function mayBeDirective(node: Nodes): boolean {
  return node.type === 'html' && node.value.length <= MAX_DIRECTIVE_LENGTH && node.value.startsWith('<!--') && node.value.endsWith('-->');
}

// A line that opens with a statute's outline label, "(1) ", "(b) ", "(iv) ", after a line that ends a clause.
const OUTLINE_ITEM = /^\((?:\d{1,3}|[a-z]|[ivx]{2,5})\)\s/;
const CLAUSE_END = /(?:[:;.]|[;,]\s*(?:or|and))$/;

/**
 * "(a) An agency may not:⏎(1) adopt…;⏎(2) prohibit…": statute items on their own lines, which markdown reads as one
 * paragraph (an indented "(1)" is no list marker), become list items under the line that introduces them.
 */
function splitOutlineItems(blocks: Block[]): void {
  const block = blocks[blocks.length - 1];
  if (block?.kind !== 'paragraph' || !block.text.includes('\n')) return;
  const starts = [0];
  for (let i = block.text.indexOf('\n'); i !== -1; i = block.text.indexOf('\n', i + 1)) {
    const line = block.text.slice(i + 1).trimStart();
    if (OUTLINE_ITEM.test(line) && CLAUSE_END.test(block.text.slice(starts.at(-1)!, i).trimEnd())) starts.push(i + 1);
  }
  if (starts.length === 1) return;
  blocks.pop();
  const leadIn = blocks.length;
  const introduces = /:\s*$/.test(block.text.slice(0, starts[1]!));
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? block.text.length;
    const part = sliceBlock(block, start, end, index === 0 ? 'paragraph' : 'list-item');
    if (!part) return;
    if (index > 0 && introduces) part.leadIn = leadIn;
    blocks.push(part);
  });
}

/** The block's text in [from, to), trimmed, with its offsets. */
function sliceBlock(block: Block, from: number, to: number, kind: BlockKind): Block | undefined {
  while (from < to && /\s/.test(block.text[from]!)) from++;
  while (to > from && /\s/.test(block.text[to - 1]!)) to--;
  if (from === to) return undefined;
  const offsets = block.offsets.slice(from, to);
  offsets.push(offsets[offsets.length - 1]! + 1);
  return { kind, text: block.text.slice(from, to), offsets };
}

/**
 * Reads the prose blocks of an mdast tree (from markdown, or HTML through rehype-remark).
 * `source` is the text the tree's positions point into; every block offset is shifted by `base`.
 */
export function blocksFromMdast(tree: Root, source: string, base = 0): BlockReading {
  const blocks: Block[] = [];
  const directives: Directive[] = [];

  /** `introducer` is the block that introduces a list opening `nodes` (a nested list's parent item). */
  const flow = (nodes: readonly RootContent[], context: BlockKind, introducer?: number): void => {
    let previousParagraph = introducer;
    for (const node of nodes) {
      const before = blocks.length;
      switch (node.type) {
        case 'heading':
          pushInline(node, 'heading', undefined, { depth: node.depth });
          break;
        case 'paragraph':
          pushInline(node, context);
          if (context === 'paragraph') splitOutlineItems(blocks);
          break;
        case 'blockquote':
          flow(node.children, 'blockquote');
          break;
        case 'list':
          for (const item of node.children) {
            const [first, ...rest] = item.children;
            let itemIndex: number | undefined;
            if (first?.type === 'paragraph') {
              pushInline(first, 'list-item', previousParagraph, { ordered: node.ordered === true });
              itemIndex = blocks.length - 1;
            } else if (first) {
              rest.unshift(first);
            }
            // Nested lists are introduced by their parent item.
            for (const child of rest) flow([child], 'list-item', child.type === 'list' ? itemIndex : undefined);
          }
          break;
        case 'table':
          for (const row of node.children) for (const cell of row.children) pushInline(cell, 'table-cell');
          break;
        case 'html':
          readDirective(node);
          break;
        default:
          break;
      }
      // Only a paragraph directly before a list introduces it.
      if (node.type === 'paragraph' && blocks.length > before) previousParagraph = blocks.length - 1;
      else if (node.type !== 'list' && node.type !== 'html') previousParagraph = undefined;
    }
  };

  const pushInline = (node: Parents, kind: BlockKind, leadIn?: number, extra: Partial<Block> = {}): void => {
    const builder = new BlockBuilder();
    inline(node.children as PhrasingContent[], builder);
    const block = builder.finish(kind, extra);
    if (!block) return;
    if (leadIn !== undefined) block.leadIn = leadIn;
    blocks.push(block);
  };

  const inline = (nodes: readonly PhrasingContent[], builder: BlockBuilder): void => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) builder.addSynthetic(node.value);
        else
          builder.add(
            node.value,
            alignValue(node.value, source, start, end).map((offset) => offset + base),
          );
      } else if (node.type === 'break') {
        builder.addSynthetic(' ');
      } else if (node.type === 'html') {
        readDirective(node);
      } else if ('children' in node) {
        inline(node.children as PhrasingContent[], builder);
      }
    }
  };

  const readDirective = (node: Nodes): void => {
    const marker = mayBeDirective(node) ? commentMarker(node) : undefined;
    if (marker?.name !== 'trustlint') return;
    directives.push({
      start: (node.position?.start.offset ?? 0) + base,
      end: (node.position?.end.offset ?? 0) + base,
      words: marker.attributes.split(/\s+/).filter(Boolean),
    });
  };

  flow(tree.children, 'paragraph');
  return { blocks, directives };
}
