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
