import {
  answerLabelLength,
  conditionOpeningEnd,
  gapBefore,
  hedgeOf,
  inBrackets,
  itemLabelEnd,
  subjectText,
  type Clause,
} from '../../core/analysis/clause.ts';
import { BE, BE_FORMS, REPORTING_SPEECH } from '../../core/analysis/english.ts';
import type { Edit } from '../../core/rules/api.ts';
import type { DocumentKind } from '../../core/types.ts';
import { ensuredClauseStart } from './ensured.ts';
import { conceptVerbs } from './lexicon.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext } from './topics.ts';
import { phrase } from './words.ts';

/**
 * Rewrites that turn a clause allowing or requiring an action into one forbidding it. A rewrite is model text a
 * reviewer may paste into an order, so it keeps or strengthens the legal meaning (DOMAIN.md, "Rewrites"):
 * - conditions and broad exceptions that would narrow the new prohibition go ("may ask … when the officer has
 *   reasonable suspicion" → "shall not ask …"), as do time limits ("for up to 48 hours");
 * - quantifiers move under the negation ("all detainers" → "any detainers", "every person" → "any person",
 *   "always" → "never") and coordinated verbs become alternatives ("comply with, honor, and fulfill" → "…, or");
 * - a list item keeps its list's grammar ("- not record…" under "Booking staff shall:");
 * - headings are never rewritten, and outreach speaks to residents ("You do not need to bring…", "will not");
 * - the result has no finding of the same kind, so applying fixes again changes nothing.
 */

const TITLE = 'Rewrite as a prohibition';
// Subjects that are members of the public rather than of the department.
const PUBLIC =
  /^(?:the |a |an |any |all |every |each )?(?:victims?|witness(?:es)?|complainants?|callers?|owners?|residents?|applicants?|drivers?|motorists?|passengers?|pedestrians?|arrestees?|inmates?|detainees?|visitors?|individuals?|immigrants?|workers?|tenants?|occupants?|people|persons?|reporting part(?:y|ies)|families|parents|you|members of the public|the public|requesters?)\b/i;
const UNDERGOING = /^(?:be|receive|undergo|remain|stay|face|experience|suffer|get)$/;

/** "shall receive closer scrutiny", "should have their status reviewed" (a causative): done to the person, not by them. */
function undergoes(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  if (UNDERGOING.test(words[verb]?.lower ?? '')) return true;
  if (!/^(?:have|has)$/.test(words[verb]?.lower ?? '')) return false;
  return words.slice(verb + 2, Math.min(clause.to, verb + 6)).some((word) => /(?:ed|en)$/.test(word.lower));
}
const MEMBERS =
  /\b(?:officers?|deputies|deputy|members?|staff|personnel|dispatchers?|detectives?|investigators?|troopers?|sergeants?|supervisors?|police|jailers?|department|agency|office|sheriff)\b/i;
const AUXILIARIES = new Set(['is', 'are', 'am', 'was', 'were', 'has', 'have', 'had']);
// Words that may stand between an auxiliary and its participle ("are then turned over", "have been arrested").
const VERB_GROUP_FILLERS =
  /^(?:been|being|be|then|also|now|again|already|still|routinely|immediately|typically|usually|generally|often|always)$|ly$/;
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
const COMPLEMENTIZERS = new Set(['that', 'whether']);
// "know if", "ask if": here "if" reports a question, not a condition.
const KNOWING = /^(?:know|knows|ask|asks|see|wonder|tell|check|learn|find)$/;
// Subordinators that open a condition narrowing the action ("… when it helps", "… until status is confirmed").
const CONDITIONS = new Set(['when', 'whenever', 'if', 'until', 'before', 'after', 'once', 'while', 'upon', 'where', 'wherever', 'because']);
// After these, "if" asks a question ("ask if the person is a citizen"): it is the action's object, not a condition.
const ASKING =
  /^(?:ask|asks|asking|asked|inquire|inquires|determine|determines|check|checks|verify|verifies|confirm|confirms|know|see|question|find|learn|tell)$/;
const QUANTIFIERS: ReadonlyMap<string, string> = new Map([
  ['every', 'any'],
  ['each', 'any'],
  ['all', 'any'],
]);
const SWEEPING = /\s*,?\s*\b(?:at all times|in all cases|in every case|every time|each time|without exception)\b/gi;
// "for up to 48 hours", "up to two additional days of custody": a limit that would let a shorter hold through. What
// follows it ("beyond release") names the act itself and stays.
const TIME_LIMIT =
  /\s+(?:for (?:up to |no more than |not more than |a maximum of |at most |the first )?|up to |no (?:more|longer) than |not (?:more|longer) than |a maximum of |at most )(?:\d+|one|two|three|four|five|six|seven|ten|twelve|twenty-four|forty-eight|seventy-two)(?:[- ](?:additional|more|extra))?[- ](?:hours?|days?|minutes?)(?: of (?:custody|detention))?/gi;
// "as soon as possible, but not later than 48 hours after arrest": a deadline on a forbidden act would read as
// forbidding only its haste ("shall not determine … as soon as possible"). It goes with the act's permission.
const CLOCK_TIME = String.raw`noon|midnight|\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am|pm)|the end of (?:the |each |every )?(?:day|shift|stop|interview)`;
const DEADLINE_TIME = String.raw`(?:\d+|[a-z-]+) (?:business |court )?(?:hours?|days?)(?: (?:after|of) (?:the )?(?:arrest|booking|stop|release))?|the next [a-z ]{0,20}?(?:day|date|session|hearing)|${CLOCK_TIME}`;
// A deadline may be followed by the event it counts from ("no later than noon before each release"), and a hedge may
// stand before it ("usually within two days"): the hedge goes with it.
const DEADLINE = new RegExp(
  String.raw`,?\s+(?:(?:usually|typically|generally|normally|ordinarily|often)\s+)?(?:(?:as soon as (?:possible|practicable|feasible)|(?:but\s+|and\s+)?(?:not|no) later than (?:within )?(?:${DEADLINE_TIME})|within (?:${DEADLINE_TIME})|by (?:${CLOCK_TIME}))(?=[,.;:]|$|\s+(?:before|after|prior|following)\b)|promptly\b|immediately\b)`,
  'gi',
);
const PREPOSITIONS = /^(?:with|to|on|for|in|into|about|from)$/;
// "will not be politely asked" would forbid only the courtesy.
const COURTESY = /^(?:kindly|politely|respectfully|courteously|gently)$/;
const FREQUENCY = /^(?:daily|nightly|weekly|monthly|regularly|routinely)$/;

export interface RewriteOptions {
  /** The document's kind: outreach speaks to residents. */
  kind?: DocumentKind;
  /** The index of the finding's first word: a finding that starts in the opening condition keeps it. */
  findingStart?: number;
  /** The index after the finding's last word: a finding whose ground lies in a trailing condition keeps it. */
  findingEnd?: number;
  /** The finding is about serving people with limited English: a restriction to them is its ground, and stays. */
  aboutLanguage?: boolean;
}

