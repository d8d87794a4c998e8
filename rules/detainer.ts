import { affirmsAt, forbidsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import { BE, BE_FORMS, MODALS } from '../core/analysis/english.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { actionVerbs, nominalRequirement, passiveObject, reportAction, type ActionMatch } from './lib/match.ts';
import { byImmigrationAuthority, findAuthority, hasImmigrationContext, isDisclaimed, mentionsCriminalMatter } from './lib/topics.ts';
import { isNounUse, phrase, phrases, REJECTING } from './lib/words.ts';
import { conceptPhrases, conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Members shall not hold any person past the time of release on an immigration detainer or hold request, and shall not delay release or deny bail because of one, unless a judicial warrant signed by a judge or magistrate requires it.';

/** Verbs of giving effect to a detainer: "honor", "comply with", "act on". */
const HONOR = conceptVerbs('honor');
/** Verbs of keeping someone in custody. */
const HOLD = conceptVerbs('custody');
const HONOR_OR_HOLD = new Map([...HONOR, ...HOLD]);
/** Verbs that put off or withhold a release: "delay release", "the release date shall be postponed". */
const WITHHOLDING = new Set(['delay', 'postpone', 'defer', 'deny', 'refuse', 'revoke', 'withhold', 'cancel']);
/** Words that open a condition on the hold: "keep an inmate … when ICE has lodged a request to hold". */
// The honoring of a detainer named as a noun: "Compliance with ICE detainer requests … is required".
const COMPLYING = /^(?:compliance|acceptance|observance|enforcement|recognition|honoring|honouring)$/;
// What the federal agency does with a detainer: "ICE may place a detainer on that person".
const REQUESTING = /^(?:request|ask|issue|send|file|lodge|seek|place|put)$/;
const CONDITION = /^(?:if|when|whenever|while|where|once|after|upon)$/;
/** Verbs that keep a person in custody, actively or ("stays in custody") by state. */
const CUSTODY_BASES = new Set(['hold', 'keep', 'detain', 'remain', 'stay']);
/** Verbs that put a hold on a person: "place a 48-hour hold", "keep a courtesy hold". */
const PLACING = new Set(['place', 'put', 'lodge', 'keep', 'maintain']);
// "held for pickup by ICE", "held for transfer to ERO": waiting for the agency to collect the person.
const COLLECTION = /^(?:pickup|pick-up|collection|transfer|retrieval|transport)$/;
const detainerNoun = conceptPhrases('detainer');
// What the custody makes time for: the agency taking the person ("so that ICE can take custody"). Holding someone
// until agents arrive at the scene is a field detention (civil-detention), not a jail's hold.
const LETTING = /^(?:so|that|allowing|allow|allows|letting|enabling)$/;
const TAKING_CUSTODY = /\b(?:take|takes|assume|assumes) (?:\w+ )?custody\b|\bpick (?:\w+ )?up\b|\bcollect\b/;
const WITH_DETAINER =
  /^(?:any |an |a |the |each |every )?(?:inmate|inmates|person|persons|individual|individuals|prisoner|prisoners|detainee|detainees|arrestee|arrestees|one|anyone) (?:with|subject to|who has|who have|named in)(?: an?| the| any)?(?: immigration| ice| federal| dhs)?$/;
const BECAUSE = /\b(?:because|due to|on account of|based on|on the basis of|for)\b/;
const RELEASE = /\b(?:release|releases|bail|bond|discharge)\b/;
// "past the time of release", "beyond their release date", "after release".
const pastRelease = phrases(
  'past|beyond|after ?the|their|his|her|its ?scheduled|normal|lawful|set|local|original|projected ?time|date|point ?of release|discharge',
  'longer than ?the|their|his|her|its ?scheduled|normal|lawful|set|local|original|projected ?time|date|point ?of release|discharge',
);

/** "There are", "There have been", "There were" opening the clause before a noun. */
/** "place the detainer notice in the inmate's file": a paper filed in a record, not a hold placed on a person. */
function filedAway(words: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 3); i++) {
    if (!/^(?:in|into)$/.test(words[i]!.lower)) continue;
    return words.slice(i + 1, Math.min(to, i + 5)).some((word) => /^(?:file|files|record|records|folder|jacket)$/.test(word.lower));
  }
  return false;
}

function existential(words: readonly Token[], from: number, noun: number): boolean {
  return words[from]?.lower === 'there' && noun - from <= 5 && /^(?:is|are|was|were|has|have|had)$/.test(words[from + 1]?.lower ?? '');
}

