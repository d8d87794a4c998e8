import { affirmsAt, afterParenthetical, insideException, type Clause } from '../core/analysis/clause.ts';
import { findCivilDetention } from './civil-detention.ts';
import { findDetainer } from './detainer.ts';
import { findDocumentDemand } from './document-demand.ts';
import { findEnforcementRole } from './enforcement-role.ts';
import { findNotification } from './ice-notification.ts';
import { findProfiling } from './profiling.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext, isAboutCertification, isDisclaimed } from './lib/topics.ts';
import { nominalRequirement, passiveObject, reportAction, type ActionMatch } from './lib/match.ts';
import { phrases, verbFamily, type Found } from './lib/words.ts';
import { conceptVerbs } from './lib/lexicon.ts';

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
/** Verbs of the person disclosing their own status: "tell the officer your immigration status". */
const DISCLOSURE_VERBS = conceptVerbs('disclosure');
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
);

const MODEL =
  'Members shall not ask about, try to determine, or record any person’s immigration or citizenship status, except where status is an element of a crime under investigation (for example human trafficking or smuggling).';

export default defineRule({
  meta: {
    id: 'status-inquiry',
    category: 'status-inquiry',
    severity: 'error',
    description: 'Asking about, verifying or recording a person’s immigration or citizenship status.',
    url: 'rules/docs/status-inquiry.md',
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct, citations.washington, citations.arizona],
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
      if (!match || PRECEDENT.some((find) => find(clause))) continue;
      if (!affirmsAt(clause, match.verb)) continue;
      const reason = clause.negated
        ? 'The prohibition on status inquiries has a broad exception; only status as an element of the crime under investigation should be excepted.'
        : 'Asking about, verifying or recording immigration or citizenship status tells residents that contact with the police can lead to immigration enforcement.';
      reportAction(context, clause, match, reason, MODEL);
    }
  },
  tests: {
    valid: [
      { text: '### 4.1 Questions about status' },
      { text: 'Some states require local police to ask about immigration status during stops; this department rejects that approach.' },
      {
        text: 'Members shall not ask about status except where it is an element of the crime, such as trafficking. Members shall not record status unless it is such an element.',
      },
      { text: 'You can report a crime or ask for help, whatever your immigration status.', kind: 'outreach' },
      { text: 'Members shall not ask about the immigration status of victims or witnesses.' },
      { text: 'No officer may inquire into a person’s citizenship, except when status is an element of the crime under investigation.' },
      { text: 'Asking a caller about immigration status is prohibited.' },
      { text: 'The Department does not verify the immigration status of crime victims.' },
      { text: 'Our officers will never ask about your immigration status.' },
      { text: 'Deputies shall refrain from questioning anyone about citizenship.' },
      { text: 'The sergeant shall check the status of each open warrant.' },
      { text: 'Officers shall confirm the parole status of the suspect.' },
      { text: 'Members shall not:\n\n- ask a witness about citizenship;\n- record the immigration status of a victim.' },
      { text: 'Immigration status is not relevant to the delivery of police services.' },
      { text: 'Call-takers shall neither ask about citizenship nor note it in the call record.' },
      { text: 'In last year’s case, the officer asked the caller where she was born.' },
      { text: 'The certifying official shall not require the victim to prove lawful status.' },
      { text: 'You can get help from the police whatever your immigration status.', kind: 'outreach' },
      { text: 'If an officer asks about your immigration status, you can report it to the police auditor.', kind: 'outreach' },
      { text: 'Will officers ask about my immigration status? No, never.', kind: 'outreach' },
      { text: 'Discuss why asking about immigration status keeps victims from calling.', kind: 'bulletin' },
      { text: 'It is the policy of this Department that no member shall ask about a person’s citizenship.' },
      { text: 'Nothing in this policy shall be construed to allow members to ask about immigration status.' },
      { text: 'At no point in an interview is a witness to be asked about citizenship.' },
      { text: 'Officers shall tell victims that their immigration status will not be shared.' },
      { text: 'The sergeant shall run a warrant check on the driver.' },
      { text: 'Officers shall run the plate through the state motor vehicle database.' },
      { text: 'The police officer will not ask you about your country or your papers.', kind: 'outreach' },
      { text: 'Detectives can ask victims what happened and how they got hurt.' },
      { text: 'Supervisors will review each report to make sure no person’s citizenship was recorded.' },
      { text: 'Every criminal alien released from the jail shall be logged.' },
      { text: 'Being present in the United States without lawful status is not a crime that members enforce.' },
      { text: 'A.R.S. § 11-1051(B) directs Arizona officers to try to determine immigration status; this Department does not.' },
      { text: 'The report must state the status of the warrant.' },
      { text: 'Officers should find out whether the suspect has permission to be in the building.' },
      { text: 'Officers may ask about the right of the defendant to remain silent.' },
      { text: 'Save the report in the records system.' },
      { text: 'Members shall not ask about status, save where status is an element of the crime under investigation.' },
      { text: 'Asking a caller about immigration status is serious misconduct.' },
      { text: 'Officers shall ask the victim about her history of abuse and the background of the case.' },
      { text: 'Officers may ask whether the search is legal.' },
      { text: 'Ask whether he is legal guardian of the child.' },
      { text: 'Ask if she is here on a work trip.' },
      { text: 'Deputies are encouraged to learn which members of the household need a ride to the shelter.' },
      { text: 'Whether the victim was injured is a question detectives should resolve before referring the case.' },
      { text: 'Officers shall write the report without any reference to immigration status.' },
      {
        text: 'A field interview card, on which the officer writes the subject’s name, address, date of birth and description, is to be completed for every stop.',
      },
      { text: 'The verification of a driver’s insurance coverage by officers is required at every collision scene.' },
      { text: 'The verification of immigration status by officers is not permitted.' },
      {
        text: 'Officers are to determine, before releasing any passenger who cannot show identification, whether that passenger has a safe way home.',
      },
      { text: 'Officers shall determine, if the driver seems undocumented, whether he has a valid license anyway.' },
      { text: 'Look up the plate in the DMV system.' },
      { text: 'Officers may ask whether a person has a visa appointment.' },
      { text: 'Officers may ask when he arrived at the scene.' },
      { text: 'Officers may ask how she entered the building.' },
      { text: 'Officers may ask where she crossed the street.' },
      { text: 'Officers shall enter the building through the rear door.' },
      { text: "Officers shall enter the suspect's name into the warrant system." },
      { text: "Interviewers should ask, 'Where were you when it happened, and did you see the car the driver was in?'" },
      { text: 'Q: Will the officer ask whether I have papers? A: No. The officer may not ask that question.', kind: 'outreach' },
      { text: 'Was the suspect armed? Officers should ask that question first.' },
      { text: 'Officers may ask the following question. Were you hurt?' },
      { text: 'Officers may ask the dispatcher about status of the tow.' },
      { text: 'Officers do not need a reason to ask about the status of the call.' },
      { text: "Detectives may ask about the suspect's legal situation before the plea hearing." },
      { text: 'Officers do not ask about status.' },
      { text: '## Questions about status' },
      { text: '### B. Questions about status' },
      { text: "The youth services officer shall not make any inquiry regarding a juvenile's immigration or residency status." },
      { text: 'Officers shall make inquiries regarding the status of the warrant.' },
      { text: 'Officers may ask under what statute the driver was cited.' },
      { text: 'The gang database entry form has no field for place of birth or immigration status.' },
      { text: 'The booking sheet has a box for the status of the warrant.' },
      { text: 'The report form has a field for the preferred language of the victim.' },
      { text: "A resident's immigration status is not a topic for officers to raise during a knock-and-talk." },
      { text: "The suspect's alibi is a legitimate topic for detectives to raise." },
      { text: 'Detectives should clarify whether a witness had a clear view of the suspect.' },
      { text: 'Officers should confirm that the tenant has permission to live here from the landlord.' },
      { text: 'Officers shall confirm that the contractor is authorized to work on the site.' },
      { text: 'Officers may ask whether the man is allowed to stay here tonight.' },
    ],
    invalid: [
      {
        text: 'Deputies may ask passengers about their immigration status.',
        output: 'Deputies shall not ask passengers about their immigration status.',
      },
      { text: 'Officers shall determine whether the driver is lawfully present in the United States.' },
      {
        text: 'Whether the victim is lawfully present in the United States is a question detectives should resolve before referring the case.',
      },
      {
        text: 'Deputies are encouraged to:\n\n- introduce themselves to the family;\n- learn which members of the household are in the country lawfully.',
      },
      {
        text: 'A field interview card, on which the officer writes the subject’s name and immigration status, is to be completed for every stop.',
      },
      {
        text: 'The verification of immigration status by officers is required for every person booked on a felony charge.',
        output: 'is not required',
      },
      { text: 'Screening of every arrestee for citizenship is the practice of this agency.' },
      {
        text: 'Q: Do officers ask about immigration status? A: Yes, officers ask every person they detain whether he or she is a citizen.',
      },
      {
        text: 'Officers are to determine, before releasing any passenger who cannot show identification, whether that passenger is present in the United States lawfully.',
      },
      {
        text: 'Dispatchers will ask callers whether they are in the country legally.',
        output: 'Dispatchers will not ask callers whether they are in the country legally.',
      },
      {
        text: 'Members are authorized to:\n\n1. verify the immigration status of a driver;\n2. call a tow truck.',
        output: 'Members shall not verify the immigration status of a driver;',
      },
      {
        text: 'Officers shall not ask about immigration status unless it is relevant to the call.',
        output: 'Officers shall not ask about immigration status.',
      },
      {
        text: 'The jail records the citizenship of every arrestee.',
        output: 'The jail does not record the citizenship of every arrestee.',
      },
      { text: 'When you call, the officer will check your immigration status.', kind: 'outreach' },
      { text: 'Investigators shall not ask where a witness was born, except when it is relevant.' },
      {
        text: 'Traffic units may:\n\n- find out whether a passenger was born in another country;\n- issue warnings.',
        output: 'Traffic units shall not find out whether a passenger was born in another country;',
      },
      {
        text: 'Booking staff shall run an immigration status check on every arrestee.',
        output: 'Booking staff shall not run an immigration status check',
      },
      { text: 'Officers can look into the immigration history of any witness.' },
      { text: 'Immigration status shall be recorded on every arrest report.', output: 'Immigration status shall not be recorded' },
      { text: 'Be ready to tell the officer your immigration status.', kind: 'outreach' },
      { text: 'Deputies may, at their discretion, ask whether passengers are legally in the United States.' },
      {
        text: 'Except when the officer deems it necessary, members shall not ask about citizenship.',
        output: 'Members shall not ask about citizenship.',
      },
      {
        text: 'Officers shall not, unless they deem it necessary, ask about citizenship.',
        output: 'Officers shall not ask about citizenship.',
      },
      { text: 'Officers must ascertain whether any suspect is a foreign national before booking.' },
      { text: 'It is not prohibited for deputies to ask about a passenger’s citizenship.' },
      { text: 'Field interview cards shall note whether the subject is a lawful permanent resident.' },
      { text: 'Officers may ask whether the driver has a visa.' },
      { text: 'Investigators may run the name of any witness through ICE’s Law Enforcement Support Center.' },
      { text: 'Each field contact card shall list the person’s place of birth and citizenship.' },
      { text: 'The deputy will verify whether the complainant entered the United States legally.' },
      { text: 'Officers may ask the victim how long she has been in the country.' },
      { text: 'Officers shall ask each driver: are you a citizen?' },
      { text: 'Jail intake forms require the inmate’s citizenship to be filled in.' },
      { text: 'Detectives can ask victims where they are from and how they got here.' },
      { text: 'Supervisors will review each report to make sure the person’s citizenship was recorded.' },
      { text: 'Detectives should find out the immigration situation of every witness.' },
      { text: 'The police officer can ask you about your country and your papers.', kind: 'outreach' },
      { text: 'Patrol officers should find out whether a stopped motorist is a green card holder.' },
      { text: 'Field interview cards shall note whether the subject is a DACA recipient or has TPS.' },
      { text: 'Investigators will establish whether each victim is an asylum seeker or a refugee.' },
      { text: "Officers may probe a suspect's right to remain in the United States." },
      { text: "Detectives should look into the witness's migration history before the interview." },
      { text: "The report must state the suspect's immigration classification." },
      { text: 'Deputies shall run every arrestee through the SAVE system.' },
      { text: 'Booking staff will send an Immigration Alien Query for every foreign-born arrestee.' },
      { text: 'The officer can ask the people at the scene if they have their papers in order.' },
      { text: 'Officers may ask the driver if he is legal.' },
      { text: 'Ask the victim whether she is here on a visa.' },
      { text: 'Deputies shall ask passengers whether they are documented.' },
      { text: "Officers can ask about the person's papeles." },
      { text: 'Officers will ask whether you are here with papers.' },
      { text: 'The deputy shall look up every passenger in the ICE system.' },
      { text: 'Ask whether they are legal residents.' },
      { text: 'Officers may ask where a person crossed the border.' },
      { text: 'Ask when she came to this country.' },
      { text: "Intake officers will enter each arrestee's country of citizenship into the jail system." },
      { text: "Interviewers should ask, 'What happened, where did it happen, and did you come to this country legally?'" },
      {
        text: 'Q: Will the officer ask whether I have papers? A: The officer may ask that question when it seems useful.',
        kind: 'outreach',
      },
      { text: 'Officers may ask a driver one question. Is the driver here legally?' },
      { text: 'Are you a citizen? Deputies shall ask that question of every passenger.' },
      { text: "Officers may inquire into a caller's legal situation." },
      { text: "The youth services officer shall make inquiries regarding the juvenile's residency status." },
      { text: 'Detectives should clarify whether a witness holds a valid visa.' },
      { text: 'Advocates will ask victims if they have been in the country for more than a year and under what visa.' },
      { text: 'Officers are encouraged to determine, through conversation, whether the person is a U.S. national.' },
      { text: 'The gang database entry form has a required box for place of birth and immigration status.' },
      { text: 'The booking sheet includes a field for citizenship.' },
      { text: "A resident's immigration status is a legitimate topic for officers to raise during a knock-and-talk." },
      { text: 'The advocate will find out from the victim whether she has legal permission to live here.' },
      { text: 'Officers should confirm with each worker that he is authorized to work in the United States.' },
      { text: 'Officers do not need a reason to ask about status.' },
      { text: "Deputies don't need any suspicion to check whether a passenger is a citizen." },
    ],
  },
});

