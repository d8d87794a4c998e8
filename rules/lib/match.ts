import { afterQuantifiedNoun, gapBefore, insideException, type Clause } from '../../core/analysis/clause.ts';
import { BE_FORMS, MODALS, OPENING_SUBORDINATORS, PASSIVE_AUXILIARIES, SUBJECT_PRONOUNS } from '../../core/analysis/english.ts';
import type { SentenceContext } from '../../core/rules/api.ts';
import { conceptVerbs } from './lexicon.ts';
import { prohibitionEdit } from './suggest.ts';
import { phrase } from './words.ts';

/** Where a rule found its action in a clause: the verb (for the rewrite) and the words to flag. */
export interface ActionMatch {
  verb: number;
  /** The verb's base form ("detained" → "detain"). */
  base: string;
  /** Flagged words, end exclusive. */
  start: number;
  end: number;
  /** False when the clause has no verb group a prohibition can be written into ("There have been 90 detainers placed…"). */
  rewrite?: false;
}

const SUBORDINATORS = new Set([
  'when',
  'whenever',
  'if',
  'after',
  'before',
  'once',
  'while',
  'because',
  'since',
  'who',
  'whom',
  'whose',
  'which',
  'where',
]);

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
const MAIN_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'get', 'gets', 'got']);

const DECLINING = /^(?:failure|failures|refusal|refusals|reluctance|unwillingness|inability|declining|failing|refusing)$/;
/** Words of legal exposure: "liable for honoring", "claims related to holding", "the risk of detaining". */
const EXPOSURE = /^(?:liable|liability|liabilities|related|relating|lawsuits?|claims?|damages|risks?|exposure)$/;
// Words after which a pronoun starts a new clause rather than a relative one ("Yes they detain…").
const CLAUSE_OPENERS = new Set([
  'yes',
  'no',
  'and',
  'but',
  'or',
  'so',
  'then',
  'that',
  'if',
  'when',
  'whenever',
  'because',
  'since',
  'unless',
  'until',
  'once',
  'while',
  'a',
  'q',
  'where',
  'after',
  'before',
  'also',
]);

/** "every person they detain": a verb whose pronoun subject follows a noun in the same phrase (no punctuation between). */
function contactRelative(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  const pronoun = verb - 1;
  if (pronoun - 1 < clause.from || !SUBJECT_PRONOUNS.has(words[pronoun]!.lower)) return false;
  const before = words[pronoun - 1]!.lower;
  return !CLAUSE_OPENERS.has(before) && !SUBORDINATORS.has(before) && /^\s+$/.test(gapBefore(clause.sentence, pronoun));
}
// Words that may stand right before a verb of the main action: auxiliaries, negations, coordinators, "to".
const VERB_LINKS = new Set([
  ...BE_FORMS,
  ...['get', 'gets', 'got', 'have', 'has', 'had'],
  ...['not', 'never'],
  ...['and', 'or', 'nor', 'to', 'also', 'then', 'either', 'neither'],
]);

/**
 * Indexes of the clause's verbs from `family`, in order: verbs of the main verb group and after it,
 * never the ones in the subject ("A person who cannot show…") or in an exception.
 */
