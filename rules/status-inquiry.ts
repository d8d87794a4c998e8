import { affirmsAt, afterParenthetical, forbidsAt, gapBefore, insideException, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { formFieldLabels } from './lib/form-field.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext, isAboutCertification, isDisclaimed } from './lib/topics.ts';
import { nominalRequirement, passiveObject, reportAction, type ActionMatch } from './lib/match.ts';
import { isNounUse, nounAfterIn, phrase, phrases, verbFamily, type Found } from './lib/words.ts';
import { conceptVerbs } from './lib/lexicon.ts';

// A choice of words: a quoted term after "never", "not", "instead of" or "the term".
const TERM_CHOICE = /\b(?:never|not|instead of|rather than)\s*[“"']|\b(?:terms?|words?|phrases?)\s*[“"']/i;

/** Verbs of finding out or recording a person's status. */
export const INQUIRY_VERBS = conceptVerbs('inquiry');
// "find" counts only as "find out", "look" only as "look into" or "look up", "fill" as "fill in" (the tokenizer
// keeps a final "in." whole, as an abbreviation).
const NEEDS_PARTICLE: Record<string, RegExp> = {
  find: /^out$/,
  learn: /^(?:whether|if|which|who|what|where|how)$/,
  look: /^(?:into|up)$/,
  fill: /^(?:in|out)\.?$/,
};
const CAUSATIVE_INQUIRY = conceptVerbs('causative-inquiry');
/** Verbs of the person disclosing their own status: "tell the officer your immigration status". */
const DISCLOSURE_VERBS = conceptVerbs('disclosure');
const ESTABLISHED_RULES = /^(?:(?:a|the|clear|new) )?(?:guidelines|procedures?|polic(?:y|ies)|rules|protocols?|standards?)\b/;
const QUANTIFYING = /^(?:what|which|such|many|some|these|those|several|few|more|other)$/;
const PEOPLE_INCLUDED =
  /^(?:those|people|persons|residents|immigrants|individuals|victims|witnesses|anyone|everyone|all|undocumented|noncitizens|non-citizens|families|children|members)$/;
const STATUS_HOLDERS =
  /^(?:immigrants?|people|persons?|residents?|individuals?|victims?|witnesses?|workers?|aliens?|students?|families|children|drivers?|noncitizens?|non-citizens?)$/;
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'how', 'why', 'when', 'what']);
/** A status check named as a noun, the object of a light verb: "run a status query", "conduct an immigration check". */
const LIGHT_VERBS = verbFamily(
  'run',
  'look',
  'conduct',
  'perform',
  'make',
  'complete',
  'do',
  'initiate',
  'submit',
  'send',
  'order',
  'search',
  'check',
  'screen',
  'query',
  'enter',
  'request',
  'prompt',
);
const RECORD_CHECKS = new Set(['run', 'look', 'check', 'query', 'search', 'screen']);
const statusCheck = phrases(
  'immigration|citizenship|residency|status ?status check|checks|query|queries|inquiry|inquiries|verification|verifications|screening|screenings|search|searches|lookup|lookups|records',
  'immigration|=ICE|dhs|uscis|=DHS|=USCIS database|databases|system|systems|index|indexes|indices',
  // Federal status-verification services by name: an Immigration Alien Query to ICE's Law Enforcement Support
  // Center, the SAVE system (capitals only: "save" is an ordinary verb).
  'immigration alien query|queries',
  '=IAQ|=IAQs',
  'law enforcement support center',
  '=LESC',
  '=SAVE system|systems|database|program|check|checks|query|queries',
  // "an ICE questionnaire will be completed": the agency's intake form on nationality and status.
  '=ICE|immigration questionnaire|questionnaires|interview form|forms',
);

const MODEL =
  'Members shall not ask about, try to determine, or record any person’s immigration or citizenship status, except where status is an element of a crime under investigation (for example human trafficking or smuggling).';

const CONSULAR = /\b(?:consul\w*|embass(?:y|ies)|(?:his|her|their|own) government (?:be |is |being )?notified)\b/i;
const NATIONALITY =
  /\b(?:foreign nationals?|nationality|country of (?:citizenship|nationality)|citizens? of (?:another|a foreign) (?:country|nation))\b/;

