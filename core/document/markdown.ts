import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';
import { readText } from './text.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Reads a markdown chunk; offsets are shifted by `base` (the chunk's start in the whole source). */
export function readMarkdown(source: string, base = 0): BlockReading {
  try {
    return blocksFromMdast(parser.parse(source), source, base);
  } catch (error) {
    // Thousands of nested containers overflow the recursive tree walkers of the mdast ecosystem; such a
    // chunk is still read, as plain text, rather than lost.
    if (error instanceof RangeError) return readText(source, base);
    throw error;
  }
}