export function* actionVerbs(clause: Clause, family: ReadonlyMap<string, string>): Generator<number> {
  const words = clause.sentence.words;
  const from = clause.modal ? clause.modal.from : clause.from;
  let embedded = false;
  let relative = -1;
  for (let i = from; i < clause.to; i++) {
    const word = words[i]!.lower;
    // A subordinate or relative clause after the verb group ("…whenever a person is arrested", "anyone who
    // is stopped") runs to a comma or an infinitive that returns to the main action.
    if (SUBORDINATORS.has(word) && i > from) {
      embedded = true;
      relative = RELATIVE_PRONOUNS.has(word) ? i : -1;
    } else if (embedded && (word === 'to' || gapBefore(clause.sentence, i).includes(','))) embedded = false;
    // With no modal, a relative clause on the subject ends where the main verb group begins: "Inmates who are
    // undocumented are reported to ICE", "people who end up in jail get reported".
    else if (
      embedded &&
      !clause.modal &&
      relative !== -1 &&
      i > relative + 1 &&
      MAIN_AUXILIARIES.has(word) &&
      !/^(?:and|or)$/.test(words[i - 1]!.lower)
    )
      embedded = false;
    if (embedded || !family.has(word) || insideException(clause, i) || inTitleCaseName(words, i, clause.from)) continue;
    if (limitedByRelative(clause, i) || askedOfAgencies(clause, i)) continue;
    // "Jail intake forms require…": the first word of a statement is its subject, not its verb.
    if (i === clause.from && !clause.modal && !clause.frame && clause.modality === 'statement') continue;
    // "When you are stopped, show…": a verb in the opening condition is not the directive.
    if (clause.opening && i >= clause.opening.from && i < clause.opening.to) continue;
    // "every person they detain": a verb with its own pronoun subject after the main verb group is embedded.
    if (clause.modal && i > clause.modal.to && SUBJECT_PRONOUNS.has(words[i - 1]!.lower)) continue;
    // With no modal ("Officers ask every person they detain…"), a pronoun right after a noun of the same phrase opens such a relative clause.
    if (!clause.modal && contactRelative(clause, i)) continue;
    // "failure to cooperate", "refusal to answer": what a person declines to do, named as a noun's complement.
    if (words[i - 1]?.lower === 'to' && DECLINING.test(words[i - 2]?.lower ?? '')) continue;
    // "could be held liable for honoring a detainer": the act is what a legal risk is about, not something done.
    if (word.endsWith('ing') && /^(?:to|for|of|over)$/.test(words[i - 1]?.lower ?? '') && EXPOSURE.test(words[i - 2]?.lower ?? ''))
      continue;
    // "held liable", "hold the agency accountable": the idiom, not custody.
    if (/^(?:liable|responsible|accountable)$/.test(words[i + 1]?.lower ?? '')) continue;
    // "every person cited for a misdemeanor": a participle after the main verb that no auxiliary, negation or
    // coordinator introduces modifies a noun; it is not the clause's action.
    if (isModifyingParticiple(clause, i, family)) continue;
    yield i;
  }
}

// The lexicon's verbs of limiting; a participle ("the limited help officers may give") describes, it does not limit.
const LIMITING = conceptVerbs('limiting');

/** "limiting the types of assistance that officers may provide to ICE": the act is what a limit is about. */
function limitedByRelative(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  for (let i = verb - 1; i >= Math.max(0, verb - 12); i--) {
    if (gapBefore(clause.sentence, i + 1).includes(',')) return false;
    if (words[i]!.lower !== 'that' && words[i]!.lower !== 'which') continue;
    for (let k = i - 1; k >= Math.max(0, verb - 12); k--) {
      const word = words[k]!.lower;
      if (LIMITING.has(word) && !word.endsWith('ed')) return true;
    }
    return false;
  }
  return false;
}

const ASKING = /^(?:requests?|requested|asks?|asked)$/;
const IMMIGRATION_REQUESTERS =
  /\b(?:detainers?|ice|dhs|immigration and customs enforcement|federal immigration (?:authorities|agencies|officials))\b/;

/**
 * "ICE detainers request local agencies to hold…", "DHS asks jails to notify it…": what an immigration authority
 * asks of agencies describes its request, not the agency's practice.
 */
function askedOfAgencies(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  // The request is the clause's own verb, after a short subject; everything asked for follows it.
  for (let r = Math.min(verb - 2, clause.from + 6); r >= clause.from; r--) {
    if (!ASKING.test(words[r]!.lower)) continue;
    if (!words.slice(r + 1, verb).some((word) => word.lower === 'to')) return false;
    // "Where ICE asks the deputy to keep a suspect, the deputy will…": a request the clause goes on to answer.
    if (clause.opening || OPENING_SUBORDINATORS.has(words[clause.from]!.lower)) return false;
    return IMMIGRATION_REQUESTERS.test(phrase(words, clause.from, r));
  }
  return false;
}

const CAPITALISED = /^[A-Z][a-z]/;

/** "the Law Enforcement Support Center": a verb-like word inside a capitalised name is part of the name. */
function inTitleCaseName(words: Clause['sentence']['words'], i: number, from: number): boolean {
  return i > from && CAPITALISED.test(words[i]!.text) && CAPITALISED.test(words[i - 1]!.text) && CAPITALISED.test(words[i + 1]?.text ?? '');
}

const VERB_GROUP = new Set([
  ...PASSIVE_AUXILIARIES,
  'shall',
  'will',
  'must',
  'may',
  'can',
  'should',
  'would',
  'could',
  'might',
  'not',
  'never',
  'have',
  'has',
  'had',
  'also',
  "won't",
  'cannot',
]);

