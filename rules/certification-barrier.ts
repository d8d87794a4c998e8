import { affirmsAt, conditionOpeningEnd, inSubjectModifier, subjectText, type Clause } from '../core/analysis/clause.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule, type Edit } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { spanText, type SpanText } from './lib/span-text.ts';
import { clauseForVerb } from './lib/verb-clause.ts';
import { conceptPattern } from './lib/lexicon.ts';
import { phrase } from './lib/words.ts';

// A sentence about U visa certification or T visa declarations (not firearms or interpreter certification).
const TOPIC_WORDS = /certif|visa|supplement|i-91[48]|declaration/;
const CONTEXT = new RegExp(
  `\\b(?:(?<!${conceptPattern('certification-other-senses')} )certifications?(?! of (?:training|completion))|` +
    String.raw`[ut][- ]?visas?|supplement b|i-91[48]\w*|certifying (?:official|officer|agency|authority)|certif\w* (?:[^ ]+ ){0,8}(?:victims?|requests?|applicants?|petitioners?|survivors?|packages?|packets?)|(?:victims?|requests?|applicants?|survivors?|petitioners?) (?:[^ ]+ ){0,8}(?:certif\w*|declarations?)|law enforcement (?:certification|declaration)s?|sign(?:s|ed|ing)? (?:off on )?(?:a |the |any |each )?declarations?)\b`,
);

// What certification may not be made to depend on.
const REQUIREMENT = new RegExp(`\\b${conceptPattern('certification-requirement')}\\b`, 'g');
// The conditioning itself: "only after", "unless", "requires", "must first", "contingent on"…
const CONDITION = new RegExp(`\\b${conceptPattern('certification-conditions')}\\b`, 'g');
// Words that neutralise a condition: "whether or not charges are filed", "even if no one is arrested".
const NEUTRAL =
  /\b(?:regardless|no matter|whether or not|irrespective|even (?:if|when|though|after|before|without)|at any (?:time|stage)|including)\b/;
// People whose refusals are not the department's: "the prosecutor declines to file charges".
const OTHER_DECIDERS = new RegExp(`\\b${conceptPattern('other-deciders')}\\b`);
// Refusals: a refusing verb, or a negated certifying act.
const DENIAL = new RegExp(
  String.raw`\b(?:no (?:[ut][- ]visa )?(?:certifications?|declarations?|requests?|supplement b) (?:will|shall|may|can|is|are) (?:be )?(?:signed|certified|completed|processed|accepted|issued|executed|approved|granted|considered)|no (?:victim|applicant|requester|person|one) (?:will|shall|may|can) (?:receive|obtain|get|be given|be issued) (?:a |an |the )?(?:[ut][- ]visa )?(?:certifications?|declarations?|supplement b)|(?:requests?|certifications?|declarations?|applications?|petitions?) (?:are|is|will be|shall be|may be|get|gets) (?:closed|withdrawn|terminated|cancell?ed|discontinued|dismissed)|` +
    conceptPattern('refusal') +
    String.raw`|not (?:be )?eligible|(?:not|never|won't|wo n't|can't|ca n't) (?:be )?(?:processed|signed|certified|completed|considered|accepted|reviewed|issued|executed|endorsed)|(?:not|never|won't|wo n't|can't|ca n't) (?:sign|certify|complete|process|accept|consider|review|issue|execute|endorse)s?|no (?:legal )?(?:duty|requirement|obligation) (?:(?:for|on) (?:[^ ]+ ){1,6})?to (?:certify|sign|complete))\b`,
  'g',
);
// What USCIS grants or denies, and the department's own papers, as the subject of a passive denial.
const BENEFIT_DENIED = /\b(?:visas?|petitions?|status|residency|green cards?)\b/;
const CERTIFYING_PAPERS = /\b(?:certifications?|declarations?|requests?|supplement|forms?)\b/;
// Lawful grounds to decline (no qualifying crime, the victim refused to help, fraud): not a barrier.
const LAWFUL_GROUNDS = new RegExp(`\\b${conceptPattern('lawful-grounds-to-decline')}\\b`);
const TIME_LIMIT =
  /\b(?:older than|more than \w+ (?:days?|weeks?|months?|years?)|(?:after|beyond|past) (?:[^ ]+ ){1,2}(?:days?|weeks?|months?|years?|time ?frames?|(?:time )?periods?|time limits?)|late|expired|statute of limitations)\b/g;
