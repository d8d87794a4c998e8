import { affirmsAt, inSubjectModifier, type Clause } from '../../core/analysis/clause.ts';
import type { Sentence } from '../../core/analysis/sentences.ts';
import type { AnalysedSentence, DocumentContext } from '../../core/rules/api.ts';
import type { Citation, DocumentKind } from '../../core/types.ts';
import type { DocumentBlock } from '../../core/rules/api.ts';
import { citations } from './citations.ts';
import { spanText, type SpanText } from './span-text.ts';
import { clauseForVerb } from './verb-clause.ts';
import type { Token } from '../../core/analysis/sentences.ts';
import { conceptPhrases, conceptVerbs } from './lexicon.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext } from './topics.ts';
import type { Found } from './words.ts';

/**
 * The provisions a document of each kind should contain (DOMAIN.md's checklists), and how to tell that a
 * sentence states one compliantly. A provision may have parts ("designated official", "deadline"); it is
 * present when every part is stated somewhere in the document.
 */
export interface Provision {
  id: string;
  kinds: readonly DocumentKind[];
  /** Recommended rather than required (reported at info level by recommended-provision). */
  recommended?: boolean;
  /** Message when the provision is missing altogether. */
  missing: string;
  /** Message when only some parts are present; `{{{parts}}}` lists the missing ones. */
  partial?: string;
  parts: readonly Part[];
  heading: string;
  model: string;
  citations: readonly Citation[];
  /** Only for documents that are about the provision's subject (a bulletin about U visas). */
  appliesTo?(sentences: readonly AnalysedSentence[]): boolean;
}

export interface Part {
  id: string;
  /** How the part is named in a partial message. */
  name: string;
}

/** Whether a pattern occurs anywhere in the sentence's paragraph (lower-cased): a topic may be set there. */
type InParagraph = (pattern: RegExp) => boolean;

/** `sentence` is lower-cased. */
type Test = (clause: Clause, text: SpanText, sentence: string, inParagraph: InParagraph) => boolean;

const notInParagraph: InParagraph = () => false;

/**
 * Paragraph-wide tests, answered once per paragraph and pattern: testing a long paragraph again for each of its
 * sentences would make one huge paragraph quadratic.
 */
const paragraphTests = new WeakMap<object, Map<RegExp, boolean>>();

function inParagraphOf(block: { text: string }): InParagraph {
  return (pattern) => {
    let tested = paragraphTests.get(block);
    if (!tested) paragraphTests.set(block, (tested = new Map()));
    let found = tested.get(pattern);
    if (found === undefined) tested.set(pattern, (found = pattern.test(block.text.toLowerCase())));
    return found;
  };
}

/** A pattern matched in a clause where the clause forbids what the match names (for topics not yet in the lexicon). */
function prohibitsPattern(pattern: RegExp, topic: RegExp): Test {
  const global = new RegExp(pattern.source, 'g');
  return (clause, text) => {
    if (!topic.test(text.text)) return false;
    return text.matches(global).some((match) => !affirmsAt(clauseForVerb(clause, match.from), match.from));
  };
}

/** Finds a topic (a concept of the lexicon, read as the rules read it) in a range of a sentence's words. */
export type TopicFinder = (words: readonly Token[], from: number, to: number) => Found | undefined;

/** A clause that forbids an action named by one of the verb concepts, about a topic found in the clause (exported for its test). */
export function prohibits(verbs: readonly ReadonlyMap<string, string>[], ...topics: TopicFinder[]): Test {
  const isVerb = (word: string): boolean => verbs.some((family) => family.has(word));
  return (clause) => {
    const words = clause.sentence.words;
    // Most clauses name none of the verbs: one lookup a word answers them before the topic finders run. The
    // answer is as before (without the verb a clause is false whatever its topic); only the tests' order changed.
    let first = clause.from;
    while (first < clause.to && !isVerb(words[first]!.lower)) first++;
    if (first === clause.to) return false;
    if (!topics.some((topic) => topic(words, clause.from, clause.to))) return false;
    for (let i = first; i < clause.to; i++) {
      if (!isVerb(words[i]!.lower)) continue;
      const own = clauseForVerb(clause, i);
      // "A witness who cannot show a green card may be detained": the subject's own verb states no rule.
      if (!inSubjectModifier(own, i) && !affirmsAt(own, i)) return true;
    }
    return false;
  };
}

