import { ParseEnglish } from 'parse-english';
import type {
  Nodes as NlcstNodes,
  Paragraph as NlcstParagraph,
  ParagraphContent,
  Root as NlcstRoot,
  Sentence as NlcstSentence,
  SentenceContent,
} from 'nlcst';
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
  /**
   * The retext-english sentence node (block-relative positions), for retext plugins. The engine releases it once
   * the sentence's block is analysed (sentence rules get it as `context.node`): a long draft's trees are not kept.
   */
  node?: NlcstSentence;
}

/**
 * Moves the white space that opens a sentence (or paragraph) up beside it, as parse-latin's own plugin does, in one
 * pass: parse-latin splices each one into its parent's children, which makes a paragraph of thousands of tiny
 * "sentences" ("Officers may ask. Pub. Pub. Pub. …") quadratic.
 */
export function initialWhiteSpaceSiblings(parent: NlcstRoot | NlcstParagraph): undefined {
  const moved: (typeof parent.children)[number][] = [];
  for (const child of parent.children) {
    if ('children' in child && child.children) {
      const children = child.children as NlcstNodes[];
      let k = 0;
      // The position follows parse-latin's: after each move, the start of the node that now opens the child.
      while (children[k]?.type === 'WhiteSpaceNode') {
        const next = children[k + 1];
        if (next?.position && child.position) child.position.start = next.position.start;
        moved.push(children[k] as (typeof parent.children)[number]);
        k++;
      }
      if (k > 0) children.splice(0, k);
    }
    moved.push(child);
  }
  parent.children.length = 0;
  for (const node of moved) (parent.children as NlcstNodes[]).push(node);
  return undefined;
}

/** retext-english's parser, with parse-latin's quadratic white-space move replaced by the linear one above. */
export const english = new ParseEnglish();
const stockInitialWhiteSpace = ParseEnglish.prototype.tokenizeRootPlugins[0];
english.tokenizeRootPlugins = english.tokenizeRootPlugins.map((plugin) =>
  plugin === stockInitialWhiteSpace ? (initialWhiteSpaceSiblings as typeof plugin) : plugin,
);
english.tokenizeParagraphPlugins = english.tokenizeParagraphPlugins.map((plugin) =>
  (plugin as unknown) === stockInitialWhiteSpace ? (initialWhiteSpaceSiblings as unknown as typeof plugin) : plugin,
);

/**
 * Parts of clause analysis and of the rules look over a whole sentence from each of its words, so their time
 * grows with the square of a sentence's length. No real sentence comes near this many words: a longer run of
 * words (a page that never ends a sentence) is read as several sentences, which keeps the time linear.
 */
export const MAX_SENTENCE_WORDS = 250;

/**
 * A run of more characters than this without a space is no word: parse-latin overflows its stack merging a
 * run of 100,000 hyphenated parts. Such a run is parsed as spaces (skipped, every offset kept).
 */
export const MAX_WORD_CHARS = 1000;

/** Parses a block's text with retext-english's parser (the nlcst tree is kept for retext plugins). */
export function parseBlock(block: Block): NlcstRoot {
  const tree = english.parse(withoutOverlongRuns(block.text));
  for (const paragraph of tree.children) {
    if (paragraph.type === 'ParagraphNode') paragraph.children = joinCitations(paragraph.children).flatMap(splitSentence);
  }
  return tree;
}

function withoutOverlongRuns(text: string): string {
  let result = '';
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !/\s/.test(text[i]!)) continue;
    if (i - runStart > MAX_WORD_CHARS) {
      result += text.slice(copied, runStart) + ' '.repeat(i - runStart);
      copied = i;
    }
    runStart = i + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** Abbreviations of legal citations that never end a sentence ("Pub. L.", "Rev. Stat.", "Stat. Ann."). */
const CITATION_ABBREVIATIONS = new Set(['pub', 'stat', 'stats', 'rev', 'ann', 'supp', 'sec', 'secs', 'reg', 'regs', 'ch', 'art', 'ord']);
/** Abbreviations that end a sentence only when no number follows ("No. 107-296", "p. 4"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'pp', 'para', 'vol']);

/**
 * The parser ends a sentence after "Pub.", "L." (in "Pub. L."), "No." before a number, or "Ann." before "§": a
 * statute citation would cut a directive in two ("…as amended by Pub. L. No. 107-296, authorizes…"). Such
 * pieces are joined again.
 */