/** A clause giving effect to an immigration detainer, or holding someone past release for immigration authorities. */
function findDetainer(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  // "If ICE has an interest in an inmate, they can request a detainer…": what the federal agency asks for.
  if (clause.modal && REQUESTING.test(words[clause.modal.to]?.lower ?? '') && byImmigrationAuthority(clause)) return undefined;
  const context = hasImmigrationContext(words, clause.from, clause.to);
  const found = detainerNoun(words, clause.from, clause.to);
  // "released without delay, regardless of any immigration hold" sets the hold aside.
  if (mentionsCriminalMatter(words, clause.from, clause.to)) return undefined;
  // A hold of any kind ("a 48-hour hold", "a courtesy hold") placed in a sentence that names immigration
  // authorities, perhaps in a clause of its own ("…so federal agents can collect them").
  const agency = findAuthority(words, 0, words.length, hasImmigrationContext(words, 0, words.length));
  // "a request to hold" is a detainer only when immigration authorities are in the sentence ("the lab's request to hold the evidence" is not).
  const generic =
    found !== undefined && /^requests?$/.test(words[found.start]!.lower) && found.end - found.start <= 3 && !agency && !context;
  const noun =
    found && !generic && !insideException(clause, found.start) && !isDisclaimed(words, clause.from, found.start) ? found : undefined;
  // The hold placed is the first one after the verb: "If ICE asks for a hold, we will place a hold on…".
  const holdAfter = (verb: number): number =>
    words.findIndex(
      (word, index) => index > verb && index < clause.to && /^holds?$/.test(word.lower) && !AUXILIARIES.has(words[index - 1]?.lower ?? ''),
    );
  if (agency) {
    for (const verb of actionVerbs(clause, HONOR_OR_HOLD)) {
      const base = HONOR.get(words[verb]!.lower) ?? HOLD.get(words[verb]!.lower)!;
      const hold = PLACING.has(base) ? holdAfter(verb) : -1;
      if (hold !== -1 && hold - verb <= 4 && !insideException(clause, hold) && affirmsAt(clause, verb))
        return { verb, base, start: verb, end: hold + 1 };
    }
  }
  // A list item under "Inmates subject to an immigration detainer:" carries the detainer in its lead-in.
  const framed =
    clause.frame && !clause.frame.negated ? detainerNoun(clause.frame.sentence.words, clause.frame.from, clause.frame.to) : undefined;
  if (!noun && !context && !framed) return undefined;
  for (const verb of actionVerbs(clause, HONOR)) {
    const base = HONOR.get(words[verb]!.lower)!;
    if (base === 'act' && words[verb + 1]?.lower !== 'on' && words[verb + 1]?.lower !== 'upon') continue;
    // "how to recognize a Form I-247A detainer": to know one when it arrives, not to give it effect.
    if (
      /^recogni[sz]e$/.test(words[verb]!.lower) &&
      words[verb - 1]?.lower === 'to' &&
      /^(?:how|learn|trained|able)$/.test(words[verb - 2]?.lower ?? '')
    )
      continue;
    if (noun && (filedAway(words, noun.end, clause.to) || filedAway(words, verb + 1, clause.to))) continue;
    if (noun && noun.start > verb && noun.start - verb <= 8 && affirmsAt(clause, verb)) return { verb, base, start: verb, end: noun.end };
    // The passive: "Immigration holds must be honored by every shift supervisor."
    const object = passiveObject(clause, verb);
    if (noun && object && noun.start >= object.from && noun.start < object.to && affirmsAt(clause, verb))
      return { verb, base, start: noun.start, end: verb + 1 };
    // "…in order for an ICE detainer to be placed on the suspect": the infinitive's subject stands before "to be".
    if (noun && words[verb - 1]?.lower === 'be' && words[verb - 2]?.lower === 'to' && noun.end <= verb - 2 && verb - 2 - noun.end <= 3)
      if (affirmsAt(clause, verb)) return { verb, base, start: noun.start, end: verb + 1, rewrite: false };
    // "There have been 1,700 detainers placed on inmates": the agency's record of what it does.
    if (noun && noun.end === verb && existential(words, clause.from, noun.start) && affirmsAt(clause, verb, { pastCounts: true }))
      return { verb, base, start: noun.start, end: verb + 1, rewrite: false };
  }
  // "Honoring immigration detainers … is the practice of this agency": the action named as the subject of a requirement.
  const head = words[clause.from]?.lower ?? '';
  const gerund = COMPLYING.test(head) ? 'comply' : head.endsWith('ing') ? HONOR.get(head) : undefined;
  if (gerund && noun && noun.start > clause.from && noun.start - clause.from <= 4) {
    const predicate = nominalRequirement(clause, clause.from);
    if (predicate !== -1) return { verb: predicate, base: gerund, start: clause.from, end: noun.end };
  }
  // "Bail will not be set for arrestees who are subject to ICE holds": bail or release withheld over a hold. No
  // rewrite where the forbidden act is the release or the bail: a prohibition's rewrite would drop an exception and
  // make the hold absolute.
  if (
    noun &&
    !clause.mentions &&
    clause.negated &&
    clause.modal &&
    clause.subject &&
    RELEASE.test(phrase(words, clause.subject.from, clause.subject.to)) &&
    !clause.past &&
    !withholds(words, clause.modal.to, clause.to)
  ) {
    return { verb: clause.modal.to, base: 'hold', start: clause.subject.from, end: noun.end, rewrite: false };
  }
  // "An inmate who is the subject of an ICE hold will not be eligible for release": the person with the hold
  // is denied release by the predicate (a negation after the verb group, not "No inmate…").
  // …or with no modal: "Persons with active immigration holds are not eligible for citation release".
  // Not when the detainer itself heads the subject of an action: "A detainer … does not change an inmate's
  // release date" says what the detainer does not do. ("ICE holds are not eligible for release" names the
  // inmates by their holds, in jail usage.)
  const group = clause.modal ?? (noun ? copulaAfter(words, noun.end, clause.to) : undefined);
  const detainerActs =
    noun !== undefined &&
    group !== undefined &&
    headsSubject(words, clause.from, noun) &&
    !words.slice(group.from, group.to + 2).some((word) => BE.has(word.lower));
  if (
    noun &&
    group &&
    noun.start < group.from &&
    !clause.past &&
    !clause.mentions &&
    !insideException(clause, noun.start) &&
    !detainerActs
  ) {
    const predicate = Math.min(clause.to, group.to + 6);
    const negation = clause.negations.find((index) => index >= group.from && index < predicate);
    const release = words.findIndex((word, index) => index > group.to && index < predicate && RELEASE.test(word.lower));
    if (negation !== undefined && release !== -1 && words[release + 1]?.lower !== 'to' && !withholds(words, group.to, release))
      return { verb: group.to, base: 'hold', start: noun.start, end: release + 1 };
  }
  for (const verb of actionVerbs(clause, HOLD)) {
    const base = HOLD.get(words[verb]!.lower)!;
    if (isNounUse(words, verb)) continue;
    const limit = Math.min(clause.to, verb + 14);
    if (base === 'release') {
      // "shall not be released until ICE takes custody", "An arrestee with an immigration hold shall not be
      // released on bail": forbidding release is the hold. Release *to* an agency is a transfer, not a hold.
      if (!forbidsAt(clause, verb) || clause.past || clause.mentions || words[verb + 1]?.lower === 'to' || !isVerbUse(words, verb))
        continue;
      // "No member may fail to release an inmate on time": forbidding a failure to release requires the release.
      if (words[verb - 1]?.lower === 'to' && /^(?:fail|fails|neglect|neglects|omit|omits)$/.test(words[verb - 2]?.lower ?? '')) continue;
      // "No inmate shall be held beyond the time the inmate would otherwise be released": a release in an
      // embedded clause with a modal of its own is not what the main clause forbids.
      if (clause.modal && words.slice(clause.modal.to, verb).some((word) => OWN_MODALS.has(word.lower))) continue;
      const until = words.findIndex((word, index) => index > verb && index < limit && (word.lower === 'until' || word.lower === 'before'));
      // No rewrite on this path: the forbidden act is the release, so a prohibition's rewrite (dropping an exception,
      // say) would make the hold absolute ("shall not be released unless the commander approves" → "shall not be
      // released").
      if (until !== -1 && (noun || findAuthority(words, until, limit, true)))
        return { verb, base: 'hold', start: verb, end: until + 1, rewrite: false };
      // "may not be released if ICE has requested that they be held"
      const condition = words.findIndex(
        (word, index) => index > verb && index < limit && /^(?:if|when|whenever|while|where)$/.test(word.lower),
      );
      const requester = condition === -1 ? undefined : findAuthority(words, condition + 1, Math.min(clause.to, condition + 4), true);
      if (requester) return { verb, base: 'hold', start: verb, end: requester.end, rewrite: false };
      // "shall not release any inmate with an immigration detainer": the person released is named by the detainer.
      if (
        noun &&
        (noun.start < verb || BECAUSE.test(phrase(words, verb + 1, noun.start)) || WITH_DETAINER.test(phrase(words, verb + 1, noun.start)))
      )
        return { verb, base: 'hold', start: Math.min(verb, noun.start), end: Math.max(verb + 1, noun.end), rewrite: false };
      continue;
    }
    if (!affirmsAt(clause, verb)) continue;
    // "is rejecting ICE's request to detain jailed immigrants…": the hold is what a refused request asked for.
    if (words[verb - 1]?.lower === 'to' && /^requests?$/.test(words[verb - 2]?.lower ?? '')) {
      if (words.slice(Math.max(clause.from, verb - 7), verb - 2).some((word) => REJECTING.has(word.lower))) continue;
    }
    // "refuse requests from ICE to hold inmates": a verb of withholding holds someone only when release or bail is
    // what it withholds.
    if (WITHHOLDING.has(base) && !RELEASE.test(phrase(words, verb + 1, Math.min(clause.to, verb + 4)))) {
      const withheld = passiveObject(clause, verb);
      if (!withheld || !RELEASE.test(phrase(words, withheld.from, withheld.to))) continue;
    }
    // "hold … on a detainer", "keep … past release for ICE", "deny bail because of an ICE hold".
    if (noun && noun.start > verb && noun.start <= limit) return { verb, base, start: verb, end: noun.end };
    // "keep an inmate for up to 48 hours when ICE has lodged a request to hold the inmate": custody
    // conditioned on the detainer, however long the stretch between them.
    if (
      noun &&
      agency &&
      noun.start > limit &&
      CUSTODY_BASES.has(base) &&
      words.some((word, index) => index > verb && index < noun.start && CONDITION.test(word.lower))
    ) {
      return { verb, base, start: verb, end: noun.end };
    }
    // "Where a request to hold has been received from ICE, the inmate, even if bail has been posted, shall remain in
    // custody": custody ordered under an opening condition that names the detainer, however far from the verb.
    const conditionBefore =
      noun !== undefined && noun.start < verb && words.slice(clause.from, noun.start).some((word) => CONDITION.test(word.lower));
    if (
      conditionBefore &&
      CUSTODY_BASES.has(base) &&
      (!/^(?:remain|stay)$/.test(base) || /^(?:in|under)$/.test(words[verb + 1]?.lower ?? ''))
    ) {
      return { verb, base, start: noun!.start, end: verb + 1 };
    }
    // …or in the passive, with the detainer in the subject: "Prisoners with ICE detainers are kept…".
    const object = passiveObject(clause, verb);
    const inObject = noun !== undefined && object !== undefined && noun.start >= object.from && noun.start < object.to;
    if (inObject && (base === 'hold' || base === 'keep' || base === 'detain' || base === 'retain' || base === 'maintain'))
      return { verb, base, start: noun!.start, end: verb + 1 };
    const past = pastRelease(words, verb + 1, limit);
    if (past && (noun || framed || findAuthority(words, clause.from, clause.to, true))) return { verb, base, start: verb, end: past.end };
    const forAuthority = findAuthority(words, verb + 1, limit, true);
    // "hold the person for 48 hours so that ICE can take custody", "…, allowing ICE to pick up the suspect".
    const collecting =
      forAuthority !== undefined &&
      LETTING.test(words[forAuthority.start - 1]?.lower ?? '') &&
      TAKING_CUSTODY.test(phrase(words, forAuthority.end, Math.min(clause.to, forAuthority.end + 5)));
    // No rewrite after a participle: "shall not hold the suspect, allowing ICE to…" would read as if not holding allowed it.
    if (collecting && CUSTODY_BASES.has(base))
      return {
        verb,
        base,
        start: verb,
        end: forAuthority.end,
        ...(/ing$/.test(words[forAuthority.start - 1]!.lower) ? { rewrite: false as const } : {}),
      };
    const waiting =
      forAuthority &&
      (/^(?:for|until|pending)$/.test(words[forAuthority.start - 1]?.lower ?? '') ||
        (forAuthority.start - 3 > verb && phrase(words, forAuthority.start - 3, forAuthority.start) === 'on behalf of') ||
        (/^(?:by|to)$/.test(words[forAuthority.start - 1]?.lower ?? '') && COLLECTION.test(words[forAuthority.start - 2]?.lower ?? '')));
    if (waiting && CUSTODY_BASES.has(base)) {
      if (/\b(?:inmate|prisoner|jail|custody|release|booking|sentence)/.test(clause.sentence.text.toLowerCase()))
        return { verb, base, start: verb, end: forAuthority.end };
    }
    // "delay release until ICE takes custody", "upon a detainer request, … deny bail".
    // …or in the passive: "Release of an inmate named in an ICE detainer shall be delayed".
    const released =
      RELEASE.test(phrase(words, verb + 1, Math.min(clause.to, verb + 4))) ||
      (object !== undefined && RELEASE.test(phrase(words, object.from, object.to)));
    if (WITHHOLDING.has(base) && released) {
      if (waiting) return { verb, base, start: verb, end: forAuthority.end };
      if (noun) return { verb, base, start: Math.min(verb, noun.start), end: Math.max(verb + 1, noun.end) };
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'detainer',
    category: 'detainer',
    severity: 'error',
    description: 'Honoring immigration detainers or holds, or keeping a person in custody past release for immigration authorities.',
    messages: {
      detainer:
        'Holding a person on an immigration detainer, or past release for immigration agents, is a warrantless arrest on a civil request; trust policies require a judicial warrant.',
    },
    url: 'rules/docs/detainer.md',
    coversItems: true,
    citations: [citations.caValuesAct, citations.sfGo515, citations.texas],
  },
  docs: {
    rationale:
      'An immigration detainer is a request from a federal agency, not a warrant signed by a judge. Holding someone past the time they would otherwise go free, only so immigration agents can collect them, is a new warrantless arrest and turns every booking into an immigration screening, which residents quickly learn.',
    compliant: [
      'The jail shall not hold any person on an immigration detainer without a judicial warrant.',
      'No one shall be kept in custody past the time of release because of an immigration hold.',
      'Bail and release decisions shall not depend on whether a detainer has been lodged.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const match = findDetainer(clause);
      if (!match) continue;
      reportAction(context, clause, match, 'detainer', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Compliance with ICE detainer requests, whether or not signed by a judge, is required of all jail staff.',
        output: 'Compliance with ICE detainer requests, whether or not signed by a judge, is not required of any jail staff.',
      },
      {
        text: 'Honoring immigration detainers, regardless of whether a judicial warrant accompanies them, is the practice of this agency.',
        output:
          'Honoring immigration detainers, regardless of whether a judicial warrant accompanies them, is not the practice of this agency.',
      },
      {
        text: 'The detention center will honor every detainer issued by Homeland Security.',
        output: 'The detention center will not honor any detainer issued by Homeland Security.',
      },
    ],
    accepted: [
      { text: 'Compliance with ICE detainer requests is not required of jail staff.' },
      {
        text: 'Where a request to hold has been received from federal immigration authorities, the inmate shall remain eligible for release on bail.',
      },
      { text: 'If an ICE detainer arrives, the inmate shall be released at the scheduled time unless a judicial warrant accompanies it.' },
    ],
  },
});

