/**
 * Maps each character of a parsed value back to its offset in the source slice it came from.
 *
 * Parsers normalise text (markdown escapes and entities, list and quote indentation on continuation
 * lines, HTML whitespace collapsing), so a value is usually a subsequence of its source slice. Each
 * character is matched greedily to the next equal source character; a character with no match (an
 * entity that decodes to something absent from the source) maps to the current position.
 */
/** How far ahead a character is looked for: bounds the cost and the drift after an unmatched entity. */
const LOOKAHEAD = 24;

export function alignValue(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  let cursor = start;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    const limit = Math.min(end, cursor + LOOKAHEAD);
    let probe = cursor;
    // Whitespace in a value may stand for any run of source whitespace and markers. A no-break space matches only
    // itself: one decoded from "&nbsp;" must not take the ordinary space after the entity from the next character.
    const anySpace = isSpace(char) && char !== '\u00a0';
    while (probe < limit && source[probe] !== char && !(anySpace && isSpace(source[probe]))) probe++;
    if (probe < limit) {
      map[index] = probe;
      cursor = probe + 1;
    } else {
      map[index] = Math.min(cursor, Math.max(start, end - 1));
    }
  }
  return map;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0';
}