/** Status as the status-inquiry rule reads it: a bare "status" counts in a sentence about immigration. */
export const statusTopic: TopicFinder = (words, from, to) =>
  findStatusTopic(words, from, to, hasImmigrationContext(words, 0, words.length));
export const authorityTopic: TopicFinder = (words, from, to) =>
  findAuthority(words, from, to, hasImmigrationContext(words, 0, words.length));

/** A pattern matched in a clause that states it (not negated). */
function states(pattern: RegExp): Test {
  const global = new RegExp(pattern.source, 'g');
  return (clause, text) => text.matches(global).some((match) => affirmsAt(clauseForVerb(clause, match.from), match.from));
}

/** The sentence as a whole says it (statements of principle such as "…is not a crime"). */
function says(pattern: RegExp): Test {
  return (_clause, _text, sentence) => pattern.test(sentence);
}

function any(...tests: Test[]): Test {
  return (clause, text, sentence, inParagraph) => tests.some((test) => test(clause, text, sentence, inParagraph));
}

const TRAITS = /\b(?:appearance|accent|language|english proficiency|lep|national origin|race|ethnicity|colou?r|foreign)\b/g;
const BIAS_ACTS =
  /\b(?:stop\w*|detain\w*|question\w*|suspect\w*|search\w*|arrest\w*|use[sd]?|consider\w*|basis|factor|reason|target\w*|profil\w*)\b/;
const ACCEPT_ID = /\baccept\w* (?:[^ ]+ ){0,3}(?:consular|foreign|matr[ií]cula|reasonable|any (?:valid|reasonable))/;
const ENFORCE =
  /\b(?:enter\w*|participat\w*|assist\w*|join\w*|perform\w*|enforce|enforcing|take part|help\w*|support\w*|provid\w*|agree\w*|act\w*|sign\w*|conduct\w*)\b/;
const ENFORCEMENT_TOPIC =
  /\b(?:287 ?g|287\(g\)|immigration enforcement|enforce (?:federal )?(?:civil )?immigration|immigration (?:raids?|sweeps?|operations?|officers? functions)|functions of an immigration officer)\b/;
const CERT_OFFICIAL = /\b(?:certifying official|designat\w* (?:[^ ]+ ){0,6}certif\w*|certif\w* (?:[^ ]+ ){0,6}designat\w*)\b/;
const CERT_DEADLINE = /\bwithin (?:\d+|[a-z]+) (?:calendar |business )?days\b/;
const CERT_TOPIC = /\b(?:certif\w*|[ut] visas?|supplement b|declarations?)\b/;
const NO_CONVICTION =
  /\b(?:(?:not|no|neither|nor|without) (?:[^ ]+ ){0,6}(?:arrests?|charges?|prosecutions?|convictions?)|(?:regardless|whether or not|irrespective|even if|even when) (?:[^ ]+ ){0,8}(?:arrest\w*|charge\w*|prosecut\w*|convict\w*)|(?:arrests?|charges?|prosecutions?|convictions?) (?:[^ ]+ ){0,4}(?:not|never) (?:required|needed|necessary))\b/;
const INTERPRETERS =
  /\b(?:(?:qualified|certified|professional|trained|competent) (?:interpreters?|translators?)|interpret\w* services?|language (?:line|access services?)|interpreters?)\b/;
