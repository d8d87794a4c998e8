import type { Clause } from '../../core/analysis/clause.ts';

const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'when', 'because', 'unless', 'who', 'which', 'once', 'until', 'before', 'after']);

/**
 * The clause as seen from a verb that comes before the clause's modal. In "tell a witness that she
 * could be deported" the modal belongs to the reported speech, not to the telling, so the telling is
 * read with no modal of its own: a list item then takes its lead-in's frame, and a sentence is a
 * statement whose polarity comes from negations before the verb.
 */
export function clauseForVerb(clause: Clause, verb: number): Clause {
  if (!clause.modal || clause.modal.from <= verb) return clause;
  // Only a modal inside what follows the verb ("…that she could…") is the complement's; a verb inside a
  // relative clause before the main modal ("a witness who cannot show a card may be…") keeps the clause.
  const words = clause.sentence.words;
  // "Using a child as an interpreter when … may … could harm the child": a gerund phrase that opens the clause is
  // the main verb's subject, whatever modal stands inside it.
  const opening = /^(?:and|but|yet|so)$/.test(words[clause.from]!.lower) ? clause.from + 1 : clause.from;
  if (verb >= opening && words[opening]!.lower.endsWith('ing') && clause.negated) return clause;
  let complement = false;
  for (let i = verb + 1; i < clause.modal.from; i++) if (COMPLEMENTIZERS.has(words[i]!.lower)) complement = true;
  if (!complement) return clause;
  return { ...clause, subject: undefined, modal: undefined, modality: clause.frame ? clause.frame.modality : 'statement', negated: false };
}

/** Whether a clause has a verb group that a prohibition can be written into (modal, imperative or list frame). */
export function canNegateInPlace(clause: Clause): boolean {
  return (
    (clause.modal !== undefined && clause.modality !== 'statement') ||
    (clause.frame !== undefined && !clause.modal) ||
    (clause.modality === 'imperative' && clause.from === 0)
  );
}
