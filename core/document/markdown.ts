import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Reads a markdown chunk; offsets are shifted by `base` (the chunk's start in the whole source). */
export function readMarkdown(source: string, base = 0): BlockReading {
  return blocksFromMdast(parser.parse(source), source, base);
}
