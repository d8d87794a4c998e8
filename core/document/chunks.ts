export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * Splits markdown or plain text into chunks at blank lines, so that a session re-reads only the
 * chunks an edit touched. A blank line inside a code fence, or followed by an indented line (a list
 * item's continuation), does not split.
 */
export function splitChunks(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = -1;
  let fence: string | undefined;
  let pendingBlank = false;
  let lineStart = 0;
  // Lines are looked at in place, not sliced: a session splits the whole draft on every edit.
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const first = firstVisible(source, lineStart, lineEnd);
    const blank = first === lineEnd;
    if (fence !== undefined) {
      if (source.startsWith(fence, first)) fence = undefined;
    } else if (blank) {
      pendingBlank = chunkStart !== -1;
    } else {
      const indented = source[lineStart] === ' ' || source[lineStart] === '\t';
      if (pendingBlank && !indented) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = -1;
      }
      pendingBlank = false;
      if (chunkStart === -1) chunkStart = lineStart;
      const mark = source[first];
      if ((mark === '`' || mark === '~') && first - lineStart <= 3) {
        const opening = FENCE.exec(source.slice(lineStart, lineEnd));
        if (opening) fence = opening[1]![0]!.repeat(opening[1]!.length);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (chunkStart !== -1) chunks.push({ start: chunkStart, end: source.length });
  return chunks;
}

/** The offset of the first character in [from, to) that String.prototype.trim would keep, or `to`. */
function firstVisible(source: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    // ASCII whitespace is tab to carriage return and space; past ASCII, the regular expression knows.
    if (code < 128 ? code !== 32 && (code < 9 || code > 13) : !WHITESPACE.test(source[at]!)) return at;
  }
  return to;
}

const WHITESPACE = /\s/;