export default defineRule({
  meta: {
    id: 'status-inquiry',
    category: 'status-inquiry',
    severity: 'error',
    description: 'Asking about, verifying or recording a person’s immigration or citizenship status.',
    messages: {
      inquiry:
        'Asking about, verifying or recording immigration or citizenship status tells residents that contact with the police can lead to immigration enforcement.',
      broadException:
        'The prohibition on status inquiries has a broad exception or a hedge (“routinely”, “generally”); only status as an element of the crime under investigation should be excepted.',
    },
    url: 'rules/docs/status-inquiry.md',
    coversItems: true,
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct, citations.washington, citations.arizona],
    yieldsTo: ['detainer', 'enforcement-role', 'profiling', 'civil-detention', 'document-demand', 'ice-notification'],
  },
  docs: {
    rationale:
      'When officers ask about or record immigration status, residents learn that any contact with the police can lead to immigration consequences, and victims and witnesses stop coming forward. Trust policies forbid status inquiries, with a narrow exception only where status is itself an element of the crime under investigation.',
    compliant: [
      'Members shall not ask about the immigration or citizenship status of any person.',
      'No member shall inquire into a person’s immigration status, except where status is an element of the crime under investigation, such as human trafficking.',
      'You can report a crime no matter your immigration status.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    if (isAboutCertification(context.sentence.text)) return;
    for (const clause of context.clauses) {
      const match = findInquiry(clause);
      if (!match) continue;
      if (!affirmsAt(clause, match.verb)) continue;
      // "A member who determines that the arrestee is a foreign national shall tell the person of the right to have
      // the consulate notified": nationality learned for consular notification, which the Vienna Convention requires.
      if (CONSULAR.test(context.sentence.text) && NATIONALITY.test(phrase(context.sentence.words, match.start, match.end))) continue;
      reportAction(context, clause, match, forbidsAt(clause, match.verb) ? 'broadException' : 'inquiry', MODEL);
    }
    // "Citizenship: ____": a form's field asks for the status. No rewrite: the field goes, which is the drafter's edit.
    for (const label of formFieldLabels(context.sentence)) {
      const clause = context.clauses.find((candidate) => label.from >= candidate.from && label.from < candidate.to);
      const topic = findStatusTopic(context.sentence.words, label.from, label.to, true);
      if (clause && topic && !clause.negated)
        reportAction(context, clause, { verb: topic.start, base: 'record', ...topic, rewrite: false }, 'inquiry', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Deputies may ask passengers about their immigration status.',
        output: 'Deputies shall not ask passengers about their immigration status.',
      },
      {
        text: 'Officers shall determine whether the driver is lawfully present in the United States.',
        output: 'Officers shall not determine whether the driver is lawfully present in the United States.',
      },
      {
        text: 'Dispatchers will ask callers whether they are in the country legally.',
        output: 'Dispatchers will not ask callers whether they are in the country legally.',
      },
    ],
    accepted: [
      { text: 'Some states require local police to ask about immigration status during stops; this department rejects that approach.' },
      { text: 'You can report a crime or ask for help, whatever your immigration status.', kind: 'outreach' },
      { text: 'Members shall not ask about the immigration status of victims or witnesses.' },
    ],
  },
});

/**
 * Rules whose reading of the same words wins: extending a stop to check status is civil detention,
 * screening for removability under 287(g) an enforcement role, asking for papers a document demand.
 */
/** An inquiry verb whose object (within the clause) is a person's immigration or citizenship status. */
const COMPLAINTS = /^(?:complaints?|allegations?|grievances?|misconduct|violations?)$/;

