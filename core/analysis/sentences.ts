import { ParseEnglish } from 'parse-english';
import type { Nodes as NlcstNodes, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import type { Block } from '../document/model.ts';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** The block as first analysed: analyses are shared by blocks with the same text, so use its text only. */
  block: Block;
  text: string;
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** Word tokens only, in order. */
  words: Token[];
  /** The retext-english sentence node (block-relative positions), for retext plugins. */
  node: NlcstSentence;
}

const english = new ParseEnglish();

/** Parses a block's text with retext-english's parser (the nlcst tree is kept for retext plugins). */
export function parseBlock(block: Block): NlcstRoot {
  return english.parse(block.text);
}

export function sentencesOf(block: Block, tree: NlcstRoot): Sentence[] {
  const sentences: Sentence[] = [];
  visit(tree, 'SentenceNode', (node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? block.text.length;
    const words: Token[] = [];
    for (const child of node.children) {
      if (child.type !== 'WordNode') continue;
      const text = toString(child as NlcstNodes);
      words.push({
        text,
        lower: text.toLowerCase().replace(/[’‘]/g, "'"),
        start: child.position?.start.offset ?? start,
        end: child.position?.end.offset ?? end,
      });
    }
    sentences.push({ block, text: block.text.slice(start, end), start, end, words, node });
    return 'skip';
  });
  return sentences;
}
