import type { Token } from '../../core/analysis/sentences.ts';
import { lastAtOrBefore } from '../../core/sorted.ts';

/**
 * The lower-cased words of a range joined by single spaces, with a map from character offsets back to
 * word indexes, so that a phrase found by a regular expression can be placed and polarity-checked.
 */
export interface SpanText {
  text: string;
  /** Word index of the word containing character `offset` of `text`. */
  wordAt(offset: number): number;
  /** Every match of `pattern` (which must be global) as word ranges, end exclusive. */
  matches(pattern: RegExp): { from: number; to: number; text: string }[];
}

export function spanText(words: readonly Token[], from: number, to: number): SpanText {
  const starts: number[] = [];
  let text = '';
  for (let i = from; i < to; i++) {
    if (i > from) text += ' ';
    starts.push(text.length);
    text += words[i]!.lower;
  }
  // The last word starting at or before the offset.
  const wordAt = (offset: number): number => from + lastAtOrBefore(starts.length, (i) => starts[i]!, offset);
  return {
    text,
    wordAt,
    matches(pattern) {
      const found: { from: number; to: number; text: string }[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        found.push({ from: wordAt(match.index), to: wordAt(match.index + match[0].length - 1) + 1, text: match[0] });
      }
      return found;
    },
  };
}

const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'cannot']);

/** The last negation word in [from, index) ("will not affect", "couldn't hurt", "no charge is required"), or -1. */
export function lastNegation(words: readonly Token[], from: number, index: number): number {
  for (let i = index - 1; i >= from; i--) {
    const word = words[i]!.lower;
    // Every contraction counts ("couldn't", "didn't", "won't"), not only a listed few.
    if (NEGATORS.has(word) || word.endsWith("n't")) return i;
  }
  return -1;
}
