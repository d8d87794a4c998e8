// Aligns the blocks the engine read (through mammoth, HTML and remark) with the characters of document.xml.
// Both are the same prose in the same order, except that HTML collapses whitespace and mammoth adds text the
// body does not hold (footnote markers like "[1]", footnotes and text boxes). So non-space characters are
// matched in order: each block is looked for a bounded distance ahead, then followed character by character;
// a character with no counterpart maps to -1 and simply cannot carry a tracked change.

/** How far past the previous block a block's start is looked for (skipped text boxes, fields, empty runs). */
const SEARCH_WINDOW = 4096;
/** How many leading characters locate a block. */
const PROBE = 32;
/** How far ahead a character missing from the extracted text (a symbol, say) is skipped over. */
const RESYNC = 8;

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** For each block, for each of its characters, the index of the same character in `documentText`, or -1. */
export function alignBlocks(blockTexts: readonly string[], documentText: string): Int32Array[] {
  // The document's non-space characters, and where each sits in the document text.
  let solid = '';
  const solidAt: number[] = [];
  for (let index = 0; index < documentText.length; index++) {
    const char = documentText[index] ?? '';
    if (isSpace(char)) continue;
    solid += char;
    solidAt.push(index);
  }
  let cursor = 0;
  return blockTexts.map((text) => {
    const map = new Int32Array(text.length).fill(-1);
    const blockSolid: number[] = [];
    for (let index = 0; index < text.length; index++) if (!isSpace(text[index])) blockSolid.push(index);
    if (blockSolid.length === 0) return map;
    const probe = blockSolid
      .slice(0, PROBE)
      .map((index) => text[index])
      .join('');
    const found = solid.slice(cursor, cursor + SEARCH_WINDOW + probe.length).indexOf(probe);
    if (found === -1) return map;
    let at = cursor + found;
    for (const index of blockSolid) {
      const char = text[index];
      if (solid[at] !== char) {
        const ahead = resync(solid, at, text, index);
        if (ahead === -1) continue;
        at = ahead;
      }
      map[index] = solidAt[at] ?? -1;
      at++;
    }
    cursor = at;
    mapSpaces(text, map, documentText);
    return map;
  });
}

/** The next position within a few characters where this character and the two after it line up, or -1. */
function resync(solid: string, at: number, text: string, index: number): number {
  const following = text
    .slice(index, index + 12)
    .replace(/\s+/g, '')
    .slice(0, 3);
  for (let ahead = at + 1; ahead <= at + RESYNC; ahead++) if (solid.startsWith(following, ahead)) return ahead;
  return -1;
}

/** A space maps to the first whitespace character of the document between its mapped neighbours, if any. */
function mapSpaces(text: string, map: Int32Array, documentText: string): void {
  let previous = -1;
  for (let index = 0; index < text.length; index++) {
    const mapped = map[index] ?? -1;
    if (!isSpace(text[index])) {
      if (mapped !== -1) previous = mapped;
      continue;
    }
    if (previous === -1) continue;
    const next = previous + 1;
    if (isSpace(documentText[next])) {
      map[index] = next;
      previous = next;
    }
  }
}
