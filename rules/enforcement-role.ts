import { affirmsAt, conditionOpeningEnd, type Clause } from '../core/analysis/clause.ts';
import { BODIES_AT_LARGE, GRANTING, OPENING_SUBORDINATORS } from '../core/analysis/english.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { actionVerbs, nominalRequirement, reportAction, type ActionMatch } from './lib/match.ts';
import {
  byImmigrationAuthority,
  findAuthority,
  hasImmigrationContext,
  isDisclaimed,
  mentionsCriminalMatter,
  sectionAboutImmigration,
} from './lib/topics.ts';
import { findWord, isNounUse, phrase, phrases, type Found } from './lib/words.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { conceptPattern, conceptPhrases, conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Enforcing civil immigration law is the federal government’s responsibility. Members shall not take part in, assist or provide support for civil immigration enforcement operations, shall not serve or act on administrative immigration warrants, and the Department shall not enter into any agreement under 287(g); members still answer emergency calls and keep the peace.';

/** Verbs of helping or joining someone else's operation, scene work included. */
const ASSIST = new Map([...conceptVerbs('assisting'), ...conceptVerbs('peacekeeping')]);
/** Verbs of acting on a warrant. */
const SERVE = conceptVerbs('serving-warrants');
/** Verbs of doing an immigration officer's own work. */
const FUNCTION = conceptVerbs('immigration-officer-work');
/** Verbs of making an agreement: "sign a Warrant Service Officer agreement with ICE", "enter into a partnership with DHS". */
const AGREE = conceptVerbs('agreeing');
const agreement = phrases('agreement|agreements|memorandum|memoranda|contract|contracts|partnership|partnerships|=MOA|=MOU|=MOAs|=MOUs');
/**
 * Immigration-officer powers handed to local personnel: "certain immigration enforcement functions", "the functions of
 * an immigration officer", "delegated authority".
 */
const immigrationPowers = phrases(
  // "immigration authorities" are the agencies; "delegated authorities" (below) are powers.
  'immigration ?law ?enforcement function|functions|duties|authority|powers',
  'immigration officer function|functions|duties|powers|authority',
  'functions|duties|powers of ?an|the immigration officer|officers|enforcement',
  'delegated|delegation ?of authority|authorities|powers',
);
/** Verbs of handing over, receiving or using such powers. */
const POWER = conceptVerbs('using-powers');
/** A partnership or program named as the subject of a verb that keeps it going: "The partnership with ICE continues". */
const CONTINUING = conceptVerbs('continuing');
/** A unit named for the work, which the agency creates or staffs: "an Immigration Enforcement Unit", "the Criminal Alien Program". */
const enforcementUnit = phrases(
  'immigration enforcement unit|units|team|teams|division|section|squad|bureau|detail',
  'criminal alien program|unit|team|division|section|squad',
);
const STAFFING = conceptVerbs('staffing');
// "a 287(g) Steering Committee meeting", "met with agents on the 287(g) program": the program named as a topic.
const GATHERING = /^(?:committees?|meetings?|hearings?|forums?|presentations?|briefings?|sessions?|town|vote|debate)$/;
const TALKING =
  /^(?:met|meet|meets|meeting|discuss|discussed|discusses|talk|talked|talks|spoke|speak|speaks|host|hosts|hosted|attend|attends|attended|explain|explains|explained)$/;
// "allows a state or local law enforcement entity to…": the federal program described in general, not this agency's role.
const anyAgency = phrases(
  'a|any state|local ?or ?and ?state|local ?law ?enforcement ?correctional entity|entities|agency|agencies|jurisdiction|jurisdictions|officer|officers',
  // "authorizes State and local law enforcement to perform…", "delegate to state and local officers".
  'state|local and|or state|local ?law ?enforcement entities|agencies|jurisdictions|officers|personnel',
  'state|local and|or state|local law enforcement',
);
// "The 287(g) program can only operate within the jail": a role described only to limit it.
const LIMITING_VERBS = new RegExp(`^${conceptPattern('limiting')}$`);
const LIMITING = new RegExp(`^(?:only|solely|exclusively|${conceptPattern('limiting')})$`);
const OWNING = /^(?:our|my|participation)$/;
const LIMITED_ROLE = /\b(?:limited|narrow|minimal) (?:role|involvement|participation|cooperation)\b/;
// Programs that hand immigration-officer powers to local officers, like 287(g), or enlist the jail in federal
// enforcement (Secure Communities, the Priority Enforcement Program).
const delegationProgram = phrases(
  'warrant service officer|officers ?program|agreement|model',
  'task force model',
  'jail enforcement model|program',
  'secure communities ?initiative|program',
  'priority enforcement program',
);
// "the ERO team's early-morning arrests": an agency named with its operation.
// Scene work ("block the exits", "cordon off the street", "direct traffic"): support only around an enforcement operation.
const PEACEKEEPING = conceptVerbs('peacekeeping');
const AGENCY_OPERATION = /^(?:arrests?|raids?|operations?|sweeps?|actions?|roundups?|round-ups?|enforcement)$/;

