import { affirmsAt, conditionOpeningEnd, insideException, inSubjectModifier, type Clause } from '../core/analysis/clause.ts';
import { PASSIVE_AUXILIARIES } from '../core/analysis/english.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { reportAction, type ActionMatch } from './lib/match.ts';
import { lastNegation, spanText } from './lib/span-text.ts';
import { clauseForVerb } from './lib/verb-clause.ts';
import { findStatusTopic } from './lib/topics.ts';
import { phrase } from './lib/words.ts';
import { conceptPattern, conceptVerbs, conceptWords } from './lib/lexicon.ts';

const THREAT_VERBS = conceptVerbs('threat-verbs');
const TELLING_VERBS = new Map([...conceptVerbs('telling-verbs'), ...conceptVerbs('speaking-verbs')]);
const SPEAKING_VERBS = conceptVerbs('speaking-verbs');
const USING_VERBS = conceptVerbs('leverage-verbs');

// Immigration as the thing threatened: deportation, removal, a call to immigration authorities.
const IMMIGRATION_TOPIC = new RegExp(`\\b${conceptPattern('threatened-immigration')}\\b`);
const AUTHORITIES = conceptPattern('enforcement-agents');
const STANDING = conceptPattern('immigration-standing');
const HARM = conceptPattern('harm-to-standing');
// What a warning must carry to be a threat: a harm to the person's immigration position. Each kind is its own
// expression, found as their alternation would find it (SpanText.firstOf): V8 took 0.15–0.25 s to compile the one
// alternation of them, two to four times their sum, on every start.
const CONSEQUENCES = [
  'deport\\w*|removal|removed|sent back|immigration consequences',
  // "could affect their immigration case", "may lose her visa"
  `${HARM} (?:[^ ]+ ){0,2}${STANDING}`,
  // "his green card could be revoked", "her immigration status could be reported"
  `${STANDING} (?:[^ ]+ ){0,3}${conceptPattern('standing-lost')}`,
  // "their immigration status being reviewed by federal authorities": scrutiny of the person's immigration standing itself
  `${conceptPattern('immigration-record')} (?:[^ ]+ ){0,3}${conceptPattern('standing-scrutinized')}`,
  // "could affect her chances of staying in the country"
  `${HARM} (?:[^ ]+ ){0,3}(?:chances?|ability|right|hopes?) (?:of|to) (?:stay|staying|remain|remaining|live|living|settle|settling)\\b(?: [^ ]+){0,2} (?:here|country|united states|u\\.s\\.)`,
  // "her immigration status could come up", "his papers may become an issue"
  `(?:her|his|their|your|[^ ]+'s) ${STANDING} (?:[^ ]+ ){0,3}${conceptPattern('standing-raised')}`,
  // "will call ICE", "report them to immigration"; not the nouns "callers from ICE", "reporters"
  `${conceptPattern('reporting-to-agency')} (?:[^ ]+ ){0,3}(?:(?:to |with )?${AUTHORITIES}|to immigration)`,
  // "the department has a good relationship with immigration officials": ties to the agency, told to a reluctant witness
  `${conceptPattern('ties-to-agency')} (?:[^ ]+ ){0,2}(?:with|to|at|in) (?:the )?(?:${AUTHORITIES}|immigration)`,
  // "the department works closely with Homeland Security"
  `(?:works?|working|cooperates?|cooperating|partners?|partnering) (?:closely |hand in hand |directly )?with (?:the )?(?:${AUTHORITIES}|immigration)(?! (?:\\S+ ){0,4}(?:traffick|smuggl|criminal))`,
  // "ICE will be called", "immigration officials will hear about it"
  `(?:${AUTHORITIES}|immigration) (?:[^ ]+ ){0,3}${conceptPattern('agency-learns')}`,
].map((consequence) => new RegExp(`\\b(?:${consequence})\\b`, 'g'));
// Leverage: status used to obtain something from the person.
const PURPOSE = new RegExp(`\\b${conceptPattern('leverage-purpose')}\\b`);
// Reported fear or belief is description, not a directive: "fear that officers will threaten…"
const REPORTED = new RegExp(`\\b${conceptPattern('reported-fear')}\\b`);
const WITNESSED =
  /\b(?:showed|shows|show|showing|captured|caught|recorded|filmed|saw|seen|heard|depicts|depicted|depicting|footage of|video of|recording of)\b/;
// A negation in a condition ("if they do not testify, ICE will be called") keeps the threat.
const CONDITION = new Set(['if', 'unless', 'should', 'whoever', 'when']);
// What offenders do describes the problem; it directs no one. The actor is the last of these before the verb.
const OFFENDERS = conceptWords('offenders');
const MEMBERS = conceptWords('department-actors');
const AUTHORITY_FIRST = new RegExp(`^${AUTHORITIES}`);
const U_VISA = /\b(?:u|t) visas?\b|\bcertification\b/;
// Global copies for SpanText.matches, compiled once rather than on every verb.
const IMMIGRATION_TOPIC_ALL = new RegExp(IMMIGRATION_TOPIC.source, 'g');
const PURPOSE_ALL = new RegExp(PURPOSE.source, 'g');