/**
 * For a verb in the passive after the verb group ("Status shall be recorded", "A card must be shown"),
 * the head of the subject, which is the verb's object: the first `head` words of the subject.
 */
export function passiveObject(clause: Clause, verb: number, head = 5): { from: number; to: number } | undefined {
  const words = clause.sentence.words;
  if (!PASSIVE_AUXILIARIES.has(words[verb - 1]?.lower ?? '')) return undefined;
  // The subject ends where the verb group starts ("…citizenship shall not be recorded", "…detainers are
  // kept", "make sure the person's citizenship was recorded").
  let end = verb - 1;
  while (end > clause.from && VERB_GROUP.has(words[end - 1]!.lower)) end--;
  if (end <= clause.from) return undefined;
  // The subject's head: its first words, or the last ones when the subject follows a complementizer.
  const complement = words.slice(clause.from, end).findLastIndex((word) => /^(?:that|sure|whether|if)$/.test(word.lower));
  let from = complement === -1 ? clause.from : clause.from + complement + 1;
  // "Upon receipt of a detainer, the inmate's release shall be delayed": a fronted phrase is not the subject.
  if (FRONTING.has(words[from]!.lower)) {
    for (let i = from + 1; i < end; i++) if (gapBefore(clause.sentence, i).includes(',')) from = i;
  }
  // "make sure no person's citizenship was recorded": a negated subject, so nothing is done to it.
  if (from >= end || /^(?:no|neither|none)$/.test(words[from]!.lower)) return undefined;
  return { from, to: Math.min(end, from + head) };
}

// What makes a subject naming an action a directive: "… is required", "… is authorized by this order", "… is the practice of this agency".
const NOMINAL_PREDICATE =
  /^(?:is|are) (?:(?:hereby|also|therefore) )?(?:required|mandatory|expected|authori[sz]ed|permitted|encouraged|allowed|necessary|the (?:practice|policy|duty|responsibility|rule)|to be (?:completed|carried out|conducted|done|made|performed|given|provided|sent|routine))\b/;

/**
 * An action named as a noun at the head of the clause's subject, with a predicate that requires or allows
 * it: "The verification of status by officers is required". Returns the index of the predicate, or -1.
 */
export function nominalRequirement(clause: Clause, noun: number): number {
  if (clause.negated || clause.modal) return -1;
  const words = clause.sentence.words;
  // The noun opens the subject: at most a determiner or two before it.
  if (noun - clause.from > 2) return -1;
  for (let i = noun + 1; i < clause.to; i++) {
    if (!/^(?:is|are)$/.test(words[i]!.lower)) continue;
    // "…whose purpose is the enforcement of… is authorized": an earlier "is" may belong to a relative clause.
    if (NOMINAL_PREDICATE.test(phrase(words, i, Math.min(clause.to, i + 5)))) return i;
  }
  return -1;
}

const FRONTING = new Set([
  'upon',
  'on',
  'after',
  'before',
  'following',
  'during',
  'at',
  'in',
  'with',
  'for',
  'once',
  'when',
  'if',
  'where',
  'whenever',
]);

const DETERMINERS = new Set(['every', 'each', 'any', 'all', 'a', 'an', 'the', 'those', 'these', 'no']);

/** Whether "are" or "were" follows within a few words of `i`, with no comma or other verb group between. */
function pluralVerbAhead(clause: Clause, i: number): boolean {
  const words = clause.sentence.words;
  for (let k = i + 2; k < Math.min(clause.to, i + 8); k++) {
    if (gapBefore(clause.sentence, k).includes(',')) return false;
    const word = words[k]!.lower;
    if (word === 'are' || word === 'were') return true;
    if (MODALS.has(word) || /^(?:who|which|that|is|was)$/.test(word)) return false;
  }
  return false;
}