const civilOperation = phrases(
  'immigration|deportation|removal raid|raids|sweep|sweeps|operation|operations|action|actions|enforcement|roundup|roundups|checkpoint|checkpoints|arrests|arrest|activities|activity|efforts|matters|process|proceedings|investigation|investigations',
  // "any immigration-related investigation"
  'immigration-related investigation|investigations|operation|operations|enforcement|activities|activity|matters',
  'raid|raids|sweep|sweeps',
  'enforcement of ?* ?federal ?civil immigration law|laws',
  'border security|enforcement operation|operations',
  'civil immigration',
);
const administrativeWarrant = conceptPhrases('administrative-warrant');
const immigrationLaw = phrases(
  'federal ?civil immigration law|laws|statutes',
  'civil immigration law|laws|statutes',
  'immigration law|laws|statutes',
  'immigration officer|officers|agent|agents|functions|duties|authority|powers',
  // "deputizes jailers as ICE officers", "as Immigration and Customs Enforcement officers": made the agency's officers.
  'as ?federal ?u.s. ?bureau ?of =ICE|=DHS|=CBP officer|officers|agents',
  'as ?federal ?u.s. ?bureau ?of ?u.s. immigration and customs enforcement officer|officers|agents',
);
const removability = phrases(
  'removability|deportability|removal|deportation|removable|deportable',
  'immigration violators|violator|offenders|offender',
);
// People named by their status: "identifying and prosecuting undocumented aliens" picks them out for it.
const peopleByStatus = phrases('undocumented|illegal alien|aliens|immigrant|immigrants', 'illegals');
const PICKING_OUT = new Set(['identify', 'screen', 'process']);
// What the power to interrogate is about; screening or identifying people for violations is a status check.
const immigrationViolations = phrases('immigration violation|violations');
const supportKinds = phrases(
  'perimeter|crowd|traffic ?and ?crowd control|security',
  'backup|back-up|manpower|personnel|officers|deputies|assistance|support|staffing|transport|transportation',
);
const lessThanFull = phrases('less than ?the full|fullest|maximum extent');
const fullExtent = phrases('to the full|fullest|maximum extent', 'cooperate|comply|assist fully');
const CRIMINAL_PARTNERS = /^with (?:the )?(?:prosecut\w*|district attorney|investigat\w*|detectives?|court)\b/;
// "Enforcing civil immigration law is the responsibility of the federal government": the action is named to
// place it with another agency.
const FEDERAL_TASK =
  /\b(?:is|are|remains?) (?:\S+ ){0,3}(?:responsibility|job|role|function|duty|province|domain|task|business|work) of (?:the )?(?:federal|united states|u\.s\.|ice|immigration|homeland|dhs)|\b(?:is|are|remains?) (?:solely |exclusively |entirely )?(?:a |an )?federal (?:responsibility|function|matter|role|job|task|duty)\b|\b(?:ice|dhs|cbp|government|agency|authorities) (?:has|have|retains?|holds?) (?:the )?(?:(?:primary|sole|exclusive|full) )?(?:responsibility|jurisdiction|authority)\b/;
const TAKING_PART = /^(?:participation|assistance|cooperation|collaboration|involvement|support|help|partnership)$/;
// "At the end of February, the office signed…": the noun "end" is a date, not leaving the program.
const LEAVING =
  /\b(?:withdr[ae]w\w*|terminat\w*|(?<!\b(?:the|an|by|until) )end(?:ed|s)?|exit\w*|rescind\w*|cancel\w*|discontinu\w*|not renew)\b/;

/**
 * A warrant served or an arrest made "on behalf of ICE": the agency acting as the immigration authority's arm.
 * An opening condition counts ("Once a deputy serves a warrant on behalf of ICE, …" presupposes the practice),
 * but then there is no rewrite, since negating a condition says nothing.
 */
function servedOnBehalf(clause: Clause, context: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let verb = clause.from; verb < clause.to; verb++) {
    const base = SERVE.get(words[verb]!.lower);
    if (!base || isNounUse(words, verb)) continue;
    const limit = Math.min(clause.to, verb + 12);
    for (let i = verb + 1; i < limit - 3; i++) {
      if (phrase(words, i, i + 3) !== 'on behalf of') continue;
      const authority = findAuthority(words, i + 3, Math.min(clause.to, i + 9), context);
      // "on behalf of U.S. Immigration and Customs Enforcement": an article or the country's name may come first.
      const direct =
        authority !== undefined && words.slice(i + 3, authority.start).every((word) => /^(?:the|u\.s\.|us|federal)$/.test(word.lower));
      if (!authority || !direct || !affirmsAt(clause, verb)) break;
      const inOpening =
        (clause.opening !== undefined && verb >= clause.opening.from && verb < clause.opening.to) ||
        OPENING_SUBORDINATORS.has(words[clause.from]!.lower);
      return { verb, base, start: verb, end: authority.end, ...(inOpening ? { rewrite: false as const } : {}) };
    }
  }
  return undefined;
}

const GIVEN_INFORMATION = /\b(?:information|data|records?|files?|release dates?|addresses)\b/;
const EXPLAINING = /^(?:clarify|explain|understand|answer|describe|inform|educate|illustrate|outline|address|dispel|clear)$/;
/** Verbs of answering a request for help by sending people. */
const RESPOND = conceptVerbs('sending-help');
const HELP_REQUEST = /^(?:requests?|requested|asks?|asked|calls?|seeks?|sought|needs?|wants?)$/;
const HELP = /^(?:assistance|help|support|backup|back-up|officers|units|deputies|manpower|cars)$/;

/** An opening condition in which immigration authorities ask for help: the agency's words, or undefined. */
function requestedHelp(clause: Clause, context: boolean): { start: number; end: number } | undefined {
  const words = clause.sentence.words;
  // The condition opens the sentence, or is set off after the subject: "Officers, when asked by HSI to help…, are to…".
  const inserted = clause.modal
    ? words.findIndex((word, index) => index > clause.from && index < clause.modal!.from && /^(?:when|whenever|if|once)$/.test(word.lower))
    : -1;
  const span = clause.opening ?? (inserted === -1 ? undefined : { from: inserted, to: clause.modal!.from });
  if (!span) return undefined;
  const { from, to } = span;
  const authority = findAuthority(words, from, to, context);
  if (!authority) return undefined;
  for (let i = authority.end; i < to - 1; i++) {
    if (HELP_REQUEST.test(words[i]!.lower) && words.slice(i + 1, Math.min(to, i + 4)).some((word) => HELP.test(word.lower)))
      return { start: authority.start, end: i + 1 };
  }
  // The passive: "when asked by Homeland Security Investigations to help", or with nothing after the agency
  // ("When requested by federal immigration officials, members will lend their cooperation"): the help is the main clause.
  const asked = authority.start - 2;
  if (
    asked >= from &&
    HELP_REQUEST.test(words[asked]!.lower) &&
    words[asked + 1]?.lower === 'by' &&
    (authority.end === to ||
      words.slice(authority.end, Math.min(to, authority.end + 3)).some((word) => HELP.test(word.lower) || word.lower === 'help'))
  ) {
    return { start: asked, end: authority.end };
  }
  return undefined;
}

const OTHER_AGENCY = /^(?:one|ones|those|agency|agencies|department|departments|entity|entities|partner|partners)$/;

/** "…, including those conducting…" between the help and the operation: an agency named as doing the operation itself. */
function othersOperation(words: Clause['sentence']['words'], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (words[i]!.lower.endsWith('ing') && OTHER_AGENCY.test(words[i - 1]!.lower)) return true;
  return false;
}