/** The first "is"/"are" after the subject's detainer, as the verb group of a clause with no modal. */
/** The detainer heads the clause's subject: only determiners before it, and no person noun after it ("ICE hold inmates"). */
function headsSubject(words: readonly Token[], from: number, noun: { start: number; end: number }): boolean {
  return words.slice(from, noun.start).every((word) => SUBJECT_DETERMINERS.has(word.lower)) && !PERSONS.test(words[noun.end]?.lower ?? '');
}

const SUBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'any', 'every', 'each', 'this', 'that', 'such']);
const PERSONS = /^(?:inmates?|prisoners?|arrestees?|detainees?|persons?|people|subjects?|cases?|defendants?|juveniles?)$/;

function copulaAfter(words: readonly Token[], from: number, to: number): { from: number; to: number } | undefined {
  for (let i = from; i < Math.min(to, from + 4); i++) if (/^(?:is|are)$/.test(words[i]!.lower)) return { from: i, to: i + 1 };
  return undefined;
}

/** "will not delay release", "shall not be postponed": the negation forbids withholding the release, not the release. */
function withholds(words: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WITHHOLDING.has(HOLD.get(words[i]!.lower) ?? '')) return true;
  return false;
}

const OWN_MODALS = new Set(['would', 'could', 'might', 'otherwise']);
// What stands before "release" used as a verb: a modal, a form of "be", a negation or "to".
const AUXILIARIES = new Set([...MODALS.keys(), ...BE_FORMS, 'not', 'never', 'to']);

/** "shall not be released", "will not release": a verb, unlike "the scheduled release time". */
function isVerbUse(words: readonly Token[], index: number): boolean {
  return words[index]!.lower !== 'release' || AUXILIARIES.has(words[index - 1]?.lower ?? '');
}
