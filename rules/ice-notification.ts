import { BE_FORMS, SUBJECT_PRONOUNS } from '../core/analysis/english.ts';
import { ensuredClauseStart } from './lib/ensured.ts';
import {
  affirmsAt,
  afterComma,
  conditionOpeningEnd,
  inSubjectModifier,
  insideException,
  negativeObjectAt,
  type Clause,
} from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { actionVerbs, reportAction, type ActionMatch } from './lib/match.ts';
import {
  criminalMatters,
  findAuthority,
  hasImmigrationContext,
  isAboutCertification,
  sectionAboutCriminalMatter,
  sectionAboutImmigration,
} from './lib/topics.ts';
import { isNounUse, phrase, verbFamily, type Found } from './lib/words.ts';
import { conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Members shall not notify, contact or share information with federal immigration authorities about any person for purposes of civil immigration enforcement, including release dates, addresses and information about victims and witnesses, and shall not give immigration agents access to people in custody or to Department facilities for that purpose. Nothing in this policy restricts the exchange of citizenship or immigration status information permitted by 8 U.S.C. § 1373.';

/** Verbs of telling, handing over or giving access. */
const NOTIFY = conceptVerbs('passing-information');
// "loop in ICE", "make the schedule available to ICE", "keep ICE informed": these verbs count only with their particle.
const PARTICLES: Record<string, RegExp> = { loop: /^in$/, make: /^available$/, keep: /^(?:informed|apprised|updated|advised|posted)$/ };
// Verbs whose direct object is the one told: "notify the ICE field office".
const RECIPIENT_VERBS = new Set(['notify', 'contact', 'call', 'alert', 'inform', 'copy', 'email', 'fax', 'phone', 'tip', 'advise']);
// Verbs of telling whose "that" clause is reported speech rather than the notification itself.
const REPORTING = new Set(verbFamily('tell', 'explain', 'inform', 'advise', 'assure', 'say', 'state', 'let').keys());

// Words that open a predicate or a clause of its own between an agency and the verb group.
const PREDICATE_LINKS = new Set(['is', 'are', 'was', 'were', 'to', 'that', 'means', 'refers']);
const SENT_TO = /\b(?:to|with)(?: (?:the|a|an|its|our|local|regional|nearest|area|field))*$/;
// What opens a recipient after "to" ("provided to the inmate", "given to inmates"), not an infinitive ("allowed to make").
const RECIPIENT_OPENERS =
  /^(?:the|a|an|any|each|every|all|both|his|her|their|its|our|your|inmates?|prisoners?|arrestees?|detainees?|attorneys?|lawyers?|counsel|families|victims?)$/;
const CUSTODY_PEOPLE = /\b(?:inmates?|prisoners?|arrestees?|detainees?|persons?|people|him|them|suspects?|defendants?|juveniles?)\b(?!')/;
const OPERATIONS =
  /^(?:operations?|raids?|actions?|activit(?:y|ies)|sweeps?|checkpoints?|arrests?|presence|vehicles?|uniforms?|offices?|building)$/;
// Conjunctions that end a verb's object and open a clause of their own ("…without fear that", "…because").
const OBJECT_ENDS = new Set(['fear', 'because', 'although', 'though', 'unless', 'whereas', 'if', 'even', 'when', 'whenever', 'while']);

/** Access no greater than the public's. */
const PUBLIC_ACCESS =
  /\b(?:public (?:areas?|spaces?|lobby|lobbies|parts?|counters?)|like anyone else|like any (?:other )?(?:person|visitor|member of the public)|as any (?:other )?(?:person|visitor|member of the public))\b/;

/** Access for immigration agents: "have access", "may enter", "may interview". */
const ACCESS = verbFamily(
  'access',
  'have',
  'retain',
  'enter',
  'interview',
  'use',
  'visit',
  'question',
  'receive',
  'obtain',
  'get',
  'inspect',
  'review',
  'search',
);
// The notification is a threat (status-threat) when a verb like these governs it.
const THREAT = /\b(?:threat\w*|warn\w*|intimidat\w*|coerc\w*|remind\w*|imply|implies|suggest\w*|leverage)\b/;
// Requests other than a notification ("comply with", "honor") are about notification only with these words.
// "respond to requests from ICE regarding inmates": requests about people in custody are requests for notice or transfer.
const NOTIFICATION_REQUEST =
  /\b(?:notif\w*|i-247n|information|release dates?|release times?|addresses|records|data|(?:regarding|concerning|about) (?:\S+ )?(?:inmates?|detainees?|prisoners?|arrestees?))\b/;

/** A clause notifying immigration authorities about a person, or giving them access. */
function findNotification(clause: Clause, underImmigrationHeading: boolean): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { from, to } = clause;
  const context = underImmigrationHeading || hasImmigrationContext(words, 0, words.length);
  const anywhere = findAuthority(words, from, to, context);
  if (!anywhere) return undefined;
  let text = '';
  for (let i = from; i < to; i++) text += ` ${words[i]!.lower}`;
  const criminal = criminalMatterOf(words, from, to, text);
  if (criminal === 'partner' || THREAT.test(text) || isAboutCertification(clause.sentence.text)) return undefined;
  for (const verb of actionVerbs(clause, NOTIFY)) {
    // "fear that contact with the Department will lead to…", "a report to ICE": nouns, not notifications.
    if (isNounUse(words, verb)) continue;
    const base = NOTIFY.get(words[verb]!.lower)!;
    if ((base === 'turn' || base === 'hand') && words[verb + 1]?.lower !== 'over') continue;
    // "Persons wishing to report immigration violations should be referred to ICE": the caller is sent to the agency.
    if (base === 'refer' && WOULD_BE_REPORTERS.test(phrase(words, clause.from, verb))) continue;
    if (base === 'reach' && words[verb + 1]?.lower !== 'out') continue;
    const particle = PARTICLES[base];
    // The particle may follow a longer object: "make the daily booking roster available".
    const particleAt = particle ? words.findIndex((word, i) => i > verb && i < Math.min(to, verb + 8) && particle.test(word.lower)) : -1;
    if (particle && particleAt === -1) continue;
    if (
      (base === 'comply' || base === 'honor' || base === 'accept' || base === 'fulfill' || base === 'answer' || base === 'respond') &&
      !NOTIFICATION_REQUEST.test(text)
    )
      continue;
    // "Supervisory approval will be obtained prior to making contact with ICE": the clause requires the control, not the contact.
    if (approvalBefore(clause, verb)) continue;
    // "release" someone is custody; only releasing information to an agency is a notification.
    if (base === 'release' && !/\b(?:information|dates?|times?|records?|data|addresses)\b/.test(text)) continue;
    // "release each inmate on the inmate's release date": the one released is a person, whatever else is named.
    if (base === 'release' && CUSTODY_PEOPLE.test(phrase(words, verb + 1, Math.min(to, verb + 3)))) continue;
    // "It is reported that Border Patrol agents are moving the group": hearsay, not a report made to anyone.
    if (base === 'report' && words[verb + 1]?.lower === 'that' && hearsayAt(words, verb)) continue;
    // "ERO will be told that the department does not provide release dates": what is told is a refusal.
    if (REPORTING.has(words[verb]!.lower) && refusalTold(clause, verb)) continue;
    const target = authorityAfter(clause, verb, context);
    // "Members who contact immigration authorities … shall be referred to Internal Affairs": the agency is named in
    // the subject's relative clause; the referral is of the members.
    if (target && target.start < verb && inSubjectModifier(clause, target.start)) continue;
    // "give each inmate whom ICE asks to interview a notice": the agency opens a relative clause; the one given to is
    // the inmate.
    if (target && target.start > verb && /^(?:whom|who|that|which)$/.test(words[target.start - 1]?.lower ?? '') && target.start - verb > 2)
      continue;
    // "notify the attorney of any ICE request": the one told is named right after the verb; the agency is the topic.
    if (target && target.start > verb && TOLD_FIRST.test(phrase(words, verb + 1, target.start))) continue;
    // "report to a supervisor any request from ICE": the agency is where the request came from, not who is told.
    if (
      target &&
      target.start > verb &&
      /^(?:from|by)$/.test(words[target.start - 1]?.lower ?? '') &&
      OTHER_RECIPIENT.test(phrase(words, verb + 1, clause.to))
    )
      continue;
    // "provides ICE no office space", "tell ICE nothing": the thing given after the agency is negated.
    if (target && negativeObjectAt(words, target.end)) continue;
    // "contact ICE to report a crime": a report of a crime, which anyone may make to any agency.
    if (
      target &&
      target.start > verb &&
      /^to report (?:a|an) (?:crime|criminal)\b/.test(phrase(words, target.end, Math.min(to, target.end + 5)))
    )
      continue;
    // "allows a local agency to enter into a partnership with ICE": what is allowed is another action, by another party.
    if (
      target &&
      target.start > verb &&
      PERMITTING.has(base) &&
      words.slice(verb + 1, target.start - 1).some((word) => word.lower === 'to')
    )
      continue;
    // "send the form to USCIS": a filing with the benefits agency (a victim's petition, a certification), not a report.
    if (
      target &&
      BENEFITS_AGENCY.test(phrase(words, target.start, target.end)) &&
      words.slice(verb + 1, target.start).some((word) => FILINGS.test(word.lower))
    )
      continue;
    // "allow USCIS to determine visa eligibility": the agency is let make its own decision, not let in or told.
    if (
      target &&
      target.start === verb + 1 &&
      PERMITTING.has(base) &&
      words[target.end]?.lower === 'to' &&
      DECIDING.test(words[target.end + 1]?.lower ?? '') &&
      !IN_CUSTODY.test(phrase(words, target.end, to)) &&
      !/\binterview/.test(phrase(words, target.end, to))
    )
      continue;
    // "provide administrative support for the unit": what is given is help (enforcement-role's concern), not information.
    if (target && target.start > verb) {
      const given = phrase(words, verb + 1, target.start);
      if (given.split(' ').some((word) => HELP_GIVEN.test(word)) && !NOTIFICATION_REQUEST.test(given)) continue;
    }
    // An inmate's charges make the contact a notice only when the department is the one telling ("notify ICE when the
    // charges are resolved"), not in a passive that may tell of the agency's own act.
    if (criminal === 'custody' && (!target || target.start < verb)) continue;
    if (target && affirmsAt(clause, verb)) {
      const start = Math.min(verb, target.start);
      const end = Math.max(target.end, verb + 1, particleAt + 1);
      // A practice told in the present passive ("ICE is still notified whenever…") has no modal to negate in place.
      return clause.modal || target.start > verb ? { verb, base, start, end } : { verb, base, start, end, rewrite: false };
    }
  }
  if (criminal === 'custody') return undefined;
  const answered = requestAnswered(clause, context);
  if (answered) return answered;
  // "make referrals to federal authorities", "send a notification to ICE": the notice as the object of a light verb.
  for (let verb = clause.modal ? clause.modal.to : from; verb < to - 3; verb++) {
    if (!LIGHT_NOTICE.test(words[verb]!.lower) || insideException(clause, verb)) continue;
    const noun = /^(?:a|an|the|any)$/.test(words[verb + 1]!.lower) ? verb + 2 : verb + 1;
    if (!NOTICE_NOUNS.test(words[noun]?.lower ?? '') || words[noun + 1]?.lower !== 'to') continue;
    const target = findAuthority(words, noun + 2, Math.min(to, noun + 6), context);
    if (target && affirmsAt(clause, verb)) return { verb, base: words[verb]!.lower, start: verb, end: target.end };
  }
  // "Release is to be preceded by notification of the ICE field office": the notice named as a noun that the directive requires.
  if (clause.modal && clause.modality !== 'statement' && !clause.negated) {
    for (let noun = clause.modal.to; noun < to; noun++) {
      // The governor may stand before an article: "followed by a referral to ICE".
      const governor = /^(?:a|an|the)$/.test(words[noun - 1]?.lower ?? '') ? noun - 2 : noun - 1;
      if (
        !NOTICE_NOUNS.test(words[noun]!.lower) ||
        !/^(?:of|to)$/.test(words[noun + 1]?.lower ?? '') ||
        !NOTICE_GOVERNORS.test(words[governor]?.lower ?? '')
      )
        continue;
      const target = findAuthority(words, noun + 2, Math.min(to, noun + 6), context);
      if (target && !insideException(clause, noun)) return { verb: clause.modal.to, base: 'notify', start: noun, end: target.end };
    }
  }
  // "Immigration officials routinely interview inmates booked into the jail": the agency's standing access, told as practice.
  if (!clause.modal && !clause.past && !clause.negated && anywhere.start <= from + 2 && IN_CUSTODY.test(text)) {
    for (const verb of actionVerbs(clause, ACCESS)) {
      const base = ACCESS.get(words[verb]!.lower)!;
      if (base === 'have' || base === 'get' || verb - anywhere.end > 2 || !affirmsAt(clause, verb)) continue;
      return { verb, base, start: anywhere.start, end: verb + 1, rewrite: false };
    }
  }
  // "Your relative will be interviewed by an ICE officer within 24 hours of the bond": a person in custody questioned
  // by the agency, told in the passive.
  if (!clause.past && !clause.negated && IN_CUSTODY.test(text)) {
    for (const verb of actionVerbs(clause, ACCESS)) {
      const base = ACCESS.get(words[verb]!.lower)!;
      if (!/^(?:interview|question|visit|search)$/.test(base) || !BE_FORMS.has(words[verb - 1]?.lower ?? '')) continue;
      if (words[verb + 1]?.lower !== 'by') continue;
      const agent = findAuthority(words, verb + 2, Math.min(to, verb + 6), context);
      if (agent && agent.start <= verb + 4 && affirmsAt(clause, verb))
        return { verb, base, start: verb - 1, end: agent.end, rewrite: false };
    }
  }
  // "We have embedded ICE agents in our jail": the agency's personnel placed inside the jail.
  for (const verb of actionVerbs(clause, STATIONING)) {
    const agents = findAuthority(words, verb + 1, Math.min(to, verb + 4), context);
    if (!agents || agents.start !== verb + 1) continue;
    const place = words.findIndex(
      (word, index) => index >= agents.end && index < Math.min(to, agents.end + 4) && CUSTODY_PLACES.test(word.lower),
    );
    if (place === -1 || !/^(?:in|at|inside|to)$/.test(words[agents.end]?.lower ?? '') || !affirmsAt(clause, verb, { pastCounts: true }))
      continue;
    return { verb, base: STATIONING.get(words[verb]!.lower)!, start: verb, end: place + 1, rewrite: false };
  }
  // "giving ICE agents office space within his jails", "provides ICE with a desk at booking": a place inside the jail.
  for (const verb of actionVerbs(clause, HOSTING)) {
    const agents = findAuthority(words, verb + 1, Math.min(to, verb + 4), context);
    if (!agents || agents.start > verb + 2) continue;
    const room = words.findIndex((word, index) => index >= agents.end && index < Math.min(to, agents.end + 4) && ROOMS.test(word.lower));
    const place =
      room === -1
        ? -1
        : words.findIndex((word, index) => index > room && index < Math.min(to, room + 7) && CUSTODY_PLACES.test(word.lower));
    if (place === -1 || !affirmsAt(clause, verb, { pastCounts: true })) continue;
    return { verb, base: HOSTING.get(words[verb]!.lower)!, start: verb, end: place + 1, rewrite: false };
  }
  // "Immigration agents shall have access to the jail", "ICE may interview inmates". Not the agency named in an
  // opening ("Before any ICE interview, the inmate shall receive the consent form"): the subject follows it.
  const openingEnd = clause.opening?.to ?? conditionOpeningEnd(clause, clause.from, clause.to) ?? commaOpeningEnd(clause);
  if (clause.modal && anywhere.start < clause.modal.from && anywhere.start >= openingEnd && !insideException(clause, anywhere.start)) {
    for (const verb of actionVerbs(clause, ACCESS)) {
      const base = ACCESS.get(words[verb]!.lower)!;
      // "ICE shall have access", but "ICE will get here before the release" is an arrival.
      if ((base === 'have' || base === 'get') && words[verb + 1]?.lower !== 'access') continue;
      if (verb - clause.modal.to > 3) break;
      // "ICE agents may enter public areas like anyone else": the access any member of the public has.
      if (PUBLIC_ACCESS.test(phrase(words, verb + 1, Math.min(to, verb + 8)))) continue;
      if (affirmsAt(clause, verb)) return { verb, base, start: anywhere.start, end: Math.min(to, verb + 2) };
    }
    // "A supervisor from ICE will be assigned to the Detention Facility": the agency stationed inside the jail.
    for (const verb of actionVerbs(clause, STATIONING)) {
      if (verb - clause.modal.to > 3) break;
      const place = words.findIndex((word, index) => index > verb && index < Math.min(to, verb + 5) && CUSTODY_PLACES.test(word.lower));
      if (place === -1 || !/^(?:to|at|in|inside)$/.test(words[verb + 1]?.lower ?? '') || !affirmsAt(clause, verb)) continue;
      let end = place + 1;
      while (end < to && CUSTODY_PLACES.test(words[end]!.lower)) end++;
      // No rewrite: the purpose that follows ("to make sure all guidelines are followed") would be negated with it.
      return { verb, base: STATIONING.get(words[verb]!.lower)!, start: anywhere.start, end, rewrite: false };
    }
  }
  return undefined;
}

/** Where a fronted phrase set off by a comma ends ("Before any ICE interview, …"), or the clause's start. */
function commaOpeningEnd(clause: Clause): number {
  const { words } = clause.sentence;
  if (!/^(?:before|after|during|prior|upon|following)$/.test(words[clause.from]?.lower ?? '')) return clause.from;
  for (let i = clause.from + 1; i < (clause.modal?.from ?? clause.to); i++) if (afterComma(clause.sentence, i)) return i;
  return clause.from;
}

const ASKING = /^(?:asks?|asked|requests?|requested|seeks?|sought|seeking|asking|requesting)$/;
const ANSWERING = /^(?:provide|give|send|furnish|supply|share|release|disclose)$/;
const GIVEN = /^(?:provided|given|sent|released|furnished|supplied|shared|disclosed)$/;
// What was asked for, named again: "it", "the information", "the release date".
const WHAT_WAS_ASKED = /^(?:it|them|this)$|^(?:the )?(?:release )?(?:information|notice|notification|dates?|records?)$/;

/** How many words after `verb` name what was asked for, or 0. */
function askedLength(words: Clause['sentence']['words'], verb: number): number {
  for (let length = 1; length <= 3; length++) if (WHAT_WAS_ASKED.test(phrase(words, verb + 1, verb + 1 + length))) return length;
  return 0;
}

/**
 * "When DHS asks in writing for advance notice of an inmate's release date, jail staff shall provide it": the opening
 * names the agency's request for notice or information, and the clause gives what was asked.
 */
function requestAnswered(clause: Clause, context: boolean): ActionMatch | undefined {
  const { opening } = clause;
  if (!opening || !clause.modal || clause.negated) return undefined;
  const words = clause.sentence.words;
  // "When DHS provides a written request, one that the Act authorises, seeking notice of…, staff shall": the
  // condition runs to its last comma before the directive.
  const openingEnd = Math.max(opening.to, conditionOpeningEnd(clause, opening.from, clause.modal.from) ?? 0);
  const agency = findAuthority(words, opening.from, openingEnd, context);
  // "DHS asks for…", "ICE requests…", "DHS (the department) provides a formal written request … seeking advance notice…".
  const asking = agency && words.slice(agency.end, Math.min(openingEnd, agency.end + 6)).some((word) => ASKING.test(word.lower));
  if (!agency || !asking || !NOTIFICATION_REQUEST.test(phrase(words, agency.end, openingEnd))) return undefined;
  const verb = clause.modal.to;
  if (ANSWERING.test(words[verb]?.lower ?? '')) {
    const asked = askedLength(words, verb);
    if (asked === 0 || verb + asked >= clause.to || !affirmsAt(clause, verb)) return undefined;
    return { verb, base: words[verb]!.lower, start: verb, end: verb + 1 + asked };
  }
  // "…, the officer shall ensure that information is provided".
  if (words[verb]?.lower !== 'ensure' || words[verb + 1]?.lower !== 'that') return undefined;
  const given = words.findIndex((word, index) => index > verb + 2 && index < Math.min(clause.to, verb + 8) && GIVEN.test(word.lower));
  if (given === -1 || !BE_FORMS.has(words[given - 1]!.lower) || !affirmsAt(clause, verb)) return undefined;
  // What is given must be what was asked ("the information"), not a person ("the inmate is given a copy").
  if (!WHAT_WAS_ASKED.test(phrase(words, verb + 2, given - 1))) return undefined;
  return { verb: given, base: 'provide', start: verb, end: given + 1 };
}

/**
 * "ICE is still notified whenever a noncitizen is booked": with no modal, a practice told in the present passive,
 * the agency itself opening the clause and only "is" or "are" and an adverb before the verb.
 */
function presentPassive(clause: Clause, subject: Found, verb: number): boolean {
  const words = clause.sentence.words;
  if (clause.past || subject.start > clause.from + 1) return false;
  let at = subject.end;
  // "The ICE field office is notified…": the agency's office or people head the subject.
  while (at < verb && AGENCY_PARTS.test(words[at]!.lower)) at++;
  const between = words.slice(at, verb).map((word) => word.lower);
  return /^(?:is|are)$/.test(between[0] ?? '') && between.slice(1).every((word) => PRACTICE_ADVERBS.test(word));
}

const AGENCY_PARTS = /^(?:field|local|regional|area|offices?|officials?|agents?|officers?|personnel|staff)$/;
const PRACTICE_ADVERBS = /^(?:still|also|always|then|immediately|automatically|routinely|promptly|usually|generally|typically)$/;

/** "It is reported that…", "it has been reported that…": an impersonal passive of the reporting verb at `verb`. */
function hearsayAt(words: Clause['sentence']['words'], verb: number): boolean {
  let i = verb - 1;
  if (words[i]?.lower === 'been') i--;
  return /^(?:is|was|has|had|are|were)$/.test(words[i]?.lower ?? '') && words[i - 1]?.lower === 'it';
}

/**
 * The criminal matter a clause names: 'partner' for one that makes contact with a federal agency legitimate (a
 * trafficking investigation, a judicial warrant); 'custody' for an inmate's own criminal charges, which are no such
 * matter — telling ICE how they progress, or when they are resolved, times the handover of a person in custody.
 */
function criminalMatterOf(words: Clause['sentence']['words'], from: number, to: number, text: string): 'partner' | 'custody' | undefined {
  const matters = criminalMatters(words, from, to);
  if (matters.length === 0) return undefined;
  const custodyCase = /\b(?:inmates?|prisoners?|arrestees?|detainees?|defendants?|bond|bail|release)\b/.test(text);
  return custodyCase && matters.every((matter) => /^criminal charges?$/.test(matter)) ? 'custody' : 'partner';
}

/** Verbs of placing personnel somewhere: "assigned to the jail", "stationed at the booking desk". */
const STATIONING = conceptVerbs('stationing');
/** Verbs of hosting an agency: "gives ICE office space in the jail". */
const HOSTING = verbFamily('give', 'provide', 'offer', 'grant', 'lend');
const ROOMS = /^(?:space|offices?|desks?|rooms?|workspace|workstations?|access)$/;
const CUSTODY_PLACES = /^(?:jails?|detention|facility|facilities|booking|lockup|lock-up|prison|intake|sally)$/;

const WOULD_BE_REPORTERS =
  /\b(?:wish|wishes|wishing|want|wants|wanting|seek|seeks|seeking|hope|hopes|hoping) to (?:report|make a report|file)\b/;
const IN_CUSTODY = /\b(?:jails?|inmates?|incarcerated|booked|booking|detention (?:center|facility)|custody|bond)\b/;
const PERMITTING = new Set(['allow', 'permit', 'let', 'grant']);
const BENEFITS_AGENCY = /\b(?:uscis|citizenship and immigration services)\b/;
const FILINGS = /^(?:forms?|petitions?|applications?|certifications?|supplements?|declarations?|i-918|i-914|paperwork)$/;
const DECIDING = /^(?:determine|decide|adjudicate|assess|evaluate|judge|rule|weigh|consider)$/;
const APPROVAL = /^(?:approval|permission|authori[sz]ation|consent|sign-off)$/;
const BEFORE = /^(?:before|prior to)$/;

/** A contact named in a "before/prior to" adjunct of a clause whose subject is an approval to obtain first. */
function approvalBefore(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  // "prior to contacting", "before making contact with".
  const at = /^(?:making|make|having)$/.test(words[verb - 1]?.lower ?? '') ? verb - 1 : verb;
  const adjunct = BEFORE.test(words[at - 1]?.lower ?? '')
    ? at - 1
    : at >= clause.from + 2 && BEFORE.test(phrase(words, at - 2, at))
      ? at - 2
      : -1;
  if (adjunct === -1) return false;
  return words.slice(clause.from, adjunct).some((word) => APPROVAL.test(word.lower));
}
const HELP_GIVEN = /^(?:assistance|help|support|backup|aid|mutual)$/;
const LIGHT_NOTICE = /^(?:make|makes|making|send|sends|sending|submit|submits|submitting|file|files|filing|give|gives|giving)$/;
const NOTICE_NOUNS = /^(?:notification|notifications|notice|notices|referral|referrals)$/;
// What makes the notice the thing required: "preceded by notification of…", "include notice to…", "with a referral to…".
const NOTICE_GOVERNORS = /^(?:by|include|includes|including|require|requires|with|and|involve|involves|mean|means)$/;

/**
 * A verb of telling whose reported "that" clause is negated: the telling passes on a refusal, not information.
 * So does telling "exactly that" after a clause that refuses ("The jail does not honor ICE requests, and staff
 * shall tell ICE callers exactly that").
 */
function refusalTold(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  const negated = (from: number, to: number): boolean => words.slice(from, to).some((word) => NEGATION.test(word.lower));
  const that = words.findIndex((word, i) => i > verb && i < clause.to && word.lower === 'that');
  if (that === -1) return false;
  return that === clause.to - 1 ? negated(0, verb) : negated(that + 1, clause.to);
}

const NEGATION = /^(?:not|never|no|none|nothing)$|n't$/;
const TOLD_FIRST =
  /^(?:the|an?|his|her|their|its) (?:\S+ )?(?:attorney|lawyer|counsel|inmate|person|detainee|victim|supervisor|commander|sergeant|lieutenant|family|consulate|court|judge|prosecutor)s? (?:of|about|that)(?: any| the| an?| each)?$/;
// Someone else named as the one told: "to a supervisor", "to the watch commander".
const OTHER_RECIPIENT = /\bto (?:a|an|the|his|her|their|your|any) /;

const TOLD_ABOUT = /^(?:of|about|regarding|concerning)$/;

function authorityAfter(clause: Clause, verb: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  // The agency must be the verb's own object: in "tell victims that we will call ICE" the telling goes to
  // the victims, and the reported clause (with its own verb and polarity) is not a notification by the teller.
  // Likewise "call the police without fear that contact … will lead to immigration enforcement": a clause
  // opened by a conjunction after the object has its own subject and verb.
  let limit = Math.min(clause.to, verb + 16);
  for (let i = verb + 1; i < limit; i++) {
    const word = words[i]!.lower;
    // "give each inmate a notice that he or she may decline an interview with ICE": a clause with a subject of its own.
    const ownSubject = word === 'that' && SUBJECT_PRONOUNS.has(words[i + 1]?.lower ?? '');
    if (
      (word === 'that' && REPORTING.has(words[verb]!.lower)) ||
      ownSubject ||
      (i > verb + 1 && OBJECT_ENDS.has(word) && words[i - 1]!.lower !== 'to')
    )
      limit = i;
  }
  const found = findAuthority(words, verb + 1, limit, context);
  // "the scene of an ICE operation": the agency names whose operation it is, not who is told.
  // But "copy the regional HSI office", "call the ICE office": an office that is the verb's object is who is told.
  // So is an office sent something: "email the photo to the local HSI office".
  const office =
    found !== undefined &&
    /^offices?$/.test(words[found.end]?.lower ?? '') &&
    ((found.start - verb <= 3 && RECIPIENT_VERBS.has(NOTIFY.get(words[verb]!.lower) ?? '')) ||
      SENT_TO.test(phrase(words, Math.max(verb + 1, found.start - 3), found.start)));
  // "copy ICE's press statement": a possessive agency names whose thing it is, unless the thing is its people or office.
  const possessive =
    found !== undefined &&
    /['’]s$/.test(words[found.end - 1]!.text) &&
    !/^(?:offices?|agents?|officers?|officials?|personnel|staff|field|local|regional|enforcement|deportation)$/.test(
      words[found.end]?.lower ?? '',
    );
  const possessed = found !== undefined && !office && (possessive || OPERATIONS.test(words[found.end]?.lower ?? ''));
  // "Any equipment needed will be supplied by ICE": the agency after "by" is the one giving, not told.
  const giver = found !== undefined && words[verb + 1]?.lower === 'by' && found.start <= verb + 3;
  // "notify the inmate's attorney, not ICE": the agency named as the one not told.
  const refused = found !== undefined && /^(?:not|never)$/.test(words[found.start - 1]?.lower ?? '');
  // "The inmate's attorney shall be notified of every ICE request": the one told is the passive's subject; the agency is
  // what they are told about.
  const topic = found !== undefined && BE_FORMS.has(words[verb - 1]?.lower ?? '') && TOLD_ABOUT.test(words[verb + 1]?.lower ?? '');
  if (found && !possessed && !giver && !topic && !refused && !insideException(clause, found.start)) return found;
  // A passive with the agency as subject: "ICE shall be notified", "Border Patrol will be called".
  // The agency must head the subject: in "a detainer is a request from an immigration agency to keep a person
  // … beyond the time the person would otherwise be released" it sits in a predicate, far from the passive.
  // "The immigration agency is allowed to make arrests…, and can be notified of release times": a verb group joined
  // to the one before shares its subject.
  const shared = /^(?:and|or)$/.test(words[clause.from]!.lower) && clause.modal?.from === clause.from + 1;
  // The subject follows an opening condition: in "If ICE agents act on campus, campus police may be called" it is the police.
  // "The jail shall ensure that ICE is notified": the content clause of a verb of ensuring has a subject of its own.
  const ensured = ensuredClauseStart(clause);
  const subjectFrom =
    ensured !== -1 && ensured < verb ? ensured : clause.opening && clause.opening.to < verb ? clause.opening.to : clause.from;
  const subject = shared ? findAuthority(words, 0, Math.min(clause.from, 4), context) : findAuthority(words, subjectFrom, verb, context);
  if (
    subject &&
    // "Assistance to ICE will be provided in an emergency": help given to the agency is no notice to it.
    !HELP_GIVEN.test(words[clause.from]!.lower) &&
    // "…, a copy of the ICE form shall be provided to the inmate": the passive names who receives it after the verb.
    !(words[verb + 1]?.lower === 'to' && RECIPIENT_OPENERS.test(words[verb + 2]?.lower ?? '')) &&
    (clause.modal
      ? (shared || subject.start < clause.modal.from || (ensured !== -1 && subject.start === ensured)) &&
        /^(?:be|been|is|are)$/.test(words[verb - 1]?.lower ?? '') &&
        !words.slice(subject.end, ensured === -1 ? clause.modal.from : verb - 1).some((word) => PREDICATE_LINKS.has(word.lower))
      : presentPassive(clause, subject, verb))
  ) {
    return subject;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'ice-notification',
    category: 'ice-notification',
    severity: 'error',
    description:
      'Notifying, reporting to, contacting or sharing information with immigration authorities about a person, or giving immigration agents access to people in custody or to facilities.',
    messages: {
      notification:
        'Passing information about a person to immigration authorities, or letting immigration agents into custody areas, tells the community that police contact can lead to deportation.',
    },
    url: 'rules/docs/ice-notification.md',
    coversItems: true,
    citations: [citations.caValuesAct, citations.caTruthAct, citations.washington, citations.sfGo515],
    // A report to immigration held over a witness is a threat (status-threat), not a notification policy.
    yieldsTo: ['detainer', 'enforcement-role', 'civil-detention', 'status-threat'],
  },
  docs: {
    rationale:
      'If calling the police can end with a call to immigration authorities, victims and witnesses stay silent. Trust policies keep information about victims, witnesses and arrestees — release dates, addresses, status — away from civil immigration enforcement, while leaving room for criminal cases and for the exchange of status information that 8 U.S.C. § 1373 protects.',
    compliant: [
      'Members shall not contact immigration authorities about victims, witnesses or people seeking help.',
      'The jail shall not share release dates or home addresses with immigration authorities.',
      'Nothing in this order restricts the exchange of immigration status information permitted by 8 U.S.C. § 1373.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    if (sectionAboutCriminalMatter(context.section)) return;
    for (const clause of context.clauses) {
      const match = findNotification(clause, sectionAboutImmigration(context.section));
      if (!match) continue;
      reportAction(context, clause, match, 'notification', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Each booking of a person born outside the United States is to be followed by a referral to Immigration and Customs Enforcement.',
        output:
          'Each booking of a person born outside the United States is not to be followed by a referral to Immigration and Customs Enforcement.',
      },
      {
        text: 'The release of any foreign-born arrestee is to be preceded by notification of the local ICE field office by the jail supervisor.',
        output:
          'The release of any foreign-born arrestee is not to be preceded by notification of the local ICE field office by the jail supervisor.',
      },
      {
        text: 'Supervisors shall advise officers to report every foreign-born arrestee to ICE.',
        output: 'Supervisors shall not advise officers to report any foreign-born arrestee to ICE.',
      },
    ],
    accepted: [
      { text: 'Each booking of a juvenile is to be followed by a referral to the county youth services office.' },
      { text: 'The release of any arrestee is to be preceded by notification of the victim by the jail supervisor.' },
      { text: 'The release of any arrestee shall not be preceded by notification of ICE.' },
    ],
  },
});
