import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksFromMdast, type BlockReading } from './mdast-blocks.ts';
import type { Block } from './model.ts';
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
const INLINE_MARKERS = '[]<>*_`~!\\&()';
/** INLINE_MARKERS by character code (all are ASCII), for a scan of every character of every chunk. */
const IS_INLINE_MARKER = new Uint8Array(128);
for (const marker of INLINE_MARKERS) IS_INLINE_MARKER[marker.charCodeAt(0)] = 1;
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** Reads a markdown chunk; offsets are shifted by `base` (the chunk's start in the whole source). */
export function readMarkdown(source: string, base = 0): BlockReading {
  // A pathological chunk is still read, as plain text, rather than lost or left to stall.
  if (source.length > MAX_MARKDOWN_CHUNK || exceedsParserLimits(parserLoad(source)) || exceedsContainerDepth(source))
    return readText(source, base);
  return blocksFromMdast((needsGfm(source) ? gfmParser : commonMarkParser).parse(source), source, base);
}

/** How much of what slows the parser a chunk holds. */
interface ParserLoad {
  markers: number;
  underlines: number;
}

function parserLoad(source: string): ParserLoad {
  let markers = 0;
  for (let i = 0; i < source.length; i++) markers += IS_INLINE_MARKER[source.charCodeAt(i)] ?? 0;
  let underlines = 0;
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    // Only a line whose first mark (after up to three spaces) is "=" or "-" can be one: the rest are not sliced.
    let first = lineStart;
    while (first < lineEnd && first - lineStart < 3 && source.charCodeAt(first) === 32) first++;
    const mark = source[first];
    if ((mark === '=' || mark === '-') && UNDERLINE.test(source.slice(lineStart, lineEnd))) underlines++;
    lineStart = lineEnd + 1;
  }
  return { markers, underlines };
}

function exceedsParserLimits({ markers, underlines }: ParserLoad): boolean {
  return markers > MAX_INLINE_MARKERS || underlines > MAX_UNDERLINES;
}

/**
 * What lets a chunk read differently beside other chunks than alone: an HTML block (a comment, `<pre>`…) runs on
 * across blank lines, a link reference definition applies to the whole text, and an unclosed code fence takes in
 * what follows. (GFM's constructs need the other parser, and a chunk opening with white space could continue a list
 * item: neither is joined either.)
 */
const REACHES_BEYOND = /[<[\]]|```|~~~/;

/** The size of a run of chunks parsed at once: far below the limits a single chunk is held to. */
const MAX_JOINED_RUN = 16 * 1024;

/** Between chunks parsed at once: a blank line ends any block, and one more changes nothing in CommonMark. */
const CHUNK_SEPARATOR = '\n\n';

/**
 * Reads chunks of markdown, each as `readMarkdown` reads it alone. Chunks that read the same beside each other are
 * parsed together in runs, and each block is handed back to its chunk: remark builds its compiler and micromark
 * merges its constructs on every parse, which for a draft of a thousand short paragraphs cost more than reading them
 * (and made V8 spend a further half second of CPU optimising the compiler's set-up). The one difference a run makes,
 * a list that the next chunk continues, is undone: a lead-in in another chunk is left to the engine, as it is for a
 * chunk read alone.
 */
export function readMarkdownChunks(chunks: readonly string[]): BlockReading[] {
  const readings: BlockReading[] = [];
  let run: number[] = [];
  let length = 0;
  let load: ParserLoad = { markers: 0, underlines: 0 };
  const withChunk = (own: ParserLoad): ParserLoad => ({
    markers: load.markers + own.markers,
    underlines: load.underlines + own.underlines,
  });
  const flush = (): void => {
    if (run.length === 1) readings[run[0]!] = readMarkdown(chunks[run[0]!]!);
    else if (run.length > 1) readRun(chunks, run, readings);
    run = [];
    length = 0;
    load = { markers: 0, underlines: 0 };
  };
  for (const [index, chunk] of chunks.entries()) {
    const own = parserLoad(chunk);
    if (!joinable(chunk, own)) {
      flush();
      readings[index] = readMarkdown(chunk);
      continue;
    }
    if (length + chunk.length > MAX_JOINED_RUN || exceedsParserLimits(withChunk(own))) flush();
    run.push(index);
    length += chunk.length + CHUNK_SEPARATOR.length;
    load = withChunk(own);
  }
  flush();
  return readings;
}

function joinable(chunk: string, load: ParserLoad): boolean {
  return (
    chunk.length > 0 &&
    chunk.length <= MAX_JOINED_RUN &&
    !/\s/.test(chunk[0]!) &&
    !REACHES_BEYOND.test(chunk) &&
    !needsGfm(chunk) &&
    !exceedsParserLimits(load) &&
    !exceedsContainerDepth(chunk)
  );
}

/** Parses the chunks of `run` as one text and gives each chunk its blocks, with offsets into the chunk. */
function readRun(chunks: readonly string[], run: readonly number[], readings: BlockReading[]): void {
  const starts: number[] = [];
  let text = '';
  for (const index of run) {
    starts.push(text.length);
    text += chunks[index]! + CHUNK_SEPARATOR;
  }
  const { blocks } = blocksFromMdast(commonMarkParser.parse(text), text);
  const own: Block[][] = run.map(() => []);
  let chunk = 0;
  let first = 0;
  for (const [position, read] of blocks.entries()) {
    while (chunk + 1 < run.length && read.offsets[0]! >= starts[chunk + 1]!) {
      chunk++;
      first = position;
    }
    const shift = starts[chunk]!;
    for (let i = 0; i < read.offsets.length; i++) read.offsets[i]! -= shift;
    let block = read;
    if (read.leadIn !== undefined && read.leadIn >= first) read.leadIn -= first;
    else if (read.leadIn !== undefined) {
      // A copy without the lead-in: deleting the property would leave the block a slow dictionary-mode object.
      const { leadIn: _elsewhere, ...rest } = read;
      block = rest;
    }
    own[chunk]!.push(block);
  }
  for (const [k, index] of run.entries()) readings[index] = { blocks: own[k]!, directives: [] };
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