// Any qualifier after a refusal narrows it; a refusal with none is blanket.
const QUALIFIER = /\b(?:if|when|unless|where|because|who|whose|that|which|while|since|outside|without|after|before|until|due)\b/;
// Victim-side deadlines: "requests must be submitted within 60 days of the crime".
const VICTIM_DEADLINE =
  /\b(?:submit\w*|file[sd]?|filing|appl(?:y|ies|ied)|seek|sought|made|make|present\w*|received|(?:must|shall|should|to) (?:request|ask)|requested) (?:[^ ]+ ){0,6}(?:within|no later than|not later than|by) (?:[^ ]+ ){0,1}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety) (?:calendar |business )?(?:days?|weeks?|months?|years?)\b/g;
// A deadline on the department's own decision is the model, not a barrier.
const DEPARTMENT_ACTS = new RegExp(`\\b${conceptPattern('department-decisions')}\\b`);
// Checking the victim's status, or passing it on, before certifying: "share the victim's information with ICE".
const IMMIGRATION_CHECK = new RegExp(`\\b${conceptPattern('status-checking')} (?:[^ ]+ ){0,6}${conceptPattern('status-keepers')}\\b`, 'g');
const GRANTS = new RegExp(`\\b${conceptPattern('granting')} (?:[^ ]+ ){0,4}${conceptPattern('immigration-benefit')}\\b`, 'g');
const AGENTS = new RegExp(`\\b${conceptPattern('department-actors')}\\b`, 'i');

type Barrier = 'condition' | 'refusal' | 'deadline' | 'immigration-check' | 'grants-status';

const REASONS: Record<Barrier, string> = {
  condition:
    'Certification may not be made to depend on an arrest, charges, prosecution, conviction, testimony, an open case, or the victim’s status or record; helpfulness that has been, is being or is likely to be given is enough.',
  refusal: 'A refusal to certify on these grounds, or across the board, turns victims away from a protection the law gives them.',
  deadline: 'Victims have no deadline to request certification; a deadline the department invents keeps eligible victims out.',
  'immigration-check':
    'Checking a victim’s status with immigration authorities before certifying exposes the victim the certification is meant to protect.',
  'grants-status': 'A certification does not itself grant immigration status; U.S. Citizenship and Immigration Services decides the case.',
};

const MODEL =
  'The Chief designates a certifying official, who shall decide every U visa certification and T visa declaration request within 90 days of receiving it, or within 14 days when the victim is in removal proceedings. Certification does not require an arrest, charge, prosecution or conviction, and a victim who has been, is being or is likely to be helpful may be certified at any time, even after the case is closed. A certification does not itself grant immigration status.';

