import type { Clause } from '../../core/analysis/clause.ts';
import type { Token } from '../../core/analysis/sentences.ts';
import { phrases, type Found } from './words.ts';
import { conceptPattern, conceptPhrases, conceptWords } from './lexicon.ts';
import { rememberPerSentence } from './range-memo.ts';

/** Phrases that name a person's immigration or citizenship status. */
const statusPhrase = conceptPhrases('status');

const VISA_ERRANDS = conceptWords('visa-errands');

// "status" alone, in a sentence about immigration: "verify that person's status".
const SENSES_OF_STATUS = conceptWords('status-other-senses');
const IMMIGRATION_CONTEXT = new RegExp(`\\b${conceptPattern('immigration-context')}\\b`);

// Asked of the same sentence and clause by many rules: each answer is remembered per sentence.
export const hasImmigrationContext = rememberPerSentence((words, from, to): boolean => {
  let text = '';
  for (let i = from; i < to; i++) text += ` ${words[i]!.lower}`;
  return IMMIGRATION_CONTEXT.test(text);
});

const ARRIVAL = /^(?:entered|came|arrived|crossed|got)$/;
const ARRIVAL_GOES_ON = /^(?:the|this|in|into|to|at|a|an|on|through|over|by|home|work|school|inside)$/;
const COUNTRY = /^(?:country|united|u\.s\.|us|america|border|states)$/;

/** "when he arrived at the scene", "how she entered the building": an arrival somewhere other than the country. */
function arrivesElsewhere(words: readonly Token[], end: number): boolean {
  if (!ARRIVAL.test(words[end - 1]!.lower) || !ARRIVAL_GOES_ON.test(words[end]?.lower ?? '')) return false;
  for (let i = end; i < Math.min(words.length, end + 4); i++) if (COUNTRY.test(words[i]!.lower.replace(/[.,;:]+$/, ''))) return false;
  return true;
}

/** "ask about status of the tow": a bare status followed by what it is the status of. */
function statusOfSomething(words: readonly Token[], found: Found): boolean {
  return /^(?:about|into)$/.test(words[found.start]!.lower) && words[found.end]?.lower === 'of';
}

/** Whether a word after an adjective is the noun it describes: anything but a clause boundary or a link. */
function isNounAfter(word: string | undefined): boolean {
  return (
    word !== undefined &&
    /^[a-z]/.test(word) &&
    !/^(?:and|or|but|in|here|to|or|nor|when|if|because|before|after|so|since|now|yet)$/.test(word)
  );
}

/** The first immigration- or citizenship-status phrase in [from, to). */
export function findStatusTopic(words: readonly Token[], from: number, to: number, immigrationContext: boolean): Found | undefined {
  let phrase = statusPhrase(words, from, to);
  // "a person who has a visa appointment": the visa names an errand, not the person's status.
  // "whether he is legal guardian": "legal" before a noun describes the noun, not the person's status.
  while (
    phrase &&
    ((/^visas?$/.test(words[phrase.end - 1]!.lower) && VISA_ERRANDS.has(words[phrase.end]?.lower ?? '')) ||
      // (Only right after it: "If you are illegal, leave" ends the phrase at the comma.)
      (/^(?:il)?legal$/.test(words[phrase.end - 1]!.lower) &&
        words[phrase.end] !== undefined &&
        words[phrase.end]!.start - words[phrase.end - 1]!.end === 1 &&
        isNounAfter(words[phrase.end]!.lower)) ||
      arrivesElsewhere(words, phrase.end) ||
      statusOfSomething(words, phrase))
  ) {
    phrase = statusPhrase(words, phrase.start + 1, to);
  }
  for (let i = from; i < (phrase ? phrase.start : to); i++) {
    const word = words[i]!.lower;
    if (immigrationContext && (word === 'status' || word === 'status.')) {
      const before = words[i - 1]?.lower;
      const after = words[i + 1]?.lower;
      const senseAfter =
        after === 'of' && words[i + 2] && !/^(?:a|an|the|that|this|each|every|any|all)$/.test(words[i + 2]!.lower) ? undefined : after;
      if (before && SENSES_OF_STATUS.has(before)) continue;
      if (senseAfter === 'of' && SENSES_OF_STATUS.has(words[i + 3]?.lower ?? '')) continue;
      // "the nature and status of possible offenses": what the status is of, a word or two after "of".
      if (after === 'of' && [words[i + 2], words[i + 3]].some((word) => SENSES_OF_STATUS.has(word?.lower.replace(/s$/, '') ?? '')))
        continue;
      return { start: i, end: i + 1 };
    }
  }
  return phrase;
}

