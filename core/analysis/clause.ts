import {
  MODALS,
  NEGATED_MODALS,
  MODAL_ADJECTIVES,
  BE,
  DO,
  NEGATORS,
  CONTRACTED_NEGATIONS,
  PROHIBITING,
  CONDEMNING,
  CONDEMNING_LINKS,
  HARMING,
  REFUSING,
  CEASING,
  RESTRICTING,
  DO_FORMS,
  JUSTIFICATIONS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
  IRREGULAR_PAST,
  OBJECT_OPENERS,
  BROAD_CONDITION,
  DISCRETION,
  RELATIVE,
  MEASURE_CAPTION,
  PREPOSITION_LIKE,
  OWN_VERB_GROUP_REACH,
  ONLY_SUBORDINATING,
  ABSENT_FOLLOWERS,
  EXCEPTION_OPENERS,
  SAVE_FOLLOWERS,
  NEGATIVE_ADVERBIAL_NOUNS,
  DISCUSSING,
  WH_WORDS,
  QUESTION_OPENERS,
  ASKING_QUESTION,
  QUESTIONERS,
  OPEN_QUESTIONS,
  ADVERBIAL_THAT,
  ANNOUNCING,
  GRANTING,
  BODIES_AT_LARGE,
  PURPOSE,
  SUBJECT_LINE,
  TALK,
  REPORTING_LAW,
  REPORTING_SPEECH,
  FALSELY,
  CLAIMING,
  ACCUSERS,
  ACCUSING,
  CONJUNCTION_WORDS,
  FEARING,
  DEFINING,
  OTHERS,
  JURISDICTIONS,
  OPENING_SUBORDINATORS,
  OUTLINE_LABEL,
  HEDGES,
} from './english.ts';
import type { Sentence, Token } from './sentences.ts';

/**
 * How a clause binds its subject:
 * - obligation: shall, must, is required to, is to, will (as a directive)
 * - permission: may, can, is authorized/permitted/allowed to
 * - recommendation: should, is encouraged/expected to
 * - imperative: a bare verb opening the sentence ("Bring your papers")
 * - statement: a finite verb with no modal ("The Department verifies...")
 */
export type Modality = 'obligation' | 'permission' | 'recommendation' | 'imperative' | 'statement';

export interface Span {
  /** Word indexes into the sentence's words, end exclusive. */
  from: number;
  to: number;
}

export interface Exception extends Span {
  /** Narrow exceptions keep a prohibition intact (status as an element of the crime, a judicial warrant). */
  narrow: boolean;
}

export interface Clause extends Span {
  sentence: Sentence;
  subject?: Span;
  /** The modal or verb group ("shall", "are authorized to"). */
  modal?: Span;
  modality: Modality;
  /** The clause as a whole forbids what it describes (negated modal or subject, "is prohibited"...). */
  negated: boolean;
  /** Word indexes of negation markers inside the clause. */
  negations: number[];
  /**
   * Word indexes of restrictions placed on a later action without negating the clause: "a policy that
   * restricts officers from…", "restrictions on sharing…", "This order limits members from…". Each turns the
   * action's polarity, so "never adopted a policy that restricts officers from calling ICE" affirms the call.
   */
  restrictions: number[];
  exceptions: Exception[];
  /**
   * Where the clause turns to a topic it talks about ("my perspective on the sheriff's role in enforcing…",
   * "questions … regarding information sharing with ICE"): the word index of the preposition, to the clause's end
   * or to `topicEnd`.
   */
  topic?: number;
  /** Where a topic in a fronted phrase ends ("In response to questions about status, officers shall…"). */
  topicEnd?: number;
  /** For a list item: the lead-in clause whose frame it inherits ("Members shall not:"). */
  frame?: Clause;
  /**
   * A statement in the past tense ("The officer asked…", "The suspect was detained"): a narrative of
   * what happened, not a directive.
   */
  past: boolean;
  /**
   * A clause that names an action without allowing or requiring it: a question ("Will the police ask
   * about my status?"), a definition ("'Detainer' means a request to hold…") or a discussion prompt in
   * training material ("Discuss why asking about status…"), or a report of what a cited law says
   * ("A.R.S. § 11-1051(B) directs officers to…") or lets any agency do ("The program allows a state agency
   * to…"), which directs no member of the department, or a report of
   * another jurisdiction's practice ("Some states require police to ask…"), which directs no one here.
   * A heading, title or subject line ("Contacts with ICE", "Subject: 287(g) Program") names its topic, and
   * so does a statement of the document's purpose ("The purpose of this order is to establish policies on…"). A
   * claim the sentence calls false ("Reports have wrongly suggested that the office joined…") is denied; what critics
   * say of the agency ("Critics say the deputies have profiled…") is alleged. A rule quoted or named as repealed ("General
   * Order 3.05, which required deputies to notify ICE…, is rescinded") is repealed.
   */
  mentions?: 'title' | 'purpose' | 'question' | 'definition' | 'discussion' | 'law' | 'elsewhere' | 'denied' | 'alleged' | 'repealed';
  /** An opening subordinate clause ("If an officer asks…, you may…"): a condition, not the directive. */
  opening?: Span;
}

/** The words a pack lends the clause reader: what it knows of its domain, not of English. */
export interface ClauseVocabulary {
  /** Base verbs that make a sentence an instruction when they open it ("Bring your papers", "Detain…"). */
  imperativeVerbs?: ReadonlySet<string>;
  /** An exception (lower-cased words joined by spaces) that keeps a prohibition intact ("…unless required by a judicial warrant"). */
  narrowException?: RegExp;
  /** A sentence opening with a citation of law ("8 U.S.C. § 1373 provides…"): it reports what the law says. */
  lawCitation?: RegExp;
}

/**
 * Splits a sentence into clauses and reads each one's subject, modality, polarity and exceptions.
 * Clauses are separated by semicolons and by a coordinator followed by a new verb group
 * ("..., but may ask", "and shall not").
 */
export function analyseSentence(sentence: Sentence, options: ClauseVocabulary = {}): Clause[] {
  const words = sentence.words;
  const bounds = clauseBoundaries(sentence, options);
  const clauses: Clause[] = [];
  let previous: Clause | undefined;
  for (let i = 0; i < bounds.length - 1; i++) {
    const clause = readClause(sentence, bounds[i]!, bounds[i + 1]!, options, previous);
    if (clause.to > clause.from) clauses.push(clause);
    previous = clause;
  }
  if (clauses.length === 0 && words.length > 0) clauses.push(readClause(sentence, 0, words.length, options));
  frameInlineItems(clauses);
  return clauses;
}

/**
 * "Members shall not: ask about status; use children as interpreters": items after a colon, set off by semicolons,
 * are completed by the verb group before the colon, as a list's items are by its lead-in.
 */
function frameInlineItems(clauses: Clause[]): void {
  let leadIn: Clause | undefined;
  for (const clause of clauses) {
    if (leadIn && !clause.modal) clause.frame = leadIn;
    else leadIn = undefined;
    if (clause.modal && colonAfter(clause.sentence, clause.modal.to, clause.to)) leadIn = clause;
  }
}

/** Whether a colon stands between two words of [from, to) (or right after word `from - 1`). */
function colonAfter(sentence: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (gapBefore(sentence, i).includes(':')) return true;
  return false;
}

function clauseBoundaries(sentence: Sentence, options: ClauseVocabulary): number[] {
  const { words } = sentence;
  const bounds = [0];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const gap = gapBefore(sentence, i);
    if (gap.includes(';')) {
      bounds.push(i);
      continue;
    }
    // "..., but may ask" / "and shall not" / "or will": a coordinator that opens a new verb group.
    if ((word.lower === 'but' || word.lower === 'and' || word.lower === 'or') && i + 1 < words.length) {
      // "…, and, when appropriate, shall refer…": look past a set-off insert to the verb group.
      const j = afterParenthetical(sentence, i, words.length);
      const next = words[j]?.lower ?? '';
      const after = words[j + 1]?.lower;
      // "…will not stop anyone … and are permitted to ask…": a passive verb group of permission or duty.
      const modalAdjective = /^(?:is|are)$/.test(next) && after !== undefined && MODAL_ADJECTIVES.has(after);
      if (MODALS.has(next) || NEGATED_MODALS.has(next) || (next === 'not' && after !== undefined && MODALS.has(after)) || modalAdjective) {
        // "shall not ask or question" keeps one clause; a coordinator + modal starts a new one.
        bounds.push(i);
      } else if ((gap.includes(',') || newSubjectAfterVerbGroup(sentence, bounds.at(-1)!, j)) && subjectThenModal(sentence, j)) {
        // "…, but no one may be held…", "…, and the sergeant shall…": a new subject with its own modal.
        bounds.push(i);
      } else if (gap.includes(',') && statementAfter(sentence, j, options.imperativeVerbs)) {
        // "An ICE agent screens people at booking, and the jail notifies ICE…": a new subject stating a practice.
        bounds.push(i);
      } else if (conditionThenClause(sentence, bounds.at(-1)!, j)) {
        // "may post bond but if the office honors the detainer, they will be held": a condition opening a new clause.
        bounds.push(i);
      }
    }
  }
  bounds.push(words.length);
  return bounds;
}

