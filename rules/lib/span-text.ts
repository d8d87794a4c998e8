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
  matches(pattern: RegExp): SpanMatch[];
  /** The first match of `pattern` (global), as `matches(pattern)[0]` without looking for the others. */
  first(pattern: RegExp): SpanMatch | undefined;
  /**
   * The first match of any of `patterns` (global): the leftmost, the earlier pattern where two start at one place —
   * what one alternation of them finds, when each must match with its own boundaries. V8 compiles a large
   * alternation far more slowly than its parts.
   */
  firstOf(patterns: readonly RegExp[]): SpanMatch | undefined;
}

/** A match as a range of word indexes, end exclusive, and the text matched. */
export interface SpanMatch {
  from: number;
  to: number;
  text: string;
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
  /** The next match of `pattern` that is not empty, from its lastIndex. */
  const next = (pattern: RegExp): RegExpExecArray | undefined => {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length > 0) return match;
      pattern.lastIndex++;
    }
    return undefined;
  };
  const toSpan = (match: RegExpExecArray): SpanMatch => ({
    from: wordAt(match.index),
    to: wordAt(match.index + match[0].length - 1) + 1,
    text: match[0],
  });
  const firstOf = (patterns: readonly RegExp[]): SpanMatch | undefined => {
    let leftmost: RegExpExecArray | undefined;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      const match = next(pattern);
      // Left where `matches` leaves it, for whoever uses the pattern next.
      pattern.lastIndex = 0;
      if (match && (!leftmost || match.index < leftmost.index)) leftmost = match;
    }
    return leftmost && toSpan(leftmost);
  };
  return {
    text,
    wordAt,
    matches(pattern) {
      const found: SpanMatch[] = [];
      pattern.lastIndex = 0;
      for (let match = next(pattern); match; match = next(pattern)) found.push(toSpan(match));
      return found;
    },
    first: (pattern) => firstOf([pattern]),
    firstOf,
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