// A raid or sweep at a workplace is the shape of a worksite immigration operation even when immigration goes unnamed.
const RAIDS = /^(?:raids?|sweeps?|roundups?|round-ups?)$/;
const WORKPLACES =
  /^(?:plants?|factor(?:y|ies)|farms?|worksites?|workplaces?|jobsites?|meatpacking|dair(?:y|ies)|orchards?|fields|packinghouses?|poultry|car ?washes|restaurants?|construction)$/;

function worksiteRaid(clause: Clause): boolean {
  const words = clause.sentence.words;
  for (let i = clause.from; i < clause.to; i++) {
    if (!RAIDS.test(words[i]!.lower)) continue;
    for (let j = Math.max(clause.from, i - 3); j < Math.min(clause.to, i + 5); j++) if (WORKPLACES.test(words[j]!.lower)) return true;
  }
  return false;
}

/** A clause that takes part in civil immigration enforcement: 287(g), raids, administrative warrants. */
function findEnforcementRole(clause: Clause, underImmigrationHeading: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { from, to } = clause;
  const context = underImmigrationHeading || hasImmigrationContext(words, 0, words.length) || worksiteRaid(clause);
  const program = delegationProgramIn(clause);
  const doctrine = adoptedDoctrine(clause);
  if (doctrine) return doctrine;
  if (!context && !program) return belowFullExtent(clause, false);
  if (program) {
    const lowerText = clause.sentence.text.toLowerCase();
    if (LEAVING.test(lowerText)) return undefined;
    const { start } = program;
    // "has no 287(g) agreement", "without a 287(g) agreement"
    if (
      /^(?:no|not|never|without)$/.test(words[start - 1]?.lower ?? '') ||
      (/^(?:a|an|any|the)$/.test(words[start - 1]?.lower ?? '') && /^(?:no|not|never|without)$/.test(words[start - 2]?.lower ?? ''))
    )
      return undefined;
    if (aboutTheProgram(clause, program)) return undefined;
    // A past act counts only as the agency's own step into the program (joinedInThePast), not as any narrative.
    const joined = joinedInThePast(clause);
    if ((affirmsAt(clause, clause.modal ? clause.modal.to : start) && affirmsAt(clause, start)) || joined !== -1) {
      // "signed on to the Warrant Service Officer program": the step the agency took opens the span.
      const verb = clause.modal ? clause.modal.to : joined !== -1 && joined < start ? joined : start;
      const word = words[verb]!.lower;
      return { verb, base: word, start: Math.min(start, verb), end: Math.max(program.end, Math.min(to, verb + 1)) };
    }
    return undefined;
  }
  // "the office's limited role in federal immigration enforcement": a role named only to limit it.
  const whole = phrase(words, from, to);
  if (FEDERAL_TASK.test(whole) || LIMITED_ROLE.test(whole) || byImmigrationAuthority(clause)) return undefined;
  // An immigration officer's own work ("identify and process immigration violators") is not excused by a criminal
  // matter named beside it ("…and conduct criminal investigations"); the other kinds of help are.
  const functionMatch = immigrationFunction(clause);
  if (functionMatch && !mentionsCriminalMatter(words, functionMatch.verb, functionMatch.end)) return functionMatch;
  if (mentionsCriminalMatter(words, from, to) && !listedBesideCriminalWork(clause)) return undefined;
  if (!LEAVING.test(clause.sentence.text.toLowerCase())) {
    for (const verb of actionVerbs(clause, AGREE)) {
      const limit = Math.min(to, verb + 12);
      const program = delegationProgram(words, verb + 1, limit);
      const deal = agreement(words, verb + 1, Math.min(to, verb + 8));
      // The partner may be named in full: "with U.S. Immigration and Customs Enforcement".
      const partner = deal ? findAuthority(words, deal.end, Math.min(to, deal.end + 10), context) : undefined;
      const target =
        program ?? (partner && words.slice(deal!.end, partner.start).some((word) => word.lower === 'with') ? partner : undefined);
      // "The Sheriff's Office and ICE signed a Memorandum of Understanding": the partner named in the subject.
      const subjectPartner = deal && !target ? findAuthority(words, from, verb, context) : undefined;
      const found = target ?? subjectPartner;
      // "allows a state or local agency to enter into a partnership": what the program lets any agency do, not this one.
      if (anyAgency(words, from, verb)) continue;
      // A past signing has no verb group a prohibition can be written into without changing its tense.
      if (found && affirmsAt(clause, verb, { pastCounts: true }))
        return {
          verb,
          base: AGREE.get(words[verb]!.lower)!,
          start: Math.min(verb, found.start),
          end: Math.max(found.end, deal?.end ?? 0),
          ...(clause.past ? { rewrite: false as const } : {}),
        };
    }
  }
  for (const verb of actionVerbs(clause, SERVE)) {
    const base = SERVE.get(words[verb]!.lower)!;
    const warrant = administrativeWarrant(words, verb + 1, Math.min(to, verb + 10));
    if (warrant && affirmsAt(clause, verb)) return { verb, base, start: verb, end: warrant.end };
  }
  const behalf = servedOnBehalf(clause, context);
  if (behalf) return behalf;
  const powers = delegatedPowers(clause, context) ?? enforcementTraining(clause) ?? campaignAgainst(clause);
  if (powers) return powers;
  // "respond to any emergency call for help, including one from federal agents during an immigration operation":
  // emergency help to any agency is compliant (DOMAIN.md).
  if (EMERGENCY.test(whole)) return undefined;
  // "When ICE requests assistance with a home arrest, the supervisor will dispatch two cars": help given on the agency's request.
  const requested = requestedHelp(clause, context);
  // "Information …, when requested by immigration authorities, shall be provided": what is given is information (ice-notification).
  if (requested && !GIVEN_INFORMATION.test(phrase(words, from, to))) {
    for (const verb of actionVerbs(clause, RESPOND)) {
      if (affirmsAt(clause, verb)) return { verb, base: RESPOND.get(words[verb]!.lower)!, start: requested.start, end: verb + 1 };
    }
  }
  // "If immigration agents ask our officers to help with a raid, our officers say no": the help asked for in a
  // statement's opening condition is not given.
  const asked = clause.modal || clause.opening ? undefined : conditionOpeningEnd(clause, clause.from, clause.to);
  for (const verb of actionVerbs(clause, ASSIST)) {
    if (asked !== undefined && verb < asked) continue;
    const base = ASSIST.get(words[verb]!.lower)!;
    // "Border Patrol agents": a capitalised word after another is part of a name, not a verb.
    if (verb > clause.from && /^[A-Z]/.test(words[verb]!.text) && /^[A-Z]/.test(words[verb - 1]!.text)) continue;
    // "emergency help to any agency, including one conducting an immigration operation": the other agency's act.
    if (words[verb]!.lower.endsWith('ing') && OTHER_AGENCY.test(words[verb - 1]?.lower ?? '')) continue;
    const limit = Math.min(to, verb + 14);
    // The operation may close a long object ("assist agencies with implementation, management and enforcement of immigration laws").
    const operation = civilOperation(words, verb + 1, Math.min(to, verb + 18));
    const authority = findAuthority(words, verb + 1, limit, context);
    const support = supportKinds(words, verb + 1, limit);
    // "provide/take/carry" need an operation or a kind of support; "assist ICE" needs only the agency.
    const generic =
      base === 'provide' ||
      base === 'supply' ||
      base === 'take' ||
      base === 'conduct' ||
      base === 'perform' ||
      base === 'undertake' ||
      base === 'carry' ||
      base === 'back' ||
      base === 'staff' ||
      base === 'detail' ||
      base === 'assign' ||
      base === 'lend' ||
      base === 'loan' ||
      base === 'contribute' ||
      base === 'commit' ||
      base === 'dedicate';
    const agencyOperation =
      authority && words.slice(authority.end, Math.min(limit, authority.end + 5)).some((word) => AGENCY_OPERATION.test(word.lower))
        ? authority
        : undefined;
    // "stand by", "secure", "guard", "escort" are ordinary peacekeeping unless the scene is an enforcement operation.
    const peacekeeping = PEACEKEEPING.has(base);
    if (base === 'stand' && words[verb + 1]?.lower !== 'by') continue;
    // "help clarify ICE's involvement", "help explain the program": the help is in explaining, not given to the agency.
    if (base === 'help' && EXPLAINING.test(words[verb + 1]?.lower ?? '')) continue;
    // "assist in the apprehension of persons named in administrative removal warrants": help carrying out a civil warrant.
    const warrant = peacekeeping || generic ? undefined : administrativeWarrant(words, verb + 1, limit);
    const target =
      operation ??
      agencyOperation ??
      warrant ??
      (peacekeeping ? undefined : generic ? (support && authority ? authority : undefined) : authority);
    // "Troopers assisted ICE to make 118 arrests": a release's record of the agency's own part in an operation is its practice.
    const recorded =
      authority !== undefined &&
      (target === authority || target === operation) &&
      words.slice(authority.end, to).some((word) => AGENCY_OPERATION.test(word.lower));
    if (!target || !affirmsAt(clause, verb, { pastCounts: recorded })) continue;
    if (base === 'take' && words[verb + 1]?.lower !== 'part') continue;
    // "join other sheriffs in denouncing DHS": the agency is what the joint act opposes. "help victims without contacting
    // ICE": the agency is the object of an act the help leaves out.
    if (words.slice(verb + 1, target.start).some((word) => OPPOSING.test(word.lower) || word.lower === 'without')) continue;
    // "administrative support for the Immigration Enforcement Unit": the agency's own unit, not an operation it joins.
    if (target === operation && enforcementUnit(words, operation.start, Math.min(to, operation.end + 1))) continue;
    // "help to any agency, including those carrying out immigration operations": the operation is the other agency's.
    if (target === operation && othersOperation(words, verb + 1, operation.start)) continue;
    // A past act has no verb group a prohibition can be written into without changing its tense.
    return { verb, base, start: verb, end: target.end, ...(clause.past ? { rewrite: false as const } : {}) };
  }
  const duty = enforcementAsDuty(clause);
  if (duty) return duty;
  const partnership = continuingPartnership(clause, context) ?? heldPartnership(clause, context) ?? staffedUnit(clause);
  if (partnership) return partnership;
  // "Participation by the department in operations whose purpose is the enforcement of civil immigration law is authorized".
  for (let noun = from; noun < Math.min(to, from + 3); noun++) {
    if (!TAKING_PART.test(words[noun]!.lower)) continue;
    const predicate = nominalRequirement(clause, noun);
    // Like "assist ICE", help given to the agency itself needs only the agency: "Assistance to Border Patrol agents … is encouraged".
    const agency =
      predicate !== -1 && /^(?:to|with|of)$/.test(words[noun + 1]?.lower ?? '')
        ? findAuthority(words, noun + 2, Math.min(predicate, noun + 6), context)
        : undefined;
    const target =
      predicate === -1
        ? undefined
        : (civilOperation(words, noun + 1, predicate) ??
          immigrationLaw(words, noun + 1, predicate) ??
          administrativeWarrant(words, noun + 1, predicate) ??
          agency);
    if (target) return { verb: predicate, base: 'participate', start: noun, end: target.end };
  }
  const forbiddenLimit = limitOnEnforcementForbidden(clause);
  if (forbiddenLimit) return forbiddenLimit;
  const extent = fullExtent(words, from, to);
  // "cooperate fully with the prosecution": a victim's help with a criminal case, not the department's with ICE.
  const criminalCase = extent && CRIMINAL_PARTNERS.test(phrase(words, extent.end, Math.min(to, extent.end + 4)));
  if (extent && !criminalCase && affirmsAt(clause, extent.start)) {
    const verb = clause.modal ? clause.modal.to : extent.start;
    return { verb, base: words[verb]!.lower, start: extent.start, end: extent.end };
  }
  return belowFullExtent(clause, true);
}