/** Immigration authorities: agencies, their agents, and "federal agents" when the sentence is about immigration. */
const authorityPhrase = conceptPhrases('authority');
const SERVICE_PROVIDERS =
  /^(?:clinics?|centers?|centres?|churche?s?|nonprofits?|non-profits?|organi[sz]ations?|society|societies|services|universit(?:y|ies)|schools?|colleges?|firms?|consulates?|embassy|embassies|legal|aid|charit(?:y|ies)|advocates?|attorneys?|lawyers?|bar|council|coalition)$/;
const federalPhrase = phrases('federal authorities|agents|agent|officials|officers|agency|agencies|government|immigration');
// "report them to immigration": the bare word names the agency only at the end of a phrase.
const AGENCY_BY_ITS_FIELD = conceptWords('agency-by-its-field');
const AGENCY_CALLERS = new Set(['to', 'call', 'contact', 'notify', 'with']);
const AGENCY_FOLLOWERS = new Set([
  '',
  'about',
  'of',
  'if',
  'when',
  'whenever',
  'for',
  'with',
  'and',
  'or',
  'at',
  'on',
  'after',
  'before',
  'upon',
  'to',
]);

const authorityIn = {
  context: rememberPerSentence((words, from, to) => authorityAt(words, from, to, true)),
  noContext: rememberPerSentence((words, from, to) => authorityAt(words, from, to, false)),
};

// A heading or title about immigration: "Immigration Responsibilities", "ICE Detainers", "287(g) Program".
const IMMIGRATION_HEADING = /\b(?:immigra\w*|citizenship|ice|dhs|287\s?\(g\)|aliens?|undocumented|detainers?|deport\w*)\b/i;

/**
 * The sentence sits under a heading or a title about immigration: there "federal officials" are immigration
 * officials, as in a sentence that names immigration itself.
 */
export function sectionAboutImmigration(section: readonly string[]): boolean {
  return section.some((heading) => IMMIGRATION_HEADING.test(heading));
}

const CRIMINAL_HEADING =
  /\b(?:(?:judicial|criminal) warrants?|traffick\w*|smuggl\w*|criminal (?:investigations?|cases?|matters?)|joint task forces?)\b/i;
// Civil immigration matters a heading can name beside a criminal one: "Detainers and judicial warrants".
const CIVIL_HEADING = /\b(?:detainers?|holds?|administrative|civil|287\s?\(g\)|notification requests?|i-\d{3}\w?)\b/i;

/**
 * The sentence sits under a heading that names only a criminal matter ("Processing of ICE Judicial Warrants",
 * "Human trafficking investigations"): there working with ICE serves the criminal matter (DOMAIN.md: working with
 * federal partners on criminal cases is compliant).
 */
export function sectionAboutCriminalMatter(section: readonly string[]): boolean {
  return section.some((heading) => CRIMINAL_HEADING.test(heading)) && !section.some((heading) => CIVIL_HEADING.test(heading));
}

/** The first immigration authority in [from, to); `immigrationContext` lets "federal agents" count as one. */
export function findAuthority(words: readonly Token[], from: number, to: number, immigrationContext: boolean): Found | undefined {
  return (immigrationContext ? authorityIn.context : authorityIn.noContext)(words, from, to);
}

