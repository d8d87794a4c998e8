import type { Clause } from '../../core/analysis/clause.ts';

// Verbs of ensuring, and the words that may complete them before their content clause.
const ENSURING = /^(?:ensure|insure|assure)$/;
const ADVERBS = /^(?:also|always|promptly|immediately|then)$/;

/**
 * "The jail shall ensure that ICE is notified…", "staff shall make sure that every caller is asked…": where the
 * content clause of a verb of ensuring right after the modal starts, or -1. What that clause says is done is the
 * directive's own act, with a subject of its own.
 */
export function ensuredClauseStart(clause: Clause): number {
  if (!clause.modal) return -1;
  const words = clause.sentence.words;
  let at = clause.modal.to;
  while (ADVERBS.test(words[at]?.lower ?? '')) at++;
  const word = words[at]?.lower ?? '';
  const next = words[at + 1]?.lower;
  // "ensure (that)", "make sure (that)", "see that", "see to it (that)".
  if (ENSURING.test(word)) at += 1;
  else if (word === 'make' && next === 'sure') at += 2;
  else if (word === 'see' && next === 'to' && words[at + 2]?.lower === 'it') at += 3;
  else if (word === 'see' && next === 'that') at += 1;
  else return -1;
  if (words[at]?.lower === 'that') at++;
  return at < clause.to ? at : -1;
}