const MODEL =
  'Members shall not threaten any person with deportation or with a call to immigration authorities, or use a person’s immigration status to obtain cooperation, and shall not record immigration status unless it is an element of the offense under investigation.';

export default defineRule({
  meta: {
    id: 'status-threat',
    category: 'status-threat',
    severity: 'error',
    description: 'Threatening deportation or a call to immigration authorities, or using immigration status as leverage.',
    messages: {
      threat:
        'Threatening immigration consequences, or using status to get cooperation, makes victims and witnesses afraid to deal with the police.',
    },
    url: 'rules/docs/status-threat.md',
    coversItems: true,
    citations: [citations.sfGo515, citations.caValuesAct, citations.taskForce, citations.uVisa],
  },
  docs: {
    rationale:
      'A threat to call immigration authorities turns a victim or witness into a target. Abusers and traffickers already use that threat to keep people silent; when the police use it too, victims stop reporting and witnesses disappear. Policies forbid any threat about immigration consequences and any use of status as leverage.',
    compliant: [
      'Members shall not threaten any person with deportation or a report to immigration authorities.',
      'Officers may tell victims that reporting a crime will not affect their immigration status.',
      'Immigration status shall never be used to pressure a witness to testify.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    const words = context.sentence.words;
    for (const clause of context.clauses) {
      const match = findThreat(clause, words) ?? statusConsequence(clause) ?? statusOrder(clause);
      if (!match) continue;
      const own = clauseForVerb(clause, match.verb);
      if (!threatAffirmed(own, match.verb)) continue;
      reportAction(context, own, match, 'threat', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Detectives may remind uncooperative witnesses that refusing to testify could result in their immigration status being reviewed by federal authorities.',
        output:
          'Detectives shall not remind uncooperative witnesses that refusing to testify could result in their immigration status being reviewed by federal authorities.',
      },
      {
        text: 'Investigators may remind a reluctant witness that ICE could be contacted.',
        output: 'Investigators shall not remind a reluctant witness that ICE could be contacted.',
      },
      {
        text: 'Deputies are authorized to threaten deportation when a suspect will not talk.',
        output: 'Deputies shall not threaten deportation.',
      },
    ],
    accepted: [
      {
        text: 'Detectives may remind uncooperative witnesses that their immigration status will not be reviewed or shared with federal authorities.',
      },
      { text: 'Officers may tell the applicant that her license status will be reviewed by the state.' },
      { text: 'No member shall threaten to report any person to immigration authorities.' },
    ],
  },
});

/** A clause threatening immigration consequences; other rules defer to it ("…could lead to the witness being reported to immigration"). */

/** The threat runs from its verb to the end of the threatened consequence. */
function findThreat(clause: Clause, words: readonly Token[]): ActionMatch | undefined {
  for (let verb = clause.from; verb < clause.to; verb++) {
    const lower = words[verb]!.lower;
    const family = THREAT_VERBS.has(lower) ? 'threat' : TELLING_VERBS.has(lower) ? 'telling' : USING_VERBS.has(lower) ? 'using' : undefined;
    if (!family || insideException(clause, verb)) continue;
    const before = phrase(words, Math.max(clause.from, verb - 6), verb);
    // "Suspects … should be warned": a passive subject is the one told, not the actor.
    const passive = PASSIVE_AUXILIARIES.has(words[verb - 1]?.lower ?? '');
    // "a resident who is scared to call the police", "are frightened of": the subject's fear, not a threat made.
    if (family === 'threat' && passive && /^(?:to|of|that|about)$/.test(words[verb + 1]?.lower ?? '')) continue;
    if (REPORTED.test(before) || (!passive && offenderActs(words, clause.from, verb))) continue;
    // "Any member who threatens a person with deportation shall be disciplined", "Officers threatening to deport…
    // will be disciplined": a threat inside the subject names who the directive is about. (A gerund heading the
    // subject is the act: "Threatening a witness with deportation may be used…".)
    // ("Deputies warn day laborers that they will be deported": the modal is the reported clause's, not the subject's.)
    if (
      clause.modal &&
      verb > clause.from &&
      verb < clause.modal.from &&
      (clauseForVerb(clause, verb).modal || inSubjectModifier(clause, verb))
    )
      continue;
    // "a video showed the officer threatening to deport…": what a recording or a witness saw is told, not done.
    if (lower.endsWith('ing') && WITNESSED.test(before)) continue;
    const base = (THREAT_VERBS.get(lower) ?? TELLING_VERBS.get(lower) ?? USING_VERBS.get(lower))!;
    const after = spanText(words, verb + 1, clause.to);
    if (family === 'threat') {
      const topic = after.first(IMMIGRATION_TOPIC_ALL);
      if (topic) return { verb, base, start: verb, end: topic.to };
      continue;
    }
    if (family === 'telling') {
      if (U_VISA.test(after.text)) continue;
      // "Officials say the program makes it easier to work with ICE": said to no one, as a fact, it is reported speech.
      // The directive's modal governs the verb: in "The office says it will contact ICE" the "will" is what was said.
      const directed = clause.modal !== undefined && clause.modal.from < verb && clause.modality !== 'statement';
      const commanded = clause.modality === 'imperative' || verb === clause.from;
      // "Deputies warn day laborers that…": told to someone named, a practice, not what was said.
      const addressed =
        !/^(?:that|to)$/.test(words[verb + 1]?.lower ?? '') &&
        words.slice(verb + 2, Math.min(clause.to, verb + 5)).some((word) => word.lower === 'that');
      if (SPEAKING_VERBS.has(lower) && !directed && !commanded && !addressed) continue;
      const consequence = after.firstOf(CONSEQUENCES);
      if (!consequence || isReassurance(words, verb + 1, consequence.to)) continue;
      // "let ICE know", "inform Border Patrol": the agency is the one told, a notification, not a threat.
      if (consequence.from <= verb + 1 && AUTHORITY_FIRST.test(consequence.text)) continue;
      // "keep ICE informed": the agency before the participle is the one told.
      if (lower.endsWith('ed') && AUTHORITY_FIRST.test(words[verb - 1]?.lower ?? '')) continue;
      // "advise officers to report every arrestee to ICE": an instruction to notify, not a warning to the person.
      if (words[consequence.from - 1]?.lower === 'to' && !words.slice(verb + 1, consequence.from).some((word) => word.lower === 'that'))
        continue;
      return { verb, base, start: verb, end: consequence.to };
    }
    // Using: the topic may come before the verb ("status shall be used to…"); the purpose after it.
    const purpose = after.first(PURPOSE_ALL);
    if (purpose && IMMIGRATION_TOPIC.test(phrase(words, clause.from, clause.to))) return { verb, base, start: verb, end: purpose.to };
  }
  return undefined;
}

const CERTAIN = /^(?:will|shall|'ll)$/;
const DEPORTED = /^(?:deported|removed)$/;

/**
 * "If they are here illegally, they will be deported", "Anyone here illegally will be deported": deportation
 * promised as what follows from a person's status. No rewrite: negating it would promise the opposite.
 */
function statusConsequence(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { modal } = clause;
  if (!modal || !CERTAIN.test(words[modal.from]!.lower)) return undefined;
  const verb = words.findIndex((word, i) => i >= modal.to && i < Math.min(clause.to, modal.to + 3) && DEPORTED.test(word.lower));
  if (verb === -1 || words[verb - 1]?.lower !== 'be') return undefined;
  const status = findStatusTopic(words, clause.from, modal.from, true);
  if (!status || !affirmsAt(clause, verb)) return undefined;
  return { verb, base: 'deport', start: status.start, end: verb + 1, rewrite: false };
}

const LEAVING = /^(?:leave|depart|self-deport)$/;
const COUNTRY = /^(?:the country|this country|the state|the united|the u\.s|now)\b/;

/**
 * "If you are illegal, leave.", "If you are here illegally, go back where you came from": people of a status told to
 * go. No rewrite: there is nothing to negate into a policy.
 */
function statusOrder(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  if (clause.negated) return undefined;
  const verb = clause.opening?.to ?? conditionOpeningEnd(clause, clause.from, clause.to);
  if (verb === undefined) return undefined;
  const word = words[verb]?.lower ?? '';
  // "leave" with nothing after it, or the country; not "leave a message".
  const leaving =
    (LEAVING.test(word) && (verb + 1 === clause.to || COUNTRY.test(phrase(words, verb + 1, Math.min(clause.to, verb + 3))))) ||
    (word === 'go' && /^(?:back|home)$/.test(words[verb + 1]?.lower ?? ''));
  if (!leaving) return undefined;
  const status = findStatusTopic(words, clause.from, verb, true);
  return status ? { verb, base: 'leave', start: status.start, end: verb + 1, rewrite: false } : undefined;
}

/** "…that reporting will not affect their status": a negation governs the consequence. */
function isReassurance(words: readonly Token[], from: number, to: number): boolean {
  const negation = lastNegation(words, from, to);
  if (negation === -1) return /\b(?:regardless|no matter|irrespective)\b/.test(phrase(words, from, to));
  for (let i = negation - 1; i >= Math.max(from, negation - 4); i--) if (CONDITION.has(words[i]!.lower)) return false;
  return true;
}

/**
 * "may offer not to notify ICE in exchange…": a "not" right after the verb belongs to what is offered,
 * not to the clause, so only negations before the verb (or a prohibiting frame) forbid it.
 */
function threatAffirmed(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  const complementOnly = clause.negated && words[verb + 1]?.lower === 'not' && clause.negations.every((index) => index === verb + 1);
  if (!complementOnly) return affirmsAt(clause, verb);
  if (clause.frame && !clause.modal && clause.frame.negated) return false;
  return !clause.exceptions.some((exception) => exception.narrow);
}

/** The actor closest before the verb is an offender ("Traffickers often threaten…"), not a member. */
function offenderActs(words: readonly Token[], from: number, verb: number): boolean {
  for (let i = verb - 1; i >= from; i--) {
    const word = words[i]!.lower;
    if (MEMBERS.has(word)) return false;
    if (OFFENDERS.has(word)) return true;
  }
  return false;
}