/**
 * "assisting with immigration enforcement, drug enforcement, … human trafficking enforcement": immigration
 * enforcement is an item of its own in a list; the criminal items beside it do not make it criminal work.
 */
function listedBesideCriminalWork(clause: Clause): boolean {
  const { words, text, start } = clause.sentence;
  const operation = civilOperation(words, clause.from, clause.to);
  if (!operation || operation.end >= clause.to || !words[operation.start]!.lower.startsWith('immigration')) return false;
  const gap = text.slice(words[operation.end - 1]!.end - start, words[operation.end]!.start - start);
  // "immigration matters, including human trafficking": the criminal matter is part of it.
  return gap.includes(',') && !/^(?:including|such|especially|particularly|like)$/.test(words[operation.end]!.lower);
}

/**
 * "shall not limit the enforcement of immigration law to less than the full extent permitted by federal law",
 * "Under no circumstances will this provision limit…": a negated limit below the full extent is the full extent.
 * Without immigration named in the sentence, only the limit on "the enforcement of … laws" is the formula.
 */
function belowFullExtent(clause: Clause, context: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { from, to } = clause;
  const belowFull = lessThanFull(words, from, to);
  if (!belowFull || clause.mentions) return undefined;
  const limit = words.findIndex((word, index) => index >= from && index < belowFull.start && LIMITING_VERBS.test(word.lower));
  const negated = clause.negated || clause.negations.length > 0 || words[from]!.lower === 'nothing';
  if (limit === -1 || !negated) return undefined;
  if (!context && !/\benforcement of\b.*\bfederal\b.*\blaws?\b/.test(phrase(words, limit, Math.min(to, belowFull.end + 4))))
    return undefined;
  return { verb: limit, base: words[limit]!.lower, start: limit, end: belowFull.end };
}

