import { BlockBuilder, type Block } from './model.ts';
import type { BlockReading } from './mdast-blocks.ts';

// Bullets and numbering seen in pasted and exported drafts: •, -, *, 1., 1), a), (a), (i), iv. ...
const LIST_MARKER =
  /^[ \t]*(?:[•·◦▪‣●○■□–—*+-]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})\)|(?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)])[ \t]+(?=\S)/;
const MAX_HEADING_WORDS = 12;

/** A short line without closing punctuation. */
function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return !/[.;:,?!"”)]$/.test(text) && text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * Reads plain text: blank lines separate blocks, marked lines are list items (continuation lines join
 * the item above), and a short line standing alone without closing punctuation is a heading. So is the
 * document's first line when it looks like a title and the next line starts anew (a capital, a digit or a list
 * marker): text from web editors puts one paragraph on each line, with no blank line after the title.
 */
export function readText(source: string, base = 0): BlockReading {
  const blocks: Block[] = [];
  let builder: BlockBuilder | undefined;
  let builderKind: 'paragraph' | 'list-item' = 'paragraph';
  let builderLines = 0;
  let leadIn: number | undefined;
  let previousParagraph: number | undefined;

  const flush = (): void => {
    if (!builder) return;
    let block: Block | undefined;
    if (builderKind === 'list-item') {
      block = builder.finish('list-item', leadIn === undefined ? {} : { leadIn });
    } else {
      block = builder.finish(builderLines === 1 && looksLikeTitle(builder.text) ? 'heading' : 'paragraph');
    }
    builder = undefined;
    if (!block) return;
    blocks.push(block);
    if (block.kind === 'paragraph') previousParagraph = blocks.length - 1;
    else if (block.kind === 'heading') previousParagraph = undefined;
  };

  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      // A blank line ends a paragraph; list items keep their lead-in across blank lines.
      flush();
    } else {
      const marker = LIST_MARKER.exec(line);
      if (marker) {
        flush();
        if (builderKind !== 'list-item') leadIn = previousParagraph;
        builderKind = 'list-item';
        startBuilder();
        appendLine(line.slice(marker[0].length), lineStart + marker[0].length);
      } else {
        if (!builder) {
          if (builderKind === 'list-item' && /^[ \t]/.test(line) && blocks.at(-1)?.kind === 'list-item') {
            // An indented line after a blank line continues the item above: reopen it.
            reopenLastItem();
          } else {
            builderKind = 'paragraph';
            leadIn = undefined;
            startBuilder();
          }
        } else if (blocks.length === 0 && builderLines === 1 && looksLikeTitle(builder.text) && /^[ \t]*[\p{Lu}\d]/u.test(line)) {
          flush();
          builderKind = 'paragraph';
          startBuilder();
        } else {
          builder.addSynthetic(' ');
        }
        const indent = /^[ \t]*/.exec(line)![0].length;
        appendLine(line.slice(indent), lineStart + indent);
      }
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return { blocks, directives: [] };

  function startBuilder(): void {
    builder = new BlockBuilder();
    builderLines = 0;
  }

  function appendLine(value: string, at: number): void {
    const trimmed = value.trimEnd();
    builder!.add(
      trimmed,
      Array.from({ length: trimmed.length }, (_, i) => at + i + base),
    );
    builderLines++;
  }

  function reopenLastItem(): void {
    const last = blocks.pop()!;
    builder = new BlockBuilder();
    builder.add(last.text, last.offsets.slice(0, last.text.length));
    builder.addSynthetic(' ');
    builderLines = 1;
  }
}

/** Reads chunks of plain text, each alone. */
export function readTextChunks(chunks: readonly string[]): BlockReading[] {
  return chunks.map((chunk) => readText(chunk));
}
