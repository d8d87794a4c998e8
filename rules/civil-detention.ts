import { affirmsAt, conditionOpeningEnd, insideException, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { actionVerbs, reportAction, type ActionMatch } from './lib/match.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext, isDisclaimed, mentionsCriminalMatter } from './lib/topics.ts';
import { isNounUse, phrase, phrases, type Found } from './lib/words.ts';
import { conceptPhrases, conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Being in the country without lawful status is a civil matter, not a crime. Members shall not stop, detain, arrest, hold or transport any person, or extend a stop, because of a suspected civil immigration violation or to find out a person’s immigration status.';

/** Verbs of taking or keeping someone in custody, or stretching an encounter. */
const DETAIN = conceptVerbs('detention');
// "take into custody", "place under arrest", "pull over", "hand over": these verbs count only with their particle;
// "commit" only with the place it commits to ("committed to the jail").
const PARTICLES: Record<string, RegExp> = {
  take: /^(?:into|in)$/,
  place: /^under$/,
  pull: /^over$/,
  hand: /^over$/,
  turn: /^over$/,
  cite: /^for$/,
  stand: /^by$/,
  commit: /^(?:jail|custody|prison|detention)$/,
};
const JAIL_AS_VERB = /^(?:to|not|never|will|shall|may|must|can|should|would|could|and|or|we|they|you)$/;
const KEPT_RECORDS = /^(?:records?|lists?|logs?|files?|cop(?:y|ies)|track|count|tally|notes?|registers?|databases?|statistics|data)$/;
const KEPT_STATES = /^(?:safe|safer|informed|apprised|updated|advised|posted|aware|healthy)$/;
// What a request asks for: "requests which seek to keep…", "ICE's request to detain…".
// "a request by ICE to hold…" names who asks between the request and what it asks for.
const REQUEST_CONTENT =
  /\b(?:requests?|detainers?|holds?|orders?|warrants?) (?:(?:by|from) (?:\S+ ){1,5})?(?:(?:which|that) (?:seek|seeks|ask|asks|aim|aims) )?to$/;
/** Civil immigration grounds besides status phrases. */
const civilGround = conceptPhrases('civil-ground');
// "arrest the person named in an ICE Form I-200": a warrant signed by an immigration officer, not a judge.
const administrativeWarrant = conceptPhrases('administrative-warrant');

/** A clause detaining, arresting or prolonging a stop on civil immigration grounds. */
function findCivilDetention(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { from, to } = clause;
  // A status phrase is itself immigration context ("who cannot prove lawful presence").
  if (!hasImmigrationContext(words, from, to) && !civilGround(words, from, to) && !findStatusTopic(words, from, to, false))
    return undefined;
  if (mentionsCriminalMatter(words, from, to)) return undefined;
  for (const verb of actionVerbs(clause, DETAIN)) {
    const base = DETAIN.get(words[verb]!.lower)!;
    const particle = PARTICLES[base];
    // The particle may follow a short object: "take the person into custody", "turn him over".
    if (particle && !words.slice(verb + 1, Math.min(clause.to, verb + 5)).some((word) => particle.test(word.lower))) continue;
    // "people under arrest", "upon arrest": the noun after a preposition.
    if (isNounUse(words, verb) || /^(?:under|upon|after|following|before|since)$/.test(words[verb - 1]?.lower ?? '')) continue;
    // "stop asking about status": to cease doing, not a stop of a person.
    if (base === 'stop' && (words[verb + 1]?.lower ?? '').endsWith('ing')) continue;
    // "jail" is a noun ("brought to the county jail") unless a verb group leads to it ("shall not jail anyone").
    if (base === 'jail' && !JAIL_AS_VERB.test(words[verb - 1]?.lower ?? '')) continue;
    // "keep residents safe", "keep ICE informed", "keep notifying ICE": a state or an act kept up, not a person kept in custody.
    // "keep a record of each person's status", "keep track of": a record kept, not a person.
    const kept = /^(?:a|the)$/.test(words[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
    if (
      base === 'keep' &&
      ((words[verb + 1]?.lower ?? '').endsWith('ing') ||
        words.slice(verb + 1, Math.min(clause.to, verb + 6)).some((word) => KEPT_STATES.test(word.lower)) ||
        KEPT_RECORDS.test(words[kept]?.lower ?? ''))
    )
      continue;
    // "turned over to federal authorities": a handover to the agency is information sharing's concern (ice-notification).
    if ((base === 'turn' || base === 'hand') && findAuthority(words, verb + 1, Math.min(clause.to, verb + 8), true)) continue;
    // "detainer requests, which seek to keep suspected undocumented immigrants in detention": what a request asks for.
    if (REQUEST_CONTENT.test(phrase(words, Math.max(clause.from, verb - 9), verb))) continue;
    const ground = groundOf(clause, verb);
    // "whether a witness holds a valid visa": the verb belongs to the status phrase itself (possession, not custody).
    if (!ground || (verb >= ground.start && verb < ground.end) || !affirmsAt(clause, verb)) continue;
    // "When a person is arrested, booked or confined …, the law requires … to verify the citizenship status": an
    // arrest in the opening condition is when the rest applies, not an arrest on the ground named after it.
    const openingEnd = clause.opening?.to ?? conditionOpeningEnd(clause, clause.from, ground.start);
    if (openingEnd !== undefined && verb < openingEnd && ground.start >= openingEnd) continue;
    const start = Math.min(verb, ground.start);
    const end = Math.max(verb + 1, ground.end);
    // "committed to the jail until the person proves lawful presence": the ground is the release's condition; a
    // rewrite that drops the condition would forbid every commitment, and one that keeps it reads as nonsense.
    const untilGround =
      ground.start > verb && words.slice(verb + 1, ground.start).some((word) => /^(?:until|till|unless)$/.test(word.lower));
    // A ground named before the verb as well ("If the person is an alien unlawfully present, … shall be detained until
    // handed over to ICE") stays in the rewrite.
    const groundBefore = findStatusTopic(words, 0, verb, true) ?? civilGround(words, 0, verb);
    if (untilGround && !groundBefore) return { verb, base, start, end, rewrite: false };
    // "shall be held without bail": negated, it would promise bail to everyone of that status whatever else the court
    // weighs; the fault is the ground, which the model clause states.
    const withoutBail = /^(?:without|no)$/.test(words[verb + 1]?.lower ?? '') && /^(?:bail|bond)$/.test(words[verb + 2]?.lower ?? '');
    if (withoutBail) return { verb, base, start, end, rewrite: false };
    // Ground in the subject ("A person who admits being undocumented may be held"): flag the verb group only.
    return end - start > 18 ? { verb, base, start: verb, end: verb + 1 } : { verb, base, start, end };
  }
  return undefined;
}

const IMMIGRATION_HOLD = phrases('?immigration detainer|detainers', 'notice|notices of action');

/**
 * "(a) An officer may arrest a person when the officer has: … (12) a removal order issued for the person": the
 * lead-in's arrest, on the item's civil ground. No rewrite: the item has no verb group of its own.
 */
function groundUnderFramedArrest(clause: Clause): ActionMatch | undefined {
  const { frame } = clause;
  if (!frame || clause.modal) return undefined;
  const arrest = [...actionVerbs(frame, DETAIN)].find((verb) => affirmsAt(frame, verb));
  if (arrest === undefined) return undefined;
  const words = clause.sentence.words;
  const ground = civilGround(words, clause.from, clause.to) ?? IMMIGRATION_HOLD(words, clause.from, clause.to);
  if (!ground || isDisclaimed(words, clause.from, ground.start) || !affirmsAt(clause, ground.start)) return undefined;
  if (mentionsCriminalMatter(words, clause.from, clause.to)) return undefined;
  return {
    verb: ground.start,
    base: DETAIN.get(frame.sentence.words[arrest]!.lower)!,
    start: ground.start,
    end: ground.end,
    rewrite: false,
  };
}

/** The civil-immigration ground of a detention verb: in the clause, not disclaimed, not in an exception. */
function groundOf(clause: Clause, verb: number): Found | undefined {
  const words = clause.sentence.words;
  const context = hasImmigrationContext(words, clause.from, clause.to);
  const candidates = [
    findStatusTopic(words, clause.from, clause.to, context),
    civilGround(words, clause.from, clause.to),
    administrativeWarrant(words, clause.from, clause.to),
    // "until federal agents arrive", "pending a call to ICE"
    waitingFor(clause, verb, context),
  ];
  for (const found of candidates) {
    if (!found || insideException(clause, found.start) || isDisclaimed(words, clause.from, found.start)) continue;
    // "race, national origin, citizenship, religion…": one of a list of traits, which is profiling's concern.
    if (TRAIT_LIST.test(phrase(words, Math.max(clause.from, found.start - 4), Math.min(clause.to, found.end + 4)))) continue;
    if (checkedBetween(words, verb, found)) continue;
    return found;
  }
  return undefined;
}

const TRAIT_LIST = /\b(?:race|religion|ethnicity|gender|sexual orientation|color|colour)\b/;

// Verbs of checking status: "arrested and brought to jail are screened to check their status".
const CHECKING =
  /^(?:check|checks|checked|screen|screens|screened|verify|verifies|verified|determine|determines|determined|query|queried|review|reviewed|run)$/;

/**
 * A status that a passive check stands between the detention verb and: "Offenders arrested and brought to the jail are
 * screened to check their immigration status", "status is checked only if they are arrested". The arrest is
 * for a crime; the status is what is checked afterwards (status-inquiry), not the ground of the arrest.
 */
function checkedBetween(words: readonly { lower: string }[], verb: number, ground: Found): boolean {
  const [from, to] = verb < ground.start ? [verb + 1, ground.start] : [ground.end, verb];
  // The check is a verb group of its own ("are screened", "is checked"); "prolong a stop while dispatch checks
  // whether…" or "hold the person to verify…" detains for the check, which is a civil detention.
  // So is a check coordinated with the detention verb: "book the inmate, photograph the inmate, and check the
  // inmate's status" books for the charge and checks the status besides.
  // And an act that "without" leaves out: "book arrestees without checking their status".
  for (let i = from; i < to; i++) {
    if (CHECKING.test(words[i]!.lower) && /^(?:is|are|was|were|be|been|and|then)$/.test(words[i - 1]?.lower ?? '')) return true;
    if (words[i - 1]?.lower === 'without' && words[i]!.lower.endsWith('ing')) return true;
  }
  return false;
}

// "allow ICE a reasonable amount of time to respond", "give federal agents time to arrive".
const GIVING_TIME = /^(?:allow|allows|allowing|give|gives|giving)$/;
// "the direction of ICE to detain", "if ICE asks the officer to hold": the agency directs the custody.
const DIRECTING =
  /^(?:direction|directions|instruction|instructions|request|requests|orders?|advises?|asks?|requests?|directs?|instructs?|tells?|wants?)$/;

function waitingFor(clause: Clause, verb: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  for (let i = verb + 1; i < Math.min(clause.to, verb + 12); i++) {
    const word = words[i]!.lower;
    if (GIVING_TIME.test(word)) {
      const authority = findAuthority(words, i + 1, Math.min(clause.to, i + 4), context);
      if (authority && words.slice(authority.end, Math.min(clause.to, authority.end + 6)).some((w) => w.lower === 'time'))
        return { start: i, end: authority.end };
    }
    if (word !== 'until' && word !== 'pending' && word !== 'for' && word !== 'while') continue;
    const authority = findAuthority(words, i + 1, Math.min(clause.to, i + 8), context);
    if (authority) return { start: i, end: authority.end };
  }
  return directedBy(clause, verb, context);
}

/** "follow the direction of ICE to detain or release the person": custody at the immigration agency's direction. */
function directedBy(clause: Clause, verb: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  if (words[verb - 1]?.lower !== 'to') return undefined;
  const from = Math.max(clause.from, verb - 7);
  const authority = findAuthority(words, from, verb - 1, context);
  if (!authority || !words.slice(from, verb - 1).some((word) => DIRECTING.test(word.lower))) return undefined;
  return { start: authority.start, end: verb };
}

export default defineRule({
  meta: {
    id: 'civil-detention',
    category: 'civil-detention',
    severity: 'error',
    description:
      'Stopping, detaining, arresting, holding or prolonging a stop because of suspected unlawful presence or another civil immigration violation.',
    messages: {
      civilDetention:
        'Detaining or arresting someone, or prolonging a stop, on civil immigration grounds goes beyond local police authority and makes contact with the police a risk for immigrants.',
    },
    url: 'rules/docs/civil-detention.md',
    coversItems: true,
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct, citations.arizona],
    yieldsTo: ['detainer', 'enforcement-role', 'profiling'],
  },
  docs: {
    rationale:
      'Unlawful presence is a civil matter. Local officers have no authority to stop or hold anyone for it, and a policy that allows it makes every traffic stop a possible deportation, so witnesses and victims stay away.',
    compliant: [
      'Members shall not stop, detain or arrest anyone on suspicion of a civil immigration violation.',
      'Officers shall not extend a stop to ask about or check immigration status.',
      'Officers may arrest a person when there is probable cause of a crime, whatever the person’s status.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const match = findCivilDetention(clause) ?? groundUnderFramedArrest(clause);
      if (!match) continue;
      reportAction(context, clause, match, 'civilDetention', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Any person who admits to being in the United States without authorization shall be taken into custody.',
        output: 'Any person who admits to being in the United States without authorization shall not be taken into custody.',
      },
      {
        text: 'Where a records check reveals a prior deportation, the subject shall be placed under arrest.',
        output: 'Where a records check reveals a prior deportation, the subject shall not be placed under arrest.',
      },
      {
        text: 'Officers may detain a person only for not having papers.',
        output: 'Officers shall not detain a person only for not having papers.',
      },
    ],
    accepted: [
      { text: 'No person shall be arrested because he or she may be undocumented.' },
      { text: 'Officers may detain the suspect for questioning about the robbery.' },
      { text: 'Deputies shall arrest a person for a crime regardless of immigration status.' },
    ],
  },
});