function authorityAt(words: readonly Token[], from: number, to: number, immigrationContext: boolean): Found | undefined {
  const named = authorityPhrase(words, from, to);
  const federal = immigrationContext ? federalPhrase(words, from, to) : undefined;
  let found = named && (!federal || named.start <= federal.start) ? named : federal;
  // "the immigration office of a legal aid clinic" is a service for residents, not an agency.
  if (found && /^(?:office|offices|bureau|department)$/.test(words[found.end - 1]!.lower) && words[found.end]?.lower === 'of') {
    for (let i = found.end + 1; i < Math.min(to, found.end + 6); i++) if (SERVICE_PROVIDERS.test(words[i]!.lower)) return undefined;
  }
  for (let i = from; i < (found ? found.start : to); i++) {
    const previous = words[i - 1]?.lower ?? '';
    // "call to the migration": the Spanish-influenced "la migración" names the agency too.
    const word = words[i]!.lower;
    const caller = previous === 'the' && AGENCY_BY_ITS_FIELD.has(word) ? (words[i - 2]?.lower ?? '') : previous;
    // "contact customs": the field's name for the agency, as officers say it.
    const field = word === 'immigration' || word === 'customs';
    if ((field || caller !== previous) && AGENCY_CALLERS.has(caller) && AGENCY_FOLLOWERS.has(words[i + 1]?.lower ?? '')) {
      found = { start: i, end: i + 1 };
      break;
    }
  }
  // "the State Board of Immigration Enforcement": a board or commission named for the subject oversees it; it is no immigration agency.
  if (found && words[found.start - 1]?.lower === 'of' && OVERSIGHT_BODIES.test(words[found.start - 2]?.lower ?? ''))
    return findAuthority(words, found.end, to, immigrationContext);
  // "those holds have nothing to do with immigration": an agency named only to be set apart acts in nothing.
  if (found && UNRELATED(words, Math.max(from, found.start - 5), found.start)?.end === found.start)
    return findAuthority(words, found.end, to, immigrationContext);
  return found;
}

const OVERSIGHT_BODIES = /^(?:board|boards|commission|commissions|council|councils|committee|committees|panel|panels)$/;

const UNRELATED = phrases(
  'nothing to do with',
  'no connection to|with',
  'unrelated to',
  'no bearing on',
  'not related to',
  'not connected to|with',
  'independent of',
);

/** Words that put a mention outside the claim: "regardless of immigration status", "not for status". */
const DISCLAIMERS = phrases(
  'regardless of',
  'irrespective of',
  'without regard to|for',
  'without ?any reference|mention|mentioning to|of',
  'no matter',
  'whatever',
  // "record the name and charges, and nothing about citizenship"
  'nothing about|on|regarding|concerning',
  'no information|questions|mention|record about|on|regarding|of',
  'not',
  'never',
  'nor',
  'neither',
);

/** Whether the mention at `start` is disclaimed by a word a few words before it. */
export function isDisclaimed(words: readonly Token[], from: number, start: number): boolean {
  // "without regard to whether an ICE detainer…": the disclaimer may stand a few words back.
  for (let at = Math.max(from, start - 6); at < start; ) {
    const disclaimer = DISCLAIMERS(words, at, start);
    if (!disclaimer) return false;
    // "who is and is not in the country legally": a negated status is a status, not a status set aside.
    const negatedStatus =
      words[disclaimer.start]!.lower === 'not' &&
      /^(?:is|are|was|were|be)$/.test(words[disclaimer.start - 1]?.lower ?? '') &&
      disclaimer.end === start;
    if (!negatedStatus) return true;
    at = disclaimer.end;
  }
  return false;
}

/**
 * Criminal matters where working with federal partners, or status as an element, is legitimate; and the exchange of
 * status information that 8 U.S.C. § 1373 protects (not every act done "pursuant to" it).
 */