const enforcementOfImmigrationLaw = phrases('?the enforcement of ?federal ?civil immigration law|laws|statutes');
// Limiting verbs (the lexicon's), and those that forbid or hinder outright.
const HINDERING =
  /^(?:prohibit|prohibits|prohibiting|impede|impedes|obstruct|obstructs|discourage|discourages|discouraging|hinder|hinders)$/;

/**
 * "A local entity may not: (1) adopt a policy under which the entity prohibits or materially limits the enforcement of
 * immigration laws": forbidding any limit on immigration enforcement requires it (the anti-sanctuary formula).
 */
function limitOnEnforcementForbidden(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const forbidden = clause.negated || (!clause.modal && clause.frame?.negated === true);
  if (!forbidden || clause.mentions) return undefined;
  for (let i = clause.from; i < clause.to; i++) {
    if (!LIMITING_VERBS.test(words[i]!.lower) && !HINDERING.test(words[i]!.lower)) continue;
    const law = enforcementOfImmigrationLaw(words, i + 1, Math.min(clause.to, i + 8));
    // No rewrite: dropping the negation would forbid the limit's opposite, not the enforcement.
    if (law && law.start === i + 1) return { verb: i, base: words[i]!.lower, start: i, end: law.end, rewrite: false };
  }
  return undefined;
}

const enforcementDoctrine = conceptPhrases('enforcement-doctrine');
const REJECTING = conceptVerbs('rejecting');

/** "…to make attrition through enforcement the public policy of every agency": the policy named as what the text stands for. */
function adoptedDoctrine(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const doctrine = enforcementDoctrine(words, clause.from, clause.to);
  if (!doctrine || clause.negated || clause.negations.some((index) => index < doctrine.start) || !affirmsAt(clause, doctrine.start))
    return undefined;
  if (
    isDisclaimed(words, clause.from, doctrine.start) ||
    words.slice(clause.from, doctrine.start).some((word) => REJECTING.has(word.lower))
  )
    return undefined;
  // No rewrite: the doctrine is a noun in a statement of intent, with no verb group of the agency's to negate.
  return { verb: doctrine.start, base: 'enforce', start: doctrine.start, end: doctrine.end, rewrite: false };
}

// "…must be the only responsibility of the officers of the unit": the enforcement given to someone as their duty.
const FEDERAL_OWNER = /\bof (?:the )?(?:federal|united states|u\.s\.|ice|dhs|homeland|immigration and customs)\b/;
const DUTY = /^(?:be|is|are) (?:the )?(?:\S+ )?(?:responsibility|duty|function|job|mission|task|role) of\b/;

/** "The enforcement of immigration laws … must be the only responsibility of the unit's officers" (federal bodies are set apart earlier). */
function enforcementAsDuty(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { modal } = clause;
  if (!modal || clause.negated) return undefined;
  // The subject opens with the enforcement, after an outline label at most ("(2)(a) The enforcement of…").
  const head = words.findIndex((word, index) => index >= clause.from && index < clause.from + 4 && word.lower === 'enforcement');
  if (head === -1 || words[head + 1]?.lower !== 'of') return undefined;
  const law = immigrationLaw(words, head + 2, Math.min(modal.from, head + 7));
  const predicate = phrase(words, modal.to, Math.min(clause.to, modal.to + 10));
  if (!law || !DUTY.test(predicate) || FEDERAL_OWNER.test(predicate) || !affirmsAt(clause, modal.to)) return undefined;
  // No rewrite: "must not be the only responsibility" would still allow it.
  return { verb: modal.to, base: 'be', start: head, end: law.end, rewrite: false };
}

/** Doing an immigration officer's own work: "enforce immigration laws", "identify and process immigration violators". */
function immigrationFunction(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (const verb of actionVerbs(clause, FUNCTION)) {
    const base = FUNCTION.get(words[verb]!.lower)!;
    const limit = Math.min(clause.to, verb + 8);
    // "we're going to deport you": deporting is immigration enforcement whoever the object is.
    // "previously deported felon" is a description, not the act.
    if (base === 'deport' && !words[verb]!.lower.endsWith('ed') && verb + 1 < clause.to && affirmsAt(clause, verb))
      return { verb, base, start: verb, end: verb + 2 };
    const target =
      base === 'screen' ||
      base === 'identify' ||
      base === 'interview' ||
      base === 'process' ||
      base === 'investigate' ||
      base === 'deal' ||
      base === 'deport' ||
      base === 'remove' ||
      base === 'initiate' ||
      base === 'begin'
        ? (removability(words, verb + 1, limit) ?? (PICKING_OUT.has(base) ? peopleByStatus(words, verb + 1, limit) : undefined))
        : base === 'interrogate'
          ? (removability(words, verb + 1, limit) ?? immigrationViolations(words, verb + 1, limit))
          : startsBefore(immigrationLaw(words, verb + 1, Math.min(clause.to, verb + 16)), limit);
    // "authorizes jailers as ICE officers" makes them the agency's officers; "are authorized to perform…" is a permission.
    if (base === 'authorize' && words[target?.start ?? verb]?.lower !== 'as') continue;
    // "issue a Notice to Appear": the charging document that starts removal, which only immigration officers issue.
    const charge = CHARGING.has(base) ? removalCharge(words, verb + 1, limit) : undefined;
    if (charge && affirmsAt(clause, verb)) return { verb, base, start: verb, end: charge.end };
    // "enforce federal criminal immigration law": immigration crimes (smuggling, re-entry) are police work; only
    // civil enforcement is the federal government's.
    if (target && words.slice(Math.max(verb + 1, target.start - 2), target.start).some((word) => word.lower === 'criminal')) continue;
    // "the responsibility of federal immigration authorities to enforce…": the work named as the federal government's.
    if (FEDERAL_WORK.test(phrase(words, Math.max(clause.from, verb - 10), verb))) continue;
    if (target && affirmsAt(clause, verb)) return { verb, base, start: verb, end: target.end };
  }
  return undefined;
}