function joinCitations(children: ParagraphContent[]): ParagraphContent[] {
  const joined: ParagraphContent[] = [];
  // Where the last sentence stands in `joined`: each join is then constant work, however many a paragraph has.
  let previous = -1;
  for (const child of children) {
    const sentence = joined[previous];
    if (child.type === 'SentenceNode' && sentence?.type === 'SentenceNode' && endsInCitation(sentence, child)) {
      const between = joined.splice(previous + 1) as SentenceContent[];
      sentence.children.push(...between, ...child.children);
      if (sentence.position && child.position) sentence.position.end = child.position.end;
      continue;
    }
    if (child.type === 'SentenceNode') previous = joined.length;
    joined.push(child);
  }
  return joined;
}

function endsInCitation(sentence: NlcstSentence, next: NlcstSentence): boolean {
  // The last three nodes other than white space, read from the end (a joined sentence can grow long).
  const [last, beforeLast, third] = lastNodes(sentence.children, 3);
  if (last?.type !== 'PunctuationNode' || toString(last) !== '.' || beforeLast?.type !== 'WordNode') return false;
  const word = toString(beforeLast).toLowerCase();
  if (CITATION_ABBREVIATIONS.has(word)) return true;
  if (word === 'l' && third !== undefined && /^pub\.?$/i.test(toString(third))) return true;
  const first = next.children[0];
  return NUMBER_ABBREVIATIONS.has(word) && first !== undefined && /^[\d§]/.test(toString(first));
}

function lastNodes(nodes: readonly SentenceContent[], count: number): SentenceContent[] {
  const found: SentenceContent[] = [];
  for (let i = nodes.length - 1; i >= 0 && found.length < count; i--) if (nodes[i]!.type !== 'WhiteSpaceNode') found.push(nodes[i]!);
  return found;
}

/**
 * A sentence as several: after "ID.", "DC." or "in." before a capitalised word (the parser reads a full stop after two
 * capitals as an initialism's, and "in." as the abbreviation of inches: "photo ID. If unable…" and "filled in.
 * Deputies shall…" as one sentence), and every MAX_SENTENCE_WORDS words, with the spaces between pieces outside them.
 */
function splitSentence(node: ParagraphContent): ParagraphContent[] {
  if (node.type !== 'SentenceNode') return [node];
  const { children } = node;
  // Where each piece after the first opens; most sentences have none, and are handed back without a copy.
  const breaks: number[] = [];
  let words = 0;
  for (let index = 0; index < children.length; index++) {
    if (children[index]!.type === 'WordNode' && (++words > MAX_SENTENCE_WORDS || endsAfterAbbreviation(children, index))) {
      breaks.push(index);
      words = 1;
    }
  }
  if (breaks.length === 0) return [node];
  const pieces = [0, ...breaks].map((from, k) => children.slice(from, breaks[k] ?? children.length));
  const split: ParagraphContent[] = [];
  for (const children of pieces) {
    const trailing: ParagraphContent[] = [];
    while (children.at(-1)?.type === 'WhiteSpaceNode') trailing.unshift(children.pop() as ParagraphContent);
    split.push(
      { type: 'SentenceNode', children, position: { start: children[0]!.position!.start, end: children.at(-1)!.position!.end } },
      ...trailing,
    );
  }
  return split;
}

/**
 * Word `index` is capitalised and follows "XY." or "in." and white space: "…photo ID. If…", "…filled in. Deputies…"
 * (the parser keeps "ID." and "in." one word each).
 */
function endsAfterAbbreviation(children: readonly SentenceContent[], index: number): boolean {
  const space = children[index - 1];
  const pair = children[index - 2];
  return (
    space?.type === 'WhiteSpaceNode' &&
    pair?.type === 'WordNode' &&
    // The full stop first: it rules out almost every word without building its text.
    pair.children.at(-1)?.type === 'PunctuationNode' &&
    /^(?:[A-Z]{2}|in)\.$/.test(toString(pair)) &&
    /^[A-Z][a-z]/.test(toString(children[index]!))
  );
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
      const lower = text.toLowerCase();
      words.push({
        text,
        lower: lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower,
        start: child.position?.start.offset ?? start,
        end: child.position?.end.offset ?? end,
      });
    }
    sentences.push({ block, text: block.text.slice(start, end), start, end, words, node });
    return 'skip';
  });
  return sentences;
}