const FREE = /\b(?:free|no cost|no charge|without charge|at no|(?:do not|don't|never|not) (?:have to )?pay)\b/;
const TRAINING = /\b(?:train\w*)\b/;
const DISTRIBUTION =
  /\b(?:distribut\w*|disseminat\w*|copy of this (?:order|policy)|acknowledg\w* (?:receipt|reading)|(?:sent|provided|given|issued|reissued) to (?:all|every|each))\b/;
const YEARLY = /\b(?:annual\w*|each year|every year|yearly|once a year)\b/;
const REGARDLESS =
  /\b(?:regardless of|no matter|whatever|irrespective of|whether or not you have)\b.{0,60}\b(?:status|papers|documents|immigration|citizenship|where you (?:are|come) from|where you were born)|\b(?:immigration status|your status|papers) (?:does not|doesn't|do not|don't|will not|won't) matter/;
const CONTACT =
  /\b(?:\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|\d{3}-\d{4}|911|311|www\.\S+|\S+\.(?:gov|org|us)\b|\S+@\S+|visit (?:us|our|the)|(?:call|contact|reach|email|write to|text) (?:us|the department|the police|our|the))\b/i;
const VISA_MENTION = /\b(?:[ut][- ]?visas?|certifications?|special immigration protection|immigration relief)\b/;
const STATES_INTERPRETERS = states(INTERPRETERS);
const STATES_TRAINING = states(TRAINING);
const STATES_DISTRIBUTION = states(DISTRIBUTION);

/** Parts stated with the lexicon's concepts: each test finds its topic first, so it runs on every clause. */
const CONCEPT_PART_TESTS: Record<string, Test> = {
  'status-inquiry': prohibits([conceptVerbs('inquiry')], statusTopic),
  'civil-detention': any(
    prohibits([conceptVerbs('detention')], conceptPhrases('civil-ground')),
    says(/\bunlawful presence (?:alone )?(?:is|by itself is) (?:not a crime|a civil)|\bis a civil (?:matter|violation), not a crime/),
  ),
  'document-demand': any(
    prohibits([conceptVerbs('demand')], conceptPhrases('status-document'), conceptPhrases('proof')),
    states(ACCEPT_ID),
  ),
  detainer: prohibits(
    [conceptVerbs('honor'), conceptVerbs('custody')],
    conceptPhrases('detainer'),
    conceptPhrases('administrative-warrant'),
  ),
  'information-sharing': prohibits([conceptVerbs('passing-information')], authorityTopic),
};
/** Parts still stated by patterns, tested only in sentences that name one of their topics (ANY_TOPIC). */
const PATTERN_PART_TESTS: Record<string, Test> = {
  'bias-free': (clause, text) => {
    const mentions = text.matches(TRAITS);
    const traits = new Set(mentions.map((match) => match.text));
    if (
      traits.size < 2 ||
      ![...traits].some((trait) => /appearance|accent|language|english|lep|foreign/.test(trait)) ||
      !BIAS_ACTS.test(text.text)
    )
      return false;
    return mentions.some((match) => !affirmsAt(clauseForVerb(clause, match.from), match.from));
  },
  'enforcement-role': any(
    prohibitsPattern(ENFORCE, ENFORCEMENT_TOPIC),
    says(/\b(?:civil )?immigration enforcement is (?:a|the) (?:federal|responsibility of the federal)/),
  ),
  'certification-official': (clause, text) => CERT_OFFICIAL.test(text.text) && !clause.negated,
  // The topic may be set by the paragraph: "… U visa certifications … within 90 days. No charge … is required."
  'certification-deadline': (clause, text, _sentence, inParagraph) =>
    CERT_DEADLINE.test(text.text) && !clause.negated && inParagraph(CERT_TOPIC),
  'certification-no-conviction': (_clause, text, _sentence, inParagraph) => NO_CONVICTION.test(text.text) && inParagraph(CERT_TOPIC),
  'language-access': (clause, text) => !clause.negated && STATES_INTERPRETERS(clause, text, '', notInParagraph),
  'free-interpreters': (_clause, text, sentence) => /interpret|translat|language/.test(sentence) && FREE.test(text.text),
  training: (clause, text) =>
    TRAINING.test(text.text) &&
    /\b(?:order|policy|members?|officers?|employees|personnel|deputies)\b/.test(text.text) &&
    STATES_TRAINING(clause, text, '', notInParagraph),
  distribution: (clause, text) =>
    DISTRIBUTION.test(text.text) && YEARLY.test(text.text) && STATES_DISTRIBUTION(clause, text, '', notInParagraph),
  regardless: (clause, text) => REGARDLESS.test(text.text) && !clause.negated,
  contact: (_clause, _text, sentence) => CONTACT.test(sentence),
  'visa-mention': (_clause, text) => VISA_MENTION.test(text.text),
};
const CONCEPT_PARTS = Object.entries(CONCEPT_PART_TESTS);
const PATTERN_PARTS = Object.entries(PATTERN_PART_TESTS);
// Sentences with none of these words state no provision by pattern: skip those tests.
const ANY_TOPIC =
  /immigra|citizen|status|presen|nationality|born|papers|appearance|accent|language|english|lep|origin|race|document|passport|visa|card|detainer|hold|warrant|ice\b|homeland|border|release|287|enforce|certif|interpret|translat|train|distribut|disseminat|copy|regardless|matter|whatever|convict|charge|prosecut|arrest|\d|@|www|visit|call|contact|reach/;

/** Below this many sentences, a document without a heading is treated as a fragment. */
const MIN_SENTENCES = 8;

const memo = new WeakMap<Sentence, ReadonlySet<string>>();

/** The provision parts a sentence states compliantly (memoised per analysed sentence). */
function statedParts(analysed: AnalysedSentence): ReadonlySet<string> {
  const cached = memo.get(analysed.sentence);
  if (cached) return cached;
  const found = new Set<string>();
  const { sentence } = analysed;
  const lower = sentence.text.toLowerCase();
  const inParagraph = inParagraphOf(sentence.block);
  if (sentence.block.kind !== 'heading') {
    const parts = ANY_TOPIC.test(lower) ? [...CONCEPT_PARTS, ...PATTERN_PARTS] : CONCEPT_PARTS;
    for (const clause of analysed.clauses) {
      const text = spanText(sentence.words, clause.from, clause.to);
      for (const [part, test] of parts) if (!found.has(part) && test(clause, text, lower, inParagraph)) found.add(part);
    }
  }
  memo.set(analysed.sentence, found);
  return found;
}

const PART_COUNT = new Set([...CONCEPT_PARTS, ...PATTERN_PARTS].map(([id]) => id)).size;

const statedByDocument = new WeakMap<readonly AnalysedSentence[], ReadonlySet<string>>();

/** The provision parts a document's sentences state: worked out once per lint, which both provision rules read. */
function statedIn(sentences: readonly AnalysedSentence[]): ReadonlySet<string> {
  let stated = statedByDocument.get(sentences);
  if (!stated) {
    const parts = new Set<string>();
    for (const analysed of sentences) {
      const found = statedParts(analysed);
      if (found.size > 0) for (const id of found) parts.add(id);
      // Every part stated: the sentences after it can add none (a long complete order stops early).
      if (parts.size === PART_COUNT) break;
    }
    statedByDocument.set(sentences, (stated = parts));
  }
  return stated;
}

const part = (id: string, name: string): Part => ({ id, name });
const whole = (id: string): Part[] => [part(id, id)];

export const PROVISIONS: readonly Provision[] = [
  {
    id: 'status-inquiry',
    kinds: ['general-order'],
    missing: 'No prohibition on asking about immigration or citizenship status (only status as an element of the crime may be excepted)',
    parts: whole('status-inquiry'),
    heading: 'Immigration status inquiries',
    model:
      'Members shall not ask about, try to determine, or record the immigration or citizenship status of any person, including victims, witnesses, people seeking help and people stopped or arrested. The only exception is where immigration status is an element of a crime under investigation, such as human trafficking or smuggling.',
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct, citations.washington],
  },
  {
    id: 'civil-detention',
    kinds: ['general-order'],
    missing: 'No rule against stops, detention or arrest for civil immigration violations',
    parts: whole('civil-detention'),
    heading: 'Civil immigration violations',
    model:
      'Being present in the country without lawful status is a civil matter, not a crime. Members shall not stop, detain, arrest, hold, prolong a stop or transport any person for a suspected civil immigration violation.',
    citations: [citations.sfGo515, citations.caValuesAct, citations.arizona],
  },
  {
    id: 'bias-free',
    kinds: ['general-order'],
    missing: 'No bias-free policing provision that names appearance, accent, language and limited English proficiency',
    parts: whole('bias-free'),
    heading: 'Bias-free policing',
    model:
      'Members shall not use race, ethnicity, national origin, foreign appearance, accent, the language a person speaks or limited English proficiency, in whole or in part, as a basis for suspicion, a stop, questioning, a search or detention. A specific description of a suspect from a victim or witness may be used.',
    citations: [citations.sfGo515, citations.taskForce],
  },
  {
    id: 'document-demand',
    kinds: ['general-order'],
    missing: 'No rule against demanding documents that prove immigration status',
    parts: whole('document-demand'),
    heading: 'Identification and immigration documents',
    model:
      'No person shall be required to show papers, a passport, a visa, a green card or other proof of immigration status. When identification is needed for a criminal or traffic matter, members shall accept any reasonable identification, including a foreign passport or a consular identification card.',
    citations: [citations.sfGo515, citations.caValuesAct],
  },
  {
    id: 'detainer',
    kinds: ['general-order'],
    missing: 'No rule that immigration detainers and administrative warrants are not acted on without a judicial warrant',
    parts: whole('detainer'),
    heading: 'Immigration detainers and administrative warrants',
    model:
      'Members shall not hold any person past the time of release, deny bail or release, or make an arrest on the basis of an immigration detainer, a hold request or an administrative immigration warrant (such as Forms I-247A, I-200 or I-205). Only a warrant signed by a judge authorizes continued custody.',
    citations: [citations.caValuesAct, citations.texas],
  },
  {
    id: 'information-sharing',
    kinds: ['general-order'],
    missing: 'No limit on sharing personal information and release dates with immigration authorities',
    parts: whole('information-sharing'),
    heading: 'Information sharing',
    model:
      'Members shall not notify immigration authorities of a person’s release date, address or other personal information, and shall not give immigration agents access to people in custody or to department facilities for civil immigration enforcement. Nothing in this order restricts the exchange of information about citizenship or immigration status permitted by 8 U.S.C. 1373.',
    citations: [citations.caValuesAct, citations.caTruthAct, citations.washington],
  },
  {
    id: 'enforcement-role',
    kinds: ['general-order'],
    missing: 'No bar on 287(g) agreements or on taking part in civil immigration enforcement operations',
    parts: whole('enforcement-role'),
    heading: 'Civil immigration enforcement',
    model:
      'Civil immigration enforcement is a federal responsibility. The Department shall not enter into a 287(g) agreement, and members shall not perform the functions of an immigration officer or assist civil immigration enforcement operations, though they still answer emergency calls and keep the peace.',
    citations: [citations.caValuesAct, citations.washington, citations.taskForce],
  },
  {
    id: 'certification',
    kinds: ['general-order'],
    missing: 'No U and T visa certification procedure (designated certifying official, decision deadline, no conviction requirement)',
    partial: 'The U and T visa certification procedure does not name {{parts}}',
    parts: [
      part('certification-official', 'a designated certifying official'),
      part('certification-deadline', 'a decision deadline'),
      part('certification-no-conviction', 'that no arrest, charge or conviction is required'),
    ],
    heading: 'Victims, witnesses and U and T visa certification',
    model:
      'Members shall treat victims and witnesses alike whatever their immigration status. The Chief designates a certifying official for U visa certifications (Form I-918 Supplement B) and T visa declarations (Form I-914 Supplement B). The certifying official shall decide each request within 90 days of receiving it, or within 14 days when the victim is in removal proceedings. Certification does not require an arrest, charge, prosecution or conviction; a victim who has been, is being or is likely to be helpful may be certified at any time. A certification does not itself grant immigration status.',
    citations: [citations.uVisa, citations.tVisa, citations.certificationStatutes, citations.niwap],
  },
  {
    id: 'language-access',
    kinds: ['general-order'],
    missing: 'No language-access provision with qualified interpreters free of charge',
    parts: whole('language-access'),
    heading: 'Language access',
    model:
      'Members shall use a qualified interpreter, free of charge to the person, for every contact with a person with limited English proficiency. Children, family members, bystanders, the alleged offender and immigration agents shall not interpret, except briefly in an emergency. Vital documents shall be translated.',
    citations: [citations.languageAccess],
  },
  {
    id: 'training',
    kinds: ['general-order'],
    missing: 'No training on this order or yearly distribution to all members',
    partial: 'This order does not provide for {{parts}}',
    parts: [part('training', 'training on this order'), part('distribution', 'yearly distribution to all members')],
    heading: 'Training and distribution',
    model: 'All members shall be trained on this order, and the Department shall distribute it to every member each year.',
    citations: [citations.minneapolis, citations.iacp],
  },
  {
    id: 'bulletin-certification',
    kinds: ['bulletin'],
    missing: 'This bulletin on U and T visa certification does not name the certifying official or a decision deadline',
    partial: 'This bulletin on U and T visa certification does not name {{parts}}',
    parts: [part('certification-official', 'the certifying official'), part('certification-deadline', 'a decision deadline')],
    heading: 'Certifying official and deadline',
    model:
      'Requests for U visa certification or T visa declarations go to the Department’s designated certifying official, who decides each request within 90 days, or within 14 days when the victim is in removal proceedings.',
    citations: [citations.uVisa, citations.certificationStatutes],
    appliesTo: (sentences) => sentences.filter(({ sentence }) => /\b(?:[ut][- ]?visas?|certification)\b/i.test(sentence.text)).length >= 2,
  },
  {
    id: 'outreach-no-inquiry',
    kinds: ['outreach'],
    missing: 'Does not say that officers do not ask about immigration status',
    parts: whole('status-inquiry'),
    heading: 'We do not ask about immigration status',
    model: 'Our officers do not ask about your immigration status or where you were born.',
    citations: [citations.sfGo515, citations.caValuesAct],
  },
  {
    id: 'outreach-regardless',
    kinds: ['outreach'],
    missing: 'Does not say that anyone can report a crime or get help regardless of immigration status',
    parts: whole('regardless'),
    heading: 'Everyone can get help',
    model: 'Anyone can report a crime or ask for help, no matter their immigration status.',
    citations: [citations.taskForce, citations.iacp],
  },
  {
    id: 'outreach-interpreters',
    kinds: ['outreach'],
    missing: 'Does not say interpreters are free',
    parts: whole('free-interpreters'),
    heading: 'Help in your language',
    model: 'Interpreters are free. Tell us which language you speak and we will get one for you.',
    citations: [citations.languageAccess],
  },
  {
    id: 'outreach-contact',
    kinds: ['outreach'],
    missing: 'Does not say how to reach the department (phone number, address or website)',
    parts: whole('contact'),
    heading: 'How to reach us',
    model: 'In an emergency, call 911. For anything else, call the non-emergency number or visit any police station.',
    citations: [citations.taskForce],
  },
  {
    id: 'outreach-visas',
    kinds: ['outreach'],
    recommended: true,
    missing: 'Does not mention U and T visa protection for victims of crime',
    parts: whole('visa-mention'),
    heading: 'Protection for victims',
    model:
      'Victims of some serious crimes, such as domestic violence, sexual assault and human trafficking, may be able to get a U or T visa. The Department can help by certifying that you helped with the case; you do not need an arrest or conviction.',
    citations: [citations.uVisa, citations.tVisa],
  },
];

const GUESSED_KIND_NOTE =
  'The document kind was inferred from weak evidence, so no section is inserted; declare the kind (--kind, or "kind" in the configuration) to get one.';

/** Reports each of `provisions` the document lacks, on its title line, with the model section to insert. */
/**
 * Where document-level findings sit: the document's title (its top-level heading), else its opening line (the
 * letterhead or banner of a plain draft), never a section heading such as "## I. Purpose" further down.
 */
function documentTitle(blocks: readonly DocumentBlock[]): DocumentBlock | undefined {
  return blocks.find((block) => block.kind === 'heading' && block.depth === 1) ?? blocks[0];
}

export function reportMissing(context: DocumentContext, provisions: readonly Provision[]): void {
  // A fragment (a pasted paragraph, a single sentence) is not a document whose completeness can be judged.
  if (!context.blocks.some((block) => block.kind === 'heading') && context.sentences.length < MIN_SENTENCES) return;
  const relevant = provisions.filter(
    (provision) => provision.kinds.includes(context.kind) && (provision.appliesTo?.(context.sentences) ?? true),
  );
  if (relevant.length === 0) return;
  const stated = statedIn(context.sentences);
  const title = documentTitle(context.blocks);
  const start = title?.start ?? 0;
  const end = title?.end ?? start;
  const at = context.text.length;
  const gap = context.text.endsWith('\n\n') ? '' : context.text.endsWith('\n') ? '\n' : '\n\n';
  for (const provision of relevant) {
    const absent = provision.parts.filter((candidate) => !stated.has(candidate.id));
    if (absent.length === 0) continue;
    const whole = absent.length === provision.parts.length || !provision.partial;
    const heading = context.format === 'markdown' ? `## ${provision.heading}` : provision.heading;
    const sources = `Sources: ${provision.citations.map((citation) => citation.title).join('; ')}.`;
    context.report({
      start,
      end,
      messageId: whole ? provision.id : `${provision.id}/partial`,
      data: whole ? {} : { parts: listOf(absent.map((candidate) => candidate.name)) },
      // A kind guessed from weak evidence offers no section to insert: --fix must not grow a bulletin into an order.
      note: context.kindCertain ? `${provision.model} ${sources}` : `${provision.model} ${sources} ${GUESSED_KIND_NOTE}`,
      expected: [provision.model],
      suggestions: context.kindCertain
        ? [
            {
              title: `Insert a “${provision.heading}” section`,
              range: [at, at],
              text: `${gap}${heading}\n\n${provision.model}\n`,
              insertion: true,
            },
          ]
        : [],
    });
  }
}

/** The messages of the provisions' findings, by id: `<provision>` when missing, `<provision>/partial` when only partly stated. */
export function provisionMessages(provisions: readonly Provision[]): Record<string, string> {
  return Object.fromEntries(
    provisions.flatMap((provision) => [
      [provision.id, `${provision.missing}.`],
      ...(provision.partial ? [[`${provision.id}/partial`, `${provision.partial}.`]] : []),
    ]),
  );
}

function listOf(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