function readClause(sentence: Sentence, from: number, to: number, options: ClauseVocabulary, previous?: Clause): Clause {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  const negations: number[] = [];
  const exceptions: Exception[] = [];
  /** Whether words [start, end) make a narrow exception (an element of the crime, a judicial warrant, a duty in law). */
  const isNarrow = (start: number, end: number): boolean => options.narrowException?.test(lowerWords(words, start, end)) === true;

  // "after", "before", "until" and "since" may be prepositions ("requests received after the offense will be
  // rejected"): if reading them as conjunctions leaves no main verb group, and no bare verb opens the clause
  // to be one ("hold the driver until Border Patrol can confirm…"), read them as prepositions.
  const opensWithVerb = options.imperativeVerbs?.has(lower(from)) === true;
  let main = mainVerbGroup(sentence, from, to, false);
  if (!main.modal && !opensWithVerb) main = mainVerbGroup(sentence, from, to, true);
  let modal = main.modal;
  let modality: Modality = main.modality;
  const opening = main.opening;
  let imperativeAt = -1;
  // "The Department does not verify...", "Our officers never ask..."
  if (!modal) {
    for (let i = from; i < to; i++) {
      // "…to the extent that doing so does not violate…", "so that…": an adverbial clause has its own "does".
      if (lower(i) === 'that' && ADVERBIAL_THAT.test(lower(i - 1))) break;
      // "…to translate when a qualified interpreter isn't available": a later conjunction's clause has its own.
      if (i > from && CONJUNCTION_WORDS.has(lower(i)) && !opening) break;
      if (DO.has(lower(i)) || /^(?:does|do|did|is|are|was|were)n't$/.test(lower(i))) {
        modal = { from: i, to: i + 1 };
        break;
      }
    }
  }
  // A bare verb opening the sentence, or following an opening condition, is an imperative ("Bring your
  // papers", "Do not ask", "When you report a crime, please bring…").
  // "Train the staff; assist partner agencies with…": a bare verb after a semicolon opens an instruction of its own.
  const commandAt = from === 0 ? answerLabelLength(sentence) : afterSemicolon(sentence, from) ? from : -1;
  const start = commandAt !== -1 && opening ? opening.to : commandAt;
  if (!modal && start !== -1) {
    // "Please bring…" is as much an instruction as "Bring…".
    const first = lower(start) === 'please' ? lower(start + 1) : lower(start);
    if (first === 'do' || first === "don't" || first === 'never' || options.imperativeVerbs?.has(first)) {
      modality = 'imperative';
      imperativeAt = start;
    }
  }
  if (!modal && modality === 'statement' && previous) {
    // "…shall not arrest anyone; nor detain…" keeps the previous clause's subject and modal frame.
    modality = previous.modality;
  }

  for (let i = from; i < to; i++) {
    const word = lower(i);
    if (
      (EXCEPTION_OPENERS.has(word) && (word !== 'save' || SAVE_FOLLOWERS.has(lower(i + 1)))) ||
      // "Absent a separate law enforcement reason, members shall not…": a condition that lifts the prohibition.
      (word === 'absent' && ABSENT_FOLLOWERS.has(lower(i + 1))) ||
      (word === 'only' && isConditional(lower(i + 1))) ||
      // "may assist federal agents when a person's life is in immediate danger": a permission confined to a narrow case.
      (/^(?:when|if|where)$/.test(word) && modality === 'permission' && modal !== undefined && i > modal.to && isNarrow(i, to)) ||
      // "other than when…", ", other than trafficking cases"; not "a country other than the United States", which
      // names a kind of country.
      (word === 'other' &&
        lower(i + 1) === 'than' &&
        !KINDS_OTHER_THAN.test(lower(i - 1)) &&
        (afterComma(sentence, i) || !/^(?:the|a|an|this|that|its|their)$/.test(lower(i + 2))))
    ) {
      const end = exceptionEnd(sentence, i, from, to, modal !== undefined && i > modal.to + 2);
      const narrow = isNarrow(i, end);
      // "detain a person only for not having papers": "only for" a reason that is no narrow exception names
      // the basis of the action, which stays part of it; "only for trafficking investigations" confines it.
      if (word === 'only' && (lower(i + 1) === 'for' || lower(i + 1) === 'in') && !narrow) continue;
      exceptions.push({ from: i, to: end, narrow });
      i = end - 1;
      continue;
    }
    const broad = broadConditionEnd(sentence, i, to);
    if (broad !== -1) {
      // "where necessary" hands the decision back, but "where legally necessary" is what the law requires.
      exceptions.push({ from: i, to: broad, narrow: isNarrow(i, broad) });
      i = broad - 1;
      continue;
    }
    // "train not only deputies but jail officers": "not only … but" adds, it does not negate.
    if (notOnlyBut(words, i, to) || isBound(words, i) || parentheticalNot(sentence, i)) continue;
    if (NEGATORS.has(word) || CONTRACTED_NEGATIONS.test(word) || NEGATED_MODALS.has(word) || PROHIBITING.has(word)) {
      negations.push(i);
    } else if (
      // "should avoid actions that deter reporting, such as requesting status", "shall refuse requests from ICE to
      // hold inmates": as the main verb, a verb of refusing reaches all that follows it.
      (REFUSING.has(word) &&
        (lower(i + 1) === 'to' || lower(i + 1).endsWith('ing') || i === (modal ? modal.to : mainVerbAt(sentence, from, i)))) ||
      (CEASING.has(word) && lower(i + 1).endsWith('ing'))
    ) {
      negations.push(i);
    } else if (
      CONDEMNING.has(word) &&
      (CONDEMNING_LINKS.test(lower(i - 1)) ||
        (/^(?:serious|gross|a|an)$/.test(lower(i - 1)) && CONDEMNING_LINKS.test(lower(i - 2))) ||
        (lower(i - 1) === 'serious' && /^(?:a|an)$/.test(lower(i - 2)) && CONDEMNING_LINKS.test(lower(i - 3))))
    ) {
      // "Threatening anyone with deportation is misconduct": the action is named as a wrong, so forbidden.
      negations.push(i);
    }
  }

  const subject = modal ? { from, to: modal.from } : undefined;
  const cancelled = negatedRestriction(sentence, from, to, modal);
  // A negated restriction permits the action; its negation words no longer negate anything.
  const kept = cancelled ? negations.filter((index) => !cancelled.includes(index)) : negations;
  const negated = !cancelled && isClauseNegated(sentence, from, to, modal, subject, kept, modality, imperativeAt);
  const past = (modality === 'statement' && isPastStatement(sentence, from, to)) || habitualPast(sentence, modal);
  const mentions = mentionKind(sentence, from, to, options);
  const restrictions = innerRestrictions(sentence, modal ? modal.to : from, to, cancelled ?? []);
  const clause: Clause = { sentence, from, to, subject, modal, modality, negated, negations: kept, restrictions, exceptions, past };
  if (mentions) clause.mentions = mentions;
  const topic = topicStart(sentence, from, to);
  if (topic !== -1) {
    clause.topic = topic;
    const end = frontedPhraseEnd(sentence, from, topic, modal);
    if (end !== -1) clause.topicEnd = end;
  } else if (/^(?:asked|questioned)$/.test(words[from]?.lower ?? '') && /^(?:whether|if|about)$/.test(words[from + 1]?.lower ?? '')) {
    // "Asked whether deputies would help ICE, the sheriff answered…": the question put, up to its comma.
    const comma = nextComma(sentence, from + 1, to);
    if (comma !== -1) {
      clause.topic = from + 1;
      clause.topicEnd = comma + 1;
    }
  }
  if (opening && ((modal && modal.from >= opening.to) || imperativeAt >= opening.to)) clause.opening = opening;
  return clause;
}

const RESTRICTION_NOUNS = /^(?:restrictions?|limitations?|limits|prohibitions?|bans?)$/;
const RESTRICTION_REACH = 12;

/**
 * Restrictions after the verb group that govern a later action: a restricting verb with "from" or a power
 * ("restricts officers from calling", "limits the ability of deputies to honor…") or a restriction noun with "on" or
 * "against". A prohibiting verb counts here only inside a relative clause ("a policy that prohibits…"):
 * as the main verb it already negates the clause.
 */
function innerRestrictions(sentence: Sentence, from: number, to: number, cancelled: readonly number[]): number[] {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    const word = lower(i);
    if (cancelled.includes(i)) continue;
    if (RESTRICTION_NOUNS.test(word) && /^(?:on|against)$/.test(lower(i + 1))) {
      found.push(i);
      continue;
    }
    if (!RESTRICTING.has(word)) continue;
    if (PROHIBITING.has(word) && ![lower(i - 1), lower(i - 2)].some((before) => before === 'that' || before === 'which')) continue;
    for (let j = i + 1; j < Math.min(to, i + RESTRICTION_REACH); j++) {
      if (lower(j) === 'from' || /^(?:ability|authority|power|discretion)$/.test(lower(j))) {
        found.push(i);
        break;
      }
    }
  }
  return found;
}

/**
 * "Because of concerns about fraud, officers shall ask…": a topic in a phrase fronted before the subject and set off
 * by a comma ends there (the index of the first word after the comma, or -1); the directive after it is the clause's own.
 */
function frontedPhraseEnd(sentence: Sentence, from: number, topic: number, modal: Clause['modal']): number {
  if (!modal || topic >= modal.from || !FRONTING.test(sentence.words[from]?.lower ?? '')) return -1;
  const comma = nextComma(sentence, topic, modal.from);
  return comma === -1 ? -1 : comma + 1;
}

const FRONTING = /^(?:because|due|owing|given|despite|amid|after|following|in|with|for|out)$/;

/** The preposition that turns a noun of talk or fear to its topic ("questions about…", "fear of…"), or -1. */
function topicStart(sentence: Sentence, from: number, to: number): number {
  const words = sentence.words;
  for (let i = from + 1; i < to; i++) {
    const word = words[i]!.lower;
    // "should not have any fear of the police stopping them", "worried that officers will ask…", "scared to call".
    if (/^(?:of|about|that|to)$/.test(word) && FEARING.test(words[i - 1]!.lower)) return i;
    if (word === 'on' || word === 'about') {
      // "my perspective on", "questions about", "will focus solely on".
      const before = words[i - 1]!.lower;
      const talk = TALK.test(before) || (/^(?:solely|only|mainly|primarily|chiefly)$/.test(before) && TALK.test(words[i - 2]?.lower ?? ''));
      if (talk) return i;
    } else if (word === 'regarding' || word === 'concerning' || (/^(?:relating|related)$/.test(word) && words[i + 1]?.lower === 'to')) {
      // "questions Austin Police has received from the community regarding…", "questions relating to…": the noun may
      // stand a few words back.
      for (let j = Math.max(from, i - 12); j < i; j++) if (TALK.test(words[j]!.lower)) return i;
    }
  }
  return -1;
}

