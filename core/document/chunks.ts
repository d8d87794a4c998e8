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
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
    } else if (blank) {
      pendingBlank = chunkStart !== -1;
    } else {
      if (pendingBlank && !/^[ \t]/.test(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = -1;
      }
      pendingBlank = false;
      if (chunkStart === -1) chunkStart = lineStart;
      const opening = FENCE.exec(line);
      if (opening) fence = opening[1]![0]!.repeat(opening[1]!.length);
    }
    lineStart = lineEnd + 1;
  }
  if (chunkStart !== -1) chunks.push({ start: chunkStart, end: source.length });
  return chunks;
}