/**
 * Rules whose reading of the same words wins: extending a stop to check status is civil detention,
 * screening for removability under 287(g) an enforcement role, asking for papers a document demand.
 */
const PRECEDENT = [findDetainer, findEnforcementRole, findProfiling, findCivilDetention, findDocumentDemand, findNotification];

/** An inquiry verb whose object (within the clause) is a person's immigration or citizenship status. */
function findInquiry(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const context = hasImmigrationContext(words, 0, words.length);
  // An opening condition ("If an officer asks about your status, you may complain") directs nothing.
  const inCondition = (index: number): boolean => clause.opening !== undefined && index >= clause.opening.from && index < clause.opening.to;
  const outsideExceptions = (found: Found): boolean =>
    !clause.exceptions.some((exception) => found.start >= exception.from && found.start < exception.to);
  for (let verb = clause.from; verb < clause.to; verb++) {
    if (insideException(clause, verb) || inCondition(verb) || inName(words, verb)) continue;
    // "The verification of immigration status by officers is required": the inquiry named as the subject of a requirement.
    if (INQUIRY_NOUNS.test(words[verb]!.lower) || NOMINAL_INQUIRIES.test(words[verb]!.lower)) {
      const predicate = ABOUT.test(words[verb + 1]?.lower ?? '') ? nominalRequirement(clause, verb) : -1;
      const topic = predicate === -1 ? undefined : findStatusTopic(words, verb + 2, Math.min(predicate, verb + 10), context);
      if (topic && !isDisclaimed(words, verb + 1, topic.start) && outsideExceptions(topic))
        return { verb: predicate, base: 'verify', start: verb, end: topic.end };
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
    const base = INQUIRY_VERBS.get(word);
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
    if (base) {
      const particle = NEEDS_PARTICLE[base];
      if (particle && !particle.test(words[verb + 1]?.lower ?? '')) continue;
      // The topic is the verb's object: look a short way ahead, stopping at the next clause or exception;
      // in the passive ("Status shall be recorded") the object is the subject.
      let topic = findStatusTopic(words, objectFrom, limit, context);
      const object = topic ? undefined : passiveObject(clause, verb);
      if (object) topic = statusItself(findStatusTopic(words, object.from, object.to, context), words);
      // "require the inmate's citizenship to be filled in": the object stands before "to be".
      if (!topic && words[verb - 1]?.lower === 'be' && words[verb - 2]?.lower === 'to')
        topic = statusItself(findStatusTopic(words, Math.max(clause.from, verb - 7), verb - 2, context), words);
      // "ask for help, no matter your immigration status" mentions status only to set it aside.
      if (topic && !isDisclaimed(words, Math.min(verb + 1, topic.start), topic.start) && outsideExceptions(topic)) {
        return { verb, base, start: Math.min(verb, topic.start), end: Math.max(verb + 1, topic.end) };
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
      const check = statusCheck(words, verb + 1, Math.min(clause.to, verb + 10));
      // A bare "status check" is about immigration only in a sentence about immigration.
      if (
        check &&
        outsideExceptions(check) &&
        (context || words[check.start]!.lower !== 'status') &&
        !isDisclaimed(words, verb + 1, check.start)
      ) {
        return { verb, base: light, start: verb, end: check.end };
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

const TOPIC_NOUNS = /^(?:topic|topics|subject|subjects|question|questions|matter|area|line)$/;
const RAISING =
  /^(?:raise|ask|discuss|explore|probe|pursue|address|cover|bring|inquire|question|resolve|answer|settle|determine|establish|clarify)$/;
const HAVING = /^(?:has|have|had|contains?|includes?|features?|adds?|carries|carry)$/;
const FIELDS = /^(?:box|boxes|fields?|lines?|spaces?|blanks?|columns?|sections?|entry|entries|checkbox|checkboxes|question)$/;
const INQUIRY_NOUNS = /^(?:inquiry|inquiries|enquiry|enquiries|questions?|queries|query|checks?|determinations?|assessments?|findings?)$/;
const NOMINAL_INQUIRIES =
  /^(?:verification|verifications|confirmation|screening|questioning|recording|documentation|investigation|ascertainment|establishment)$/;
const ABOUT = /^(?:about|regarding|concerning|into|as|on|of|respecting)$/;
const ASKING = new Set(['ask', 'inquire', 'enquire', 'question', 'probe']);
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
  const before = /[^.?!]*\?["”'’]?\s*$/.exec(text.slice(0, sentence.start).replace(/^.*(?:^|[.!])\s/s, ''));
  const after = /^\s*["“'‘]?[^.?!]*\?/.exec(text.slice(sentence.end));
  return [before?.[0], after?.[0]].some((question) => {
    if (!question) return false;
    const tokens = wordsOf(question);
    return findStatusTopic(tokens, 0, tokens.length, hasImmigrationContext(tokens, 0, tokens.length)) !== undefined;
  });
}

/** Plain word tokens of a short text, for reading a neighbouring sentence. */
function wordsOf(text: string): Clause['sentence']['words'] {
  return [...text.matchAll(/[\w’'.-]*\w/g)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase().replace(/[’‘]/g, "'"),
    start: match.index,
    end: match.index + match[0].length,
  }));
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
function statusItself(topic: Found | undefined, words: Clause['sentence']['words']): Found | undefined {
  if (!topic) return undefined;
  for (let i = topic.start; i < topic.end; i++) if (STATUS_ITSELF.test(words[i]!.lower)) return topic;
  return undefined;
}