const CRIMINAL_MATTER =
  /\b(?:human trafficking|traffick\w*|smuggl\w*|criminal (?:investigation|case|matter|offense|charge|warrant|activity)s?|joint task force|narcotics|terrorism|judicial warrant|(?:signed|issued) by a (?:federal |state )?(?:judge|magistrate)|court order|(?:information|exchange|exchanging|sharing)\b[a-z0-9 .§']{0,80}?\b1373)\b/;

const CRIMINAL_MATTER_ALL = new RegExp(CRIMINAL_MATTER.source, 'g');

/** The criminal matters a range of words names (lower-cased), leaving out those it sets aside. */
export const criminalMatters = rememberPerSentence((words, from, to): string[] => {
  let text = '';
  for (let i = from; i < to; i++) text += ` ${words[i]!.lower}`;
  return [...text.matchAll(CRIMINAL_MATTER_ALL)]
    .filter((match) => {
      // A joint task force is a criminal matter unless its stated purpose is civil immigration enforcement.
      if (match[0] === 'joint task force' && /\bcivil immigration\b/.test(text)) return false;
      // "regardless of whether a judicial warrant accompanies them" sets the criminal matter aside.
      const at = from + text.slice(0, match.index + 1).split(' ').length - 2;
      if (SET_ASIDE(words, Math.max(from, at - 4), at) !== undefined) return false;
      // "hold inmates for ICE without a judicial warrant": the warrant is what the act lacks.
      const before = words[at - 1]?.lower === 'a' || words[at - 1]?.lower === 'an' || words[at - 1]?.lower === 'any' ? at - 2 : at - 1;
      return before < from || !LACKING.test(words[before]!.lower);
    })
    .map((match) => match[0]);
});

export function mentionsCriminalMatter(words: readonly Token[], from: number, to: number): boolean {
  return criminalMatters(words, from, to).length > 0;
}
const LACKING = /^(?:without|absent|lacking|no)$/;
const SET_ASIDE = phrases('regardless|irrespective of ?whether', 'without regard to', 'no matter', 'whether or not', 'even without');

// U and T visa certification is its own category (certification-barrier), even when it mentions status or ICE.
// "certified" alone describes people ("certified interpreters", "Once certified, deputies…"), not a visa certification.
const CERTIFICATION = /\b(?:certif(?:y|ies|ying|ication|ications|ier|iers)|[ut][- ]visas?|i-918|i-914|supplement b)\b/i;

export function isAboutCertification(text: string): boolean {
  return CERTIFICATION.test(text);
}

// What a body named as the subject does: "ICE has primary responsibility to…", "DHS retains authority to…".
const BODY_VERBS =
  /^(?:has|have|had|is|are|was|were|will|may|can|shall|must|retains?|determines?|decides?|issues?|makes?|conducts?|enforces?|grants?|handles?|investigates?|operates?|remains?)$/;

/**
 * A clause whose subject is a federal immigration authority says what that body does ("ICE has primary
 * responsibility to investigate and enforce immigration laws"); it directs no member of the department.
 */
export function byImmigrationAuthority(clause: Clause): boolean {
  const words = clause.sentence.words;
  // "When federal agents conduct an operation, patrol units…": a body in the opening condition is not the subject.
  const from = clause.opening ? clause.opening.to : clause.from;
  // "If ICE has an interest in an inmate, they can request a detainer": the pronoun stands for the opening's subject.
  if (clause.opening && /^(?:they|it)$/.test(words[from]?.lower ?? '')) {
    const opener = findAuthority(words, clause.opening.from + 1, Math.min(clause.opening.to, clause.opening.from + 6), true);
    if (opener && opener.start <= clause.opening.from + 2 && BODY_VERBS.test(words[from + 1]?.lower ?? '')) return true;
  }
  const authority = findAuthority(words, from, Math.min(clause.to, from + 16), true);
  if (!authority) return false;
  const inName = (k: number): boolean =>
    /^[A-Z]/.test(words[k]!.text) || (/^(?:of|and|for|the)$/.test(words[k]!.text) && /^[A-Z]/.test(words[k + 1]?.text ?? ''));
  // Before the body's name, only names, labels and articles ("A. JURISDICTION: The U.S. Department of…").
  for (let i = from; i < authority.start; i++) if (!inName(i)) return false;
  // After it, the rest of its name ("…'s Immigration and Customs Enforcement Agency (ICE)") and then its verb.
  let i = authority.end;
  while (i < clause.to && inName(i)) i++;
  return i < clause.to && BODY_VERBS.test(words[i]!.lower);
}