/** Whether the clause only mentions an action: a question, a definition or a discussion prompt. */
function mentionKind(sentence: Sentence, from: number, to: number, options: ClauseVocabulary): Clause['mentions'] {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  if (sentence.block.kind === 'heading' || SUBJECT_LINE.test(sentence.text)) return 'title';
  // "AN ACT relating to the enforcement of immigration laws.": a bill's caption names its subject.
  if (from === 0 && MEASURE_CAPTION.test(sentence.text) && !words.some((word) => MODALS.has(word.lower))) return 'title';
  // "The purpose of this order is to establish…", "This policy is intended to…": the document names its topics.
  // An outline label ("A.", "iv.") before the statement is not part of it.
  const label = from === 0 && OUTLINE_LABEL.test(lower(0)) ? 1 : 0;
  if (
    from === 0 &&
    PURPOSE.test(
      words
        .slice(label, label + 9)
        .map((word) => word.lower)
        .join(' '),
    )
  )
    return 'purpose';
  // "Means, for the purposes of…" under a heading that names the term; "An ICE hold is a request to keep…".
  if (from === 0 && (DEFINING.test(lower(0)) || genericDefinition(words) || coverageDefinition(words) || scopeStatement(words, to)))
    return 'definition';
  // An inverted or wh- question; "Officers shall ask: are you a citizen?" is a directive, not a question.
  // "Q: Will the officer ask…?" in an FAQ: the label is not part of the question.
  const opener =
    from === 0 && /^(?:q|question)$/.test(lower(0)) && /^[\s*_]*:/.test(sentence.text.slice(words[0]!.end - sentence.start)) ? 1 : from;
  if (/\?[\s"'”’*_)]*$/.test(sentence.text) && QUESTION_OPENERS.has(lower(opener))) return 'question';
  if (posedQuestion(sentence, from, to)) return 'question';
  // "Immigration hold: a request from ICE to keep a person…", a glossary entry with no directive in it.
  const term = glossaryTerm(sentence.text);
  if (
    from === 0 &&
    term !== undefined &&
    !ANNOUNCING.test(term) &&
    !sentence.words.some((word) => MODALS.has(word.lower) || NEGATED_MODALS.has(word.lower))
  ) {
    return 'definition';
  }
  // A short quoted term opens it ("'Detainer' means…"); a quotation of someone's words opening a sentence defines nothing.
  if (QUOTED_TERM.test(sentence.text) || (lower(0) === 'the' && lower(1) === 'term') || (lower(0) === 'as' && lower(1) === 'used')) {
    for (let i = from + 1; i < Math.min(to, from + 12); i++) {
      if (!DEFINING.test(lower(i))) continue;
      // "is defined as", "shall mean", "means", "refers to"
      if (lower(i) !== 'defined' || lower(i + 1) === 'as') return 'definition';
    }
  }
  // "A.R.S. § 11-1051(B) directs officers to…", "8 U.S.C. § 1373 provides that…": the law is the subject.
  if (from === 0 && options.lawCitation?.test(sentence.text)) {
    // The citation may run long ("…, as amended by Pub. L. No. 107-296, authorizes…"): up to the first modal.
    for (let i = 1; i < Math.min(to, 40) && !MODALS.has(lower(i)); i++) if (REPORTING_LAW.test(lower(i))) return 'law';
    // "§ 13-1509 Failure to carry an alien registration document; exception; records": a section's caption, whose
    // parts a semicolon separates, with no verb group of its own.
    if (sentence.text.includes(';') && !words.some((word) => MODALS.has(word.lower) || BE.has(word.lower))) return 'title';
  }
  // "The statute does, however, allow for local involvement…", "Federal law permits…": what a law lets happen.
  if (from === 0 && lawGrants(words, to)) return 'law';
  // "The law requires Texas cities to cooperate with…", "SB 4 is intended to require local enforcement to…": what a law
  // demands of a whole class of other bodies, told as news; the department's own duty would name it.
  if (from === 0 && lawRequiresOthers(words, to)) return 'law';
  // "The program allows a state or local agency to…", "…enables local law enforcement agencies to…": what a law or
  // program lets any agency do, not this one.
  for (let i = from + 1; i < Math.min(to - 1, from + 8); i++) {
    if (MODALS.has(words[i]!.lower)) break;
    if (
      GRANTING.test(lower(i)) &&
      (/^(?:a|an|any)$/.test(lower(i + 1)) || BODIES_AT_LARGE.test(lowerWords(words, i + 1, Math.min(to, i + 8))))
    )
      return 'law';
  }
  // "True or false: officers may ask…": a quiz item puts the statement to the reader.
  if (from === 0 && lower(0) === 'true' && lower(1) === 'or' && lower(2) === 'false') return 'question';
  // "It is not true that officers must report victims to ICE": the content is denied.
  if (from === 0 && (lower(0) === 'it' || lower(0) === "it's") && DENIED_CONTENT.test(lowerWords(words, 0, Math.min(to, 6))))
    return 'denied';
  // "Media reports have incorrectly suggested that the office entered into…": what is told is called false.
  for (let i = from; i < Math.min(to - 1, from + 12); i++) {
    if ((FALSELY.test(lower(i)) && CLAIMING.test(lower(i + 1))) || (CLAIMING.test(lower(i)) && FALSELY.test(lower(i + 1)))) return 'denied';
  }
  // "Section 7.3, which read "Booking officers shall verify…", is repealed": a rule named as withdrawn.
  if (RULE_NAMED.test(sentence.text) && REPEALED.test(sentence.text)) return 'repealed';
  // "Example of a prohibited question: …", "Scenario 4 (incorrect response): …; discuss why this violates the order":
  // training material showing what not to do.
  if (WRONG_EXAMPLE.test(sentence.text)) return 'discussion';
  // "Critics say the deputies have racially profiled…": an accusation, told as the accusers'.
  if (from === 0 && ACCUSERS.test(lower(0)) && ACCUSING.test(lower(1))) return 'alleged';
  // "A judge may order a defendant to surrender a passport": what a court does, not the department.
  if (from === 0 && COURT_WORDS.test(lower(1)) && COURT_SUBJECT.test(lowerWords(words, 0, Math.min(to, 4)))) return 'elsewhere';
  // "Supporters of the bill argue that…", "A spokesperson for ICE said…", "The complaint alleges that…", "A state
  // senator has proposed a bill that would…": what someone outside the department says or proposes.
  if (from === 0 && outsideVoice(words, to)) return 'alleged';
  // "Some states require…", "Other jurisdictions still ask…": another jurisdiction's practice, not this one's.
  // "More and more cities…", "A growing number of counties…" too.
  const others = /^(?:more|a|an)$/.test(lower(from))
    ? (lowerWords(words, from, from + 4)
        .match(GROWING_NUMBER)?.[0]
        .split(' ').length ?? 0)
    : 0;
  const head = others > 0 ? from + others : OTHERS.has(lower(from)) ? from + 1 : -1;
  if (head !== -1 && JURISDICTIONS.test(lower(head) === 'other' ? lower(head + 1) : lower(head))) return 'elsewhere';
  // "The neighboring county still tells ICE…", "Neighboring Ridge County signed…": a neighbour's practice.
  const neighbour = /^(?:the|a)$/.test(lower(from)) ? from + 1 : from;
  if (NEIGHBOURING.test(lower(neighbour))) {
    for (let i = neighbour + 1; i < Math.min(to, neighbour + 4); i++) if (NEIGHBOUR_NOUNS.test(lower(i))) return 'elsewhere';
  }
  if (from === 0 && DISCUSSING.has(lower(0))) {
    for (let i = 1; i < Math.min(to, 6); i++) if (WH_WORDS.has(lower(i))) return 'discussion';
  }
  return undefined;
}

const COURT_WORDS = /^(?:judge|court|magistrate|trial|juvenile|immigration)$/;
const COURT_SUBJECT =
  /^(?:a|the|any) (?:judge|court|magistrate|trial court|juvenile court|immigration judge) (?:may|shall|must|will|can|might|could)\b/;

/**
 * Who speaks from outside the department: a bill's backers, a landlord, another agency, a complaint. (Critics and
 * advocates making a charge are read only in the narrower form above: labellers have counted their charges.)
 */
const OUTSIDE_SPEAKERS =
  /^(?:supporters|proponents|sponsors|lawmakers|legislators|senator|senators|landlord|landlords|employer|employers|neighbors|neighbours|complaint|lawsuit|suit|petition|ice|dhs|cbp|hsi|ero)$/;
const PROPOSING = /^(?:propose|proposed|proposes|introduce|introduced|introduces|want|wants|wanted|urge|urged|urges)$/;

/** Whether the sentence opens with an outside speaker's noun phrase and a verb of saying or proposing. */
function outsideVoice(words: readonly Token[], to: number): boolean {
  for (let i = 1; i < Math.min(to, 7); i++) {
    const word = words[i]!.lower;
    if (MODALS.has(word)) return false;
    if (!ACCUSING.test(word) && !PROPOSING.test(word)) continue;
    let head = i - 1;
    while (head > 0 && /^(?:has|have|had)$/.test(words[head]!.lower)) head--;
    // "A spokesperson for ICE", "Supporters of the bill": any word of the speaker's phrase may name them.
    for (let k = head; k >= 0; k--) if (OUTSIDE_SPEAKERS.test(words[k]!.lower)) return true;
    return false;
  }
  return false;
}

function lowerWords(words: readonly Token[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((word) => word.lower)
    .join(' ');
}

const DENIED_CONTENT = /^(?:it is|it's) (?:not true|untrue|false|a myth|not the case) that\b/;

const REPEALED =
  /\b(?:is|are|was|were|has been|have been|shall be|will be|is being)\s+(?:hereby\s+)?(?:repealed|rescinded|deleted|revoked|superseded|withdrawn|struck|stricken|removed|eliminated|abolished)\b(?:\s+(?:in (?:its|their) entirety|effective|from|as of)\b[^.;]*)?\s*[.;]?\s*$|\b(?:that|this|the) (?:language|provision|sentence|section|rule) (?:is|was|has been) (?:hereby )?(?:repealed|rescinded|deleted|revoked|withdrawn|struck)\b/i;

const WRONG_EXAMPLE =
  /^[\s*_]*(?:wrong|incorrect|improper|bad)(?: (?:answers?|responses?|examples?|practices?|questions?|ways?))?\s*:|^[\s*_]*(?:an? )?examples? of (?:an? )?(?:prohibited|improper|incorrect|unlawful|bad)\b|^[\s*_]*(?:an? )?examples? of what not to\b|\((?:incorrect|wrong|improper|prohibited) (?:response|answer|example|practice|question)\)|\bdiscuss why (?:this|it|that) (?:violates|is wrong|breaks|is prohibited)\b/i;

// The sentence opens with the rule it repeals: "Section 7.3 of the prior manual…", "General Order 3.05, which…",
// "The previous policy stated that…", "The sentence "…" is deleted".
const RULE_NAMED =
  /^[\s*_“"]*(?:the\s+)?(?:(?:prior|previous|former|old|existing)\s+)?(?:sections?|subsections?|general\s+orders?|special\s+orders?|orders?|polic(?:y|ies)|procedures?|directives?|rules?|sentences?|provisions?|paragraphs?|manuals?|§)\b/i;

const NEIGHBOURING = /^(?:neighbou?ring|nearby|adjacent|surrounding)$/;
const NEIGHBOUR_NOUNS =
  /^(?:states?|jurisdictions?|city|cities|county|counties|towns?|departments?|agency|agencies|sheriffs?|parish(?:es)?)$/;
const GROWING_NUMBER = /^(?:more and more|a growing number of|an increasing number of|a number of)\b/;

const QUOTED_TERM = /^[\s*_]*["“'‘][^"“”'‘’]{1,40}["”'’]/;

/**
 * A question someone else puts: a quoted question and its asker ("'…transferred to ICE?' the reporter asked"), a
 * reporter's or the opinion's requester's question ("A reporter asked about…", "You inquire whether…"), or an open
 * question named as such ("One of the major questions is the extent to which…").
 */
function posedQuestion(sentence: Sentence, from: number, to: number): boolean {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  if (/\?\s*["”’']\s*,?\s+(?:\S+\s+){0,3}(?:asked|asks|wondered|wonders|questioned)\b/i.test(sentence.text)) return true;
  for (let i = from; i < to - 1; i++) {
    if (QUESTIONERS.test(lower(i)) && ASKING_QUESTION.test(lower(i + 1) === 'have' ? lower(i + 2) : lower(i + 1))) return true;
    // "One of the major questions is whether…": a copula right after the subject's noun, then what is open.
    if (i < from + 7 && OPEN_QUESTIONS.test(lower(i)) && /^(?:is|are|was|were|remains)$/.test(lower(i + 1)))
      return /^(?:whether|how|what|why|who|when|if|the)$/.test(lower(i + 2));
  }
  return false;
}

/**
 * "An ICE request for notification is a request to notify ICE…": a short indefinite subject that the verb
 * "is" equates with a kind of request, form or record: a definition, not a directive.
 */
// What a term is defined as: a kind of request, form or record ("a request to…", "a form signed by…").
const DEFINED_HEAD_WORDS =
  'request|form|document|notice|order|warrant|writ|agreement|program|process|procedure|term|record|list|database|system';
const DEFINED_HEADS = new RegExp(`^(?:${DEFINED_HEAD_WORDS})$`);
const PLURAL_HEADS = new RegExp(`^(?:${DEFINED_HEAD_WORDS})e?s$`);

function genericDefinition(words: readonly Token[]): boolean {
  if (pluralDefinition(words)) return true;
  if (!/^(?:a|an)$/.test(words[0]?.lower ?? '')) return false;
  for (let i = 2; i < Math.min(words.length - 2, 9); i++) {
    if (words[i]!.lower === 'is') return /^(?:a|an)$/.test(words[i + 1]!.lower) && DEFINED_HEADS.test(words[i + 2]?.lower ?? '');
    if (RELATIVE.has(words[i]!.lower)) return false;
  }
  return false;
}

const LAW_SUBJECT = /^(?:statute|statutes|law|laws|act|code|constitution|regulation|regulations|legislation|bill)$/;
const LAW_GRANTS =
  /^(?:allow|allows|permit|permits|authorize|authorizes|authorise|authorises|enable|enables|lets|gives|grants|confers|empowers)$/;

/** A law as the subject of a verb of allowing: "The statute does, however, allow for…", "State law permits…". */
function lawGrants(words: readonly Token[], to: number): boolean {
  let i = 0;
  while (i < 3 && /^(?:the|this|that|federal|state|state's|national|immigration)$/.test(words[i]?.lower ?? '')) i++;
  // "Texas SB 4 (2017) lets…": a bill named by its number, after its state's name.
  if (/^[A-Z][a-z]+$/.test(words[i]?.text ?? '') && BILL_NAME.test(words[i + 1]?.lower ?? '')) i++;
  if (BILL_NAME.test(words[i]?.lower ?? '') && /^\d+$/.test(words[i + 1]?.lower ?? '')) {
    i += 2;
    if (/^(?:19|20)\d\d$/.test(words[i]?.lower ?? '')) i++;
  } else if (LAW_SUBJECT.test(words[i]?.lower ?? '')) i++;
  else return false;
  // "The law known as SB4 gives…", "the statute called HB 2 allows…": the law's name after it.
  if (/^(?:known|called|named)$/.test(words[i]?.lower ?? '')) {
    i += words[i + 1]?.lower === 'as' ? 2 : 1;
    const name = i;
    while (i < Math.min(to, name + 3) && !LAW_GRANTS.test(words[i]!.lower)) i++;
  }
  if (/^(?:does|do)$/.test(words[i]?.lower ?? '')) i++;
  while (i < to && /^(?:however|also|still|generally|only)$/.test(words[i]?.lower ?? '')) i++;
  return LAW_GRANTS.test(words[i]?.lower ?? '');
}

const OWN_VOICE = /^(?:we|our|us|ours|my|i)$/;

const BILL_NAME = /^(?:sb|hb|ab|senate|house|assembly)$/;
const REQUIRING = /^(?:require|requires|required|mandate|mandates|compel|compels|force|forces|direct|directs)$/;
const OTHER_BODIES = /^(?:cities|counties|jurisdictions|enforcement|states|municipalities|localities|governments)$/;

function lawRequiresOthers(words: readonly Token[], to: number): boolean {
  let i = 0;
  while (i < 3 && /^(?:the|this|that|new|federal|state|state's|texas)$/.test(words[i]?.lower ?? '')) i++;
  const named = BILL_NAME.test(words[i]?.lower ?? '') && /^\d+$/.test(words[i + 1]?.lower ?? '');
  if (!named && !LAW_SUBJECT.test(words[i]?.lower ?? '')) return false;
  for (let verb = i + 1; verb < Math.min(to, i + 16); verb++) {
    if (!REQUIRING.test(words[verb]!.lower)) continue;
    for (let noun = verb + 1; noun < Math.min(to, verb + 5); noun++) {
      if (OWN_VOICE.test(words[noun]!.lower) || /^(?:this|the)$/.test(words[noun]!.lower)) return false;
      if (OTHER_BODIES.test(words[noun]!.lower) && words[noun + 1]?.lower === 'to') return true;
    }
    return false;
  }
  return false;
}

/**
 * "Detainers are requests…", "Section 287(g) agreements under 8 U.S.C. 1357 are voluntary agreements…": a class of
 * things, named with no determiner, said to be a kind of thing; nothing in it speaks for the department.
 */
function pluralDefinition(words: readonly Token[]): boolean {
  if (/^(?:the|these|those|this|its|their|all|any|some|no)$/.test(words[0]?.lower ?? '')) return false;
  if (words.some((word) => OWN_VOICE.test(word.lower) || MODALS.has(word.lower) || NEGATED_MODALS.has(word.lower))) return false;
  for (let i = 1; i < Math.min(words.length - 1, 12); i++) {
    const word = words[i]!.lower;
    if (RELATIVE.has(word)) return false;
    if (word !== 'are') continue;
    if (!words.slice(0, i).some((before) => /[^s]s$/.test(before.lower))) return false;
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) if (PLURAL_HEADS.test(words[j]!.lower)) return true;
    return false;
  }
  return false;
}

/**
 * "Senate Bill 4 only applies to officers asking the status of a person under arrest": what a law or a policy covers,
 * named by a participle after "applies to", which allows or requires nothing.
 */
function scopeStatement(words: readonly Token[], to: number): boolean {
  for (let i = 1; i < Math.min(to - 2, 8); i++) {
    const word = words[i]!.lower;
    if (MODALS.has(word) || RELATIVE.has(word)) return false;
    if (!/^(?:applies|apply|applied)$/.test(word)) continue;
    const at = words[i + 1]!.lower === 'only' ? i + 2 : i + 1;
    if (words[at]?.lower !== 'to') return false;
    for (let j = at + 1; j < Math.min(to, at + 5); j++) if (/^[a-z]+ing$/.test(words[j]!.text)) return true;
    return false;
  }
  return false;
}

/**
 * "Racial profiling is any action based on…", "Biased policing means…": a short term defined by what it covers, with
 * no directive in the sentence.
 */
function coverageDefinition(words: readonly Token[]): boolean {
  if (words.some((word) => MODALS.has(word.lower) || NEGATED_MODALS.has(word.lower))) return false;
  for (let i = 1; i < Math.min(words.length - 1, 5); i++) {
    const word = words[i]!.lower;
    if (RELATIVE.has(word)) return false;
    if ((word === 'is' && words[i + 1]!.lower === 'any') || word === 'means') return true;
  }
  return false;
}

const SENTENCE_ADVERBS =
  /^(?:however|nonetheless|nevertheless|additionally|moreover|furthermore|also|still|therefore|thus|finally|instead|otherwise|similarly|likewise|conversely|further|and|but|so)$/;

const FINITE_AUXILIARIES = /^(?:is|are|was|were|has|have|had|does|did)$/;

/** "to the extent that doing so does not violate…": a condition on the action, never the clause's own verb group. */
function isExtentCondition(words: readonly Token[], i: number): boolean {
  return words[i]!.lower === 'that' && words[i - 1]?.lower === 'extent';
}

/**
 * The main verb group: the first modal that is not inside a relative or subordinate clause ("A person who
 * cannot show a visa may be asked…"), and the opening subordinate clause, if any ("When … exists, officers
 * shall"), which runs to its comma.
 */
function mainVerbGroup(
  sentence: Sentence,
  from: number,
  to: number,
  prepositions: boolean,
): { modal?: Span; modality: Modality; opening?: Span } {
  const words = sentence.words;
  let opening: Span | undefined;
  let subordinateUntil = -1;
  for (let i = from; i < to; i++) {
    const word = words[i]!.lower;
    if (prepositions && PREPOSITION_LIKE.has(word)) continue;
    // "…focusing on what he can control, making sure…": a free relative has its own verb group.
    // "However, if agents…": a sentence adverb may stand before the opening, and so may an imperative of ensuring
    // ("Ensure that when DHS asks…, the officer shall…").
    const leads =
      i === from || (i === from + 1 && SENTENCE_ADVERBS.test(words[from]!.lower)) || (i === from + 2 && ensuringLead(words, from));
    const opens = (OPENING_SUBORDINATORS.has(word) && leads) || (i === from && invertedCondition(sentence, i, to));
    const opensClause = RELATIVE.has(word) || (word === 'what' && i > from) || opens;
    if (opensClause && i > subordinateUntil) {
      subordinateUntil = Math.max(i, ownVerbGroupEnd(sentence, i + 1, to, OWN_VERB_GROUP_REACH.get(word) ?? 4));
      const comma = nextComma(sentence, i, to);
      if ((ONLY_SUBORDINATING.has(word) || isExtentCondition(words, i)) && !opens && i > from) {
        // Without a comma the subordinate clause ends before a modal that follows its own verb group: "Any member
        // who refuses … because no arrest was made shall be referred…".
        // ("…because the officer taking the report will need to see them": a modal that is the clause's own first verb.)
        const modalAfter = comma === -1 ? words.findIndex((token, k) => k > i && k < to && MODALS.has(token.lower)) : -1;
        const finite = modalAfter !== -1 && words.slice(i + 1, modalAfter).some((token) => FINITE_AUXILIARIES.test(token.lower));
        subordinateUntil = comma !== -1 ? comma : finite ? modalAfter - 1 : to;
      }
      // A comma in brackets ("(i.e. an assault, a fatality)") does not close the opening.
      const closing = opens ? commaOutsideBrackets(sentence, i, to) : -1;
      // Without its comma, the opening ends where a pronoun subject takes its verb group: "When we arrest someone we
      // are required to…".
      const unmarked = opens ? pronounClauseAfter(sentence, i, closing === -1 ? to : closing) : -1;
      if (unmarked !== -1) {
        subordinateUntil = unmarked - 1;
        opening = { from, to: unmarked };
      } else if (closing !== -1) {
        subordinateUntil = Math.max(subordinateUntil, closing);
        opening = { from, to: closing + 1 };
      }
      continue;
    }
    if (i <= subordinateUntil) continue;
    const group = modalAt(sentence, i, to);
    // A verb group with nothing after it directs nothing ("Deputies trained under the program shall", a draft cut
    // short), unless it leads a list in ("Members shall not:").
    if (group && (group.to < to || /:[\s*_]*$/.test(sentence.text))) {
      // "have been trained to ask": the perfect's auxiliary belongs to the verb group.
      const perfect = words[i]!.lower === 'been' && /^(?:has|have)$/.test(words[i - 1]?.lower ?? '');
      return { modal: { from: perfect ? i - 1 : i, to: group.to }, modality: group.modality, opening };
    }
  }
  return { modality: 'statement', opening };
}

/**
 * "shall not be prohibited from", "Nothing in this order prevents…": a negated restriction, which
 * permits the action. Returns the word indexes of the negation and the restriction, or undefined.
 */
function negatedRestriction(sentence: Sentence, from: number, to: number, modal: Span | undefined): number[] | undefined {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  // "B. Nothing in this section shall prohibit…": a section label before the subject is not part of it.
  const subject = itemLabelEnd(sentence, from, to);
  if (lower(subject) === 'nothing') {
    for (let i = subject + 1; i < Math.min(to, subject + 12); i++) if (RESTRICTING.has(lower(i))) return [subject, i];
    return undefined;
  }
  // "Officers do not need a reason to ask…", "Deputies don't require any suspicion to…": no justification is
  // needed, so the action is left free, not forbidden.
  if (modal && DO_FORMS.test(lower(modal.from))) {
    let i = modal.to;
    const negation = lower(i) === 'not' || lower(i) === 'never' ? i++ : CONTRACTED_NEGATIONS.test(lower(modal.from)) ? modal.from : -1;
    if (negation !== -1 && /^(?:need|needs|require|requires|have|has)$/.test(lower(i))) {
      let j = i + 1;
      if (/^(?:a|any|an|some|special|particular|specific)$/.test(lower(j))) j++;
      if (/^(?:reasonable|probable|legal|good|special|particular|specific|separate)$/.test(lower(j))) j++;
      if (JUSTIFICATIONS.has(lower(j)) && lower(j + 1) === 'to') return [negation];
    }
  }
  if (!modal) {
    for (let i = from; i < to - 2; i++) {
      if (!BE.has(lower(i)) || (lower(i + 1) !== 'not' && lower(i + 1) !== 'never')) continue;
      if (RESTRICTING.has(lower(i + 2)) && /^(?:for|from|to|in)$/.test(lower(i + 3))) return [i + 1, i + 2];
    }
    return undefined;
  }
  const consumed = [modal.from];
  let i = modal.to;
  if (lower(i) === 'not' || lower(i) === 'never') consumed.push(i++);
  else if (!NEGATED_MODALS.has(lower(modal.from)) && !CONTRACTED_NEGATIONS.test(lower(modal.from))) return undefined;
  if (lower(i) === 'be') i++;
  if (!RESTRICTING.has(lower(i))) return undefined;
  consumed.push(i);
  if (lower(i + 1) === 'from' || lower(i + 1) === 'to' || lower(i + 1) === 'in') return consumed;
  // "may not prohibit or in any way restrict an agency from taking…": the restricted party, and a coordinated
  // restriction, before the "from". A statute may name the party at length ("a person who is a peace officer, …, and
  // who is employed by the entity, from doing…"); past the usual reach, "from" must open a gerund.
  for (let j = i + 1; j < to; j++) {
    if (RESTRICTING.has(lower(j)) && j < i + RESTRICTION_REACH) consumed.push(j);
    else if (lower(j) === 'from' && (j < i + RESTRICTION_REACH || lower(j + 1).endsWith('ing'))) return consumed;
  }
  return undefined;
}

/** "not only … but (also)": an addition, not a negation. */
function notOnlyBut(words: readonly Token[], i: number, to: number): boolean {
  return words[i]?.lower === 'not' && words[i + 1]?.lower === 'only' && words.slice(i + 2, to).some((later) => later.lower === 'but');
}

const COMPARATIVES = /^(?:later|sooner|earlier|more|less|fewer|longer|greater)$/;

/** "not later than 48 hours", "no more than two": a bound on a time or a number, not a negation. */
function isBound(words: readonly Token[], i: number): boolean {
  return /^(?:not|no)$/.test(words[i]!.lower) && COMPARATIVES.test(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'than';
}

const PAST_TIME =
  /\b(?:in the past|previously|formerly|at one time|in former years|until (?:19|20)\d\d|before (?:19|20)\d\d|back in (?:19|20)\d\d)\b/i;

/** "In the past, the Sheriff's Office would honor ICE requests…": "would" of a past habit, not a present directive. */
function habitualPast(sentence: Sentence, modal: Span | undefined): boolean {
  return modal !== undefined && sentence.words[modal.from]?.lower === 'would' && PAST_TIME.test(sentence.text);
}

/** A statement whose verb group is in the past tense: a narrative rather than a directive. */
function isPastStatement(sentence: Sentence, from: number, to: number): boolean {
  const words = sentence.words;
  // "We keep ICE informed…": a pronoun subject with a present verb; a participle later is its complement.
  const second = words[from + 1];
  if (
    /^(?:we|they|you|i)$/.test(words[from]?.lower ?? '') &&
    isBareVerb(second) &&
    !second!.lower.endsWith('ed') &&
    !IRREGULAR_PAST.has(second!.lower)
  )
    return false;
  // "Deputies ask each person booked whether…", "Officers now check…": a plural subject with a present verb; a
  // participle later modifies a noun.
  let verbAt = from + 1;
  while (verbAt < from + 3 && /^(?:now|still|also|then|always|often|never|\w+ly)$/.test(words[verbAt]?.lower ?? '')) verbAt++;
  const verb = words[verbAt];
  if (
    /^[A-Za-z]+[^s]s$/.test(words[from]?.text ?? '') &&
    !/^(?:this|his|its|hers|ours|yours|theirs|was|is|has|does|as|us|thus|plus|yes)$/i.test(words[from]!.text) &&
    isBareVerb(verb) &&
    !FUNCTION_WORDS.test(verb!.lower) &&
    !verb!.lower.endsWith('ed') &&
    !verb!.lower.endsWith('s') &&
    !IRREGULAR_PAST.has(verb!.lower) &&
    !PAST_AUXILIARIES.has(verb!.lower)
  )
    return false;
  let subordinate = false;
  let pastVerb = false;
  let reduced = -1;
  for (let i = from; i < to; i++) {
    const word = words[i]!.lower;
    // Skip relative and subordinate clauses ("Persons who were arrested are…", "on what is called…") up to their comma.
    if ((RELATIVE.has(word) || word === 'what') && i > from) subordinate = true;
    if (subordinate) {
      if (nextComma(sentence, i - 1, i + 1) === i - 1) subordinate = false;
      continue;
    }
    if (PRESENT_AUXILIARIES.has(word)) return false;
    if (PAST_AUXILIARIES.has(word)) return true;
    // "The Sheriff said the county's agreement is…": what was said is in the present and holds now.
    if (i > from && word !== 'told' && REPORTING_SPEECH.test(word) && presentFollows(words, i + 1, to)) continue;
    // "The program allows our agency to enter into… delegated authority": an infinitive reached before any
    // past verb follows a finite verb in the present; a participle after it modifies a noun.
    if (word === 'to' && !pastVerb && i > from + 1 && isBareVerb(words[i + 1])) return false;
    // "to be filled in", "has been recorded": a participle after an auxiliary is not a past-tense verb.
    const auxiliary = /^(?:to|be|been|being|get|gets)$/.test(words[i - 1]?.lower ?? '');
    // "The chief ordered officers to notify ICE…": an order given stands until it is withdrawn.
    if (ORDERING.test(word) && MEMBERS.test(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'to') return false;
    // "the United States": a capitalised word inside the sentence is a name.
    const participle = (word.endsWith('ed') || IRREGULAR_PAST.has(word)) && !(i > from && /^[A-Z]/.test(words[i]!.text));
    // "Each person arrested and processed in the jail undergoes…": a participle after a quantified subject's noun
    // (or joined to one) modifies it; "by trained deputies", "only for closed cases": after a preposition or a
    // determiner it describes the noun that follows.
    if (
      participle &&
      (afterQuantifiedNoun(sentence, from, i) ||
        (reduced === i - 2 && /^(?:and|or)$/.test(words[i - 1]!.lower)) ||
        ATTRIBUTIVE_AFTER.test(words[i - 1]?.lower ?? '') ||
        // "a list of newly booked inmates": an adverb may stand between.
        (/ly$/.test(words[i - 1]?.lower ?? '') && ATTRIBUTIVE_AFTER.test(words[i - 2]?.lower ?? '')) ||
        // "anyone arrested", "people booked into the jail": a participle right after such a noun, with a phrase or
        // nothing after it rather than an object, modifies the noun.
        (i > from + 1 &&
          REDUCED_HEADS.test(words[i - 1]!.lower) &&
          !OBJECT_OPENERS.has(words[i + 1]?.lower ?? '') &&
          !/^[A-Z]/.test(words[i + 1]?.text ?? '')))
    ) {
      reduced = i;
      continue;
    }
    if (i > from && !auxiliary && !ATTRIBUTIVE_PARTICIPLES.has(word) && participle) {
      if (OBJECT_OPENERS.has(words[i + 1]?.lower ?? '')) return true;
      // "The officer contacted ICE…" is past unless a present verb group follows ("Persons arrested for… are").
      if (words[i + 1]?.lower !== 'by') pastVerb = true;
    }
  }
  return pastVerb;
}

const PROHIBITION_NAMES = /^(?:prohibitions?|restrictions?|limitations?)$/;
const LAW_SOURCES = /^(?:law|laws|statute|statutes|policy|order|regulation|regulations|code|ordinance|rule|rules)$/;
const REDUCED_HEADS = /^(?:anyone|anybody|everyone|everybody|someone|somebody|those|people|persons|individuals|inmates|immigrants)$/;
const QUANTIFIERS = /^(?:each|every|any|all)$/;
const ATTRIBUTIVE_AFTER =
  /^(?:by|with|among|for|of|in|on|from|about|into|against|under|without|the|a|an|this|that|these|those|its|their|our)$/;
const ORDERING = /^(?:ordered|directed|instructed|told|required)$/;
const MEMBERS = /^(?:officers|deputies|members|staff|personnel|employees|troopers|agents|jailers|detectives|dispatchers)$/;

// Participles that describe a noun rather than tell of a past act: "interview suspected undocumented aliens".
const ATTRIBUTIVE_PARTICIPLES = new Set(['suspected', 'alleged', 'accused', 'undocumented', 'unauthorized']);

function presentFollows(words: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PRESENT_AUXILIARIES.has(words[i]!.lower)) return true;
  return false;
}

/** Relatives, prepositions, conjunctions and articles: words that never stand as a present verb. */
const FUNCTION_WORDS =
  /^(?:who|whom|whose|which|that|of|in|on|at|for|with|from|and|or|but|nor|the|a|an|to|by|as|than|under|over|into|onto|upon|after|before|during|without|within|about|against|between|through)$/;

/** A word that may be an infinitive's verb after "to": lower case, no determiner or pronoun. */
function isBareVerb(word: Token | undefined): boolean {
  return word !== undefined && /^[a-z]+$/.test(word.text) && !OBJECT_OPENERS.has(word.lower) && !word.lower.endsWith('ing');
}

function broadConditionEnd(sentence: Sentence, at: number, to: number): number {
  const words = sentence.words;
  const first = words[at]!.lower;
  if (first !== 'as' && first !== 'when' && first !== 'where' && first !== 'if' && first !== 'whenever' && first !== 'at' && first !== 'in')
    return -1;
  let text = '';
  for (let i = at; i < Math.min(to, at + 9); i++) text += (i > at ? ' ' : '') + words[i]!.lower;
  if (!BROAD_CONDITION.test(text) && !DISCRETION.test(text)) return -1;
  return exceptionEnd(sentence, at, at, to);
}

/** "During", "according", "regarding": words in -ing that are not gerunds. */
function notGerund(word: string): boolean {
  return /^(?:during|according|regarding|including|concerning|notwithstanding|pending|following|something|anything|nothing|everything|morning|evening|building|thing|king|ring|spring)$/.test(
    word,
  );
}

/** "are permitted, but not required, to ask", "may, but need not, ask": the aside negates only its own word. */
function parentheticalNot(sentence: Sentence, i: number): boolean {
  const words = sentence.words;
  if (words[i]?.lower !== 'not') return false;
  const but = words[i - 1]?.lower === 'but' ? i - 1 : words[i - 2]?.lower === 'but' ? i - 2 : -1;
  return but > 0 && afterComma(sentence, but) && (afterComma(sentence, i + 1) || afterComma(sentence, i + 2));
}

/** The text between word `i` and the word before it ('' before the first word or past the last). */
export function gapBefore(sentence: Sentence, i: number): string {
  const { words, text, start } = sentence;
  return i > 0 && i < words.length ? text.slice(words[i - 1]!.end - start, words[i]!.start - start) : '';
}

/** A comma stands between word `i` and the word before it. */
export function afterComma(sentence: Sentence, i: number): boolean {
  return gapBefore(sentence, i).includes(',');
}

function isClauseNegated(
  sentence: Sentence,
  from: number,
  to: number,
  modal: Span | undefined,
  subject: Span | undefined,
  negations: number[],
  modality: Modality,
  command: number,
): boolean {
  const words = sentence.words;
  const lower = (i: number): string => words[i]?.lower ?? '';
  // "It is against department policy to ask…": the act named as contrary to the rules.
  if (lower(from) === 'it' && BE.has(lower(from + 1)) && lower(from + 2) === 'against') return true;
  // "National origin shall play no part in…", "Officers shall take no action to…": a negative object of the main verb.
  if (modal && lower(modal.to + 1) === 'no' && /^(?:part|role|action|steps?|measures?|part)$/.test(lower(modal.to + 2))) return true;
  // "The prohibition set forth in this section shall include:", "Prohibited conduct includes:": what follows is forbidden.
  const head = itemLabelEnd(sentence, from, to);
  const named = lower(head) === 'the' ? head + 1 : head;
  if (
    PROHIBITION_NAMES.test(lower(named)) ||
    (lower(named) === 'prohibited' && /^(?:acts|activities|conduct|actions|practices)$/.test(lower(named + 1)))
  ) {
    for (let i = named + 1; i < Math.min(to, named + 10); i++)
      if (/^(?:include|includes|are|consist|consists)$/.test(lower(i))) return true;
  }
  // "At no point during a stop is a driver to be questioned", "Under no circumstances shall…"
  if (
    (lower(from) === 'at' || lower(from) === 'under' || lower(from) === 'in' || lower(from) === 'on') &&
    lower(from + 1) === 'no' &&
    NEGATIVE_ADVERBIAL_NOUNS.has(lower(from + 2))
  ) {
    return true;
  }
  // "No member shall", "Nobody may", "No one is to", "Nothing in this order shall be construed to permit…",
  // "It is the policy of this Department that no member shall…"
  if (subject) {
    for (let i = subject.from; i < subject.to; i++) {
      const word = lower(i);
      if (word === 'nobody' || word === 'none' || word === 'neither') return true;
      // "…, but no one may be held": the subject opens after a coordinator; "For every driver, no effort shall…"
      // after an introductory phrase.
      const opensSubject =
        i === itemLabelEnd(sentence, subject.from, subject.to) || /^(?:that|but|and|or)$/.test(lower(i - 1)) || afterComma(sentence, i);
      if ((word === 'no' || word === 'nothing') && opensSubject) return true;
      if (word === 'no' && NEGATIVE_ADVERBIAL_NOUNS.has(lower(i + 1))) return true;
    }
  }
  const first = lower(command) === 'please' ? command + 1 : command;
  if (
    modality === 'imperative' &&
    (lower(first) === 'never' || lower(first) === "don't" || (lower(first) === 'do' && lower(first + 1) === 'not'))
  ) {
    return true;
  }
  if (modal) {
    // A negation right after the verb group ("shall not", "may never", "are not authorized to", "does not").
    const modalWord = lower(modal.from);
    if (NEGATED_MODALS.has(modalWord) || CONTRACTED_NEGATIONS.test(modalWord)) return true;
    // "You do not need to show…", "Officers don't have to…": a negated semi-modal.
    const before = lower(modal.from - 1);
    if (((before === 'not' || before === 'never') && DO.has(lower(modal.from - 2))) || /^(?:do|does|did)n't$/.test(before)) return true;
    // "…, nor can they be used as…", "Neither may officers…": the modal inverted after a negative.
    if (before === 'nor' || before === 'neither') return true;
    // "The jail no longer will detain…", "Officers never will ask…": the negation before the modal.
    if (before === 'never' || (before === 'longer' && lower(modal.from - 2) === 'no')) return true;
    for (let i = modal.from; i < Math.min(to, modal.to + 2); i++) {
      const word = lower(i);
      if (notOnlyBut(words, i, to) || parentheticalNot(sentence, i)) continue;
      if (word === 'not' || word === 'never' || word === 'neither' || CONTRACTED_NEGATIONS.test(word)) return true;
    }
    if (REFUSING.has(lower(modal.to)) && (lower(modal.to + 1) === 'to' || lower(modal.to + 1).endsWith('ing'))) return true;
    if (CEASING.has(lower(modal.to)) && lower(modal.to + 1).endsWith('ing')) return true;
    // "are prohibited from", "shall refrain from"
    for (let i = modal.from; i < Math.min(to, modal.to + 3); i++) if (PROHIBITING.has(lower(i))) return true;
  }
  // "Using a child as an interpreter could harm the child", "Asking about status deters victims": the act is the
  // subject of a harm.
  const gerund = /^(?:and|but|yet|so|however)$/.test(lower(from)) ? from + 1 : from;
  if (lower(gerund).endsWith('ing') && !notGerund(lower(gerund))) {
    const verb = modal ? modal.to : words.findIndex((word, i) => i > gerund && i < to && HARMING.test(word.lower));
    if (verb !== -1 && HARMING.test(lower(verb))) return true;
  }
  // "Asking a caller about status is prohibited." / "...is not permitted."
  for (const index of negations) {
    if (index <= from) continue;
    const word = lower(index);
    if ((PROHIBITING.has(word) && BE.has(lower(index - 1))) || CONDEMNING.has(word)) return true;
    if (word === 'not' && BE.has(lower(index - 1)) && MODAL_ADJECTIVES.get(lower(index + 1)) === 'permission') return true;
    // "Some officers ask children to interpret, which is not supported by the protocol": the practice disowned.
    if (word === 'not' && BE.has(lower(index - 1)) && lower(index - 2) === 'which' && DISOWNING.test(lower(index + 1))) return true;
  }
  return false;
}

const DISOWNING = /^(?:supported|approved|sanctioned|condoned|endorsed|consistent|appropriate|acceptable|recommended)$/;

/** Whether the action at word `index` is forbidden by the clause (or by the list frame it inherits). */
export function forbidsAt(clause: Clause, index: number): boolean {
  const words = clause.sentence.words;
  let forbidden = clause.negated;
  if (!forbidden) {
    // A negation between the verb group and the action: "will never ask", "shall request no documents".
    const from = clause.modal ? clause.modal.from : clause.from;
    for (const negation of clause.negations) {
      // "confirm that no person was kept…": "no" opening a content clause negates its subject, and so its verb.
      if (
        negation < index &&
        index - negation <= 5 &&
        words[negation - 1]?.lower === 'that' &&
        /^(?:no|none|nobody|nothing)$/.test(words[negation]!.lower)
      ) {
        forbidden = true;
        break;
      }
      if (
        negation >= from &&
        negation < index &&
        !insideException(clause, negation) &&
        // A negation in a relative or reported clause governs only its own verb group: "that it will not
        // be shared" forbids the sharing; "anyone who does not have papers" says nothing of what follows.
        (!insideRelative(clause, from, negation) || inVerbGroup(words, negation, index))
      ) {
        const word = words[negation]!.lower;
        if (word === 'no' && !isObjectNegation(clause, negation, index)) continue;
        forbidden = true;
        break;
      }
    }
  }
  // "reports nothing to ICE", "holds no one on a detainer", "asks no questions": a negative object right after the verb.
  if (!forbidden && negativeObjectAt(words, index + 1)) forbidden = true;
  // "There is no situation in which a member may ask…": what no case allows is forbidden.
  if (!forbidden && noCaseAllows(words, clause.from, index)) forbidden = true;
  // "help victims without asking about their status", "…rather than report them": the act after "without", "instead
  // of" or "rather than" is set aside (and "shall not help without asking" demands it).
  if (excludedAct(words, clause.from, index)) forbidden = !forbidden;
  // "never adopted a policy that restricts officers from calling ICE": a restriction on the action turns it.
  if (clause.restrictions.some((restriction) => restriction < index && index - restriction <= RESTRICTION_REACH)) forbidden = !forbidden;
  // A list item inherits its lead-in's frame; its own negation flips it ("Members may: ... not ask").
  if (clause.frame && !clause.modal) {
    return clause.frame.negated !== forbidden;
  }
  return forbidden;
}

const NO_CASE =
  /^there (?:is|are|will be|shall be|can be) no (?:\w+ )?(?:situation|situations|circumstance|circumstances|case|cases|time|occasion|occasions|instance|instances|reason|exception|exceptions)(?: \w+){0,3}? (?:in which|under which|when|where|that|for which)\b/;

// "There is no rule, written or unwritten, that lets deputies ask…": no rule grants or demands the act. ("There is no
// policy that prohibits…" denies a protection instead, so only granting and demanding verbs count.)
const NO_RULE =
  /^there (?:is|are|will be|shall be) no (?:\w+ )?(?:rules?|polic(?:y|ies)|laws?|provisions?|orders?|practices?|authority)(?: \w+){0,3}? (?:that|which) (?:lets?|allows?|permits?|authori[sz]es?|requires?|directs?)\b/;

/** Whether the clause opens "There is no situation in which…" or "There is no rule that lets…" before the act at `index`. */
function noCaseAllows(words: readonly Token[], from: number, index: number): boolean {
  if (words[from]?.lower !== 'there' || index - from < 5) return false;
  const opening = lowerWords(words, from, Math.min(index, from + 10));
  return NO_CASE.test(opening) || NO_RULE.test(opening);
}

/** Nouns that name an act "without" may exclude: "without any question about status". */
const ACT_NOUNS =
  /^(?:questions?|inquir(?:y|ies)|enquir(?:y|ies)|checks?|verification|requests?|demands?|notice|notification|contact|referral)$/;

/** Who may stand between "without" and the act it excludes: "without anyone asking", "without people being asked". */
const WITHOUT_SUBJECT =
  /^(?:anyone|anybody|someone|somebody|people|persons?|them|him|her|us|you|me|the|a|an|any|their|his|its|our|your|officers?|members?|deput(?:y|ies)|staff|police|agents?)$/;

/**
 * Whether the act at `index` is set aside: after "without" ("without asking", "without anyone asking", "without being
 * asked", "without people being questioned"), "instead of" or "rather than" ("protect victims rather than report them
 * to ICE"). "without a warrant" names no act, and excludes nothing here.
 */
function excludedAct(words: readonly Token[], from: number, index: number): boolean {
  const before = `${words[index - 2]?.lower ?? ''} ${words[index - 1]?.lower ?? ''}`;
  if (index - 2 >= from && (before === 'instead of' || before === 'rather than')) return true;
  let i = index - 1;
  if (/^(?:being|been)$/.test(words[i]?.lower ?? '')) {
    i--;
    if (words[i]?.lower === 'having') i--;
  } else if (!words[index]!.lower.endsWith('ing') && !ACT_NOUNS.test(words[index]!.lower)) {
    return false;
  }
  for (let reach = 0; reach <= 3 && i >= from; reach++, i--) {
    const word = words[i]!.lower;
    if (word === 'without') return true;
    if (!WITHOUT_SUBJECT.test(word)) return false;
  }
  return false;
}

/** A negative object at `at` ("nothing", "no one", "no documents"), not a limit ("no later than"). */
export function negativeObjectAt(words: readonly Token[], at: number): boolean {
  const word = words[at]?.lower ?? '';
  if (/^(?:nothing|nobody|none|no-one)$/.test(word)) return true;
  // "no later than", "no longer", "no more than": a limit, not a negative object.
  return word === 'no' && !/^(?:later|longer|sooner|more|less|fewer|earlier|matter)$/.test(words[at + 1]?.lower ?? '');
}

/**
 * The rule's action is allowed or required by the clause and no narrow exception confines it.
 * A past-tense narrative ("The officer asked…") neither allows nor requires anything.
 */
export function affirmsAt(clause: Clause, index: number, { pastCounts = false }: { pastCounts?: boolean } = {}): boolean {
  // `pastCounts`: an act that creates a standing state ("The Sheriff signed an agreement with ICE") still holds.
  // A list item under a definition or a purpose statement ("Means … all of the following:") is part of it.
  if ((clause.past && !clause.frame && !pastCounts) || clause.mentions || clause.frame?.mentions) return false;
  if (clause.topic !== undefined && index > clause.topic && (clause.topicEnd === undefined || index < clause.topicEnd)) return false;
  if (!pastCounts && inPastRelative(clause, index)) return false;
  if (inSubjectModifier(clause, index)) return false;
  // A broad exception swallows the prohibition wherever it stands ("Except when necessary, members shall not…"),
  // and a hedge leaves it gaps ("shall not routinely ask").
  if (forbidsAt(clause, index)) return clause.exceptions.some((exception) => !exception.narrow) || hedgeOf(clause, index) !== undefined;
  return !clause.exceptions.some((exception) => exception.narrow);
}

/**
 * Whether word `index` is in a relative clause that tells of the past: "investigate a deputy who allegedly
 * threatened to call ICE", "a man who refused to give his status". What someone did once directs nothing.
 */
function inPastRelative(clause: Clause, index: number): boolean {
  const words = clause.sentence.words;
  for (let i = index - 1; i > clause.from && i >= index - 8; i--) {
    const pronoun = words[i]!.lower;
    // "a report in which a member recorded…", "instances in which officers asked…": a relative after a preposition
    // has a subject of its own.
    const afterPreposition = /^(?:which|whom)$/.test(pronoun) && /^(?:in|on|to|by|from|for|with|about)$/.test(words[i - 1]?.lower ?? '');
    if (!/^(?:who|that)$/.test(pronoun) && !afterPreposition) continue;
    let verb = i + 1;
    // "any complaint that an officer asked…", "allegations that members inquired…": what a complaint says.
    const content = pronoun === 'that' && (COMPLAINT_NOUNS.test(words[i - 1]?.lower ?? '') || ALLEGING.test(words[i - 1]?.lower ?? ''));
    if (content || afterPreposition) {
      const past = words.findIndex(
        (word, k) => k >= verb && k <= verb + 3 && (word.lower.endsWith('ed') || IRREGULAR_PAST.has(word.lower)),
      );
      if (past !== -1) verb = past;
    }
    while (verb < index && PAST_RELATIVE_ADVERBS.test(words[verb]!.lower)) verb++;
    const word = words[verb]?.lower ?? '';
    if (verb > index || !(word.endsWith('ed') || IRREGULAR_PAST.has(word)) || ATTRIBUTIVE_PARTICIPLES.has(word)) return false;
    // "Any person who entered illegally shall be detained": the relative clause ends where the main verb group opens.
    for (let j = verb + 1; j < index; j++)
      if (MODALS.has(words[j]!.lower) || BE.has(words[j]!.lower) || afterComma(clause.sentence, j)) return false;
    return true;
  }
  return false;
}
const ALLEGING = /^(?:alleging|claiming|asserting|charging)$/;
const FOUND_TO = /^(?:found|alleged|accused|shown|proven|determined|believed|suspected|reported)$/;
const VIOLATION_HEADS = /^(?:violations?|breach(?:es)?|infractions?)$/;
// Nouns that "other than" completes into a kind: "a language other than English".
const KINDS_OTHER_THAN = /^(?:language|languages|tongue|country|countries|nation|nations|one|ones|person|persons|people)$/;
const COMPLAINT_NOUNS = /^(?:complaints?|allegations?|claims?|reports?|grievances?|instances?|incidents?|cases?|findings?)$/;
// What befalls the one who acts: "A trainee who asks … fails the scenario", "Officers who ask … violate this order".
const CONSEQUENCES = /^(?:fails|fail|violates|violate|breaks|break|faces|face)$/;

/**
 * Whether word `index` is in a relative clause or a participle on the subject, before the main verb group: "Any
 * officer who asks a victim about status shall be disciplined", "Members using a child as an interpreter shall be
 * counseled", "A trainee who asks … fails the scenario". It names whom the directive is about; the directive is what
 * follows.
 */
export function inSubjectModifier(clause: Clause, index: number): boolean {
  const words = clause.sentence.words;
  let main = clause.modal ? clause.modal.from : -1;
  for (let k = index + 1; main === -1 && k < clause.to; k++) if (CONSEQUENCES.test(words[k]!.lower)) main = k;
  if (main === -1 || index <= clause.from || index >= main) return false;
  if (clause.opening && index < clause.opening.to) return false;
  const from = clause.opening ? clause.opening.to : clause.from;
  for (let k = from; k < index; k++) {
    const word = words[k]!.lower;
    // People described ("who"); a thing's relative clause may be what the directive requires: "A card, on which the
    // officer writes the subject's status, is to be completed". "Any deputy found to have questioned…".
    // "Violations of this section, including stops based on accent, …". "Complaints alleging that a deputy used a
    // child as an interpreter shall be investigated": what a complaint says.
    if (
      word === 'who' ||
      word === 'whom' ||
      (FOUND_TO.test(word) && words[k + 1]?.lower === 'to') ||
      (k < from + 3 && VIOLATION_HEADS.test(word)) ||
      ALLEGING.test(word) ||
      (word === 'that' && COMPLAINT_NOUNS.test(words[k - 1]?.lower ?? ''))
    )
      return true;
  }
  const word = words[index]!.lower;
  return word.endsWith('ing') && index > from && !/^(?:of|by|for|in|on|to|from|with|about|the|a|an|any|no)$/.test(words[index - 1]!.lower);
}

const PAST_RELATIVE_ADVERBS = /^(?:allegedly|reportedly|apparently|recently|previously|once|later|then|also)$/;

/**
 * The hedge that leaves a prohibited action allowed at times: between the negation and the action ("not routinely
 * ask", "not always require"), just before the negation ("shall generally not honor"), or a count after it ("not ask …
 * more than once"); undefined when there is none.
 */
export function hedgeOf(clause: Clause, index: number): Span | undefined {
  const words = clause.sentence.words;
  for (const negation of clause.negations) {
    if (negation >= index || index - negation > 4) continue;
    if (HEDGES.has(words[negation - 1]?.lower ?? '') && negation - 1 > clause.from) return { from: negation - 1, to: negation };
    for (let i = negation + 1; i < index; i++)
      if (HEDGES.has(words[i]!.lower) || words[i]!.lower === 'always') return { from: i, to: i + 1 };
    for (let i = index + 1; i < clause.to - 2; i++) {
      if (words[i]!.lower !== 'more' || words[i + 1]!.lower !== 'than') continue;
      if (/^(?:once|twice)$/.test(words[i + 2]!.lower)) return { from: i, to: i + 3 };
      if (words[i + 2]!.lower === 'one' && words[i + 3]?.lower === 'time') return { from: i, to: i + 4 };
    }
  }
  return undefined;
}

/** A negation after a relative pronoun belongs to that relative clause ("persons who are not citizens"). */
const VERB_GROUP_FILLERS = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'get', 'got', 'ever', 'again', 'also', 'to']);

/** Whether only auxiliaries stand between a negation and the verb it would govern ("not be shared"). */
function inVerbGroup(words: readonly Token[], negation: number, index: number): boolean {
  for (let i = negation + 1; i < index; i++) {
    // "do not need to give", "will not have to show": the negated verb of need governs the infinitive.
    if (/^(?:need|needs|have|has|required)$/.test(words[i]!.lower) && words[i + 1]?.lower === 'to') continue;
    // "will not lead the Department to contact…": a negated causative governs what it would cause.
    if (/^(?:lead|cause|force|prompt|require|get)$/.test(words[i]!.lower)) {
      const to = words.findIndex((word, k) => k > i && k <= i + 4 && k < index && word.lower === 'to');
      if (to !== -1) {
        i = to;
        continue;
      }
    }
    if (!VERB_GROUP_FILLERS.has(words[i]!.lower)) return false;
  }
  return true;
}

function insideRelative(clause: Clause, from: number, negation: number): boolean {
  const words = clause.sentence.words;
  for (let i = Math.max(from, clause.modal ? clause.modal.to : from); i < negation; i++) {
    const word = words[i]!.lower;
    // "An officer's sense that a person looks foreign is never a lawful basis…": the content clause of a noun of
    // thought has its own verb; the copula after it, and its negation, are the sentence's.
    if (word === 'that' && THOUGHT_NOUNS.test(words[i - 1]?.lower ?? '') && BE.has(words[negation - 1]?.lower ?? '') && negation - i > 3)
      continue;
    if (word === 'who' || word === 'whom' || word === 'whose' || word === 'which' || word === 'that') return true;
  }
  return false;
}

const THOUGHT_NOUNS = /^(?:sense|belief|feeling|impression|perception|suspicion|assumption|idea|hunch|view|notion)$/;

export function insideException(clause: Clause, index: number): boolean {
  return clause.exceptions.some((exception) => index >= exception.from && index < exception.to);
}

/** The subject text of a clause (or of its frame, for a list item), e.g. "Members". */
export function subjectText(clause: Clause): string | undefined {
  const source = clause.subject && clause.subject.to > clause.subject.from ? clause : clause.frame;
  if (!source?.subject || source.subject.to <= source.subject.from) return undefined;
  const words = source.sentence.words;
  const first = words[source.subject.from]!;
  const last = words[source.subject.to - 1]!;
  const text = source.sentence.block.text;
  const subject = text.slice(first.start, last.end);
  // "The New York Police Department (NYPD)": a bracket the subject opens is closed after its last word.
  const open = subject.split('(').length - subject.split(')').length;
  return open > 0 && text[last.end] === ')' ? `${subject})` : subject;
}

// "have no statutory authority to enforce…": a missing power to act negates the act.
const NO_POWER_TO = /^no (?:\S+ ){0,2}(?:authority|power|powers|jurisdiction|right|mandate|role) to$/;

function isObjectNegation(clause: Clause, negation: number, index: number): boolean {
  const words = clause.sentence.words;
  if (
    index - negation <= 5 &&
    NO_POWER_TO.test(
      words
        .slice(negation, index)
        .map((word) => word.lower)
        .join(' '),
    )
  )
    return true;
  // "request no documents" negates the object when it comes right before it; "no" further back is
  // usually part of another phrase ("a driver who has no license").
  return index - negation <= 3 && words[negation - 1]?.lower !== 'has';
}

function modalAt(sentence: Sentence, i: number, to: number): { to: number; modality: Modality } | undefined {
  const words = sentence.words;
  // "If an officer stops you": a pronoun may end the text, with nothing after it to read.
  if (i >= to || i >= words.length) return undefined;
  const word = words[i]!.lower;
  if (NEGATED_MODALS.has(word)) return { to: i + 1, modality: NEGATED_MODALS.get(word)! };
  if (MODALS.has(word)) {
    // "will" as a noun ("the victim's will") is rare in policy text; accept. "in May 2019", "May 1" name the month.
    if (isMonthMay(words, i)) return undefined;
    // "will have the authority to question", "will also be authorized to serve", "will be required to ask": the grant
    // or duty after the modal is the verb group.
    const next = /^(?:also|then|now|further)$/.test(words[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const granted = /^(?:have|be)$/.test(words[next]?.lower ?? '') ? modalAt(sentence, next, to) : undefined;
    if (granted) return granted;
    return { to: i + 1, modality: MODALS.get(word)! };
  }
  // "he had been trained to ask drivers…": a duty told in the past perfect is history, not a directive.
  if (word === 'been' && words[i - 1]?.lower === 'had') return undefined;
  if (BE.has(word) || word === 'has' || word === 'have') {
    // is/are [not] authorized to, has the authority to, is to; "are, under this order, not to be asked"
    let j = afterParenthetical(sentence, i, to);
    if (words[j]?.lower === 'not' || words[j]?.lower === 'never') j++;
    // "are neither instructed nor trained to ask": a negated pair of modal participles.
    if (words[j]?.lower === 'neither' && words[j + 2]?.lower === 'nor' && words[j + 4]?.lower === 'to') {
      return { to: j + 5, modality: MODAL_ADJECTIVES.get(words[j + 1]!.lower) ?? 'obligation' };
    }
    const next = words[j]?.lower ?? '';
    if (MODAL_ADJECTIVES.has(next) && words[j + 1]?.lower === 'to') return { to: j + 2, modality: MODAL_ADJECTIVES.get(next)! };
    // "are required by federal law to note…": the source of the duty between the adjective and its verb.
    if (MODAL_ADJECTIVES.has(next) && words[j + 1]?.lower === 'by') {
      for (let k = j + 3; k < Math.min(to, j + 6); k++)
        if (words[k]!.lower === 'to' && LAW_SOURCES.test(words[k - 1]!.lower)) return { to: k + 1, modality: MODAL_ADJECTIVES.get(next)! };
    }
    if (next === 'the' && /^(?:authority|discretion|power|powers)$/.test(words[j + 1]?.lower ?? '') && words[j + 2]?.lower === 'to') {
      return { to: j + 3, modality: 'permission' };
    }
    // "is to ask" is a duty; "has been to" never is.
    if (BE.has(word) && word !== 'been' && next === 'to' && j < to) return { to: j + 1, modality: 'obligation' };
    if (word !== 'has' && word !== 'have') return undefined;
    if (next === 'to' && j === i + 1) return { to: j + 1, modality: 'obligation' };
  }
  if ((word === 'need' || word === 'needs') && words[i + 1]?.lower === 'to') return { to: i + 2, modality: 'obligation' };
  return undefined;
}

/** "in May 2019", "on May 1", "since May": the capitalised month, not the modal. */
function isMonthMay(words: readonly Token[], i: number): boolean {
  if (words[i]!.text !== 'May' || i === 0) return false;
  return (
    /^\d/.test(words[i + 1]?.text ?? '') || /^(?:in|on|of|since|until|by|from|through|last|next|early|late|mid)$/i.test(words[i - 1]!.text)
  );
}

// Words that cannot belong to a short subject noun phrase: they open a relative clause or a verb group.
const NOT_IN_SUBJECT = new Set(['who', 'whom', 'whose', 'which', 'that', 'to', 'be', 'is', 'are', 'was', 'were', 'if', 'when', 'where']);

/**
 * "we will place a hold and the individual will be turned over": without a comma, a determiner or pronoun after the
 * coordinator opens a new subject only once the clause has its own verb group ("Officers and the sergeant shall…"
 * is one subject).
 */
function newSubjectAfterVerbGroup(sentence: Sentence, from: number, at: number): boolean {
  const { words } = sentence;
  const pronoun = /^(?:he|she|they|we|it|him|her|them)$/;
  // "he or she would": the pronouns are one subject.
  if (pronoun.test(words[at - 2]?.lower ?? '')) return false;
  if (!pronoun.test(words[at]?.lower ?? '') && !/^(?:the|a|an|this|that|each|every)$/.test(words[at]?.lower ?? '')) return false;
  for (let k = from; k < at - 1; k++) if (modalAt(sentence, k, at)) return true;
  return false;
}

/** After a clause with its own verb group, "if … , they will…": a fronted condition, then a subject and its modal. */
function conditionThenClause(sentence: Sentence, from: number, at: number): boolean {
  const { words } = sentence;
  if (!/^(?:if|when|whenever|once|unless)$/.test(words[at]?.lower ?? '')) return false;
  let verbGroup = false;
  for (let k = from; k < at - 1 && !verbGroup; k++) verbGroup = modalAt(sentence, k, at) !== undefined;
  if (!verbGroup) return false;
  for (let k = at + 2; k < Math.min(words.length, at + 16); k++) if (afterComma(sentence, k)) return subjectThenModal(sentence, k - 1);
  return false;
}

/** A short subject (one to four words) followed by a modal, from word `at`: "no one may", "the sergeant shall not". */
function subjectThenModal(sentence: Sentence, at: number): boolean {
  const { words } = sentence;
  for (let k = at + 1; k < Math.min(words.length, at + 5); k++) {
    const word = words[k]!.lower;
    if (NOT_IN_SUBJECT.has(words[k - 1]!.lower)) return false;
    if (MODALS.has(word) || NEGATED_MODALS.has(word)) return true;
    // "we are required by federal law to…": a verb group of "be" and a modal adjective.
    if (BE.has(word) && modalAt(sentence, k, words.length)) return true;
  }
  return false;
}

/**
 * A short definite subject at `at` and a present-tense verb the pack knows ("the jail notifies", "each deputy
 * records"): a clause of its own stating a practice.
 */
function statementAfter(sentence: Sentence, at: number, verbs: ReadonlySet<string> | undefined): boolean {
  const { words } = sentence;
  if (!verbs || !/^(?:the|this|that|our|its|their|each|every)$/.test(words[at]?.lower ?? '')) return false;
  for (let k = at + 2; k < Math.min(words.length, at + 5); k++) {
    const word = words[k]!.lower;
    if (NOT_IN_SUBJECT.has(words[k - 1]!.lower)) return false;
    if (!word.endsWith('s') || word.endsWith('ss')) continue;
    const bases = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1), word.slice(0, -2)];
    if (bases.some((base) => verbs.has(base))) return true;
  }
  return false;
}

function afterSemicolon(sentence: Sentence, at: number): boolean {
  const { words, text, start } = sentence;
  return at > 0 && text.slice(words[at - 1]!.end - start, words[at]!.start - start).includes(';');
}

/**
 * "When a person is arrested, booked, or confined, the law requires…": where an opening condition at `from` (or after
 * "Ensure that" there) ends (the first word after its last comma before `limit`), or undefined when there is none.
 */
export function conditionOpeningEnd(clause: Clause, from: number, limit: number): number | undefined {
  const { words } = clause.sentence;
  const at = ensuringLead(words, from) ? from + 2 : from;
  if (!/^(?:if|when|whenever|where|once|after|upon)$/.test(words[at]?.lower ?? '')) return undefined;
  // A comma inside brackets ("(i.e. an assault, a fatality)") does not close the condition.
  const bracketed = inBrackets(clause.sentence, at, limit);
  for (let i = limit - 1; i >= at + 2; i--) if (!bracketed[i - at] && afterComma(clause.sentence, i)) return i;
  return undefined;
}

/**
 * "Should the victim be unable to show a card, the report shall…": an inverted condition at `at`, a subject after
 * "should" and, past its comma, a verb group of the sentence's own.
 */
function invertedCondition(sentence: Sentence, at: number, to: number): boolean {
  const { words } = sentence;
  if (words[at]!.lower !== 'should' || !/^(?:the|a|an|any|he|she|they|it|you|we)$/.test(words[at + 1]?.lower ?? '')) return false;
  const comma = commaOutsideBrackets(sentence, at, to);
  return comma !== -1 && words.slice(comma + 1, to).some((word) => MODALS.has(word.lower));
}

/** "Ensure that when…": an imperative of ensuring at `at`, whose content clause may open with a condition. */
function ensuringLead(words: readonly Token[], at: number): boolean {
  return /^(?:ensure|insure)$/.test(words[at]?.lower ?? '') && words[at + 1]?.lower === 'that';
}

/** For each word from `from` to `to`, whether it stands inside brackets opened after `from` (index i − from). */
export function inBrackets(sentence: Sentence, from: number, to: number): boolean[] {
  const { words, text, start } = sentence;
  const inside: boolean[] = [false];
  let depth = 0;
  for (let i = from + 1; i < to; i++) {
    for (const character of text.slice(words[i - 1]!.end - start, words[i]!.start - start)) {
      if (character === '(' || character === '[') depth++;
      else if ((character === ')' || character === ']') && depth > 0) depth--;
    }
    inside.push(depth > 0);
  }
  return inside;
}

/** The first word after a list or section label at `from` ("(1)", "a.", "iv)", "B."), or `from` when there is none. */
export function itemLabelEnd(sentence: Sentence, from: number, to: number): number {
  const { words, text, start } = sentence;
  const label = (word: Token, gap: string): boolean =>
    /^\(?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]$/i.test(word.text) || (/^(?:\d+|[a-z]|[ivx]+)$/i.test(word.text) && /^[.)]/.test(gap));
  let i = from;
  while (i < to - 1 && label(words[i]!, text.slice(words[i]!.end - start, words[i + 1]!.start - start))) i++;
  return i;
}

/** Words in an FAQ answer label opening the sentence ("A: Bring your papers…"): 1, or 0 when there is none. */
export function answerLabelLength(sentence: Sentence): number {
  const { words, text, start } = sentence;
  const first = words[0];
  const second = words[1];
  if (!first || !second || !/^(?:a|answer)$/.test(first.lower)) return 0;
  return text.slice(first.end - start, second.start - start).includes(':') ? 1 : 0;
}

/** The index after a set-off insert that follows word `i` ("ask, when…, whether"), or `i + 1` when none follows. */
export function afterParenthetical(sentence: Sentence, i: number, to: number): number {
  const { words, text, start } = sentence;
  const next = words[i + 1];
  if (!next || !text.slice(words[i]!.end - start, next.start - start).includes(',')) return i + 1;
  const close = nextComma(sentence, i + 1, Math.min(to, i + 12));
  return close === -1 ? i + 1 : close + 1;
}

/** End (inclusive) of a subordinate clause's verb group within `reach` words after its subordinator, or -1. */
function ownVerbGroupEnd(sentence: Sentence, from: number, to: number, reach: number): number {
  const comma = nextComma(sentence, from - 1, to);
  const end = Math.min(to, from + reach, comma === -1 ? to : comma + 1);
  for (let i = from; i < end; i++) {
    const group = modalAt(sentence, i, to);
    if (group) return group.to - 1;
  }
  return -1;
}

/** "Each inmate booked into the jail…": word `i` follows a quantified subject's noun that opens the clause (at `from` or after a comma). */
export function afterQuantifiedNoun(sentence: Sentence, from: number, i: number): boolean {
  const quantifier = i - 2;
  return (
    quantifier >= from && QUANTIFIERS.test(sentence.words[quantifier]!.lower) && (quantifier === from || afterComma(sentence, quantifier))
  );
}

const EMBEDDING = /^(?:whether|if|that|what|when|where|how|why|who|because|unless|until|while|since|once)$/;

/** Where a pronoun subject and its verb group start a main clause after an opening at `at`, or -1. */
function pronounClauseAfter(sentence: Sentence, at: number, to: number): number {
  const { words } = sentence;
  for (let j = at + 3; j < Math.min(to, at + 14); j++) {
    if (!/^(?:we|they|you|i)$/.test(words[j]!.lower) || afterComma(sentence, j)) continue;
    // "If an agent asks whether they can enter…": a pronoun after "whether" or "that" opens a clause inside the opening.
    if (EMBEDDING.test(words[j - 1]!.lower)) continue;
    const next = words[j + 1]?.lower ?? '';
    if (BE.has(next) || modalAt(sentence, j + 1, to)) return j;
  }
  return -1;
}

/** With no modal, a verb right after a short subject ("The department opposes…", "We resist…"), or -1. */
function mainVerbAt(sentence: Sentence, from: number, i: number): number {
  const { words } = sentence;
  if (i <= from || i > from + 3) return -1;
  return words.slice(from, i).some((word) => RELATIVE.has(word.lower)) ? -1 : i;
}

/** Like nextComma, but a comma inside brackets is passed over. */
function commaOutsideBrackets(sentence: Sentence, from: number, to: number): number {
  const bracketed = inBrackets(sentence, from, to);
  for (let i = from + 1; i < to; i++) if (!bracketed[i - from] && afterComma(sentence, i)) return i - 1;
  return -1;
}

function nextComma(sentence: Sentence, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) if (afterComma(sentence, i)) return i - 1;
  return -1;
}

function isConditional(word: string): boolean {
  return (
    word === 'when' ||
    word === 'if' ||
    word === 'where' ||
    word === 'after' ||
    word === 'upon' ||
    word === 'once' ||
    word === 'for' ||
    word === 'in' ||
    // "only as required by state law", "only as members of the public"
    word === 'as' ||
    // "only to report a crime that agents witnessed"
    word === 'to'
  );
}

function exceptionEnd(sentence: Sentence, from: number, clauseFrom: number, to: number, afterAction = false): number {
  // An exception runs to the end of the clause, or to a comma followed by a new verb group. One that
  // opens the clause or is set off by commas ("Officers may, at their discretion, inquire…") ends at the
  // next comma.
  const comma = nextComma(sentence, from, to);
  if (comma === -1) return to;
  if (modalAt(sentence, comma + 1, to)) return comma + 1;
  // An exception after the action and its object (", unless … timely, relevant, credible information …") runs to the end.
  const setOff =
    from === clauseFrom ||
    (from === clauseFrom + 1 && isOutlineLabel(sentence, clauseFrom)) ||
    (!afterAction && afterComma(sentence, from));
  return setOff ? comma + 1 : to;
}

/** A statute's or an outline's label at word `i`: "(b)", "b.", "2)", "iv.". */
function isOutlineLabel(sentence: Sentence, i: number): boolean {
  const { words, text, start } = sentence;
  const word = words[i];
  const next = words[i + 1];
  if (!word || !next) return false;
  if (OUTLINE_LABEL.test(word.lower)) return true;
  return /^(?:[a-z]|[ivx]{1,5}|\d{1,3})$/i.test(word.text) && /^[.)]/.test(text.slice(word.end - start, next.start - start));
}

/**
 * The term a glossary entry defines ("**Immigration hold**: a request…"), read by scanning: a pattern for it
 * backtracked cubically on long runs of `*` or `_`.
 */
function glossaryTerm(text: string): string | undefined {
  const colon = text.search(/[:;.]/);
  // "Immigration hold: a request…", "Foreign national: person who is not a citizen…".
  if (
    colon === -1 ||
    text[colon] !== ':' ||
    !/^\s*(?:(?:a|an|any)\s|(?:persons?|individuals?|anyone|one) (?:who|whose|that)\b)/i.test(text.slice(colon + 1))
  )
    return undefined;
  let start = 0;
  while (start < colon && /[\s*_]/.test(text[start]!)) start++;
  let end = colon;
  while (end > start && (text[end - 1] === '*' || text[end - 1] === '_')) end--;
  return end - start >= 2 && end - start <= 60 ? text.slice(start, end) : undefined;
}

const AUXILIARY_OPENERS = /^(?:has|have|had|is|are|was|were|been|being)$/;

/** A past participle: "arrested", "taken", "held". */
function isParticiple(word: string): boolean {
  return word.length > 3 && (word.endsWith('ed') || word.endsWith('en') || IRREGULAR_PAST.has(word));
}

/**
 * Words with no subject of their own, which complete another sentence (a list item under its lead-in): they open
 * with a participle ("Arrested for…", "Reasonably suspected of…"), an auxiliary ("Has been convicted…") or a
 * capitalised noun of action with "of" ("Use of any federal database"). "Staff member recognizes…" and "The
 * individual has been convicted…" have their own subject.
 */
export function opensWithoutSubject(sentence: Sentence): boolean {
  const { words } = sentence;
  let first = 0;
  // An outline label left in the text ("(1)", "a.") is not the first word.
  while (first < words.length - 1 && isOutlineLabel(sentence, first)) first++;
  const word = words[first]?.lower ?? '';
  const next = words[first + 1]?.lower ?? '';
  if (isParticiple(word) || AUXILIARY_OPENERS.test(word)) return true;
  if (word.endsWith('ly') && isParticiple(next)) return true;
  return next === 'of' && /^[A-Z]/.test(words[first]!.text);
}