export default defineRule({
  meta: {
    id: 'certification-barrier',
    category: 'certification-barrier',
    severity: 'error',
    description:
      'U visa certification or T visa declaration made to depend on an arrest, charges, conviction, testimony, an open case, status or record; invented deadlines; blanket refusals; immigration checks; “certification grants status”.',
    messages: REASONS,
    url: 'rules/docs/certification-barrier.md',
    coversItems: true,
    citations: [citations.uVisa, citations.tVisa, citations.certificationStatutes, citations.iacp, citations.niwap],
  },
  docs: {
    rationale:
      'U and T visas exist so that victims of serious crimes can help investigators without fear of removal. Federal rules require only that the victim has been, is being or is likely to be helpful; they require no arrest, charge or conviction, and several states set a 90-day decision deadline. Every barrier a policy adds costs the department a cooperating victim.',
    compliant: [
      'Certification does not depend on whether anyone is arrested, charged or convicted.',
      'The certifying official shall decide each request within 90 days.',
      'Victims may request certification at any time, including after the case is closed.',
      'A certification does not itself grant immigration status.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    const { sentence } = context;
    const words = sentence.words;
    const lead = context.clauses[0]?.frame?.sentence;
    if (!aboutCertification(words, lead) && !(context.section.some(isCertificationHeading) && CERTIFICATION_PROCESS.test(sentence.text)))
      return;
    for (const clause of context.clauses) {
      const found = findBarrier(clause, words);
      if (!found) continue;
      context.report({
        start: words[found.from]!.start,
        end: words[found.to - 1]!.end,
        messageId: found.barrier,
        note: MODEL,
        suggestions: [modelEdit(clause, found.barrier)],
      });
      return;
    }
  },
  examples: {
    flagged: [
      {
        text: "Before signing a U visa certification, the certifying official shall share the victim's information with ICE.",
        output:
          'Before signing a U visa certification, the certifying official shall not contact immigration authorities about a victim or check the victim’s immigration status to decide a U visa certification request.',
      },
      {
        text: 'Certification requests from victims with pending removal cases will be set aside until the immigration case is resolved.',
        output:
          'The certifying official shall not condition a U visa certification on an arrest, charge, prosecution, conviction or testimony, on whether the case is open, closed or solved, or on the victim’s immigration status or criminal history.',
      },
      {
        text: 'The certifying official signs Supplement B only after any deportation hearing has ended.',
        output:
          'The certifying official shall not condition a U visa certification on an arrest, charge, prosecution, conviction or testimony, on whether the case is open, closed or solved, or on the victim’s immigration status or criminal history.',
      },
    ],
    accepted: [
      { text: 'A U visa certification request shall be signed even if the victim has prior immigration violations.' },
      { text: 'Certification does not depend on whether a suspect is arrested, charged or convicted.' },
      { text: 'U visa certification requests may be withdrawn by the victim at any time.' },
    ],
  },
});

/** The sentence, or the lead-in of its list, is about U visa certification or T visa declarations. */
function aboutCertification(words: readonly Token[], lead: { words: readonly Token[] } | undefined): boolean {
  if (![...words, ...(lead?.words ?? [])].some((word) => TOPIC_WORDS.test(word.lower))) return false;
  return CONTEXT.test(phrase(words, 0, words.length) + (lead ? ` ${phrase(lead.words, 0, lead.words.length)}` : ''));
}

// Under such a heading, a sentence about the request itself ("the applicant must…", "the case must…"); "Anyone can
// report a crime, no matter their status" is not about certification, whatever its section.
const CERTIFICATION_PROCESS =
  /\b(?:applicants?|applications?|requests?|requesters?|petitioners?|petitions?|victims?|cases?|forms?|certif\w*|declarations?|supplement|packets?|packages?|criteria|eligib\w*|qualif\w*)\b/i;
// A heading such as "U Visa Certification Requests" makes every sentence under it about certification.
function isCertificationHeading(heading: string): boolean {
  const lower = heading.toLowerCase();
  return TOPIC_WORDS.test(lower) && CONTEXT.test(lower);
}

interface FoundBarrier {
  barrier: Barrier;
  from: number;
  to: number;
}

function findBarrier(clause: Clause, words: readonly Token[]): FoundBarrier | undefined {
  const text = spanText(words, clause.from, clause.to);
  return (
    findGrant(clause, text) ??
    findRefusal(clause, words, text) ??
    findCondition(clause, words, text) ??
    findDeadline(clause, text) ??
    findCheck(clause, text)
  );
}

/** "…only after the defendant is convicted", "requires that the case remain open". */
// A lead-in that makes its items the only grounds: "We will only certify in the following circumstances:".
const ONLY_LEAD_IN =
  /\bonly\b.*\b(?:following|these|listed|below)\b.*\b(?:circumstances|conditions|cases|situations|criteria)\b|\bonly (?:if|when|where)\b/;
// A lead-in whose items are what a request needs: "Requests will not be reviewed unless accompanied by:", "must include:".
const CONDITIONAL_LEAD_IN =
  /\b(?:unless|provided that|(?:must|shall|will need to|needs? to) (?:first )?(?:include|contain|provide|attach|submit|be accompanied by)|requires?|required)\b[^,;]*$/;
// Helpfulness required in the present tense alone ("is cooperating with law enforcement"), leaving out past and likely help.
const PRESENT_HELP = /\b(?:is|are) (?:currently |still )?(?:cooperating|helping|assisting)\b/g;
// The statute's full form: help given in the past or likely ("has been helpful", "is likely to be helpful"); "was the
// victim of a qualifying crime" beside it says nothing of help.
const FULL_HELP = /\b(?:has been|have been|was|were|likely to be|will be) (?:\S+ ){0,2}(?:helpful|cooperat\w*|assist\w*|help\w*)/;
const ELIGIBILITY = /\b(?:eligib\w*|requirements?|criteria|must|only|qualif(?:y|ies))\b/;
// A promise of help with a prosecution still to come ("…and will cooperate in any later prosecution"): a prosecution required.
const PROSECUTION_PROMISE =
  /\bwill (?:continue to )?(?:cooperate|help|assist|testify|participate)\b(?: [^ ]+){0,3} (?:prosecut\w*|trials?|court proceedings)\b/g;

// How far after the condition the requirement may come ("to determine if the applicant was a victim in a case that
// was being prosecuted by this office"); a clause that turns on ", and" or ", but" ends the reach sooner.
const REQUIREMENT_REACH = 16;
const FEDERAL_ADJUDICATOR = /^(?:\S+ )?(?:the )?(?:uscis|(?:u\.s\. )?citizenship and immigration services|immigration judges?)\b/;

const ROUTED =
  /\b(?:submitted|sent|directed|referred|forwarded|routed|addressed) to (?:the |a |an )?(?:\S+ ){0,2}(?:prosecut\w*|district attorney\S*|attorney\S*|courts?|agency|office)\b/;
// "the prosecuting attorney", "the prosecution unit": an office's name, not a prosecution required.
const DECIDER_NAME = /^prosecut\w* (?:attorney|attorneys|attorney's|office|offices|agency|agencies|unit|division)\b/;
const ALTERNATIVE_DUTY = /^,? ?in which (?:case )?(?:\S+ ){0,4}(?:will|shall|must|is to|are to)\b/;

const GENERAL_RULE =
  /^(?:(?:but|and|however|yet) )?(?:law enforcement |police |local |certifying )*(?:agencies|departments|officials|certifiers) (?:have|are|do)\b|\bwho (?:are|were) not (?:also )?(?:\S+ )?victims?\b/;

function findCondition(clause: Clause, words: readonly Token[], text: SpanText): FoundBarrier | undefined {
  const requirements = text.matches(REQUIREMENT);
  const lead = clause.frame;
  if (lead && !clause.modal && requirements[0]) {
    const leadText = phrase(lead.sentence.words, lead.from, lead.to);
    if ((ONLY_LEAD_IN.test(leadText) && affirmsAt(lead, lead.from)) || CONDITIONAL_LEAD_IN.test(leadText))
      return { barrier: 'condition', from: requirements[0].from, to: requirements[0].to };
  }
  const present = text.first(PRESENT_HELP);
  // "informs USCIS about how the person is assisting" describes the help; it does not require it.
  const described = present && /\bhow\b/.test(phrase(words, Math.max(clause.from, present.from - 4), present.from));
  // The eligibility may be named earlier in the sentence: "meets the requirements (…; is cooperating with law enforcement)".
  if (present && !described && !FULL_HELP.test(phrase(words, 0, words.length)) && ELIGIBILITY.test(phrase(words, 0, present.from)))
    return { barrier: 'condition', from: present.from, to: present.to };
  const promise = text.first(PROSECUTION_PROMISE);
  // The requirement may sit in an earlier clause of the sentence: "must agree that the victim has helped and will help…".
  if (promise && ELIGIBILITY.test(phrase(words, 0, promise.from)) && affirmsAt(clause, promise.from))
    return { barrier: 'condition', from: promise.from, to: promise.to };
  // "USCIS … determines whether status should be granted": the federal adjudicator's own decision, not a barrier.
  if (FEDERAL_ADJUDICATOR.test(phrase(words, clause.from, Math.min(clause.to, clause.from + 6)))) return undefined;
  // "If charges were filed, the request needs to be submitted to the prosecuting attorney's office": the condition
  // says who certifies, not whether.
  if (ROUTED.test(text.text) && !/\bonly\b/.test(text.text)) return undefined;
  for (const condition of text.matches(CONDITION)) {
    const requirement = requirements.find(
      (match) =>
        match.from >= condition.from &&
        match.from - condition.to < REQUIREMENT_REACH &&
        !DECIDER_NAME.test(phrase(words, match.from, Math.min(clause.to, match.to + 1))) &&
        // "the sergeant in charge of the unit": the idiom, not a criminal charge.
        !(words[match.from - 1]?.lower === 'in' && words[match.from]!.lower === 'charge') &&
        // "helpful in the investigation or prosecution": the statute's alternative, not a prosecution required.
        !/\b(?:detection|investigation) or$/.test(phrase(words, Math.max(clause.from, match.from - 3), match.from)),
    );
    if (!requirement) continue;
    // "…unless the victim is in removal proceedings, in which case the certification is signed within 14 days": the
    // exception brings its own, stricter duty.
    if (ALTERNATIVE_DUTY.test(phrase(words, requirement.to, Math.min(clause.to, requirement.to + 10)))) continue;
    // "…only after the victim has been helpful, and no charges are required": the requirement opens a clause of its own.
    const block = clause.sentence.block.text;
    if (/,\s*(?:and|but)\s/.test(block.slice(words[condition.to - 1]!.end, words[requirement.from]!.start))) continue;
    if (NEUTRAL.test(phrase(words, clause.from, requirement.from))) continue;
    // "may certify in cases where no charges were filed": the condition names what is absent, which allows more.
    if (/^(?:no|not|never|without)$/.test(words[requirement.from - 1]?.lower ?? '') && !/^only\b/.test(condition.text)) continue;
    // "only victims with no prior arrests": a negation inside an "only" restriction is what is required.
    const negation = governingNegation(words, clause.from, requirement.from);
    if (negation !== -1 && !(/^only\b/.test(condition.text) && negation >= condition.from)) continue;
    const own = clauseForVerb(clause, condition.from);
    if (!affirmsAt(own, condition.from)) continue;
    return { barrier: 'condition', from: condition.from, to: requirement.to };
  }
  return undefined;
}

/** "…will not be considered", "shall be refused if…", "does not sign U visa certifications". */
function findRefusal(clause: Clause, words: readonly Token[], text: SpanText): FoundBarrier | undefined {
  // "Law enforcement agencies have no obligation to certify", "Witnesses who are not also victims are not eligible":
  // what the federal rule says of every agency, or of people it does not cover.
  if (GENERAL_RULE.test(text.text)) return undefined;
  const openingEnd = clause.opening?.to ?? conditionOpeningEnd(clause, clause.from, clause.to);
  for (const denial of text.matches(DENIAL)) {
    // "not sign", and "refuse to sign", whose refusing verb clause analysis reads as the clause's negation.
    const negationBased = /^(?:not|never|no)\b/.test(denial.text) || clause.negations.includes(denial.from);
    // A negation in the opening condition ("If the victim has not testified, the request will be denied") is the
    // condition's, not the denial's.
    if (governingNegation(words, openingEnd !== undefined && openingEnd <= denial.from ? openingEnd : clause.from, denial.from) !== -1)
      continue;
    // "Any member who refuses to process a request … shall be referred for retraining": the refusal names whom the
    // rule is about. "If a request is denied, the official shall explain why": a denial as the condition of a duty.
    if (inSubjectModifier(clause, denial.from)) continue;
    if (openingEnd !== undefined && denial.from < openingEnd) continue;
    // "…even when the prosecutor declines": a concession, or a refusal by someone other than the department.
    const lead = spanText(words, Math.max(clause.from, denial.from - 4), denial.from).text;
    const active = !negationBased && !/\b(?:be|is|are|was|were|been)$/.test(lead);
    if (NEUTRAL.test(lead) || (active && OTHER_DECIDERS.test(lead))) continue;
    // "Please do not fill in any part of Supplement B": a request to the reader, not the department refusing.
    if (/\bplease\b/.test(lead)) continue;
    // "Without certification, the visa will be denied": the benefit itself, which USCIS decides, not the
    // department's certification.
    if (!active && BENEFIT_DENIED.test(lead) && !CERTIFYING_PAPERS.test(lead)) continue;
    // "requests received, granted, and denied", "return signed, rejected, or denied requests", "the signed certification
    // or a denial should be sent": the outcomes of a decision listed side by side are counted or routed, not decided.
    const before = spanText(words, Math.max(clause.from, denial.from - 8), denial.from).text;
    const around = spanText(words, Math.max(clause.from, denial.from - 3), Math.min(clause.to, denial.to + 3)).text;
    if (
      /\b(?:granted|approved|accepted|signed|certified|grant|approve|accept|sign|certify)\b/.test(before) &&
      (/\b(?:and|or)(?: an?| the)?$/.test(before) || /\b(?:and|or)\b/.test(around))
    )
      continue;
    // "requests may be withdrawn by the victim": the closing is someone else's act.
    if (
      /^by (?:the |a )?\S+/.test(phrase(words, denial.to, Math.min(clause.to, denial.to + 3))) &&
      OTHER_DECIDERS.test(phrase(words, denial.to, Math.min(clause.to, denial.to + 3)))
    )
      continue;
    if (!negationBased) {
      // A refusing verb in a list item under "shall not:" is forbidden like any other verb.
      const own = clauseForVerb(clause, denial.from);
      if (!affirmsAt(own, denial.from)) continue;
    } else if (clause.frame && !clause.modal && clause.frame.negated) continue;
    if (LAWFUL_GROUNDS.test(text.text)) continue;
    const reason = text.matches(REQUIREMENT).find((match) => match.to <= denial.from || match.from >= denial.to) ?? text.first(TIME_LIMIT);
    const after = phrase(words, denial.to, clause.to);
    if (!reason && QUALIFIER.test(after)) continue;
    const from = reason ? Math.min(reason.from, denial.from) : denial.from;
    const to = reason ? Math.max(reason.to, denial.to) : clause.to;
    return { barrier: 'refusal', from, to };
  }
  return undefined;
}

function findDeadline(clause: Clause, text: SpanText): FoundBarrier | undefined {
  const deadline = text.first(VICTIM_DEADLINE);
  if (deadline && DEPARTMENT_ACTS.test(text.text)) return undefined;
  if (!deadline || !affirmsAt(clauseForVerb(clause, deadline.from), deadline.from)) return undefined;
  return { barrier: 'deadline', from: deadline.from, to: deadline.to };
}

// What the certification itself tells USCIS: that a qualifying crime occurred and how the victim helps.
const CERTIFIED_FACTS = new RegExp(`\\b${conceptPattern('certified-facts')}\\b`);

function findCheck(clause: Clause, text: SpanText): FoundBarrier | undefined {
  const check = text.matches(IMMIGRATION_CHECK).find(
    // "the form confirms to USCIS that the victim was helpful", "informs USCIS how the person is assisting": the
    // certification reaching the body that decides the visa, not a check of the victim's status.
    (match) =>
      !(/\buscis\b/.test(match.text) && !/\bstatus\b/.test(match.text) && CERTIFIED_FACTS.test(text.text)) &&
      // "ask for help, no matter their immigration status": the status named only to set it aside.
      !NEUTRAL.test(match.text),
  );
  if (!check || !affirmsAt(clauseForVerb(clause, check.from), check.from)) return undefined;
  return { barrier: 'immigration-check', from: check.from, to: check.to };
}

function findGrant(clause: Clause, text: SpanText): FoundBarrier | undefined {
  const grant = text.first(GRANTS);
  if (!grant || /\b(?:apply|applies|applying|petition|seek|request)\b/.test(grant.text)) return undefined;
  const words = clause.sentence.words;
  // "help trafficking victims to obtain a T visa": help with the application, not a certification said to confer it.
  if (/\b(?:help|helps|helping|assist|assists|assisting)\b/.test(phrase(words, Math.max(clause.from, grant.from - 5), grant.from)))
    return undefined;
  if (governingNegation(words, clause.from, grant.from + 1) !== -1) return undefined;
  if (!/certif|declaration|supplement/.test(phrase(words, clause.from, grant.from))) return undefined;
  return { barrier: 'grants-status', from: grant.from, to: grant.to };
}

/**
 * The last negation in [from, index) that governs the main clause: negations inside a relative clause
 * ("victims whose abusers were never charged") do not count.
 */
function governingNegation(words: readonly Token[], from: number, index: number): number {
  let found = -1;
  for (let i = from; i < index; i++) {
    const word = words[i]!.lower;
    if (/^(?:who|whom|whose|which|if|when|where|because|unless|until)$/.test(word) && i > from) break;
    if (/^(?:not|never|no|neither|nor|cannot)$|n't$/.test(word)) found = i;
  }
  return found;
}

/** The model sentence for a barrier, keeping the sentence's subject when it names who acts. */
function modelEdit(clause: Clause, barrier: Barrier): Edit {
  const subject = subjectText(clause);
  const agent =
    subject && AGENTS.test(subject) && !/^no\b/i.test(subject)
      ? subject.charAt(0).toUpperCase() + subject.slice(1)
      : 'The certifying official';
  const sentence = clause.sentence;
  const form =
    /\bt[- ]?visa|declaration/i.test(sentence.text) && !/\bu[- ]?visa/i.test(sentence.text) ? 'T visa declaration' : 'U visa certification';
  const text: Record<Barrier, string> = {
    condition: `${agent} shall not condition a ${form} on an arrest, charge, prosecution, conviction or testimony, on whether the case is open, closed or solved, or on the victim’s immigration status or criminal history.`,
    refusal: `${agent} shall consider every ${form} request on its merits and decide it within 90 days, or within 14 days when the victim is in removal proceedings.`,
    deadline: `Victims may request a ${form} at any time, including after the case is closed.`,
    'immigration-check': `${agent} shall not contact immigration authorities about a victim or check the victim’s immigration status to decide a ${form} request.`,
    'grants-status':
      'A certification does not itself grant immigration status; U.S. Citizenship and Immigration Services decides the victim’s application.',
  };
  // A list item ending in a semicolon keeps it.
  const replacement = /;\s*$/.test(sentence.text) ? text[barrier].replace(/\.$/, ';') : text[barrier];
  return { title: 'Replace with model wording', start: sentence.start, end: sentence.end, text: replacement };
}