/** "every person cited for a misdemeanor": a participle after its noun, with no auxiliary before it. */
function isModifyingParticiple(clause: Clause, i: number, family: ReadonlyMap<string, string>): boolean {
  const words = clause.sentence.words;
  const word = words[i]!.lower;
  if (family.get(word) === word || !/(?:ed|en|held|kept|told|made|found|sent|brought|shown|taken)$/.test(word)) return false;
  const previous = words[i - 1]?.lower ?? '';
  // "immigrants arrested and brought to the jail": a participle joined to a modifying one modifies too.
  if (/^(?:and|or)$/.test(previous) && i - 2 > clause.from && isModifyingParticiple(clause, i - 2, family)) return true;
  // "any person under arrest or detained on other grounds": joined to a state the noun is in.
  if (
    /^(?:and|or)$/.test(previous) &&
    /^(?:under|in)$/.test(words[i - 3]?.lower ?? '') &&
    /^(?:arrest|custody|detention)$/.test(words[i - 2]?.lower ?? '')
  )
    return true;
  // "a person stopped, detained or arrested": the next participle of a series that modifies.
  if (
    gapBefore(clause.sentence, i).includes(',') &&
    /ed$/.test(previous) &&
    i - 1 > clause.from &&
    isModifyingParticiple(clause, i - 1, family)
  )
    return true;
  if (VERB_LINKS.has(previous) || previous.endsWith('ly') || gapBefore(clause.sentence, i).includes(',')) return false;
  // "Each inmate booked into the jail receives…": right after a quantified subject's noun.
  if (afterQuantifiedNoun(clause.sentence, clause.from, i)) return true;
  // "shall have the person's status determined": a causative "have" makes the participle the directed action.
  if (clause.modal && /^(?:have|get)$/.test(words[clause.modal.to]?.lower ?? '')) return false;
  // "the particular person detained is an alien": a participle right before its noun's own verb is a reduced relative.
  if (i > clause.from + 1 && /^(?:is|are|was|were)$/.test(words[i + 1]?.lower ?? '')) return true;
  // "inmates flagged in the ICE database are held…": after a plural noun, with the noun's own "are" a few words on.
  if (i > clause.from && /[a-z]s$/.test(previous) && !/(?:ss|us|is|as)$/.test(previous) && pluralVerbAhead(clause, i)) return true;
  // After the main verb group, or (with no modal) after a determiner and its noun deep in the clause.
  if (clause.modal) return i > clause.modal.to + 1;
  // "The Department of Public Safety signed…": after a subject that is only a name, the participle is its verb.
  if (namedSubjectBefore(words, clause.from, i)) return false;
  if (i > clause.from + 3 && DETERMINERS.has(words[i - 2]!.lower)) return true;
  // "applies to undocumented immigrants arrested and brought to the jail": after a preposition's object.
  return i > clause.from + 3 && words.slice(i - 4, i - 1).some((before) => OBJECT_PREPOSITIONS.test(before.lower));
}
const OBJECT_PREPOSITIONS = /^(?:to|of|for|on|against|with|from|about|among)$/;

const NAME_LINKS = /^(?:the|of|and|for|on|&|state|county|city)$/;

/** "The Montana Department of Justice": the words from the clause's start to `end` are one capitalised name. */
function namedSubjectBefore(words: Clause['sentence']['words'], from: number, end: number): boolean {
  if (!/^[A-Z]/.test(words[end - 1]?.text ?? '')) return false;
  for (let k = from; k < end; k++) if (!/^[A-Z]/.test(words[k]!.text) && !NAME_LINKS.test(words[k]!.text)) return false;
  return true;
}

/** A span that opens a bracket it does not close ("287(g") runs on over the closing one: "287(g)". */
function closingBracketEnd(sentence: Clause['sentence'], start: number, end: number): number {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const unclosed = text.lastIndexOf('(') > text.lastIndexOf(')');
  return unclosed && sentence.text[end - sentence.start] === ')' ? end + 1 : end;
}

/** Reports a clause that allows or requires a forbidden action, offering the prohibition as a rewrite. */
export function reportAction(context: SentenceContext, clause: Clause, match: ActionMatch, messageId: string, model: string): void {
  const words = clause.sentence.words;
  // "…is to deter crime by enforcing immigration laws", "…by focusing resources on identifying…": negating the verb
  // group would negate the goal, not the means.
  const means = words
    .slice(clause.from, match.verb + 1)
    .some((word, k, before) => word.lower === 'by' && before[k + 1]?.lower.endsWith('ing') === true);
  const edit =
    match.rewrite === false || means
      ? undefined
      : prohibitionEdit(clause, match.verb, match.base, { kind: context.kind, findingStart: match.start, findingEnd: match.end });
  const start = words[match.start]!.start;
  context.report({
    start,
    end: closingBracketEnd(clause.sentence, start, words[match.end - 1]!.end),
    messageId,
    note: model,
    suggestions: edit ? [edit] : [],
    clause,
  });
}
