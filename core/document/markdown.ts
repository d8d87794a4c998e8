import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';
import { readText } from './text.ts';

const gfmParser = unified().use(remarkParse).use(remarkGfm);
const commonMarkParser = unified().use(remarkParse);

/**
 * What can open a GFM construct: a table needs a pipe or a colon by a dash in its delimiter row ("a\n:-:" is a table
 * of one column), strikethrough a tilde, a footnote or task item a bracket, an autolink literal "www", "http" or an
 * email's "@". A chunk with none of them parses to the same tree without GFM's
 * extensions, in about a third of the time (its autolink extension looks at every letter for an email address).
 */
const GFM_TRIGGER = /[|~[\]@]|www|http|:-|-:/i;

/** Whether a chunk may hold GFM syntax, so that it must be parsed with GFM's extensions. */
export function needsGfm(source: string): boolean {
  return GFM_TRIGGER.test(source);
}

/**
 * Markdown parsing slows quadratically with container nesting, and the mdast ecosystem's tree walkers
 * recurse; no real draft nests lists or quotes this deep.
 */
const MAX_CONTAINER_DEPTH = 32;

/**
 * micromark's time grows with the square of some constructs in one chunk: unclosed openers (brackets, `<`,
 * emphasis marks, backticks: `]]]]`, `<a <a`, `*a _`, `[a](`, reference definitions) and setext underlines
 * (faster than the square). So a chunk is parsed as markdown only when it is shorter than MAX_MARKDOWN_CHUNK
 * and holds fewer of them than the limits below. Chunks end at blank lines; a real draft's chunk is a paragraph,
 * a heading or a list, far below all three.
 */
const MAX_MARKDOWN_CHUNK = 64 * 1024;
const MAX_INLINE_MARKERS = 1000;
const MAX_UNDERLINES = 200;
const INLINE_MARKERS = new Set(['[', ']', '<', '>', '*', '_', '`', '~', '!', '\\', '&', '(', ')']);
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Reads a markdown chunk; offsets are shifted by `base` (the chunk's start in the whole source). */
export function readMarkdown(source: string, base = 0): BlockReading {
  // A pathological chunk is still read, as plain text, rather than lost or left to stall.
  if (source.length > MAX_MARKDOWN_CHUNK || exceedsParserLimits(source) || exceedsContainerDepth(source)) return readText(source, base);
  return blocksFromMdast((needsGfm(source) ? gfmParser : commonMarkParser).parse(source), source, base);
}

function exceedsParserLimits(source: string): boolean {
  let markers = 0;
  for (const char of source) if (INLINE_MARKERS.has(char) && ++markers > MAX_INLINE_MARKERS) return true;
  let underlines = 0;
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    if (UNDERLINE.test(source.slice(lineStart, lineEnd)) && ++underlines > MAX_UNDERLINES) return true;
    lineStart = lineEnd + 1;
  }
  return false;
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