function findInquiry(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const context = hasImmigrationContext(words, 0, words.length);
  // "USCIS is the component with the responsibility to determine whether status should be granted": a statement of
  // what a federal immigration body itself decides, not a check this agency makes.
  const body = findAuthority(words, clause.from, Math.min(clause.to, clause.from + 2), context);
  // The body as the subject, after an article at most ("check DHS databases" opens with the verb, not the body).
  const asSubject = body && (body.start === clause.from || /^(?:the|a|an)$/.test(words[clause.from]!.lower));
  if (asSubject && clause.modal?.from !== body.end) return undefined;
  // An opening condition ("If an officer asks about your status, you may complain") directs nothing.
  const inCondition = (index: number): boolean => clause.opening !== undefined && index >= clause.opening.from && index < clause.opening.to;
  const outsideExceptions = (found: Found): boolean =>
    !clause.exceptions.some((exception) => found.start >= exception.from && found.start < exception.to);
  const reach = checksReaching(clause);
  if (reach) return reach;
  for (let verb = clause.from; verb < clause.to; verb++) {
    if (insideException(clause, verb) || inCondition(verb) || inName(words, verb)) continue;
    // "The verification of immigration status by officers is required": the inquiry named as the subject of a requirement.
    if (INQUIRY_NOUNS.test(words[verb]!.lower) || NOMINAL_INQUIRIES.test(words[verb]!.lower)) {
      const predicate = ABOUT.test(words[verb + 1]?.lower ?? '') ? nominalRequirement(clause, verb) : -1;
      const topic = predicate === -1 ? undefined : findStatusTopic(words, verb + 2, Math.min(predicate, verb + 10), context);
      if (topic && !isDisclaimed(words, verb + 1, topic.start) && outsideExceptions(topic))
        return { verb: predicate, base: 'verify', start: verb, end: topic.end };
      // "establishes guidelines for verification of legal presence": the check is what the rules set up.
      const purpose = words[verb - 1]?.lower === 'the' ? verb - 2 : verb - 1;
      if (NOMINAL_INQUIRIES.test(words[verb]!.lower) && words[purpose]?.lower === 'for' && words[verb + 1]?.lower === 'of') {
        const checked = findStatusTopic(words, verb + 2, Math.min(clause.to, verb + 8), context);
        if (checked && !isDisclaimed(words, verb + 1, checked.start) && outsideExceptions(checked))
          return { verb, base: 'verify', start: verb, end: checked.end, rewrite: false };
      }
    }
    // "Questions about status" (a heading), "Records of citizenship…": the first word of a statement is its subject.
    // A base form there is still an instruction ("c) ask the driver…").
    if (
      verb === afterOutlineLabel(words, clause.from, verb) &&
      INQUIRY_VERBS.get(words[verb]!.lower) !== words[verb]!.lower &&
      clause.modality === 'statement' &&
      !clause.modal &&
      !clause.frame
    )
      continue;
    const word = words[verb]!.lower;
    // "Intake records include the immigration status of every inmate": records that hold status, "records" a noun.
    if (RECORD_NOUNS.test(word) && HAVING.test(words[verb + 1]?.lower ?? '')) {
      const held = findStatusTopic(words, verb + 2, Math.min(clause.to, verb + 10), context);
      if (held && outsideExceptions(held) && !isDisclaimed(words, verb + 2, held.start) && !clause.negated)
        return { verb: verb + 1, base: 'record', start: verb, end: held.end, rewrite: false };
      continue;
    }
    // "should have their immigration status reviewed": a causative's participle.
    const causing = clause.modal && /^(?:have|get)$/.test(words[clause.modal.to]?.lower ?? '') && verb > clause.modal.to + 1;
    const base = INQUIRY_VERBS.get(word) ?? (causing ? CAUSATIVE_INQUIRY.get(word) : undefined);
    // A question asked in direct speech ("ask, 'How long have you been here, and did you come legally?'")
    // runs to the end of the clause however long it is.
    // So does an indirect question with its coordinated parts ("ask victims if they have been here a year and under what visa").
    const indirect =
      base !== undefined &&
      ASKING.has(base) &&
      words.slice(verb + 1, Math.min(clause.to, verb + 5)).some((token) => /^(?:if|whether)$/.test(token.lower));
    // "determine, before releasing anyone, whether…": the object is the indirect question after a set-off insert.
    const insert = afterParenthetical(clause.sentence, verb, clause.to);
    const objectFrom = insert > verb + 1 && /^(?:if|whether)$/.test(words[insert]?.lower ?? '') ? insert : verb + 1;
    const limit =
      base && ((ASKING.has(base) && (indirect || quotesAfter(clause, verb))) || objectFrom > verb + 1)
        ? clause.to
        : Math.min(clause.to, verb + 14);
    // "an increase in questions relating to status", "what questions to ask": the noun, not the verb.
    // "In response to questions about status, officers shall…": a plural after a preposition or determiner is a noun.
    if (
      base &&
      (nounAfterIn(words, verb) ||
        (QUANTIFYING.test(words[verb - 1]?.lower ?? '') && word.endsWith('s')) ||
        (/[^s]s$/.test(word) && isNounUse(words, verb)))
    )
      continue;
    // "establishes guidelines for handling…": a document establishing rules, not a person's status being established.
    if (base === 'establish' && ESTABLISHED_RULES.test(phrase(words, verb + 1, Math.min(clause.to, verb + 3)))) continue;
    // "all residents, including those who are undocumented,": "including" names whom a statement reaches, not a record.
    // "The inmates include anyone from undocumented immigrants accused of felonies to…" likewise.
    if (/^(?:including|include|includes|included)$/.test(word) && PEOPLE_INCLUDED.test(words[verb + 1]?.lower ?? '')) continue;
    if (base) {
      const particle = NEEDS_PARTICLE[base];
      if (particle && !particle.test(words[verb + 1]?.lower ?? '')) continue;
      // "to confirm that no report records a person's status": a check that the status is absent.
      if (words[verb + 1]?.lower === 'that' && /^(?:no|none|nothing|neither)$/.test(words[verb + 2]?.lower ?? '')) continue;
      // "any booking record in which staff noted…": a noun that a relative clause follows.
      if (/^(?:in|on|of|from)$/.test(words[verb + 1]?.lower ?? '') && /^(?:which|whom)$/.test(words[verb + 2]?.lower ?? '')) continue;
      if (askedByAgency(clause, verb)) continue;
      // "investigate any complaint that an officer asked about status": what is looked into is a complaint.
      if (words.slice(verb + 1, Math.min(clause.to, verb + 4)).some((token) => COMPLAINTS.test(token.lower))) continue;
      // The topic is the verb's object: look a short way ahead, stopping at the next clause or exception;
      // in the passive ("Status shall be recorded") the object is the subject.
      let topic = findStatusTopic(words, objectFrom, limit, context);
      const object = topic ? undefined : passiveObject(clause, verb);
      if (object) topic = statusItself(findStatusTopic(words, object.from, object.to, context), words);
      // "The only time a person's immigration status is checked…": the passive's object may close a longer subject.
      const subject = object && !topic ? passiveObject(clause, verb, clause.to) : undefined;
      let fromTail = false;
      if (subject) {
        const tail = statusItself(findStatusTopic(words, Math.max(subject.from, subject.to - 4), subject.to, context), words);
        // Only the subject's head: not "a call about a neighbor's status", whose head is the call.
        const head =
          tail?.end === subject.to &&
          !words.slice(Math.max(subject.from, tail.start - 4), tail.start).some((w) => TOPIC_PREPOSITIONS.test(w.lower));
        if (head) [topic, fromTail] = [tail, true];
      }
      // "require the inmate's citizenship to be filled in": the object stands before "to be".
      if (!topic && words[verb - 1]?.lower === 'be' && words[verb - 2]?.lower === 'to')
        topic = statusItself(findStatusTopic(words, Math.max(clause.from, verb - 7), verb - 2, context), words);
      // "shall have the person's immigration status determined": a causative's object stands before the participle.
      const causative = clause.modal && /^(?:have|get)$/.test(words[clause.modal.to]?.lower ?? '') ? clause.modal.to : -1;
      if (!topic && causative !== -1 && verb > causative + 1)
        topic = statusItself(findStatusTopic(words, causative + 1, verb, context), words);
      // "request local agencies to hold undocumented immigrants": asking someone to act, not to tell.
      if (topic && askedToAct(words, verb + 1, topic.start)) topic = undefined;
      // "investigate crimes against undocumented victims", "including … violence against undocumented women": acts
      // done to people whom the status describes, not the status looked into or written down.
      if (topic && !statusItself(topic, words) && againstPeople(words, verb + 1, topic.start)) topic = undefined;
      // "the federal Immigration and Nationality Act": a law's name, not a person's nationality.
      // "the Immigration and Naturalization Service" likewise: an institution's name.
      if (
        topic &&
        /^(?:Act|Code|Law|Statute|Service|Services|Agency|Office|Bureau|Division|Court|Board|Commission)$/.test(
          words[topic.end]?.text ?? '',
        )
      )
        topic = undefined;
      // 'Write "undocumented immigrant", never "illegal immigrant"': a quoted term set against another is a word
      // recommended, not a person's status written down.
      if (topic && /[“"']\s*$/.test(gapBefore(clause.sentence, topic.start)) && TERM_CHOICE.test(clause.sentence.text)) topic = undefined;
      // "The list of crimes committed by undocumented immigrants": a noun whose "of" names something other than the status.
      // "a list of the inmates who are undocumented" still lists people by their status.
      if (
        topic &&
        topic.start > verb + 4 &&
        NOUN_BEFORE_OF.test(words[verb - 1]?.lower ?? '') &&
        words[verb + 1]?.lower === 'of' &&
        !words.slice(verb + 2, topic.start).some((word) => /^(?:who|whose|that|which)$/.test(word.lower))
      )
        topic = undefined;
      // "ask for help, no matter your immigration status" mentions status only to set it aside.
      if (topic && !isDisclaimed(words, Math.min(verb + 1, topic.start), topic.start) && outsideExceptions(topic)) {
        // Negating a passive inside a longer subject would turn its predicate around ("The only time status is not checked is…").
        const rewrite = fromTail ? { rewrite: false as const } : {};
        return { verb, base, start: Math.min(verb, topic.start), end: Math.max(verb + 1, topic.end), ...rewrite };
      }
      // "The officer may ask that question", "ask the following question": the question is the sentence before or after.
      const pointer = ASKING.has(base) ? questionPointer(words, verb + 1, Math.min(clause.to, verb + 5)) : -1;
      if (pointer !== -1 && neighbouringQuestionAboutStatus(clause.sentence)) return { verb, base, start: verb, end: pointer + 1 };
    }
    const disclosure = DISCLOSURE_VERBS.get(word);
    if (disclosure) {
      // Only the status as the direct object ("tell the officer your status"), not a reported clause
      // ("tell victims that their status will not be shared").
      const topic = findStatusTopic(words, verb + 1, Math.min(clause.to, verb + 6), context);
      if (
        topic &&
        // "give undocumented immigrants a chance": the status describes the people given something, not what is told.
        !STATUS_HOLDERS.test(words[topic.end]?.lower ?? '') &&
        !words.slice(verb + 1, topic.start).some((token) => COMPLEMENTIZERS.has(token.lower)) &&
        !isDisclaimed(words, verb + 1, topic.start) &&
        outsideExceptions(topic)
      ) {
        return { verb, base: disclosure, start: verb, end: topic.end };
      }
    }
    // "A resident's immigration status is a legitimate topic for officers to raise": status named as something to ask about.
    if (TOPIC_NOUNS.test(word)) {
      // The copula nearest the noun: "Whether the victim is lawfully present … is a question…".
      const copula = words.findLastIndex(
        (token, index) => index >= clause.from && index < verb && /^(?:is|are|remains?|becomes?)$/.test(token.lower),
      );
      // "…is a topic for officers to raise", "…is a question detectives should resolve"
      const raise = words.findIndex(
        (token, index) =>
          index > verb &&
          index < Math.min(clause.to, verb + 6) &&
          RAISING.test(token.lower) &&
          /^(?:to|should|must|shall|will|may|can|ought)$/.test(words[index - 1]?.lower ?? ''),
      );
      const topic = copula === -1 || raise === -1 ? undefined : findStatusTopic(words, clause.from, copula, context);
      if (topic && outsideExceptions(topic)) return { verb: raise, base: 'ask', start: topic.start, end: raise + 1 };
    }
    // "The entry form has a required box for place of birth and immigration status": a form that records status.
    if (HAVING.test(word)) {
      const field = words.findIndex((token, index) => index > verb && index < Math.min(clause.to, verb + 4) && FIELDS.test(token.lower));
      const refused = words.slice(verb + 1, Math.max(verb + 1, field)).some((token) => /^(?:no|not|never)$/.test(token.lower));
      const topic =
        field === -1 || refused || !/^(?:for|to|listing|asking|showing|recording)$/.test(words[field + 1]?.lower ?? '')
          ? undefined
          : findStatusTopic(words, field + 1, Math.min(clause.to, field + 10), context);
      if (topic && outsideExceptions(topic) && !isDisclaimed(words, field + 1, topic.start))
        return { verb, base: 'record', start: verb, end: topic.end };
    }
    // "make inquiries regarding the juvenile's residency status": the inquiry named as a noun after a light verb.
    if (LIGHT_VERBS.has(word)) {
      const noun = words.findIndex(
        (token, index) => index > verb && index < Math.min(clause.to, verb + 4) && INQUIRY_NOUNS.test(token.lower),
      );
      const topic = noun === -1 ? undefined : findStatusTopic(words, noun + 1, Math.min(clause.to, noun + 9), context);
      if (topic && ABOUT.test(words[noun + 1]?.lower ?? '') && !isDisclaimed(words, noun + 1, topic.start) && outsideExceptions(topic)) {
        return { verb, base: LIGHT_VERBS.get(word)!, start: verb, end: topic.end };
      }
    }
    const light = LIGHT_VERBS.get(word);
    // "look" is a check only as "look up" ("look up every passenger in the ICE system").
    if (light && !(light === 'search' && words[verb + 1]?.lower === 'for') && !(light === 'look' && words[verb + 1]?.lower !== 'up')) {
      // In the passive the check is the subject: "whether an IAQ is requested", "an ICE questionnaire will be completed".
      const object = passiveObject(clause, verb);
      const check =
        statusCheck(words, verb + 1, Math.min(clause.to, verb + 16)) ??
        (object ? statusCheck(words, object.from, object.to) : undefined) ??
        (/^(?:is|are)$/.test(words[verb - 1]?.lower ?? '') ? statusCheck(words, Math.max(clause.from, verb - 4), verb - 1) : undefined);
      // A bare "status check" is about immigration only in a sentence about immigration.
      if (
        check &&
        outsideExceptions(check) &&
        (context || words[check.start]!.lower !== 'status') &&
        !isDisclaimed(words, verb + 1, check.start)
      ) {
        // "Several factors decide whether an IAQ is requested": negating inside the question would not forbid the check.
        const asked = words.slice(clause.from, verb).some((token) => /^(?:whether|if)$/.test(token.lower)) && !clause.modal;
        return {
          verb,
          base: light,
          start: Math.min(verb, check.start),
          end: Math.max(verb + 1, check.end),
          ...(asked ? { rewrite: false as const } : {}),
        };
      }
      // "run the name of any witness through ICE's support center": a check against the agency's records.
      const through = words.findIndex(
        (token, index) => index > verb && index < Math.min(clause.to, verb + 8) && /^(?:through|against|with|in)$/.test(token.lower),
      );
      const agency = through === -1 ? undefined : findAuthority(words, through + 1, Math.min(clause.to, through + 4), true);
      if (agency && RECORD_CHECKS.has(light) && outsideExceptions(agency)) return { verb, base: light, start: verb, end: agency.end };
    }
  }
  return undefined;
}

// "…shall encompass all who are arrested", "…will include every passenger": a directive about whom the checks reach.
const REACHING = /^(?:encompass|include|cover|extend|apply|reach|target)$/;

/** "Immigration inquiries shall encompass all who are arrested": a status check heading the subject of a directive on its reach. */
function checksReaching(clause: Clause): ActionMatch | undefined {
  const { modal } = clause;
  if (!modal || clause.negated) return undefined;
  const words = clause.sentence.words;
  const verb = modal.to;
  if (!REACHING.test(words[verb]?.lower ?? '')) return undefined;
  const check = statusCheck(words, Math.max(clause.from, modal.from - 4), modal.from);
  if (!check || check.end !== modal.from || !affirmsAt(clause, verb)) return undefined;
  // A bare "status check" is about immigration only in a sentence about immigration.
  if (words[check.start]!.lower === 'status' && !hasImmigrationContext(words, 0, words.length)) return undefined;
  // Negating the verb would leave "shall not encompass all…", which still allows checking some.
  return { verb, base: words[verb]!.lower, start: check.start, end: verb + 1, rewrite: false };
}

const TOPIC_PREPOSITIONS = /^(?:about|of|regarding|concerning|on|into|for|with)$/;
const TOPIC_NOUNS = /^(?:topic|topics|subject|subjects|question|questions|matter|area|line)$/;
const RAISING =
  /^(?:raise|ask|discuss|explore|probe|pursue|address|cover|bring|inquire|question|resolve|answer|settle|determine|establish|clarify)$/;
const HAVING = /^(?:has|have|had|contains?|includes?|features?|adds?|carries|carry)$/;
const FIELDS = /^(?:box|boxes|fields?|lines?|spaces?|blanks?|columns?|sections?|entry|entries|checkbox|checkboxes|question)$/;
const INQUIRY_NOUNS = /^(?:inquiry|inquiries|enquiry|enquiries|questions?|queries|query|checks?|determinations?|assessments?|findings?)$/;
const NOMINAL_INQUIRIES =
  /^(?:verification|verifications|confirmation|screening|questioning|recording|documentation|investigation|ascertainment|establishment)$/;
const ABOUT = /^(?:about|regarding|concerning|into|as|on|of|respecting)$/;
const RECORD_NOUNS = /^(?:records|forms|reports|files|logs|databases|questionnaires|sheets)$/;
const NOUN_BEFORE_OF = /^(?:the|a|an|this|that|its|their|our|his|her)$/;
const ASKING = new Set(['ask', 'inquire', 'enquire', 'question', 'probe']);

/** An infinitive of an act other than telling or checking before the status: "asks agencies to hold undocumented…". */
function askedToAct(words: readonly { lower: string }[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (words[i]!.lower !== 'to') continue;
    const act = words[i + 1]!.lower;
    // "inquire as to whether…", "ask as to their status": "to" as a preposition.
    if (/^(?:whether|if|the|a|an|his|her|their|its|what|which|how|where|when|who|this|that|these|those|any)$/.test(act)) continue;
    return !INQUIRY_VERBS.has(act) && !DISCLOSURE_VERBS.has(act) && !/^(?:be|show|prove|provide|produce|present|answer)$/.test(act);
  }
  return false;
}
const QUESTION_POINTERS = /^(?:that|this|the|these|those|one|such|same|following|a|two|three|further)$/;

/** An opening quote or colon between the verb and the rest of its clause: a question in direct speech. */
function quotesAfter(clause: Clause, verb: number): boolean {
  const { words, text, start } = clause.sentence;
  const end = words[Math.min(clause.to, verb + 6) - 1]!.end;
  return /[:"“'‘]/.test(text.slice(words[verb]!.end - start, end - start).replace(/\b'\b|'s\b/g, ''));
}

/** "ask that question", "ask the following questions": the index of "question(s)" named by a pointer, or -1. */
function questionPointer(words: Clause['sentence']['words'], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (/^questions?$/.test(words[i]!.lower)) return i > from && QUESTION_POINTERS.test(words[i - 1]!.lower) ? i : -1;
  }
  return -1;
}

/** Whether the sentence before or after this one in its block is a question about immigration status. */
function neighbouringQuestionAboutStatus(sentence: Clause['sentence']): boolean {
  const text = sentence.block.text;
  return [questionEnding(text.slice(0, sentence.start)), questionOpening(text.slice(sentence.end))].some((question) => {
    if (!question) return false;
    const tokens = wordsOf(question);
    return findStatusTopic(tokens, 0, tokens.length, hasImmigrationContext(tokens, 0, tokens.length)) !== undefined;
  });
}

// The neighbouring sentences are found and split by scanning: patterns for them backtracked quadratically on
// long runs without punctuation, or of apostrophes.

/** The question `text` ends with: from its last `.`, `?` or `!` to a final `?` (and a closing quote). */
function questionEnding(text: string): string | undefined {
  let end = text.trimEnd().length;
  if (`"”'’`.includes(text[end - 1] ?? '.')) end--;
  if (text[end - 1] !== '?') return undefined;
  let start = end - 1;
  while (start > 0 && !'.?!'.includes(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The question `text` starts with: up to its first `.`, `?` or `!`, when that is a `?`. */
function questionOpening(text: string): string | undefined {
  const stop = text.search(/[.?!]/);
  return text[stop] === '?' ? text.slice(0, stop + 1) : undefined;
}

/** Plain word tokens of a text (runs of word characters, apostrophes, dots and hyphens that end in a word character). */
function wordsOf(text: string): Clause['sentence']['words'] {
  const words: Clause['sentence']['words'] = [];
  for (const run of text.matchAll(/[\w’'.-]+/g)) {
    let length = run[0].length;
    while (length > 0 && !/\w/.test(run[0][length - 1]!)) length--;
    if (length === 0) continue;
    const word = run[0].slice(0, length);
    words.push({ text: word, lower: word.toLowerCase().replace(/[’‘]/g, "'"), start: run.index, end: run.index + length });
  }
  return words;
}

// What a status topic as a passive subject must name: the status itself, not a person ("Every criminal alien … shall be logged").
const STATUS_ITSELF =
  /^(?:status|citizenship|nationality|naturalization|birthplace|birth|visa|residency|residence|history|record|records|file|files|papers|documents|entry|presence)$/;

/** The first word after an outline label ("A.", "IV.", "3.", "4.1") that opens a heading or item, up to `limit`. */
function afterOutlineLabel(words: Clause['sentence']['words'], from: number, limit: number): number {
  let first = from;
  while (first < limit && /^(?:[a-z]|[ivxl]+|\d+(?:\.\d+)*)\.?$/.test(words[first]!.lower)) first++;
  return first;
}

/** A capitalised word after another is part of a name ("the United States", "the Records Check Unit"), not a verb. */
function inName(words: Clause['sentence']['words'], index: number): boolean {
  const capitalised = (i: number): boolean => /^[A-Z][a-z]/.test(words[i]?.text ?? '');
  return index > 0 && capitalised(index) && capitalised(index - 1);
}

/** A status phrase that names the status itself, as the subject of a passive must. */
/**
 * "questioning from the Border Patrol about their status", "were asked by ICE agents": the agency asks, not the police.
 * An active verb keeps its source as an object ("shall request from ICE the status of…" is the police asking).
 */
function askedByAgency(clause: Clause, verb: number): boolean {
  const words = clause.sentence.words;
  const word = words[verb]!.lower;
  const by = words[verb + 1]?.lower;
  const nominal =
    word.endsWith('ing') && by !== undefined && /^(?:from|by)$/.test(by) && verb !== clause.modal?.to && words[verb - 1]?.lower !== 'to';
  const passive = by === 'by' && /(?:ed|en)$/.test(word);
  if (!nominal && !passive) return false;
  const agent = words[verb + 2]?.lower === 'the' ? verb + 3 : verb + 2;
  return findAuthority(words, agent, Math.min(clause.to, agent + 4), true)?.start === agent;
}

/** Harm done to people: "crimes against…", "violence against…". */
const HARMS_AGAINST =
  /^(?:crimes?|violence|offen[cs]es?|abuse|assaults?|discrimination|retaliation|harassment|threats?|exploitation|fraud|scams?|attacks?)$/;

/** Whether a harm "against" the people stands just before a status topic ("crimes against undocumented victims"). */
function againstPeople(words: Clause['sentence']['words'], from: number, topic: number): boolean {
  for (let i = topic - 1; i > from && i >= topic - 3; i--)
    if (words[i]!.lower === 'against') return HARMS_AGAINST.test(words[i - 1]!.lower);
  return false;
}

function statusItself(topic: Found | undefined, words: Clause['sentence']['words']): Found | undefined {
  if (!topic) return undefined;
  for (let i = topic.start; i < topic.end; i++) if (STATUS_ITSELF.test(words[i]!.lower)) return topic;
  return undefined;
}