/** A phrase that starts within reach, however long ("as federal Bureau of Immigration and Customs Enforcement officers"). */
function startsBefore(found: Found | undefined, limit: number): Found | undefined {
  return found && found.start < limit ? found : undefined;
}

const CHARGING = new Set(['issue', 'serve', 'prepare']);
const removalCharge = phrases('notice|notices to appear', '=NTA|=NTAs', 'i-862|i-862s');

const FEDERAL_WORK =
  /\b(?:responsibility|responsibilities|job|role|duty|duties|task|province) of (?:the )?(?:federal|ice|dhs|u\.s\.|united states|homeland|immigration (?:authorities|agencies|officials|officers|agents))\b[^,;]* to$/;

/**
 * A sentence about the 287(g) program rather than one that takes part in it: a meeting or committee named for it,
 * what someone talked about, the federal program in general, or a limit on where an existing program works ("can
 * only operate within the jail", "applies only to people already arrested", "is limited to the jail").
 */
function aboutTheProgram(clause: Clause, program: Found): boolean {
  const words = clause.sentence.words;
  const after = words.slice(program.end, clause.to);
  if (after.slice(0, 4).some((word) => GATHERING.test(word.lower))) return true;
  // "will place the 287(g) program on the council agenda": the program put to a decision.
  if (after.some((word) => DECIDED_ON.test(word.lower))) return true;
  if (programDefined(clause, program)) return true;
  // "ICE's 287(g) program, which allows police to enforce immigration law": what the program lets any agency do.
  for (let i = program.end; i < Math.min(words.length - 1, program.end + 5); i++) {
    if (GRANTING.test(words[i]!.lower) && BODIES_AT_LARGE.test(phrase(words, i + 1, Math.min(words.length, i + 8)))) return true;
  }
  const talking = words.findIndex((word, i) => i >= clause.from && i < program.start && TALKING.test(word.lower));
  // "met … to discuss the Sheriff's Office's participation in the 287(g) program": the agency's part is taken as given.
  if (talking !== -1 && !ownParticipation(words, talking + 1, program.start)) return true;
  if (anyAgency(words, program.end, clause.to)) return true;
  // "not only" widens the program rather than limiting it.
  if (words.some((word, i) => i >= program.end && i < clause.to && word.lower === 'only' && words[i - 1]?.lower !== 'not')) return true;
  // "Our participation in the 287(g) program is limited": a limited role the agency has is still its role.
  if (words.slice(clause.from, clause.to).some((word) => OWNING.test(word.lower))) return false;
  // "is limited to the jail" limits the program; "perform limited … duties" describes duties still performed.
  return after.some(
    (word, i) => LIMITING.test(word.lower) && (!/(?:ed|ing)$/.test(word.lower) || LIMIT_GOES_ON.test(after[i + 1]?.lower ?? '')),
  );
}

const EMERGENCY =
  /\bemergenc(?:y|ies)\b|\b(?:life|lives|safety) (?:\w+ )?(?:is|are) (?:in|at) (?:immediate |imminent )?(?:danger|risk)\b|\bimminent (?:danger|threat|harm)\b/;
const DECIDED_ON = /^(?:agendas?|ballots?|dockets?|referendums?|referenda)$/;

/**
 * The program described by what it is for, in its designers' terms (DOMAIN.md's rule on definitions): "The Task
 * Force Model serves as a force multiplier…", "Secure Communities is designed by DHS to…". The program opens the
 * clause with no owner before it, and no local body is named after it ("…serves as our link to ICE" is the agency's
 * own). "The 287(g) program is a partnership between…" is left a statement of practice, as on a sheriff's page.
 */
function programDefined(clause: Clause, program: Found): boolean {
  const words = clause.sentence.words;
  for (let i = clause.from; i < program.start; i++) if (!UNOWNED.test(words[i]!.lower)) return false;
  let at = program.end;
  // The rest of the program's name: "Agreement", "Task Force Model (TFM)".
  while (at < clause.to && (NAME_TAIL.test(words[at]!.lower) || /^[A-Z]{2,}$/.test(words[at]!.text))) at++;
  if (words.slice(at, clause.to).some((word) => LOCAL_BODY.test(word.lower))) return false;
  const verb = words[at]?.lower ?? '';
  const next = words[at + 1]?.lower ?? '';
  if (/^(?:is|was)$/.test(verb)) return /^(?:designed|intended|meant)$/.test(next);
  return /^(?:serves|acts|functions)$/.test(verb) && next === 'as';
}

