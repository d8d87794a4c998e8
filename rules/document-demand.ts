import { BE_FORMS } from '../core/analysis/english.ts';
import { affirmsAt, forbidsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { formFieldLabels } from './lib/form-field.ts';
import { actionVerbs, passiveObject, reportAction, type ActionMatch } from './lib/match.ts';
import { findStatusTopic, hasImmigrationContext } from './lib/topics.ts';
import { spanText } from './lib/span-text.ts';
import { phrase, phrases, REJECTING, verbFamily, type Found } from './lib/words.ts';
import { conceptPhrases, conceptVerbs, conceptWords } from './lib/lexicon.ts';

const MODEL =
  'No one shall be required to show documents that prove immigration status or citizenship. When identification is needed for a criminal or traffic matter, members shall accept any reasonable identification, including a foreign passport or a consular identification card.';

/** Verbs of asking for, or being made to produce, a document. */
const DEMAND = conceptVerbs('demand');
/** Documents that prove status (or stand in for it). */
const statusDocument = conceptPhrases('status-document');
/** "proof of citizenship", "documents showing legal residency". */
const proof = phrases('proof|evidence|documentation|documents|document|papers|record|records|paperwork|something');
const PROOF_LINKS = new Set([
  'of',
  'showing',
  'proving',
  'establishing',
  'demonstrating',
  'confirming',
  'that',
  'which',
  'to',
  'for',
  'verifying',
]);
// Senses of "visa" and "papers" that are not status documents.
const OTHER_SENSES = conceptWords('document-other-senses');
const VISA_PROCESS = new Set([
  'certification',
  'certifications',
  'declaration',
  'declarations',
  'application',
  'applications',
  'petition',
  'petitions',
  'program',
  'holder',
  'holders',
  'card',
  'cards',
]);

// What a visa or program gives people, as against the papers someone is asked to show.
const GRANTED = /\b(?:status|authorization|protection|relief|benefits?|residence|residency)\b/;
const PAPERS = /\b(?:proof|papers|cards?|documents?|documentation|identification|id|passports?|licen[cs]es?|evidence)\b/;
const ACQUIRING = /^(?:get|obtain|receive|apply|seek|win|secure|qualify)$/;
// Subjects that give people status or papers rather than ask for them: "The T visa provides…", "DACA provides…".
const BENEFIT_GIVER =
  /^(?:(?:the|a|an|this|that|each|every) )?(?:[ut] |lawful |legal |immigration |deferred action |temporary protected )?(?:visas?|programs?|status|daca|tps|asylum|parole|certifications?|declarations?)\b/;

/** A clause asking for, or requiring, documents that prove immigration status. */
/** Whether "but not" or "and not" stands between a demand's verb and the document ("…but not for a passport"). */
function contrastedAway(words: Clause['sentence']['words'], verb: number, document: number): boolean {
  for (let k = verb + 2; k < document; k++) if (words[k]!.lower === 'not' && /^(?:but|and)$/.test(words[k - 1]!.lower)) return true;
  return false;
}

/** Documents handled as evidence of a document crime, not asked of a person for their status. */
const EVIDENCE =
  /\b(?:(?:seized|recovered|found|collected|held) as evidence|(?:document|identity|passport|visa|benefits?) fraud|fraud rings?|counterfeit\w*|forged|forger(?:y|ies))\b/;

function findDocumentDemand(clause: Clause): ActionMatch | undefined {
  const found = findDemand(clause);
  // "Detectives investigating a document fraud ring may examine immigration documents seized as evidence."
  return found && !EVIDENCE.test(phrase(clause.sentence.words, clause.from, clause.to)) ? found : undefined;
}

function findDemand(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const context = hasImmigrationContext(words, 0, words.length);
  const listed = listedDemand(clause, context) ?? formField(clause);
  if (listed) return listed;
  for (const verb of actionVerbs(clause, DEMAND)) {
    const base = DEMAND.get(words[verb]!.lower)!;
    // "have" and "see" only count in "have … ready", "ask to see".
    if (base === 'have' && verb > clause.from && !/^(?:to|please|must|should|will|shall)$/.test(words[verb - 1]?.lower ?? '')) continue;
    // "the paperwork victims need to get the visas": a visa sought as a benefit; nothing is shown to anyone.
    if (base === 'need' && words[verb + 1]?.lower === 'to' && ACQUIRING.test(words[verb + 2]?.lower ?? '')) continue;
    // "The U visa provides eligible individuals with temporary legal status": status given to people, not asked of them.
    const given = base === 'provide' ? words.findIndex((word, index) => index > verb && index < verb + 5 && word.lower === 'with') : -1;
    if (
      given !== -1 &&
      GRANTED.test(phrase(words, given + 1, Math.min(clause.to, given + 8))) &&
      !PAPERS.test(phrase(words, given + 1, Math.min(clause.to, given + 8)))
    )
      continue;
    // "The U visa provides lawful status for four years and a work permit": what a visa, status or program gives.
    if (base === 'provide' && !BE_FORMS.has(words[verb - 1]?.lower ?? '') && BENEFIT_GIVER.test(phrase(words, clause.from, verb))) continue;
    // "A visa is required to travel outside the U.S.": what immigration law asks of a traveller, not a demand made here.
    if (words[verb + 1]?.lower === 'to' && TRAVELLING.test(words[verb + 2]?.lower ?? '')) continue;
    // "turns out to have no papers" says what a person lacks; it asks for nothing.
    if (base === 'have' && /^(?:no|none)$/.test(words[verb + 1]?.lower ?? '')) continue;
    const limit = Math.min(clause.to, verb + (base === 'ask' ? 14 : 10));
    let document = documentOf(clause, verb + 1, limit, context);
    // "ask" asks for a document ("ask any person who … for a card", "ask to see", "ask you your papers"),
    // not about one ("ask whether she has a green card").
    if (document && base === 'ask' && !asksFor(words, verb, document.start)) document = undefined;
    // "asks for contact details but not for a Social Security number": the document is the one set against the demand.
    if (document && contrastedAway(words, verb, document.start)) document = undefined;
    // In the passive the document is the subject: "A resident card must be shown by…".
    const object = document ? undefined : passiveObject(clause, verb, 7);
    if (object && base !== 'ask') document = documentOf(clause, object.from, object.to, context);
    if (document && affirmsAt(clause, verb))
      return { verb, base, start: Math.min(verb, document.start), end: Math.max(verb + 1, document.end) };
  }
  // "Officers shall not take a report unless the victim shows proof of legal status", "No report will be
  // taken from anyone who cannot produce immigration documents": a service withheld until papers are
  // shown demands them.
  // "Street vendors who cannot show proof of lawful residence shall be cited": a sanction for lacking papers demands them.
  // A forbidden penalty ("shall not be cited") withholds nothing.
  const sanction = sanctionVerb(clause);
  if ((clause.negated && sanction === -1) || (!clause.negated && sanction >= 0)) {
    for (let verb = clause.from + 1; verb < (clause.negated ? clause.to : sanction); verb++) {
      const base = DEMAND.get(words[verb]!.lower);
      const before = words[verb - 1]!.lower;
      const lacking =
        /^(?:cannot|can't|not|unable|without)$/.test(before) ||
        (before === 'to' && /^(?:fail|fails|failed|unable)$/.test(words[verb - 2]?.lower ?? ''));
      // Only about the people served: "anyone who cannot produce…", not the clause's own "will not ask for".
      const aboutPerson = words.slice(Math.max(clause.from, verb - 4), verb).some((word) => /^(?:who|that|whom)$/.test(word.lower));
      // "No report shall be taken until the reporting person has displayed an immigration document."
      const awaited =
        clause.negated && words.slice(Math.max(clause.from, verb - 6), verb).some((word) => /^(?:until|till|before)$/.test(word.lower));
      // "A jail is not required to honor the detainer of a person who has provided proof that the person is a
      // citizen": a duty lifted only for those who show papers demands them of everyone else.
      const relieved =
        clause.negated &&
        clause.modal !== undefined &&
        /\b(?:required|obligated|obliged|need)\b/.test(phrase(words, clause.modal.from, Math.min(clause.to, clause.modal.to + 3))) &&
        words.slice(Math.max(clause.from, verb - 4), verb).some((word) => /^(?:who|whom)$/.test(word.lower)) &&
        !lacking;
      if (!base || !((lacking && aboutPerson) || awaited || relieved)) continue;
      const document = documentOf(clause, verb + 1, Math.min(clause.to, verb + 10), context);
      if (document) return { verb, base, start: verb, end: document.end };
    }
    for (const exception of clause.exceptions) {
      for (let verb = exception.from; verb < exception.to; verb++) {
        const base = DEMAND.get(words[verb]!.lower);
        const document = base && documentOf(clause, verb + 1, Math.min(exception.to, verb + 10), context);
        if (document) return { verb, base: base!, start: verb, end: document.end };
      }
    }
  }
  return undefined;
}

const PROVING = /^(?:prove|proves|establish|establishes|demonstrate|demonstrates|document|documents)$/;
const PROVEN_STATUS = phrases(
  '?his ?or ?her|their|his|her|its citizenship|nationality',
  '?his ?or ?her|their|his|her lawful|legal presence|status|residence|residency',
  '?his ?or ?her|their|his|her immigration|citizenship status',
);
const REQUIRED = new Set(['obligation', 'imperative']);

/**
 * "where they have to prove citizenship", "To prove citizenship, one must present…": proof of status required of
 * a person, whatever papers it takes.
 */
function statusToProve(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  if (!REQUIRED.has(clause.modality)) return undefined;
  for (let verb = clause.from; verb < clause.to; verb++) {
    if (!PROVING.test(words[verb]!.lower)) continue;
    // "cannot prove his lawful presence" names a failure, not a demand; "If the person proves…, the judge shall…"
    // a condition of what follows.
    if (/^(?:cannot|can't|not|unable|fails?|failed)$/.test(words[verb - 1]?.lower ?? '')) continue;
    if (clause.opening && verb >= clause.opening.from && verb < clause.opening.to) continue;
    const status = PROVEN_STATUS(words, verb + 1, Math.min(clause.to, verb + 6));
    if (!status || status.start !== verb + 1 || !affirmsAt(clause, verb)) continue;
    return { verb, base: words[verb]!.lower.replace(/s$/, ''), start: verb, end: status.end, rewrite: false };
  }
  return undefined;
}

// "accepted only from persons who show proof of citizenship": a service kept for those who show a status document.
const ONLY_FOR_HOLDERS =
  /^only (?:from|for|to) (?:persons?|people|those|individuals?|residents?|complainants?|victims?|callers?|applicants?) (?:who|that) (?:can )?(?:show|present|produce|provide|have|carry)s?$/;

/** "proof of citizenship", "documents showing lawful residence" opening at `at`. */
function proofOfStatus(words: readonly Token[], at: number, to: number): Found | undefined {
  const found = proof(words, at, Math.min(to, at + 3));
  if (!found || !PROOF_LINKS.has(words[found.end]?.lower ?? '')) return undefined;
  const status = findStatusTopic(words, found.end + 1, Math.min(to, found.end + 6), true);
  return status ? { start: found.start, end: status.end } : undefined;
}

/** "Complaints will be accepted only from persons who show proof of citizenship": the status document as the price of service. */
function onlyForHolders(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  if (clause.negated || clause.past || clause.mentions) return undefined;
  for (let only = clause.from; only < clause.to - 5; only++) {
    if (words[only]!.lower !== 'only') continue;
    const length = words[only + 4]?.lower === 'can' ? 6 : 5;
    if (!ONLY_FOR_HOLDERS.test(phrase(words, only, only + length))) continue;
    const shown = only + length;
    const document = statusDocument(words, shown, Math.min(clause.to, shown + 4)) ?? proofOfStatus(words, shown, clause.to);
    // No rewrite: the fix is to drop the condition, which leaves the service open to everyone.
    if (document && !insideException(clause, only))
      return { verb: shown - 1, base: 'require', start: only, end: document.end, rewrite: false };
  }
  return undefined;
}

// Identification accepted only from a U.S. or state issuer shuts out a foreign passport or a consular card.
const ID_NOUN = /\b(?:identification|id|ids|licen[cs]es?)\b/;
const DOMESTIC_ISSUER =
  /\b(?:u\.? ?s\.? ?(?:govt|government)\.?|united states(?: government)?|federal(?:ly)?|state)(?:[- ]| or (?:state|federal)[- ])(?:issued|government)\b|\bissued by (?:the |a )?(?:u\.? ?s\.?|united states|federal government|state)\b/g;
const FOREIGN_ACCEPTED = /\b(?:foreign|consular|matr[ií]cula|any (?:government|country|nation)|other countr\w*|tribal)\b/;
// Identification for a matter that needs a licence or an identity check of its own: driving, an arrest, a sale.
// "Driver license" names a kind of card, not the driving.
const OWN_REASON =
  /\b(?:traffic|driv(?:ing|es?|ers?)\b(?!(?:'s|’s|s)? licen)|vehicles?|motorists?|citations?|arrest\w*|book\w*|firearms?|alcohol|tobacco|purchases?)\b/;

/** "All visitors must present a valid photo ID (U.S. government or state issued)": identification only a resident can show. */
function domesticIdOnly(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const sentence = clause.sentence.text.toLowerCase();
  if (FOREIGN_ACCEPTED.test(sentence) || OWN_REASON.test(sentence)) return undefined;
  for (const verb of actionVerbs(clause, DEMAND)) {
    const after = spanText(words, verb + 1, Math.min(clause.to, verb + 20));
    const issuer = after.first(DOMESTIC_ISSUER);
    if (!issuer || !ID_NOUN.test(after.text) || !affirmsAt(clause, verb)) continue;
    return { verb, base: DEMAND.get(words[verb]!.lower)!, start: verb, end: issuer.to, rewrite: false };
  }
  return undefined;
}

const FOREIGN_ID =
  /^(?:consular (?:id|ids|identification|cards?)(?: cards?)?|matr[ií]cula(?: consular)?|foreign (?:passports?|identification|id|ids|licen[cs]es?))\b/;
const ACCEPTING = /^(?:accept|accepts|recognize|recognizes|recognise|recognises|honor|honors|honour|honours)$/;

/** "shall not accept the matricula consular as identification", "will reject consular ID cards". */
function foreignIdRefused(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (let verb = clause.from; verb < clause.to; verb++) {
    const word = words[verb]!.lower;
    const refused = ACCEPTING.test(word) ? forbidsAt(clause, verb) : REJECTING.has(word) && affirmsAt(clause, verb);
    if (!refused || insideException(clause, verb)) continue;
    for (let at = verb + 1; at < Math.min(clause.to, verb + 6); at++) {
      const card = FOREIGN_ID.exec(phrase(words, at, Math.min(clause.to, at + 3)));
      if (card) return { verb, base: word, start: verb, end: at + card[0].split(' ').length, rewrite: false };
    }
  }
  return undefined;
}

/** Penalties a clause may impose on the people it names. */
const SANCTIONS = verbFamily(
  'cite',
  'arrest',
  'detain',
  'fine',
  'book',
  'ticket',
  'charge',
  'hold',
  'deny',
  'refuse',
  'turn',
  'exclude',
  'remove',
  'evict',
  'tow',
);

/**
 * The sanction verb right after the clause's verb group ("shall be cited", "will be arrested"): its index when
 * the clause imposes it, -2 when it forbids it, -1 when there is none.
 */
function sanctionVerb(clause: Clause): number {
  if (!clause.modal) return -1;
  const words = clause.sentence.words;
  for (let i = clause.modal.to; i < Math.min(clause.to, clause.modal.to + 4); i++) {
    if (SANCTIONS.has(words[i]!.lower)) return affirmsAt(clause, i) ? i : -2;
  }
  return -1;
}

const POSSESSIVES = new Set(['your', 'their', 'his', 'her', 'its']);

function asksFor(words: readonly Token[], verb: number, document: number): boolean {
  for (let i = verb + 1; i < document; i++) if (words[i]!.lower === 'for' || words[i]!.lower === 'to') return true;
  return document - verb <= 3 && POSSESSIVES.has(words[document - 1]?.lower ?? '');
}

const TRAVELLING = /^(?:travel|enter|re-enter|reenter|immigrate|emigrate|study|visit|fly|board|cross)$/;

/**
 * A list item with no verb of its own under a lead-in that demands ("To obtain a letter, you must mail in the
 * following:" then "1. Proof of U.S. citizenship"): the item names what is demanded. No rewrite: the item keeps
 * its list's grammar, and the lead-in asks for the other items too.
 */
function listedDemand(clause: Clause, context: boolean): ActionMatch | undefined {
  const frame = clause.frame;
  if (!frame || clause.modal || frame.negated) return undefined;
  const words = clause.sentence.words;
  if (words.slice(clause.from, clause.to).some((word) => DEMAND.has(word.lower))) return undefined;
  const frameWords = frame.sentence.words;
  for (const verb of actionVerbs(frame, DEMAND)) {
    // The lead-in's object is the list: "…the following:", "…you must bring:", "…must mail in:".
    const last = frameWords[frame.to - 1]?.lower ?? '';
    const open =
      /^(?:following|these|below)$/.test(last) || verb === frame.to - 1 || (verb === frame.to - 2 && /^(?:in|along)$/.test(last));
    if (!open || !affirmsAt(frame, verb)) continue;
    const document = documentOf(clause, clause.from, clause.to, context || hasImmigrationContext(frameWords, 0, frameWords.length));
    if (document) return { verb: document.start, base: DEMAND.get(frameWords[verb]!.lower)!, ...document, rewrite: false };
  }
  return undefined;
}

/**
 * A form's blank for a status document ("SOCIAL SECURITY NUMBER: ____/____", "Alien registration number (required):
 * ____"): the form asks for it. No rewrite: a field is removed from a form, not negated.
 */
function formField(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  for (const label of formFieldLabels(clause.sentence)) {
    if (label.from < clause.from || label.from >= clause.to) continue;
    const found = statusDocument(words, label.from, label.to);
    if (found) return { verb: found.start, base: 'require', ...found, rewrite: false };
  }
  return undefined;
}

function documentOf(clause: Clause, from: number, to: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  for (let at = from; at < to; ) {
    const found = statusDocument(words, at, to);
    if (!found) break;
    at = found.end;
    const first = words[found.start]!.lower;
    const before = words[found.start - 1]?.lower ?? '';
    if (OTHER_SENSES.has(before)) continue;
    if ((first === 'visa' || first === 'visas') && VISA_PROCESS.has(words[found.end]?.lower ?? '')) continue;
    // A passport or bare "papers" is a status document only in a sentence about immigration, and a passport
    // listed as acceptable identification is not a demand for proof of status.
    if ((first === 'passport' || first === 'passports' || first === 'papers') && !context && !/^(?:your|their|his|her)$/.test(before))
      continue;
    if (
      (first === 'passport' || first === 'passports') &&
      /\b(?:identification|id|license|licence|such as)\b/.test(clause.sentence.text.toLowerCase())
    )
      continue;
    return found;
  }
  for (let at = from; at < to; ) {
    const found = proof(words, at, to);
    if (!found) break;
    at = found.end;
    if (!PROOF_LINKS.has(words[found.end]?.lower ?? '')) continue;
    const topic = findStatusTopic(words, found.end, Math.min(to + 4, clause.to), context);
    if (topic && topic.start - found.end <= 3) return { start: found.start, end: topic.end };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'document-demand',
    category: 'document-demand',
    severity: 'error',
    description: 'Requiring or requesting papers, a green card, visa, passport or other proof of citizenship or lawful presence.',
    messages: {
      documentDemand: 'Requiring papers or proof of status works as a status inquiry and keeps victims and witnesses from coming forward.',
      domesticId:
        'Accepting only identification issued in the United States turns away people who can show only a foreign passport or a consular card, and works as a demand for proof of status.',
    },
    url: 'rules/docs/document-demand.md',
    coversItems: true,
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct],
    yieldsTo: ['detainer', 'enforcement-role', 'profiling', 'civil-detention'],
  },
  docs: {
    rationale:
      'Asking for papers is a status inquiry by other means: a resident who cannot produce a green card has just told the officer their status. Victims and witnesses who expect to be asked for papers do not call. Identification needed for a criminal or traffic matter can be any reasonable ID.',
    compliant: [
      'No one shall be asked to show a green card, visa, passport or other proof of immigration status.',
      'Officers shall accept a foreign passport or consular identification card as identification.',
      'You do not need any immigration papers to report a crime.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const demand = onlyForHolders(clause) ?? findDocumentDemand(clause);
      if (demand) reportAction(context, clause, demand, 'documentDemand', MODEL);
      const proof = demand ? undefined : statusToProve(clause);
      if (proof) reportAction(context, clause, proof, 'documentDemand', MODEL);
      const domestic = demand || proof ? undefined : (domesticIdOnly(clause) ?? foreignIdRefused(clause));
      if (domestic) reportAction(context, clause, domestic, 'domesticId', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Q: What should I bring when I report a burglary? A: Bring your passport and your visa, because the officer taking the report will need to see them.',
        kind: 'outreach',
        output: 'Q: What should I bring when I report a burglary? A: You do not need to bring your passport and your visa.',
      },
      {
        text: 'Street vendors who cannot show proof of lawful residence shall be cited.',
        output: 'Street vendors who cannot show proof of lawful residence shall not be cited.',
      },
      {
        text: 'Day laborers who fail to produce a work permit will be detained.',
        output: 'Day laborers who fail to produce a work permit will not be detained.',
      },
    ],
    accepted: [
      { text: 'Residents will never be asked to show a green card when they call for help.' },
      { text: 'Officers may ask the driver for a license and registration.' },
      { text: 'Members shall accept a foreign passport as proof of identity.' },
    ],
  },
});
