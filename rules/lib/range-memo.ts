import type { Token } from '../../core/analysis/sentences.ts';
import { MAX_SENTENCE_WORDS } from '../../core/analysis/sentences.ts';

/** A question about a range of a sentence's words whose answer depends on those words alone. */
export type RangeQuestion<T> = (words: readonly Token[], from: number, to: number) => T;

// Word indexes stay below this (a sentence holds at most MAX_SENTENCE_WORDS words), so (from, to) packs into one number.
const SPAN = 2 ** Math.ceil(Math.log2(MAX_SENTENCE_WORDS + 64));

/**
 * The question with its answers remembered per sentence: rules and provisions ask the same one of the same
 * sentence clause after clause ("is there an immigration authority in this sentence?"). The answers live as long
 * as the sentence's word array, which is never changed once read.
 */
export function rememberPerSentence<T>(ask: RangeQuestion<T>): RangeQuestion<T> {
  const answers = new WeakMap<readonly Token[], Map<number, T>>();
  return (words, from, to) => {
    if (from < 0 || to < 0 || from >= SPAN || to >= SPAN) return ask(words, from, to);
    let known = answers.get(words);
    if (!known) answers.set(words, (known = new Map()));
    const key = from * SPAN + to;
    if (known.has(key)) return known.get(key) as T;
    const answer = ask(words, from, to);
    known.set(key, answer);
    return answer;
  };
}