const LOCAL_BODY = /^(?:our|sheriff|sheriff['’]s|county|county['’]s|city|city['’]s|township|department['’]s)$/;
const UNOWNED = /^(?:the|a|an|other|federal|ice|ice['’]s|dhs['’]s)$/;
const NAME_TAIL = /^(?:agreements?|programs?|models?|initiatives?|g|\))$/;
const LIMIT_GOES_ON = /^(?:to|by|in|within|solely|only|$)/;
const POSSESSIVE = /^(?:our|its|their|his|her|\S+['’]s?)$/;

/** "our participation in", "the Sheriff's Office participation in": the agency's own participation or partnership. */
function ownParticipation(words: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (
      TAKING_PART.test(words[i]!.lower) &&
      (POSSESSIVE.test(words[i - 1]!.lower) || (i - 2 >= from && POSSESSIVE.test(words[i - 2]!.lower)))
    )
      return true;
  }
  return false;
}

/** Immigration-officer powers given to, received by or used by local personnel: "ICE delegates … personnel to perform certain immigration enforcement functions". */
function delegatedPowers(clause: Clause, context: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  const powers = immigrationPowers(words, clause.from, clause.to);
  if (!powers) return undefined;
  // "delegated authority" names immigration powers only in an immigration sentence.
  if (!context && !/immigration/.test(phrase(words, powers.start, powers.end))) return undefined;
  if (LEAVING.test(clause.sentence.text.toLowerCase())) return undefined;
  for (const verb of actionVerbs(clause, POWER)) {
    // "performs no immigration officer functions": the powers themselves are negated.
    if (/^(?:no|none)$/.test(words[verb + 1]?.lower ?? '')) continue;
    if (affirmsAt(clause, verb, { pastCounts: true }))
      return { verb, base: POWER.get(words[verb]!.lower)!, start: Math.min(verb, powers.start), end: Math.max(verb + 1, powers.end) };
  }
  // "these delegated authorities will enable the office to…": the powers as the subject of the clause.
  if (powers.start - clause.from <= 2 && clause.modal && affirmsAt(clause, clause.modal.to))
    return { verb: clause.modal.to, base: words[clause.modal.to]!.lower, start: powers.start, end: clause.modal.to + 1 };
  return undefined;
}

// "cracking down on illegal immigration", "a crackdown on illegals", "fighting illegal immigration": a campaign
// against people for their status is immigration enforcement.
const CAMPAIGNING =
  /^(?:crack|cracks|cracking|cracked|crackdown|crackdowns|combat|combats|combating|combatting|fight|fights|fighting|tackle|tackles|tackling|target|targets|targeting|root|rooting)$/;
const campaignTarget = phrases('illegal immigration', 'illegal|undocumented immigrant|immigrants|alien|aliens', 'illegals');

function campaignAgainst(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let verb = clause.from; verb < clause.to; verb++) {
    if (!CAMPAIGNING.test(words[verb]!.lower)) continue;
    const target = campaignTarget(words, verb + 1, Math.min(clause.to, verb + 5));
    if (!target || !words.slice(verb + 1, target.start).every((word) => /^(?:down|out|on|against)$/.test(word.lower))) continue;
    // "a crackdown on illegal immigration would cut crime": a crackdown in general is an opinion, not the agency's own.
    if (/^crackdowns?$/.test(words[verb]!.lower) && !/^(?:the|our|his|her|its|their|this)$/.test(words[verb - 1]?.lower ?? '')) continue;
    if (affirmsAt(clause, verb)) return { verb, base: words[verb]!.lower, start: verb, end: target.end, rewrite: false };
  }
  return undefined;
}

const OPPOSING =
  /^(?:denounc\w*|condemn\w*|criticiz\w*|criticis\w*|oppos\w*|protest\w*|challeng\w*|su(?:e|es|ed|ing)|resist\w*|reject\w*)$/;

const TRAINING = /^(?:training|trained)$/;
// Training named as done: a record of members prepared for the work, not a requirement to learn a subject.
const COMPLETED =
  /^(?:completed|received|attended|underwent|undergone|finished|graduated|went|gone|been|have|has|had|are|is|was|were|be|being|get|got)$/;
const enforcementTopic = phrases(
  '?federal ?civil immigration enforcement|law-enforcement',
  'immigration officer|officers ?function|functions|duties|powers',
);
// "training on immigration enforcement limits": a subject that limits the work.
const TOPIC_GOES_ON =
  /^(?:limits?|limitations?|restrictions?|polic(?:y|ies)|prohibitions?|rules?|boundaries|issues?|rights?|protections?|laws?)$/;

/**
 * "Deputies completed training on immigration enforcement", "officers chosen to be trained by ICE": members
 * prepared by or for an immigration officer's work.
 */
function enforcementTraining(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let t = clause.from; t < clause.to; t++) {
    if (!TRAINING.test(words[t]!.lower)) continue;
    const next = words[t + 1]?.lower ?? '';
    // "trained and certified by ICE": a second participle before the trainer.
    const by = /^(?:and|or)$/.test(next) && /ed$/.test(words[t + 2]?.lower ?? '') ? t + 3 : t + 1;
    const trainer = words[by]?.lower === 'by' ? findAuthority(words, by + 1, Math.min(clause.to, by + 7), true) : undefined;
    const topic = /^(?:on|in|for)$/.test(next) ? enforcementTopic(words, t + 2, Math.min(clause.to, t + 6)) : undefined;
    const done = words.slice(Math.max(clause.from, t - 4), t).some((word) => COMPLETED.test(word.lower));
    const target =
      trainer && trainer.start <= by + 3
        ? trainer
        : topic && topic.start <= t + 3 && done && !TOPIC_GOES_ON.test(words[topic.end]?.lower ?? '')
          ? topic
          : undefined;
    if (!target || anyAgency(words, clause.from, t) || mentionsCriminalMatter(words, clause.from, clause.to)) continue;
    if (affirmsAt(clause, t, { pastCounts: true })) return { verb: t, base: 'train', start: t, end: target.end, rewrite: false };
  }
  return undefined;
}

/** "The partnership with ICE continues", "This partnership with the federal government provides deputies…". */
function continuingPartnership(clause: Clause, context: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let noun = clause.from; noun < Math.min(clause.to, clause.from + 3); noun++) {
    if (words[noun]!.lower !== 'partnership' || !/^(?:with|between)$/.test(words[noun + 1]?.lower ?? '')) continue;
    const partner = findAuthority(words, noun + 2, Math.min(clause.to, noun + 12), context);
    if (!partner) continue;
    for (let verb = partner.end; verb < clause.to; verb++) {
      const base = CONTINUING.get(words[verb]!.lower);
      if (base && affirmsAt(clause, verb, { pastCounts: true })) return { verb, base, start: noun, end: verb + 1 };
    }
  }
  return undefined;
}

const HOLDING = /^(?:has|have|had|maintains?|maintained|enjoys?|enjoyed|keeps?)$/;
const ENFORCING = /^(?:enforce|enforces|enforcing)$/;

/**
 * The agency's own partnership with an immigration authority: "The Sheriff's Office has a longstanding partnership with
 * ICE"; and law enforced together with it: "continue working alongside ICE to enforce the law".
 */
