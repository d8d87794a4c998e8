import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';
import { readText } from './text.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown parsing slows quadratically with container nesting, and the mdast ecosystem's tree walkers
 * recurse; no real draft nests lists or quotes this deep.
 */
const MAX_CONTAINER_DEPTH = 32;

/** Reads a markdown chunk; offsets are shifted by `base` (the chunk's start in the whole source). */
export function readMarkdown(source: string, base = 0): BlockReading {
  // A pathologically nested chunk is still read, as plain text, rather than lost or left to stall.
  if (exceedsContainerDepth(source)) return readText(source, base);
  return blocksFromMdast(parser.parse(source), source, base);
}

/** Whether any line opens more than MAX_CONTAINER_DEPTH list or quote containers, or is indented that deep. */
function exceedsContainerDepth(source: string): boolean {
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\n') {
      depth = 0;
      indent = 0;
      atLineStart = true;
      continue;
    }
    if (!atLineStart) continue;
    if (char === ' ' || char === '\t') {
      // Two columns of indentation per nested list is the shallowest nesting markdown allows.
      if (++indent > MAX_CONTAINER_DEPTH * 2) return true;
    } else if ((char === '-' || char === '*' || char === '+' || char === '>') && (source[i + 1] === ' ' || char === '>')) {
      if (++depth > MAX_CONTAINER_DEPTH) return true;
    } else if (char >= '0' && char <= '9') {
      let j = i;
      while (source[j]! >= '0' && source[j]! <= '9') j++;
      if ((source[j] === '.' || source[j] === ')') && source[j + 1] === ' ') {
        if (++depth > MAX_CONTAINER_DEPTH) return true;
        i = j;
      } else {
        atLineStart = false;
      }
    } else {
      atLineStart = false;
    }
  }
  return false;
}
