import { affirmsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { findCivilDetention } from './civil-detention.ts';
import { findDetainer } from './detainer.ts';
import { findEnforcementRole } from './enforcement-role.ts';
import { findStatusThreat } from './status-threat.ts';
import { actionVerbs, perClause, reportAction, type ActionMatch } from './lib/match.ts';
import { findAuthority, hasImmigrationContext, isAboutCertification, mentionsCriminalMatter } from './lib/topics.ts';
import { isNounUse, phrase, verbFamily, type Found } from './lib/words.ts';
import { conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Members shall not notify, contact or share information with federal immigration authorities about any person for purposes of civil immigration enforcement, including release dates, addresses and information about victims and witnesses, and shall not give immigration agents access to people in custody or to Department facilities for that purpose. Nothing in this policy restricts the exchange of citizenship or immigration status information permitted by 8 U.S.C. § 1373.';

/** Verbs of telling, handing over or giving access. */
const NOTIFY = conceptVerbs('passing-information');
// "loop in ICE", "make the schedule available to ICE": these verbs count only with their particle.
const PARTICLES: Record<string, RegExp> = { loop: /^in$/, make: /^available$/ };
// Verbs whose direct object is the one told: "notify the ICE field office".
const RECIPIENT_VERBS = new Set(['notify', 'contact', 'call', 'alert', 'inform', 'copy', 'email', 'fax', 'phone', 'tip', 'advise']);
// Verbs of telling whose "that" clause is reported speech rather than the notification itself.
const REPORTING = new Set(verbFamily('tell', 'explain', 'inform', 'advise', 'assure', 'say', 'state', 'let').keys());

// Words that open a predicate or a clause of its own between an agency and the verb group.
const PREDICATE_LINKS = new Set(['is', 'are', 'was', 'were', 'to', 'that', 'means', 'refers']);
const SENT_TO = /\b(?:to|with)(?: (?:the|a|an|its|our|local|regional|nearest|area|field))*$/;
const CUSTODY_PEOPLE = /\b(?:inmates?|prisoners?|arrestees?|detainees?|persons?|people|him|them|suspects?|defendants?|juveniles?)\b(?!')/;
const OPERATIONS =
  /^(?:operations?|raids?|actions?|activit(?:y|ies)|sweeps?|checkpoints?|arrests?|presence|vehicles?|uniforms?|offices?|building)$/;
// Conjunctions that end a verb's object and open a clause of their own ("…without fear that", "…because").
const OBJECT_ENDS = new Set(['fear', 'because', 'although', 'though', 'unless', 'whereas', 'if', 'even', 'when', 'whenever', 'while']);

/** Access for immigration agents: "have access", "may enter", "may interview". */
const ACCESS = verbFamily(
  'access',
  'have',
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
const NOTIFICATION_REQUEST = /\b(?:notif\w*|information|release dates?|release times?|addresses|records|data)\b/;

/** A clause notifying immigration authorities about a person, or giving them access. */
export const findNotification = perClause((clause: Clause): ActionMatch | undefined => {
  const words = clause.sentence.words;
  const { from, to } = clause;
  const context = hasImmigrationContext(words, 0, words.length);
  const anywhere = findAuthority(words, from, to, context);
  if (!anywhere) return undefined;
  let text = '';
  for (let i = from; i < to; i++) text += ` ${words[i]!.lower}`;
  if (mentionsCriminalMatter(words, from, to) || THREAT.test(text) || isAboutCertification(clause.sentence.text)) return undefined;
  for (const verb of actionVerbs(clause, NOTIFY)) {
    // "fear that contact with the Department will lead to…", "a report to ICE": nouns, not notifications.
    if (isNounUse(words, verb)) continue;
    const base = NOTIFY.get(words[verb]!.lower)!;
    if ((base === 'turn' || base === 'hand') && words[verb + 1]?.lower !== 'over') continue;
    if (base === 'reach' && words[verb + 1]?.lower !== 'out') continue;
    const particle = PARTICLES[base];
    // The particle may follow a longer object: "make the daily booking roster available".
    if (particle && !words.slice(verb + 1, Math.min(to, verb + 8)).some((word) => particle.test(word.lower))) continue;
    if (
      (base === 'comply' || base === 'honor' || base === 'fulfill' || base === 'answer' || base === 'respond') &&
      !NOTIFICATION_REQUEST.test(text)
    )
      continue;
    // "release" someone is custody; only releasing information to an agency is a notification.
    if (base === 'release' && !/\b(?:information|dates?|times?|records?|data|addresses)\b/.test(text)) continue;
    // "release each inmate on the inmate's release date": the one released is a person, whatever else is named.
    if (base === 'release' && CUSTODY_PEOPLE.test(phrase(words, verb + 1, Math.min(to, verb + 3)))) continue;
    // "ERO will be told that the department does not provide release dates": what is told is a refusal.
    if (REPORTING.has(words[verb]!.lower) && refusalTold(clause, verb)) continue;
    const target = authorityAfter(clause, verb, context);
    // "provides ICE no office space", "tell ICE nothing": the thing given after the agency is negated.
    if (target && /^(?:no|nothing|none)$/.test(words[target.end]?.lower ?? '')) continue;
    if (target && affirmsAt(clause, verb)) return { verb, base, start: Math.min(verb, target.start), end: Math.max(target.end, verb + 1) };
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
  // "Immigration agents shall have access to the jail", "ICE may interview inmates".
  if (clause.modal && anywhere.start < clause.modal.from && !insideException(clause, anywhere.start)) {
    for (const verb of actionVerbs(clause, ACCESS)) {
      const base = ACCESS.get(words[verb]!.lower)!;
      if (base === 'have' && words[verb + 1]?.lower !== 'access') continue;
      if (verb - clause.modal.to > 3) break;
      if (affirmsAt(clause, verb)) return { verb, base, start: anywhere.start, end: Math.min(to, verb + 2) };
    }
  }
  return undefined;
});

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

function authorityAfter(clause: Clause, verb: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  // The agency must be the verb's own object: in "tell victims that we will call ICE" the telling goes to
  // the victims, and the reported clause (with its own verb and polarity) is not a notification by the teller.
  // Likewise "call the police without fear that contact … will lead to immigration enforcement": a clause
  // opened by a conjunction after the object has its own subject and verb.
  let limit = Math.min(clause.to, verb + 16);
  for (let i = verb + 1; i < limit; i++) {
    const word = words[i]!.lower;
    if ((word === 'that' && REPORTING.has(words[verb]!.lower)) || (i > verb + 1 && OBJECT_ENDS.has(word) && words[i - 1]!.lower !== 'to'))
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
  if (found && !possessed && !insideException(clause, found.start)) return found;
  // A passive with the agency as subject: "ICE shall be notified", "Border Patrol will be called".
  // The agency must head the subject: in "a detainer is a request from an immigration agency to keep a person
  // … beyond the time the person would otherwise be released" it sits in a predicate, far from the passive.
  const subject = findAuthority(words, clause.from, verb, context);
  if (
    subject &&
    clause.modal &&
    subject.start < clause.modal.from &&
    /^(?:be|been|is|are)$/.test(words[verb - 1]?.lower ?? '') &&
    !words.slice(subject.end, clause.modal.from).some((word) => PREDICATE_LINKS.has(word.lower))
  ) {
    return subject;
  }
  return undefined;
}

/** Rules whose reading of the same words wins. */
// A report to immigration held over a witness is a threat (status-threat), not a notification policy.
const PRECEDENT = [findDetainer, findEnforcementRole, findCivilDetention, findStatusThreat];

export default defineRule({
  meta: {
    id: 'ice-notification',
    category: 'ice-notification',
    severity: 'error',
    description:
      'Notifying, reporting to, contacting or sharing information with immigration authorities about a person, or giving immigration agents access to people in custody or to facilities.',
    url: 'rules/docs/ice-notification.md',
    citations: [citations.caValuesAct, citations.caTruthAct, citations.washington, citations.sfGo515],
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
    for (const clause of context.clauses) {
      const match = findNotification(clause);
      if (!match || PRECEDENT.some((find) => find(clause))) continue;
      reportAction(
        context,
        clause,
        match,
        'Passing information about a person to immigration authorities, or letting immigration agents into custody areas, tells the community that police contact can lead to deportation.',
        MODEL,
      );
    }
  },
  tests: {
    valid: [
      { text: 'Each booking of a juvenile is to be followed by a referral to the county youth services office.' },
      { text: 'The release of any arrestee is to be preceded by notification of the victim by the jail supervisor.' },
      { text: 'The release of any arrestee shall not be preceded by notification of ICE.' },
      { text: 'It may be pointed out by the detective that failure to cooperate could lead to the witness being reported to immigration.' },
      {
        text: 'Residents must be able to call the police without fear that contact with the Department will lead to immigration enforcement.',
      },
      { text: 'Officers may respond to calls for service at the scene of an ICE operation to protect public safety.' },
      { text: 'Prisoners are released on the date their sentences end, even if ICE has asked to hold them.' },
      { text: 'Call-takers shall assure callers that their names will not be passed to immigration agents.' },
      { text: 'Members shall tell victims that the Department will never contact ICE about them.' },
      { text: 'Members shall not send information about crime victims to Homeland Security.' },
      { text: 'Officers shall notify the watch commander of every use of force.' },
      { text: 'Detectives may share evidence with federal agents in a human trafficking investigation.' },
      { text: 'Nothing in this order prohibits sending status information to federal immigration authorities as 8 U.S.C. 1373 allows.' },
      { text: 'Jail staff shall tell each inmate about the right to call a consulate.' },
      { text: 'Deputies shall never:\n\n- give release dates to ICE;\n- let Border Patrol agents into the booking area.' },
      { text: 'Officers shall pass the names of witnesses to the detective on call.' },
      { text: 'Staff may notify HSI when a case involves human trafficking.' },
      { text: 'Copy the sergeant on every use-of-force report.' },
      { text: 'Loop in the detective when the victim calls back.' },
      { text: 'Make sure the report is available to the supervisor.' },
      { text: 'Officers may direct protesters away from the ICE office.' },
      { text: "Members shall not give ERO a heads-up about anyone's release." },
      { text: 'Officers should copy ICE’s press statement into the log.' },
      { text: 'Officers shall forward ICE’s request to the legal unit.' },
      { text: 'Officers will not report anyone to the authorities of immigration.' },
      { text: 'Report the migration of the data to the IT office.' },
      { text: 'E-mail the report to the sergeant.' },
      { text: 'Officers may refer victims to the immigration office of a legal aid clinic for advice.' },
      { text: 'Officers shall not notify the immigration office of any arrest.' },
      { text: 'Officers may respond to calls for service near the local HSI office.' },
      { text: "The booking officer will email the person's booking photo to the district attorney's office." },
      { text: "The jail will release each inmate on the inmate's release date regardless of any request from DHS." },
      {
        text: 'An immigration detainer is a request from an immigration agency to keep a person in jail past the time the person would otherwise be released.',
      },
      {
        text: "An ICE officer who calls asking for an inmate's release date will be told that the department does not give out that information.",
      },
      { text: 'The jail does not honor requests from ICE to hold inmates, and staff shall tell callers from ICE exactly that.' },
      { text: 'The jail provides ICE no office space, no computer access and no advance notice of releases.' },
    ],
    invalid: [
      {
        text: 'Each booking of a person born outside the United States is to be followed by a referral to Immigration and Customs Enforcement.',
      },
      {
        text: 'The release of any foreign-born arrestee is to be preceded by notification of the local ICE field office by the jail supervisor.',
      },
      { text: 'Supervisors shall advise officers to report every foreign-born arrestee to ICE.' },
      { text: 'The jail provides ICE advance notice of releases and no office space.' },
      { text: 'ICE will be told that the inmate is about to be released.' },
      { text: 'The jail keeps a list of release dates, and staff shall tell callers from ICE exactly that.' },
      { text: 'Officers shall notify the immigration office of any arrest of a foreign national.' },
      { text: "Detectives may share the victim's address with the immigration bureau." },
      { text: "The jail will release each inmate's release date to ICE." },
      { text: 'Records staff may release her home address to ICE.' },
      { text: 'The crime analysis unit will make the daily booking roster available to ERO.' },
      { text: "The booking officer will email the person's booking photo and charges to the local HSI office." },
      { text: 'Officers may pass the names of undocumented witnesses to Border Patrol.' },
      {
        text: 'The records unit shall email ICE the home address of any arrestee born abroad.',
        output: 'The records unit shall not email ICE',
      },
      { text: 'Patrol officers should let Border Patrol know about any undocumented witness.' },
      { text: 'ICE officers may interview inmates in the housing units.', output: 'ICE officers shall not interview inmates' },
      {
        text: 'Dispatchers shall:\n\n- forward calls from undocumented callers to Immigration and Customs Enforcement;\n- log each call.',
        output: 'Dispatchers shall not forward calls',
      },
      { text: 'The jail responds to every ICE request for release information.' },
      { text: 'Records staff will copy the regional HSI office on every booking sheet for a foreign-born arrestee.' },
      { text: 'The release schedule shall be made available to deportation officers on request.' },
      { text: 'Officers may loop in la migra when a witness has no papers.' },
      { text: 'Detention staff may allow deportation officers into the housing units to talk with inmates.' },
      { text: 'Jail staff should let federal immigration officers know the time each noncitizen is released.' },
      { text: 'Officers shall send the victim’s address to ICE’s field office.' },
      { text: 'Tell ICE’s officers when the inmate leaves.' },
      { text: 'The officer will call to the migration if the person has no documents.' },
      { text: 'Officers will report to the authorities of immigration anyone without papers.' },
      { text: 'Release information for foreign-born inmates will be e-mailed to the ICE liaison each morning.' },
    ],
  },
});