function heldPartnership(clause: Clause, context: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let verb = clause.from; verb < clause.to - 3; verb++) {
    if (HOLDING.test(words[verb]!.lower)) {
      const noun = words.findIndex((word, index) => index > verb && index <= verb + 4 && word.lower === 'partnership');
      if (noun === -1 || !/^(?:with|between)$/.test(words[noun + 1]?.lower ?? '')) continue;
      const partner = findAuthority(words, noun + 2, Math.min(clause.to, noun + 8), context);
      if (partner && partner.start <= noun + 3 && affirmsAt(clause, verb, { pastCounts: true }))
        return { verb, base: 'have', start: verb, end: partner.end, rewrite: false };
      continue;
    }
    if (!/^(?:alongside|with)$/.test(words[verb]!.lower)) continue;
    const partner = findAuthority(words, verb + 1, Math.min(clause.to, verb + 6), context);
    if (!partner || partner.start > verb + 2 || words[partner.end]?.lower !== 'to' || !ENFORCING.test(words[partner.end + 1]?.lower ?? ''))
      continue;
    const enforce = partner.end + 1;
    if (affirmsAt(clause, enforce))
      return { verb: enforce, base: 'enforce', start: verb, end: Math.min(clause.to, enforce + 3), rewrite: false };
  }
  return undefined;
}

/** A unit named for immigration enforcement that the agency creates or staffs: "There is created an Immigration Enforcement Unit". */
function staffedUnit(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const unit = enforcementUnit(words, clause.from, clause.to);
  if (!unit) return undefined;
  const verb =
    [...actionVerbs(clause, STAFFING)][0] ?? (clause.modal && STAFFING.has(words[clause.modal.to]?.lower ?? '') ? clause.modal.to : -1);
  const created = verb === -1 ? findWord(words, STAFFING, clause.from, unit.start) : verb;
  if (created === -1 || !affirmsAt(clause, created, { pastCounts: true })) return undefined;
  return {
    verb: created,
    base: STAFFING.get(words[created]!.lower)!,
    start: Math.min(created, unit.start),
    end: Math.max(created + 1, unit.end),
  };
}

// The department's own steps into the program, told in the past tense: "signed a Memorandum…", "made application…".
const JOINING =
  /^(?:signed|entered|joined|applied|application|renewed|requested|participation|partnership|begin|began|initiate|initiated|implemented|implementation|formalizing|formalized)$/;

/**
 * A news release's past tense is the agency's record of its practice, not an incident: "the Sheriff's Office
 * and ICE signed a Memorandum … for the 287(g) program", "made official application for the 287(g) program": the
 * index of the word that names the step, or -1.
 */
function joinedInThePast(clause: Clause): number {
  if (!clause.past || clause.negated || clause.mentions || clause.topic !== undefined) return -1;
  const words = clause.sentence.words;
  for (let i = clause.from; i < clause.to; i++) if (JOINING.test(words[i]!.lower)) return i;
  return -1;
}

/** "threatening to deport them": the removal is what a threat names (status-threat), not work the agency does. */
function threatened(words: readonly Token[], verb: number): boolean {
  return words[verb - 1]?.lower === 'to' && /^threat(?:en|ens|ened|ening)?s?$/.test(words[verb - 2]?.lower ?? '');
}

/** 287(g), or one of its models named on its own ("the Warrant Service Officer program", "the Jail Enforcement Model"). */
function delegationProgramIn(clause: Clause): Found | undefined {
  const g = clauseHas287g(clause);
  const named = delegationProgram(clause.sentence.words, clause.from, clause.to);
  if (g !== -1 && (!named || g <= named.start)) return { start: g, end: g + 2 };
  return named;
}

function clauseHas287g(clause: Clause): number {
  const words = clause.sentence.words;
  for (let i = findWord(words, SET_287, clause.from, clause.to); i !== -1; i = findWord(words, SET_287, i + 1, clause.to)) {
    if (words[i + 1]?.lower === 'g') return i;
  }
  return -1;
}
const SET_287 = new Set(['287']);

export default defineRule({
  meta: {
    id: 'enforcement-role',
    category: 'enforcement-role',
    severity: 'error',
    description:
      'Taking part in civil immigration enforcement: 287(g) agreements, raids and sweeps, administrative immigration warrants, “cooperate fully” clauses.',
    messages: {
      enforcementRole:
        'Civil immigration enforcement is a federal responsibility; members taking part in it, or acting on administrative immigration warrants, erodes community trust.',
    },
    url: 'rules/docs/enforcement-role.md',
    coversItems: true,
    citations: [citations.caValuesAct, citations.washington, citations.sfGo515, citations.texas, citations.taskForce],
    yieldsTo: ['detainer'],
  },
  docs: {
    rationale:
      'When local officers act as immigration agents, stand guard at raids or serve administrative immigration warrants, residents cannot tell the police from immigration enforcement. Administrative warrants are signed by immigration officers, not judges. Keeping enforcement roles separate is what lets immigrant communities call the police.',
    compliant: [
      'The Department shall not enter into or renew an agreement under 287(g).',
      'Members shall not assist in civil immigration enforcement operations, but shall answer emergency calls and keep the peace.',
      'Members shall not serve, execute or act on administrative immigration warrants, including Forms I-200 and I-205.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const match = findEnforcementRole(clause, sectionAboutImmigration(context.section));
      if (!match || threatened(clause.sentence.words, match.verb)) continue;
      reportAction(context, clause, match, 'enforcementRole', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Assistance to Border Patrol agents in locating and apprehending persons suspected of unlawful entry is encouraged.',
        output: 'Assistance to Border Patrol agents in locating and apprehending persons suspected of unlawful entry is not encouraged.',
      },
      {
        text: 'Participation by the department in joint task force operations whose purpose is the enforcement of civil immigration law is authorized by this order.',
        output:
          'Participation by the department in joint task force operations whose purpose is the enforcement of civil immigration law is not authorized by this order.',
      },
      {
        text: 'When federal agents ask for support, patrol units are expected to assist in the apprehension of persons named in administrative removal warrants.',
        output: 'Patrol units shall not assist in the apprehension of persons named in administrative removal warrants.',
      },
    ],
    accepted: [
      {
        text: 'Officers, when asked by Homeland Security Investigations to help with a civil immigration sweep of a worksite, are to decline and notify a supervisor.',
      },
      { text: 'Assistance to Border Patrol agents is limited to emergencies involving an immediate threat to life.' },
      { text: 'Members may serve on a joint task force with HSI that targets human trafficking.' },
    ],
  },
});