/** A change to the block's text: [start, end) replaced by text. */
interface Change {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest rewrite that forbids the action at `verbIndex` (its base form `verbBase`), keeping the clause's
 * subject: "Deputies may ask…" → "Deputies shall not ask…", "The Department verifies…" → "The Department does not
 * verify…". Undefined where no faithful rewrite exists (a heading, a gerund, a permission list's item).
 */
export function prohibitionEdit(clause: Clause, verbIndex: number, verbBase: string, options: RewriteOptions = {}): Edit | undefined {
  const { sentence } = clause;
  const words = sentence.words;
  // A heading names a topic; rewriting it would put a directive where a title stands.
  if (sentence.block.kind === 'heading') return undefined;
  // Already a prohibition ("shall not ask … unless it is relevant"): the broad exception is what lets the
  // action through, so the fix is to drop it; with none to drop, no rewrite of the verb group can help.
  if (clause.negated || (clause.frame && !clause.modal && clause.frame.negated)) return withoutBroadException(clause, verbIndex);
  // "Proof of citizenship is required to file a report": the demand is the verb group itself ("is required to"), and
  // what follows is the person's purpose. It is lifted where it stands: "is not required to file a report".
  if (
    clause.modal &&
    verbIndex === clause.modal.from + 1 &&
    verbIndex < clause.modal.to &&
    BE_FORMS.has(words[clause.modal.from]!.lower) &&
    /^(?:required|needed)$/.test(words[verbIndex]!.lower)
  )
    return { title: TITLE, ...negateAuxiliary(words, verbIndex - 1) };
  // "nominated, trained, certified, and authorized LEA personnel": a participle in a series before a noun describes it.
  if (inParticipleSeries(words, verbIndex)) return undefined;
  // "No official may limit enforcement…": a negated subject already turns the clause; another "not" would undo it.
  if (
    clause.subject &&
    /^(?:no|nothing|none|neither|nobody)$/.test(words[Math.max(clause.subject.from, sentenceLabel(clause))]?.lower ?? '')
  )
    return undefined;
  // "Milgram said local police must inquire…", "'…we will hold that person,' Sheriff Haley said": what someone said
  // is reported, and rewriting it would misquote them.
  if (reportedSpeech(words) || QUOTED.test(sentence.text)) return undefined;
  // "the functions to be performed": a passive infinitive after a noun, with no verb group of the clause's own to negate.
  // "Forms require the citizenship to be filled in" has one: the requiring verb.
  if (
    !clause.modal &&
    words[verbIndex - 1]?.lower === 'be' &&
    words[verbIndex - 2]?.lower === 'to' &&
    !words.slice(clause.from, verbIndex - 2).some((word) => REQUIRING.test(word.lower))
  )
    return undefined;
  // "…who land in jail get reported to ICE": a passive with "get", which a negated verb group would garble.
  if (!clause.modal && /^(?:get|gets|got)$/.test(words[verbIndex - 1]?.lower ?? '')) return undefined;
  // "has also placed holds on 36,000 arrestees": a record of what was done; negating it would falsify the record.
  if (!clause.modal && presentPerfect(words, verbIndex)) return undefined;
  // "will train not only deputies but jail officers to…": no single "not" forbids both halves.
  if (/\bnot only\b/i.test(sentence.text)) return undefined;
  const subject = subjectText(clause) ?? '';
  // "Bring your passport when you come in" speaks to residents; "Call ICE before you release anyone" to members.
  const resident =
    (options.kind === 'outreach' ||
      /^you\b/i.test(subject) ||
      (clause.modality === 'imperative' && /\byou(?:r)?\b/i.test(sentence.text))) &&
    !MEMBER_ACT.test(sentence.text);
  // "Victims must bring proof of residence": a duty laid on the public is lifted ("do not need to"), not turned
  // into a ban on what a resident may choose to do.
  const publicSubject = PUBLIC.test(subject) && !MEMBERS.test(subject);
  const changes: Change[] = [];
  let scopeFrom: number;
  // Where a chain of coordinated verbs would start ("shall not comply with, honor, or fulfill").
  let chainFrom: number;
  // Only a later conjunct is forbidden ("…will book the subject and will not notify ICE"): the opening condition
  // still governs the acts that stay.
  let keepOpening = false;

  const ensured = ensuredClauseStart(clause);
  const effortSubject = clause.modal && clause.modality !== 'statement' ? passiveEffort(clause) : undefined;
  if (effortSubject === -1) return undefined;
  if (effortSubject !== undefined) {
    // "A reasonable effort shall be made to determine…" → "No effort shall be made to determine…": "a reasonable
    // effort shall not be made" would still allow an unreasonable one.
    const first = words[effortSubject]!;
    const noun = words[clause.modal!.from - 1]!;
    changes.push({
      start: first.start,
      end: noun.end,
      text: `${/^[A-Z]/.test(first.text) ? 'No' : 'no'} ${noun.lower.replace(/s$/, '')}`,
    });
    scopeFrom = chainFrom = clause.modal!.to + 2;
  } else if (clause.modal && clause.modality !== 'statement' && ensured !== -1 && verbIndex >= ensured) {
    // "shall ensure that ICE is notified" → "…that ICE is not notified", "…that the cards note…" → "…that the cards do
    // not note…": "shall not ensure that ICE is notified" would leave the notice allowed.
    const auxiliary = verbIndex - 1;
    const passive = auxiliary > ensured && BE.has(words[auxiliary]!.lower) && words[auxiliary]!.lower !== 'be';
    const verb = words[verbIndex]!;
    const present = verbIndex > ensured && words[auxiliary]!.lower !== 'to' && (verb.lower === verbBase || verb.lower === `${verbBase}s`);
    if (!passive && !present) return undefined;
    // "…that every arrestee is asked" → "…that no arrestee is asked".
    const quantifier = words[ensured]!;
    if (/^(?:every|each|any|all)$/.test(quantifier.lower)) changes.push({ start: quantifier.start, end: quantifier.end, text: 'no' });
    else if (passive) changes.push(negateAuxiliary(words, auxiliary));
    else changes.push({ start: verb.start, end: verb.end, text: `${verb.lower === verbBase ? 'do' : 'does'} not ${verbBase}` });
    scopeFrom = ensured + 1;
    chainFrom = verbIndex;
  } else if (clause.modal && clause.modality !== 'statement') {
    const complement = complementCopula(clause);
    // "Accent is an indicator that a person may lack status": the modal is the complement's; the claim is the copula's.
    if (complement === -1) return undefined;
    if (complement !== undefined)
      return edit([{ start: words[complement]!.end, end: words[complement]!.end, text: ' not' }], sentence.block.text);
    const first = words[clause.modal.from]!;
    const last = words[clause.modal.to - 1]!;
    const grant = sentence.block.text.slice(first.start, last.end);
    const group = grant.toLowerCase();
    let replacement = /^(?:will|'ll)$/.test(group) || resident ? 'will not' : group === 'would' ? 'would not' : 'shall not';
    // "will be allowed to use", "will have the authority to question": a grant after the modal is withheld in place
    // ("will not be allowed to"), which also fits a subject the department cannot direct ("Immigration officers").
    // A duty laid on members ("Deputies will be required to ask") is replaced whole: "will not be required to ask" would
    // leave the asking allowed. One laid on anyone else ("Day laborers shall be required to produce…") is lifted in place.
    const inPlace = clause.modality === 'permission' || !MEMBERS.test(subject);
    const held = /^(\S+) (?:also )?((?:be|have) .*)$/i.exec(grant);
    // "may not be required" could read as "might not be": the in-place form says "shall not".
    if (inPlace && held) replacement = `${/^(?:may|can|might|could)$/i.test(held[1]!) ? 'shall' : held[1]} not ${held[2]}`;
    // Only a duty to act is lifted; what is done to a person ("shall receive closer scrutiny") is forbidden.
    // "should be prepared to show…", "must be ready to present…": readiness is the duty itself.
    const readiness =
      words[clause.modal.to]?.lower === 'be' &&
      /^(?:prepared|ready)$/.test(words[clause.modal.to + 1]?.lower ?? '') &&
      words[clause.modal.to + 2]?.lower === 'to';
    if (publicSubject && clause.modality !== 'permission' && (readiness || !undergoes(clause, clause.modal.to)))
      replacement = /^(?:you|they|we)\b|s\b|^people\b/i.test(subject.split(/\s+(?:who|that|which|seeking|with)\b/i)[0]!)
        ? 'do not need to'
        : 'does not need to';
    // "The purpose of this order is to set out…" reads as "is not to"; "shall not set out" would not parse.
    const infinitive = /^(is|are|am) to$/.exec(group);
    if (infinitive) replacement = `${first.text} not to`;
    let end = last.end;
    scopeFrom = clause.modal.to;
    // "Victims will need to present…" → "Victims do not need to present…".
    if (
      /need to$/.test(replacement) &&
      /^(?:need|needs|have|has)$/.test(words[scopeFrom]?.lower ?? '') &&
      words[scopeFrom + 1]?.lower === 'to'
    ) {
      end = words[scopeFrom + 1]!.end;
      scopeFrom += 2;
    } else if (/need to$/.test(replacement) && readiness) {
      end = words[scopeFrom + 2]!.end;
      scopeFrom += 3;
    }
    // "shall use best efforts to support…": forbidding the effort would leave the act allowed; the effort goes.
    const effort = effortPhraseEnd(words, clause.modal.to, verbIndex);
    if (effort !== -1) {
      end = words[effort - 1]!.end;
      scopeFrom = effort;
    }
    const next = words[clause.modal.to];
    // "can only operate within the jail" states a limit: negated, it would allow the action everywhere else.
    if (next?.lower === 'only') return undefined;
    // "shall always notify" → "shall never notify".
    if (next?.lower === 'always' && !infinitive) {
      replacement = replacement.replace(/ not$/, ' never');
      end = next.end;
      scopeFrom++;
    } else if (next && DROPPED_AFTER_NOT.test(next.lower) && !infinitive) {
      // "will routinely ask" → "will not ask": "will not routinely ask" is a hedged prohibition that leaves it allowed.
      end = next.end;
      scopeFrom++;
    }
    const conjunct = offendingConjunct(clause, verbIndex, scopeFrom);
    if (conjunct !== undefined) {
      // Only the offending act is forbidden: "shall arrest people who commit crimes and turn them over to ICE" →
      // "… and shall not turn them over to ICE"; the arrest stays lawful.
      // "shall be taken into custody and held for…" → "… and shall not be held for…".
      const passive = words[clause.modal.to]?.lower === 'be' ? ' be' : '';
      changes.push({
        start: words[conjunct]!.start,
        end: words[conjunct]!.start,
        text: `${infinitive ? 'is not to' : replacement}${passive} `,
      });
      scopeFrom = conjunct + 1;
      keepOpening = true;
    } else changes.push({ start: first.start, end, text: replacement });
    // The chain starts at the verb itself: after it, "Immigration and Customs Enforcement" is a name, not a chain.
    chainFrom = conjunct ?? scopeFrom;
  } else if (clause.frame && !clause.modal) {
    // A list item reads through its lead-in: under "Booking staff shall:" the item becomes "not record…", and under
    // "Members may:" it reads "may not record". Under "Members are authorized to:" no wording inside the item
    // forbids ("authorized to: not record" is a permission not to), so there is no rewrite.
    if (!frameNegatesWithNot(clause.frame)) return undefined;
    const later = verbIndex > clause.from + 1 && words[verbIndex - 1]!.lower === 'and';
    const first = later ? verbIndex : afterItemLabel(clause);
    const word = words[first];
    if (!word || /ing$/.test(word.lower)) return undefined;
    changes.push({ start: word.start, end: word.start, text: 'not ' });
    scopeFrom = first + 1;
    chainFrom = first;
  } else if (clause.modality === 'imperative' && clause.from === 0) {
    let command = clause.opening ? clause.opening.to : answerLabelLength(sentence);
    const please = words[command]?.lower === 'please' ? words[command]! : undefined;
    if (please) command++;
    const verb = words[command];
    if (!verb) return undefined;
    const start = please?.start ?? verb.start;
    const base = verb.text.toLowerCase();
    // Residents are told what they need not do; members are told what not to do.
    const text = resident ? `You do not need to ${base}` : `Do not ${base}`;
    changes.push({ start, end: verb.end, text: clause.opening ? lowerFirst(text) : text });
    scopeFrom = command + 1;
    chainFrom = command;
  } else {
    // "Forms require the inmate's citizenship to be filled in": the requiring verb is the statement's, and turns.
    const requiring = passiveInfinitiveRequired(clause, verbIndex);
    const verb = requiring ?? verbIndex;
    const base = requiring === undefined ? verbBase : words[verb]!.lower.replace(/s$/, '');
    // A bare "require" there is a verb (a noun could not take the infinitive), so it takes "do not" like any other.
    const statement =
      statementChange(clause, verb, base) ??
      (requiring !== undefined && words[verb]!.lower === base
        ? { start: words[verb]!.start, end: words[verb]!.end, text: `do not ${base}` }
        : undefined);
    if (!statement) return undefined;
    changes.push(statement);
    scopeFrom = verb + 1;
    chainFrom = verb;
  }
  dropNarrowing(clause, scopeFrom, changes, keepOpening, options);
  widenUnderNegation(clause, scopeFrom, chainFrom, changes);
  answerTurned(clause, changes);
  return edit(changes, sentence.block.text);
}

/**
 * An FAQ answer that opens with "Yes" ("Yes. Officers will ask for your papers", "Yes, officers will…") says "No"
 * once its statement is negated; left as it was, it would contradict the fixed answer.
 */
function answerTurned(clause: Clause, changes: Change[]): void {
  const { sentence } = clause;
  const text = sentence.block.text;
  const own = /^(\s*)(Yes|YES|yes)(?=\s*[,.!:—–-])/.exec(text.slice(sentence.start));
  const before = /(?:^|\s)(Yes|YES|yes)(?=[.!]\s*$)/.exec(text.slice(0, sentence.start));
  const found = own
    ? { start: sentence.start + own[1]!.length, word: own[2]! }
    : before
      ? { start: before.index + before[0].length - before[1]!.length, word: before[1]! }
      : undefined;
  if (!found) return;
  const no = found.word === 'YES' ? 'NO' : found.word === 'yes' ? 'no' : 'No';
  changes.push({ start: found.start, end: found.start + found.word.length, text: no });
}

/**
 * The start of a later coordinated verb phrase that holds the offence while the first one is lawful: the action
 * verb itself after "and" ("shall follow policy and forward the report to ICE"), or a later "and …" phrase that
 * names an immigration authority the first one does not ("shall arrest people for crimes and notify ICE…").
 */
function offendingConjunct(clause: Clause, verbIndex: number, scopeFrom: number): number | undefined {
  const words = clause.sentence.words;
  for (let i = scopeFrom + 2; i < clause.to - 1; i++) {
    if (words[i]!.lower !== 'and') continue;
    let start = i + 1;
    while (start < clause.to - 1 && CONJUNCT_ADVERBS.has(words[start]!.lower)) start++;
    if (!opensVerbPhrase(words, start)) continue;
    if (verbIndex === start) return start;
    // The authority is the verb's object or destination ("notify ICE", "turn them over to ICE"), not a word far on.
    const reach = Math.min(clause.to, start + AUTHORITY_REACH);
    // …and only when the first act is plainly lawful: a criminal matter ("arrest people for crimes").
    if (
      verbIndex < i &&
      findAuthority(words, start, reach, true) &&
      !findAuthority(words, scopeFrom, i, true) &&
      crimeOnly(words, scopeFrom, i)
    )
      return start;
  }
  return undefined;
}

const AUTHORITY_REACH = 5;
// A first act grounded in a crime ("arrest people who commit crimes") and not in status is lawful policing.
const CRIME =
  /\b(?:crimes?|criminal|offen[cs]es?|charges?|charged|felon(?:y|ies)|misdemeanou?rs?|commit(?:s|ted)?|convicted|violent|warrants?)\b/;
const STATUS =
  /\b(?:illegal(?:ly)?|undocumented|unlawful(?:ly)?|papers|status|removable|deportable|aliens?|without (?:inspection|authorization|documents))\b/;

function crimeOnly(words: readonly { lower: string }[], from: number, to: number): boolean {
  const text = words
    .slice(from, to)
    .map((word) => word.lower)
    .join(' ');
  return CRIME.test(text) && !STATUS.test(text);
}
const CONJUNCT_ADVERBS = new Set(['then', 'also', 'immediately', 'promptly', 'later']);

// Words that open a noun phrase after "and" ("the supervisor and immigration authorities"), not a verb phrase.
const NOUN_OPENERS =
  /^(?:the|a|an|any|all|every|each|no|his|her|their|its|our|your|this|that|these|those|immigration|federal|homeland|border|customs|state|local|other|to|with|for|of|in|on|at|by)$/;

/** A lower-case word that cannot open a noun phrase, followed by more words: "turn them", "report foreign-born arrestees". */
function opensVerbPhrase(words: readonly { text: string; lower: string }[], at: number): boolean {
  const word = words[at];
  return (
    word !== undefined &&
    words[at + 1] !== undefined &&
    word.text === word.lower &&
    !NOUN_OPENERS.test(word.lower) &&
    // A pronoun opens a clause of its own ("and they can be released"); these endings mark nouns ("and supervision").
    !/^(?:they|he|she|we|it|you|i)$/.test(word.lower) &&
    !/(?:ion|ment|ance|ence|ity|ness|ship)$/.test(word.lower)
  );
}

/** Whether "not" opening an item reads as a prohibition through the lead-in: "shall:", "must:", "will:", "may:", "are to:". */
function frameNegatesWithNot(frame: Clause): boolean {
  if (!frame.modal) return false;
  const words = frame.sentence.words;
  const group = words
    .slice(frame.modal.from, frame.modal.to)
    .map((word) => word.lower)
    .join(' ');
  return /^(?:shall|must|will|may|is to|are to)$/.test(group);
}

/** The verb of requiring before a passive infinitive at `verbIndex` ("require … to be filled in"), or undefined. */
function passiveInfinitiveRequired(clause: Clause, verbIndex: number): number | undefined {
  const words = clause.sentence.words;
  if (clause.modal || words[verbIndex - 1]?.lower !== 'be' || words[verbIndex - 2]?.lower !== 'to') return undefined;
  for (let i = verbIndex - 3; i >= clause.from; i--) if (REQUIRING.test(words[i]!.lower)) return i;
  return undefined;
}

/** "verifies" → "does not verify", "are reported" → "are not reported", "are then turned over" → "are not then…". */
function statementChange(clause: Clause, verbIndex: number, verbBase: string): Change | undefined {
  const words = clause.sentence.words;
  const verb = words[verbIndex];
  if (!verb) return undefined;
  // A verb in a relative clause of the subject ("offenders that have been arrested … are screened") is not the
  // statement's action; negating it would change who is described, not what is done.
  const relative = words.slice(clause.from, verbIndex).some((word) => RELATIVE_PRONOUNS.has(word.lower));
  if (relative && words.slice(verbIndex + 1, clause.to).some((word) => /^(?:is|are|was|were)$/.test(word.lower))) return undefined;
  // A description: "Accent is an indicator…" → "Accent is not an indicator…".
  if (/^(?:is|are|am)$/.test(verb.lower)) return negateAuxiliary(words, verbIndex);
  let i = verbIndex - 1;
  while (i > clause.from && VERB_GROUP_FILLERS.test(words[i]!.lower) && !AUXILIARIES.has(words[i]!.lower)) i--;
  const auxiliary = words[i];
  if (i < verbIndex && auxiliary && AUXILIARIES.has(auxiliary.lower)) return negateAuxiliary(words, i);
  // "in enforcing immigration laws": a gerund names the action; there is no finite verb to negate. "criminal
  // arrests", "the reports": after a determiner or an adjective the word is a noun.
  if (/ing$/.test(verb.lower) || verb.lower === verbBase) return undefined;
  if (
    /^(?:the|a|an|any|all|every|each|no|more|most|many|several|their|his|her|its|our|[\d,]+)$|(?:al|ic|ous|ive|ful)$/.test(
      words[verbIndex - 1]?.lower ?? '',
    )
  )
    return undefined;
  // An adverb before the verb turns as it does after an auxiliary: "still supports" → "no longer supports", "always
  // notifies" → "never notifies", "already supports" → "does not support".
  const adverb = words[verbIndex - 1];
  if (adverb && verbIndex - 1 > clause.from) {
    if (adverb.lower === 'still') return { start: adverb.start, end: adverb.end, text: 'no longer' };
    if (HABITUAL.test(adverb.lower)) return { start: adverb.start, end: adverb.end, text: 'never' };
  }
  const auxiliaryText = verb.lower.endsWith('s') ? 'does not' : 'do not';
  const dropped = adverb && verbIndex - 1 > clause.from && /^(?:also|already|again)$/.test(adverb.lower);
  return { start: dropped ? adverb.start : verb.start, end: verb.end, text: `${auxiliaryText} ${verbBase}` };
}

/** "are" → "are not"; "are not eligible" (a denial) → "are eligible", since "not not" would say nothing. */
function negateAuxiliary(words: readonly { lower: string; start: number; end: number }[], at: number): Change {
  const auxiliary = words[at]!;
  const next = words[at + 1];
  if (next?.lower === 'not') return { start: auxiliary.end, end: next.end, text: '' };
  // "is still cooperating" → "is no longer cooperating"; "will also be following" → "will not be following";
  // "will always notify" → "will never notify" ("will not always notify" would leave it allowed at times).
  if (next?.lower === 'still') return { start: auxiliary.end, end: next.end, text: ' no longer' };
  // "has again honored detainers" → "has not honored detainers"; "are kindly asked" → "are not asked" ("not kindly"
  // would forbid only the courtesy).
  if (next && (/^(?:also|already|again|simply|just)$/.test(next.lower) || COURTESY.test(next.lower)))
    return { start: auxiliary.end, end: next.end, text: ' not' };
  if (next && HABITUAL.test(next.lower)) return { start: next.start, end: next.end, text: 'never' };
  return { start: auxiliary.end, end: auxiliary.end, text: ' not' };
}

// "you" doing what only members do: arresting, booking, releasing from custody.
const MEMBER_ACT = /\byou (?:\w+ )?(?:release|arrest|book|detain|stop|cite|transport|search|interrogate|interview|question|patrol)\b/i;
const HABITUAL = /^(?:always|routinely|regularly|usually|generally|typically|normally|often|occasionally|sometimes|periodically)$/;
// Adverbs after a modal that a prohibition drops: with "not" before them they would hedge it or read oddly.
const DROPPED_AFTER_NOT =
  /^(?:routinely|regularly|usually|generally|typically|normally|often|occasionally|sometimes|periodically|also|still|already|again)$/;

/**
 * For a modal inside a complement ("… is an indicator that a person may lack status"): the index of the main
 * clause's copula to negate instead, -1 when the main verb is not a copula ("they know if … they can be…"), or
 * undefined when the modal is the clause's own.
 */
function complementCopula(clause: Clause): number | undefined {
  const words = clause.sentence.words;
  const modal = clause.modal!;
  const start = frontedEnd(clause) ?? clause.from;
  // "It is the policy … that officers shall…": the dummy "it" leaves the directive with the modal.
  if (words[start]?.lower === 'it') return undefined;
  let complementizer = -1;
  for (let i = start + 1; i < modal.from; i++) {
    const word = words[i]!.lower;
    if (COMPLEMENTIZERS.has(word) || (word === 'if' && KNOWING.test(words[i - 1]!.lower))) complementizer = i;
  }
  if (complementizer === -1) return undefined;
  for (let i = start + 1; i < complementizer; i++) {
    const word = words[i]!.lower;
    if (CONDITIONS.has(word) || (RELATIVE_PRONOUNS.has(word) && word !== 'that')) break;
    if (word === 'is' || word === 'are') return i;
  }
  // "that" right after a noun is usually a relative clause of the subject ("Information that may identify…").
  return words[complementizer]!.lower === 'that' ? undefined : -1;
}

/**
 * Where a fronted condition ends: the index of the main clause's subject after "When …, " or "For any stop … where
 * reasonable suspicion exists, ". The subject starts after the last comma before the verb group that does not open
 * a set-off insert ("the jailer, where possible, shall").
 */
function frontedEnd(clause: Clause): number | undefined {
  const { sentence } = clause;
  const words = sentence.words;
  const verbGroup = clause.modal?.from ?? clause.to;
  const label = sentenceLabel(clause);
  if (clause.from !== 0 || verbGroup <= label) return undefined;
  const first = words[label]!.lower;
  // "Should a victim lack a card, …": the clause reader has taken an inverted condition as the opening.
  const inverted = first === 'should' && clause.opening?.from === label;
  // "Within 24 hours of booking, …": a deadline that, kept, would leave the act allowed after it.
  const deadline = first === 'within' && /^(?:hours?|days?|minutes?|weeks?)$/.test(words[label + 2]?.lower ?? '');
  const conditional =
    CONDITIONS.has(first) || first === 'unless' || inverted || deadline || (FRONTING.has(first) && hasCondition(words, label, verbGroup));
  if (!conditional) return undefined;
  // A comma inside brackets ("(i.e. an assault, a fatality)") does not end the condition.
  const bracketed = inBrackets(sentence, label, verbGroup);
  for (let i = verbGroup - 1; i > label && i >= verbGroup - SUBJECT_WORDS; i--) {
    if (!bracketed[i - label] && gapBefore(clause.sentence, i).includes(',') && !opensCondition(words, i)) return i;
  }
  return undefined;
}

const FRONTING = new Set(['for', 'in', 'during', 'upon', 'on', 'at', 'after', 'before', 'following', 'with']);
const SUBJECT_WORDS = 16;

function hasCondition(words: readonly { lower: string }[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONDITIONS.has(words[i]!.lower)) return true;
  return false;
}

/** Words before the sentence proper: an FAQ answer label ("A:") or a list or section label ("(b)", "2."). */
function sentenceLabel(clause: Clause): number {
  const answer = answerLabelLength(clause.sentence);
  return answer > 0 ? answer : afterItemLabel(clause);
}

/** The first word of a list item after its own label ("(1)", "a.", "iv)"). */
function afterItemLabel(clause: Clause): number {
  return itemLabelEnd(clause.sentence, clause.from, clause.to);
}

/**
 * "Whenever an arrestee has no verifiable identity, an IAQ is requested": a statement's opening condition, which the
 * clause reader leaves out of the clause's own frame; kept, it would narrow the new prohibition ("…is not requested").
 */
function statementOpening(clause: Clause, label: number, scopeFrom: number): number | undefined {
  return conditionOpeningEnd(clause, label, scopeFrom - 1);
}

/**
 * "When requested by federal immigration officials, members will lend their cooperation": the opening is the only
 * place immigration is named, so dropping it would forbid all cooperation and lose what the sentence is about.
 */
function holdsTheTopic(clause: Clause, from: number, to: number, scopeFrom: number, findingStart: number): boolean {
  const named = (start: number, end: number): boolean => namesTopic(clause, start, end);
  // A finding that starts in the opening ("Where a driver is found to lack lawful status, …") has its ground there.
  // What stays is read without the trailing condition, which goes too: "If … unlawfully present, the person shall be
  // detained until handed over to immigration authorities" must not become "The person shall not be detained."
  const condition = trailingCondition(clause, scopeFrom);
  const kept = condition === undefined ? named(to, clause.to) : named(to, condition) || named(conditionEnd(clause, condition), clause.to);
  return (findingStart < to || named(from, to)) && !kept;
}

/** Whether words [start, end) name immigration: the field, an immigration authority or a person's status. */
function namesTopic(clause: Clause, start: number, end: number): boolean {
  const words = clause.sentence.words;
  return (
    hasImmigrationContext(words, start, end) ||
    findAuthority(words, start, end, true) !== undefined ||
    findStatusTopic(words, start, end, false) !== undefined
  );
}

/** Where the condition after the verb group starts ("… when the officer suspects…"), which a prohibition drops. */
function trailingCondition(clause: Clause, scopeFrom: number): number | undefined {
  const words = clause.sentence.words;
  for (let i = scopeFrom; i < clause.to; i++) {
    const word = words[i]!.lower;
    if (!opensCondition(words, i) || clause.exceptions.some((exception) => i >= exception.from && i < exception.to)) continue;
    // "advise the witness that if she does not testify, she may be deported": the condition is the threat's content.
    if (words[i - 1]?.lower === 'that') continue;
    // "ask the driver if he is legal", "ask when she came" put a question; "where did it happen" is one.
    if (asksQuestion(clause, scopeFrom, i) || /^(?:did|do|does|is|are|was|were|can|will)$/.test(words[i + 1]?.lower ?? '')) continue;
    // "the home where the victim lives" is a relative clause.
    if ((word === 'where' || word === 'wherever') && !gapBefore(clause.sentence, i).includes(',')) continue;
    return i;
  }
  return undefined;
}

const DEGREE = /^(?:well|long|shortly|soon|just|right|immediately|directly)$/;

/** Removes what would narrow the new prohibition: the opening condition, broad exceptions, trailing conditions, time limits. */
function dropNarrowing(
  clause: Clause,
  scopeFrom: number,
  changes: Change[],
  keepOpening: boolean,
  { findingStart = clause.to, findingEnd = clause.to, aboutLanguage = false }: RewriteOptions,
): void {
  const { sentence } = clause;
  const words = sentence.words;
  const text = sentence.block.text;
  const label = sentenceLabel(clause);
  // A fronted condition ("When reasonable suspicion exists …, officers shall…") goes with its comma.
  const subject = clause.modal
    ? frontedEnd(clause)
    : clause.opening && clause.opening.from === label
      ? clause.opening.to
      : statementOpening(clause, label, scopeFrom);
  if (subject !== undefined && subject < clause.to && !keepOpening && !holdsTheTopic(clause, label, subject, scopeFrom, findingStart)) {
    const next = words[subject]!;
    const replaced = changes.find((change) => change.start === next.start);
    if (replaced) replaced.text = upperFirst(replaced.text);
    const start = words[label]!.start;
    changes.push({ start, end: replaced ? next.start : next.start + 1, text: replaced ? '' : next.text.charAt(0).toUpperCase() });
  }
  for (const exception of clause.exceptions) {
    if (exception.narrow) continue;
    if (exception.from === label && exception.to < clause.to) {
      const next = words[exception.to]!;
      changes.push({ start: words[exception.from]!.start, end: next.start + 1, text: next.text.charAt(0).toUpperCase() });
    } else if (exception.from >= scopeFrom) changes.push(removal(clause, exception.from, exception.to));
  }
  // A set-off condition between the subject and the verb group ("the jailer, where possible, shall").
  for (let i = (subject ?? clause.from) + 1; clause.modal && i < clause.modal.from; i++) {
    if (opensCondition(words, i) && gapBefore(clause.sentence, i).includes(',')) {
      changes.push(removal(clause, i, conditionEnd(clause, i)));
      break;
    }
  }
  const condition = trailingCondition(clause, scopeFrom);
  // "arrest people without a warrant if they are suspected of being here unlawfully": a condition that holds the
  // finding's ground, named nowhere else, stays; without it the prohibition would reach every warrantless arrest.
  if (condition !== undefined) {
    const end = conditionEnd(clause, condition);
    // "holds inmates … after their release date": holding past release is the act itself.
    const pastRelease =
      /^(?:after|past|beyond)$/.test(clause.sentence.words[condition]!.lower) &&
      /^(?:(?:their|the|his|her|its|a) )?(?:scheduled |lawful |normal )?release\b/.test(
        phrase(clause.sentence.words, condition + 1, Math.min(end, condition + 5)),
      );
    const ground =
      pastRelease ||
      (namesTopic(clause, condition, Math.min(end, findingEnd)) &&
        !namesTopic(clause, 0, condition) &&
        !namesTopic(clause, end, clause.sentence.words.length));
    // "well before each release", "shortly after booking": the degree goes with the condition it measures.
    const degree = condition - 1 > scopeFrom && DEGREE.test(clause.sentence.words[condition - 1]!.lower) ? condition - 1 : condition;
    if (!ground) changes.push(removal(clause, degree, end));
  }
  // "shall not report victims to ICE rather than protect them": the alternative set aside goes with the prohibition.
  for (let i = Math.max(scopeFrom, findingEnd); i < clause.to - 2; i++) {
    const pair = `${words[i]!.lower} ${words[i + 1]!.lower}`;
    if (pair !== 'rather than' && pair !== 'instead of') continue;
    changes.push(removal(clause, i, conditionEnd(clause, i)));
    break;
  }
  // "shall conduct all enforcement in a manner consistent with law": negated with it, only lawful enforcement would be
  // forbidden. The manner goes, to the clause's end or its next turn.
  for (let i = scopeFrom + 1; i < clause.to - 1; i++) {
    if (!MANNER.test(`${words[i]!.lower} ${words[i + 1]!.lower} ${words[i + 2]?.lower ?? ''}`)) continue;
    changes.push(removal(clause, i, conditionEnd(clause, i)));
    break;
  }
  const from = words[scopeFrom - 1]?.end ?? sentence.start;
  const to = words[clause.to - 1]?.end ?? sentence.end;
  // "for up to 48 additional hours" still says the hold goes on past release: "for any additional time".
  for (const match of text.slice(from, to).matchAll(TIME_LIMIT)) {
    const replacement = /\b(?:additional|more|extra)\b/i.test(match[0]) ? ' for any additional time' : '';
    changes.push({ start: from + match.index, end: from + match.index + match[0].length, text: replacement });
  }
  for (const match of text.slice(from, to).matchAll(DEADLINE))
    changes.push({ start: from + match.index, end: from + match.index + match[0].length, text: '' });
  // "shall not cooperate fully", "shall not consider…, together with other factors," "not … without notice to the
  // inmate", "not … without delay": negated with the act, each would leave part of it allowed (partly, alone, with
  // notice, later).
  for (const match of text.slice(from, to).matchAll(DEGREE_OF_ACT))
    changes.push({ start: from + match.index, end: from + match.index + match[0].length, text: '' });
  // "report to ICE any victim who cannot show a valid visa", "Any person who speaks no English shall…": kept, a
  // restriction by papers or by language would leave the prohibition for those people only. One where the finding
  // starts ("Vendors who cannot show a valid visa shall be cited") is its ground, and stays.
  const clauseFrom = words[clause.opening?.to ?? clause.from]!.start;
  const findingFrom = words[findingStart]?.start ?? sentence.end;
  for (const restriction of aboutLanguage ? [PAPERS_RESTRICTION] : [PAPERS_RESTRICTION, LANGUAGE_RESTRICTION])
    for (const match of text.slice(clauseFrom, to).matchAll(restriction)) {
      const start = clauseFrom + match.index;
      const end = start + match[0].length;
      if (findingFrom >= start && findingFrom < end) continue;
      changes.push({ start, end, text: '' });
    }
}

// Where a relative clause of restriction ends: at a comma, the clause's end, or the verb group it stands before.
const RESTRICTION_END = String.raw`(?=,|\s*$|\s+(?:is|are|shall|will|must|may|should)\b)`;
const PAPERS_RESTRICTION = new RegExp(
  String.raw`,?\s+who (?:(?:cannot|can't|can not|does not|doesn't|do not|don't|fails? to|is unable to|are unable to) (?:show|produce|present|provide|have)|lacks?|has no|have no) (?:a |an |any |the |his |her |their )?(?:valid |current |lawful )?(?:visa|green card|papers|passport|immigration papers|proof of (?:citizenship|residency|legal status|lawful presence|status)|documents|documentation|identification|social security (?:card|number))s?${RESTRICTION_END}`,
  'gi',
);
const LANGUAGE_RESTRICTION = new RegExp(
  String.raw`,?\s+who (?:speaks?|understands?) (?:no|little|limited) English${RESTRICTION_END}`,
  'gi',
);

// A sentence that opens or closes a quotation: someone's words.
const QUOTED = /^\s*[“"]|[”"]\s*$/;
const DOCUMENT_SPEAKERS = /^(?:Policy|Order|Law|Directive|Statute|Section|Code|Act|Procedure|Manual|Rule)$/;

// "the sheriff said", "a spokesperson said": a person named by their office.
const ROLE_SPEAKERS =
  /^(?:sheriff|chief|mayor|governor|director|commissioner|spokesperson|spokesman|spokeswoman|sergeant|lieutenant|captain|official|officials|deputy|officer|attorney|prosecutor)$/i;
// "Clark believes the new system will help…": someone's belief, which a rewrite would misstate like their words.
const BELIEVING = /^(?:believes|believed|thinks|thought|hopes|hoped|expects|expected|feels|felt)$/;

/** A person's words reported: a reporting verb after a name ("Sheriff Haley said", "Milgram Says") or a pronoun. */
function reportedSpeech(words: readonly { text: string; lower: string }[]): boolean {
  return words.some((word, i) => {
    const reporting = REPORTING_SPEECH.test(word.lower);
    if (i === 0 || !(reporting || BELIEVING.test(word.lower))) return false;
    const speaker = words[i - 1]!.text;
    const named = (/^[A-Z][a-z]/.test(speaker) && !DOCUMENT_SPEAKERS.test(speaker)) || /^(?:he|she|they)$/i.test(speaker);
    if (reporting && named) return true;
    // A belief, or words reported by an office ("the sheriff said"), frame the sentence only at its start or its end:
    // "…when the officer believes it could help" is a condition inside the directive.
    const framing = i <= 3 || i >= words.length - 2;
    return framing && (named || ROLE_SPEAKERS.test(speaker));
  });
}

const REQUIRING = /^(?:requires?|required|needs?|asks?|expects?|wants?|directs?|instructs?|orders?)$/;
// "make a reasonable effort, when practicable, to determine…": an insert may stand before the "to".
const EFFORT =
  /^(?:use|make|exert|employ) (?:(?:a|an|its|their|his|her|all|every|best|reasonable|good-faith|good|faith|possible|due) )*efforts? (?:(?:when|where|if|as) (?:practicable|possible|feasible|appropriate) )?to$|^(?:endeavor|endeavour|strive|try|attempt|seek) to$/;

const PRACTICABLE = /^(?:practicable|possible|feasible|appropriate)$/;
const EFFORT_WORDS = /^(?:a|an|all|every|best|reasonable|good-faith|good|faith|possible|due|diligent)$/;

/**
 * "a reasonable effort (attempt) shall be made to…": the index where the effort's noun phrase starts; -1 when words stand
 * between "made" and "to" ("made as soon as possible, but…, to"), which "no effort" would leave ambiguous.
 */
function passiveEffort(clause: Clause): number | undefined {
  const words = clause.sentence.words;
  const modal = clause.modal!;
  if (words[modal.to]?.lower !== 'be' || !/^(?:made|used|exerted|undertaken)$/.test(words[modal.to + 1]?.lower ?? '')) return undefined;
  let start = modal.from - 1;
  if (start < clause.from || !/^(?:efforts?|attempts?)$/.test(words[start]!.lower)) return undefined;
  while (start - 1 >= clause.from && EFFORT_WORDS.test(words[start - 1]!.lower)) start--;
  // "made, when practicable, to determine": the set-off condition goes with the other narrowing conditions.
  const after = modal.to + 2;
  const setOff = /^(?:when|where|if|as)$/.test(words[after]?.lower ?? '') && PRACTICABLE.test(words[after + 1]?.lower ?? '');
  return words[setOff ? after + 2 : after]?.lower === 'to' ? start : -1;
}

/** Where an effort phrase right after the verb group ends ("use best efforts to", "make every effort to"), or -1. */
function effortPhraseEnd(words: readonly { lower: string }[], from: number, verb: number): number {
  for (let to = from + 2; to <= Math.min(verb, from + 9); to++) {
    const span = words
      .slice(from, to)
      .map((word) => word.lower)
      .join(' ');
    if (EFFORT.test(span)) return to;
  }
  return -1;
}

/** "has placed", "have also detained": the verb after "has", "have" or "had", with at most one adverb between. */
function presentPerfect(words: readonly { lower: string }[], verb: number): boolean {
  const before = /(?:ly|also|already|since|now|recently)$/.test(words[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  return /^(?:has|have|had)$/.test(words[before]?.lower ?? '');
}

/** The last of a comma-separated series of participles: "trained, certified, and authorized". */
function inParticipleSeries(words: readonly { lower: string }[], verb: number): boolean {
  if (!words[verb]!.lower.endsWith('ed') || !/^(?:and|or)$/.test(words[verb - 1]?.lower ?? '')) return false;
  return (words[verb - 2]?.lower ?? '').endsWith('ed') && (words[verb - 3]?.lower ?? '').endsWith('ed');
}

/** Moves quantifiers and coordination under the negation: "all" → "any", "always" goes, "and" between verbs → "or". */
function widenUnderNegation(clause: Clause, scopeFrom: number, chainFrom: number, changes: Change[]): void {
  const { sentence } = clause;
  const words = sentence.words;
  const text = sentence.block.text;
  for (let i = scopeFrom; i < clause.to; i++) {
    const word = words[i]!;
    const any = QUANTIFIERS.get(word.lower);
    // "all of the inmates" → "any of the inmates"; "all" after a determiner ("the all-call") is not a quantifier.
    if (any)
      changes.push({
        start: word.start,
        end: word.end,
        text: word.text.charAt(0) === word.text.charAt(0).toUpperCase() ? upperFirst(any) : any,
      });
    else if (word.lower === 'always' || COURTESY.test(word.lower)) changes.push(removal(clause, i, i + 1));
    // "is shared daily with ICE" → "is not shared with ICE", "a daily list" → "a list": "not … daily" would leave a
    // weekly list allowed.
    else if (
      FREQUENCY.test(word.lower) &&
      (i + 1 >= clause.to || PREPOSITIONS.test(words[i + 1]!.lower) || /^(?:a|an|the|its|their|his|her)$/.test(words[i - 1]?.lower ?? ''))
    )
      changes.push(removal(clause, i, i + 1));
  }
  const from = words[scopeFrom - 1]?.end ?? sentence.start;
  const to = words[clause.to - 1]?.end ?? sentence.end;
  for (const match of text.slice(from, to).matchAll(SWEEPING))
    changes.push({ start: from + match.index, end: from + match.index + match[0].length, text: '' });
  const and = verbChainConjunction(clause, chainFrom) ?? verbPhraseConjunction(clause, scopeFrom);
  if (and !== undefined) {
    changes.push({ start: words[and]!.start, end: words[and]!.end, text: 'or' });
    // "The jail does not honor detainers or hold inmates…": after "does not", the next verb takes its base form too.
    const next = words[and + 1];
    const base = next && !clause.modal ? ACTION_BASES.get(next.lower) : undefined;
    if (base && base !== next!.lower && /s$/.test(next!.lower)) changes.push({ start: next!.start, end: next!.end, text: base });
  }
}

/**
 * "comply with, honor, and fulfill", "detain and question", "nominated, trained, and approved": a chain of single
 * verbs right after the negation, joined by "and" — under "not", "and" would forbid only doing all of them.
 */
function verbChainConjunction(clause: Clause, from: number): number | undefined {
  const words = clause.sentence.words;
  const to = clause.to;
  let i = from;
  while (i < to && /^(?:be|been|not)$/.test(words[i]!.lower)) i++;
  for (let items = 0; items < 6 && i < to; items++) {
    i++; // the verb
    if (i + 1 < to && PREPOSITIONS.test(words[i]!.lower) && /^(?:and|or)$/.test(words[i + 1]!.lower)) i++;
    else if (i + 1 < to && PREPOSITIONS.test(words[i]!.lower) && gapBefore(clause.sentence, i + 1).includes(',')) i++;
    const word = words[i]?.lower;
    if (word === 'and') return i < to - 1 ? i : undefined;
    // A comma between single words continues the chain: the next word must be the next item.
    if (word === undefined || word === 'or' || i >= to || !gapBefore(clause.sentence, i).includes(',')) return undefined;
  }
  return undefined;
}

/** "shall not detain people … and turn them over to ICE": coordinated verb phrases under "not" become alternatives. */
function verbPhraseConjunction(clause: Clause, from: number): number | undefined {
  const words = clause.sentence.words;
  for (let i = from + 1; i < clause.to - 1; i++) {
    if (words[i]!.lower !== 'and') continue;
    let next = i + 1;
    while (next < clause.to - 1 && CONJUNCT_ADVERBS.has(words[next]!.lower)) next++;
    const object = words[next + 1];
    if (opensVerbPhrase(words, next) && object && (OBJECT_OPENERS.test(object.lower) || /^[A-Z]/.test(object.text))) return i;
    // "shall maintain the agreement and designate deputies…": a bare verb after the modal, with a plural object.
    if (clause.modal && opensVerbPhrase(words, next) && !/(?:s|ed|ing)$/.test(words[next]!.lower) && /[^s]s$/.test(object?.lower ?? ''))
      return i;
    // "shall not make inquiries about status, and request immigration documents": a verb of the pack's actions after ", and".
    if (gapBefore(clause.sentence, i).includes(',') && ACTION_VERBS.has(words[next]!.lower) && opensVerbPhrase(words, next)) return i;
    // "honors ICE detainers and holds inmates for…": a present-tense action verb with a bare plural object (with a
    // modal, in its base form: "shall honor ICE detainers and hold inmates…").
    if (
      (clause.modal ? ACTION_BASES.get(words[next]!.lower) === words[next]!.lower : /s$/.test(words[next]!.lower)) &&
      ACTION_VERBS.has(words[next]!.lower) &&
      /[^s]s$/.test(words[next + 1]?.lower ?? '') &&
      opensVerbPhrase(words, next)
    )
      return i;
  }
  return undefined;
}

/** The verbs of the actions the pack forbids (asking, demanding, telling, holding, helping), in every form. */
const ACTION_VERBS = new Set(
  (['inquiry', 'demand', 'passing-information', 'detention', 'custody', 'honor', 'assisting'] as const).flatMap((id) => [
    ...conceptVerbs(id).keys(),
  ]),
);

const ACTION_BASES = new Map(
  (['inquiry', 'demand', 'passing-information', 'detention', 'custody', 'honor', 'assisting'] as const).flatMap((id) => [
    ...conceptVerbs(id).entries(),
  ]),
);

// Words that open a verb's object: "and detain anyone who runs", "and wait 30 minutes".
const OBJECT_OPENERS = /^(?:the|a|an|any|all|every|each|them|him|her|it|their|his|its|over|out|anyone|anybody|everyone|someone|\d+)$/;

/**
 * Whether the subordinator at `at` opens the question an asking verb puts ("ask the people at the scene if…",
 * "ask when she came") rather than a condition ("ask about status when…").
 */
function asksQuestion(clause: Clause, from: number, at: number): boolean {
  const words = clause.sentence.words;
  for (let i = at - 1; i >= Math.max(from - 1, at - 6); i--) {
    const word = words[i]!.lower;
    if (ASKING.test(word)) return true;
    if (/^(?:about|for|into|on|regarding|questions?)$/.test(word) || gapBefore(clause.sentence, i + 1).includes(',')) return false;
  }
  return false;
}

/** A subordinator opening a condition at `i`: "when", "if", "until"…, or "even if". */
function opensCondition(words: readonly { lower: string }[], i: number): boolean {
  const word = words[i]!.lower;
  return CONDITIONS.has(word) || (word === 'even' && /^(?:if|when|though)$/.test(words[i + 1]?.lower ?? ''));
}

/** A condition runs to the clause's end, or, when set off by a comma before it, to the next comma. */
function conditionEnd(clause: Clause, at: number): number {
  const { words, text, start } = clause.sentence;
  const setOff = gapBefore(clause.sentence, at).includes(',');
  for (let i = at + 1; i < clause.to; i++) {
    if (!text.slice(words[i - 1]!.end - start, words[i]!.start - start).includes(',')) continue;
    // "…notify ICE when we have a possible violation, however we will not hold anyone…": the turn is a clause of its own.
    if (setOff || CLAUSE_TURNS.test(words[i]!.lower)) return i;
  }
  return clause.to;
}
const DEGREE_OF_ACT =
  /,\s+without (?:undue )?(?:delay|hesitation),(?=\s)|,?\s+without (?:undue )?(?:delay|hesitation)\b|\s+(?:fully|completely|entirely|wholeheartedly)\b(?= with\b)|,?\s+(?:together|along|in combination|combined) with other (?:factors|indicators|circumstances),?(?=\s|$)|\s+without (?:prior |advance )?notice to (?:the |an? )?(?:inmate|person|detainee|arrestee|individual)\b/g;
const MANNER = /^(?:in a manner|consistent with \S+|in accordance with|in compliance with|in keeping with)/;
const CLAUSE_TURNS = /^(?:however|but|yet|although|though|whereas|we|they|he|she|i|you)$/;

/** Removes words [from, to) with the space (or the commas of a set-off insert) before them. */
function removal(clause: Clause, from: number, to: number): Change {
  const { words } = clause.sentence;
  const previous = words[from - 1];
  const next = words[to];
  const setOff = previous && next && gapBefore(clause.sentence, from).includes(',') && gapBefore(clause.sentence, to).includes(',');
  if (setOff) return { start: previous.end, end: next.start, text: ' ' };
  // "…as outlined in section 5." ends on a token that carries the sentence's full stop ("5."): the stop stays.
  const last = words[to - 1]!;
  const end = to === words.length && /[^.]\.$/.test(last.text) ? last.end - 1 : last.end;
  if (!previous) return { start: words[from]!.start, end, text: '' };
  // "(8 U.S.C. § 1101 et seq.), unless …": the brackets closed right after the kept words stay with them.
  const { text, start } = clause.sentence;
  const closing = /^\.?[)\]]+/.exec(text.slice(previous.end - start, words[from]!.start - start))?.[0].length ?? 0;
  return { start: previous.end + closing, end, text: '' };
}

/** Joins non-overlapping changes into one edit of the block's text. */
function edit(changes: Change[], text: string): Edit | undefined {
  const ordered = changes.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Change[] = [];
  for (const change of ordered) {
    const last = kept.at(-1);
    if (last && change.start < last.end) continue;
    kept.push(change);
  }
  const first = kept[0];
  const last = kept.at(-1);
  if (!first || !last) return undefined;
  let result = '';
  let cursor = first.start;
  for (const change of kept) {
    result += text.slice(cursor, change.start) + change.text;
    cursor = change.end;
  }
  return { title: TITLE, start: first.start, end: last.end, text: result };
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const DROP_TITLE = 'Drop the broad exception';

/** Removes a clause's broad exception: "… status unless relevant." → "… status.", "Unless relevant, members…" → "Members…". */
function withoutBroadException(clause: Clause, verbIndex: number): Edit | undefined {
  const broad = clause.exceptions.find((exception) => !exception.narrow);
  const words = clause.sentence.words;
  // "shall not routinely ask", "shall generally not honor", "not ask … more than once": the hedge goes (a broad
  // exception, if any, went in an earlier pass).
  const hedge = hedgeOf(clause, verbIndex);
  if (!broad && hedge) return { title: DROP_TITLE, start: words[hedge.from - 1]!.end, end: words[hedge.to - 1]!.end, text: '' };
  // An action inside the exception ("shall not take a report unless the victim shows papers") goes with it.
  if (!broad || (verbIndex >= broad.from && verbIndex < broad.to)) return undefined;
  const next = words[broad.to];
  if (broad.from === 0 && next) {
    // An opening exception: remove it with its comma and capitalise what follows.
    return { title: DROP_TITLE, start: words[0]!.start, end: next.start + 1, text: next.text.charAt(0).toUpperCase() };
  }
  const previous = words[broad.from - 1];
  if (!previous) return undefined;
  // A set-off exception ("shall not, unless necessary, ask") takes both its commas with it.
  const text = clause.sentence.block.text;
  if (next && text.slice(words[broad.to - 1]!.end, next.start).includes(','))
    return { title: DROP_TITLE, start: previous.end, end: next.start, text: ' ' };
  const { start, end } = removal(clause, broad.from, broad.to);
  return { title: DROP_TITLE, start, end, text: '' };
}
