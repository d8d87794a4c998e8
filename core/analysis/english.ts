// English grammar tables for the clause reader: modals, negators, be- and do-forms, subordinators, the words that
// open questions, definitions and exceptions. Grammar only; what a pack knows of its domain comes in its
// ClauseVocabulary. A reader for another language gets a module of its own beside this one.
import type { Modality } from './clause.ts';

export const MODALS: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ['shall', 'obligation'],
  ['must', 'obligation'],
  ['will', 'obligation'],
  ["'ll", 'obligation'],
  ['should', 'recommendation'],
  ['ought', 'recommendation'],
  ['may', 'permission'],
  ['can', 'permission'],
  ['could', 'permission'],
  ['might', 'permission'],
  ['would', 'obligation'],
]);
export const NEGATED_MODALS: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ['cannot', 'permission'],
  ["can't", 'permission'],
  ["won't", 'obligation'],
  ["shouldn't", 'recommendation'],
  ["mustn't", 'obligation'],
  ["shan't", 'obligation'],
  ["couldn't", 'permission'],
  ["wouldn't", 'obligation'],
]);
// "is authorized to", "are encouraged to", "has the authority to"...
export const MODAL_ADJECTIVES: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ['authorized', 'permission'],
  ['authorised', 'permission'],
  ['permitted', 'permission'],
  ['allowed', 'permission'],
  ['free', 'permission'],
  ['able', 'permission'],
  ['encouraged', 'recommendation'],
  ['expected', 'recommendation'],
  ['advised', 'recommendation'],
  ['required', 'obligation'],
  ['directed', 'obligation'],
  ['instructed', 'obligation'],
  // "Officers shall be trained to identify…": training for an act is a duty to do it.
  ['trained', 'obligation'],
  ['taught', 'obligation'],
  ['obligated', 'obligation'],
  ['obliged', 'obligation'],
  ['mandated', 'obligation'],
  ['ordered', 'obligation'],
]);
/** Pronouns that stand as a clause's subject. */
export const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'you', 'i', 'it']);
export const BE = new Set(['is', 'are', 'be', 'was', 'were', 'been', 'am']);
/** Every form of "be", "being" included: what may stand before a participle or a verb ("being held", "is released"). */
export const BE_FORMS = new Set([...BE, 'being']);
/** What makes a participle after it passive: "be released", "is being held", "gets deported". */
export const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, 'get', 'gets']);
export const DO = new Set(['do', 'does', 'did']);
export const NEGATORS = new Set(['not', 'never', "n't", 'neither', 'nor', 'nobody', 'none', 'nothing', 'no']);
export const CONTRACTED_NEGATIONS = /n't$/;
/** Adverbs that leave a prohibition gaps: "shall not routinely ask" still lets the act happen now and then. */
export const HEDGES = new Set(['routinely', 'generally', 'normally', 'ordinarily', 'typically', 'usually', 'regularly', 'customarily']);
// Verbs that forbid, in the forms both lists below use.
const FORBIDDING = [
  'prohibited',
  'prohibit',
  'prohibits',
  'forbidden',
  'forbid',
  'forbids',
  'forbade',
  'forbad',
  'barred',
  'banned',
  'bans',
  'precluded',
];
// "These chapters prohibit the use of city resources to assist…": the verb itself forbids what follows.
export const PROHIBITING = new Set([...FORBIDDING, 'refrain', 'disallow', 'disallows', 'disallowed']);
// Predicates that name an action as a wrong: "…is misconduct", "…constitutes a violation of this order".
export const CONDEMNING = new Set([
  'misconduct',
  'unacceptable',
  'intolerable',
  'violation',
  'shameful',
  'outrageous',
  'deplorable',
  'disgraceful',
  'reprehensible',
  'unconscionable',
]);
// "Using a child as an interpreter could harm the child": an act named as the cause of harm is condemned.
export const HARMING =
  /^(?:harm|harms|hurt|hurts|endanger|endangers|jeopardi[sz]es?|undermines?|damages?|traumati[sz]es?|re-?traumati[sz]es?|erodes?|compromises?|discourages?|violates?|deters?)$/;
export const CONDEMNING_LINKS = /^(?:is|are|be|constitutes?|considered)$/;
// "shall avoid asking", "declines to honor": negate right after the verb group, or as the main verb ("shall refuse requests…").
export const REFUSING = new Set(['avoid', 'avoids', 'decline', 'declines', 'refuse', 'refuses', 'oppose', 'opposes', 'resist', 'resists']);
/** Verbs of ceasing, before a gerund: "stop asking", "discontinue honoring". ("stop to ask" is a pause, not a refusal.) */
export const CEASING = new Set(['stop', 'stops', 'cease', 'ceases', 'quit', 'quits', 'discontinue', 'discontinues']);
// "shall not be prohibited from", "nothing … shall prevent": a negated restriction permits the action.
export const RESTRICTING = new Set([
  ...FORBIDDING,
  'prevented',
  'prevent',
  'prevents',
  'restricted',
  'restrict',
  'restricts',
  'limited',
  'limit',
  'limits',
  'bar',
  'bars',
  'preclude',
  'precludes',
  'discouraged',
  'discourage',
]);
export const DO_FORMS = /^(?:do|does|did|don't|doesn't|didn't)$/;
// What an action may be said to need, so that needing none of it leaves the action free.
export const JUSTIFICATIONS = new Set([
  'reason',
  'reasons',
  'justification',
  'cause',
  'basis',
  'suspicion',
  'grounds',
  'permission',
  'approval',
  'authorization',
  'excuse',
  'pretext',
  'warrant',
]);
export const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"]);
export const PRESENT_AUXILIARIES = new Set([
  'is',
  'are',
  'am',
  'does',
  'do',
  'has',
  'have',
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  "hasn't",
  "haven't",
]);
export const IRREGULAR_PAST = new Set([
  'held',
  'kept',
  'told',
  'made',
  'took',
  'gave',
  'found',
  'sent',
  'brought',
  'sought',
  'saw',
  'said',
  'got',
  'went',
  'came',
  'left',
  'met',
  'put',
  'let',
  'threatened',
]);
// Words that open an object after a transitive verb: "asked the victim", "held him".
export const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'her',
  'his',
  'their',
  'him',
  'them',
  'me',
  'us',
  'every',
  'each',
  'any',
  'all',
  'this',
  'that',
  'those',
  'these',
  'about',
  'whether',
  'for',
  'if',
  'no',
]);
// Discretion that swallows a prohibition: "unless necessary", "as the officer deems appropriate".
export const BROAD_CONDITION =
  /^(?:as|when|where|if|whenever)(?: (?:the |an? |each )?\w+(?:'s)?)?(?: (?:deems?|considers?|believes?|finds?|judges?|sees?))?(?: it)? (?:necessary|appropriate|relevant|needed|warranted|useful|helpful|fit|prudent|advisable)\b/;
export const DISCRETION = /^(?:at|in) (?:the|his|her|their|its) (?:\w+(?:'s)? )?(?:sole )?discretion\b/;
// Conjunctions that open a subordinate clause, before or after the main one ("if …", "until …").
const CONJUNCTIONS = ['if', 'when', 'where', 'because', 'unless', 'while', 'although', 'after', 'before', 'until'];
export const CONJUNCTION_WORDS = new Set(CONJUNCTIONS);
export const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that', 'whether', 'so', ...CONJUNCTIONS]);
// How far after a subordinator its own verb group may stand: a relative pronoun is followed by its verb
// ("who cannot show"); "that" with a verb right after is a relative ("anyone that may be…"), with a subject
// between it is a complement that may carry the main modal ("It is the policy … that officers shall…");
// a conjunction has a subject of its own first ("until Border Patrol can confirm").
export const PREPOSITION_LIKE = new Set(['after', 'before', 'until', 'since']);
export const OWN_VERB_GROUP_REACH: ReadonlyMap<string, number> = new Map([
  ['who', 2],
  ['whom', 2],
  ['whose', 3],
  ['which', 2],
  ['that', 1],
  ['what', 3],
]);
// These only ever open a subordinate clause, which runs to the next comma ("…, because the officer taking the report will need to see it").
export const ONLY_SUBORDINATING = new Set(['because', 'although']);
export const EXCEPTION_OPENERS = new Set(['except', 'unless', 'excepting', 'save']);
// "Absent a separate law enforcement reason, …": "absent" opens an exception before these.
export const ABSENT_FOLLOWERS = new Set([
  'a',
  'an',
  'any',
  'such',
  'some',
  'specific',
  'exigent',
  'reasonable',
  'probable',
  'other',
  'the',
]);
// "save" means "except" only before what it excepts ("save as provided", "save in an emergency"), not as a
// name or noun ("the SAVE system").
export const SAVE_FOLLOWERS = new Set(['as', 'for', 'that', 'where', 'when', 'in', 'to', 'with', 'by', 'under', 'on', 'if']);
// "At no point shall…", "Under no circumstances is…": a fronted negative adverbial negates the clause.
export const NEGATIVE_ADVERBIAL_NOUNS = new Set([
  'point',
  'time',
  'times',
  'stage',
  'moment',
  'circumstances',
  'circumstance',
  'case',
  'instance',
  'occasion',
  'account',
  'event',
  'condition',
  'conditions',
]);
// Verbs of discussing, in training prompts: "Discuss why…", "Explain how…" name an action without directing it.
export const DISCUSSING = new Set([
  'discuss',
  'explain',
  'describe',
  'summarize',
  'summarise',
  'compare',
  'review',
  'consider',
  'outline',
  'debate',
  'reflect',
  'recall',
  'list',
  'define',
]);
export const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'which', 'where', 'who']);
// "Will officers ask…?", "Do I need…?", "Why does…?": a sentence opening with these and ending in "?" asks.
export const QUESTION_OPENERS = new Set([
  ...['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'],
  ...DO,
  ...['is', 'are', 'am', 'was', 'were', 'have', 'has'],
  ...WH_WORDS,
  ...["won't", "can't", "don't", "doesn't", "isn't", "aren't"],
]);
// "'Detainer' means…", "The term 'hold' refers to…", "As used in this order, 'ICE' includes…".
// Labels that announce a remark rather than define a term ("Note: a deputy…", "Exception: an officer…").
// "that" after these opens an adverbial clause, not the complement that carries a policy's directive.
export const ADVERBIAL_THAT = /^(?:extent|so|such|provided|providing|order|condition|degree)$/;
// A memo's subject line or a document's title line, which names the topic.
export const SUBJECT_LINE = /^[\s*_]*(?:subject|re|title|topic)\s*:/i;
/** A bill's or act's caption: "AN ACT relating to…", "A BILL to amend … concerning…", or its continued line "relating to…". */
export const MEASURE_CAPTION =
  /^[\s*_]*(?:(?:an?\s+)?(?:bill|act|resolution|ordinance)\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:relating to|relative to|concerning|regarding|pertaining to)|relating to|relative to|pertaining to)\b/i;
// Nouns and verbs of talking about something, whose topic is named, not done.
export const TALK =
  /^(?:perspectives?|views?|opinions?|thoughts|questions|concerns?|discussions?|meetings?|remarks|comments?|debates?|focus|focuses|focused|briefings?|presentations?|forums?|conversations?|complaints?|rumou?rs?|myths?|misinformation|messaging|mis-messaging|misconceptions?)$/;
// Words of fear, whose object is what someone is afraid of, not what anyone does: "no fear of the police stopping them".
export const FEARING = /^(?:fear|fears|fearing|afraid|scared|frightened|terrified|worry|worries|worried|worrying|anxious|anxiety)$/;
// A statement of what the document itself is for.
export const PURPOSE =
  /^to (?:establish|set|provide|define|outline|describe) (?:forth )?(?:the |a |an )?(?:\w+ )?(?:policy|policies|guidelines|procedures?|guidance|protocols?)\b|^(?:the )?(?:purpose|intent|aim|goal|objective)s? of this (?:\w+ )?(?:order|policy|memorandum|memo|directive|bulletin|section|chapter|procedure|document|plan|manual|guideline|guidelines|notice|rule|article|statement|page) (?:is|are) to\b|^this (?:\w+ )?(?:order|policy|memorandum|memo|directive|bulletin|section|chapter|procedure|document|plan) is (?:intended|meant|designed) to\b|^this (?:\w+ )?(?:order|policy|directive|section|chapter|procedure|plan) (?:governs|covers|addresses) (?:all|any|every|the)\b/;
// An outline label that opens a line: "A.", "iv.", "3.", "(b)".
export const OUTLINE_LABEL = /^(?:[a-z]|[ivx]{1,5}|\d{1,3})\.$/;
// Verbs by which a law or program lets any agency do something.
export const GRANTING = /^(?:allows|permits|authorizes|authorises|enables|empowers)$/;
// A whole class of bodies as what is let do something: "state and local law enforcement agencies", "local police".
export const BODIES_AT_LARGE =
  /^(?:(?:state|local|county|municipal)(?: (?:and|or) (?:state|local|county|municipal))?(?: law enforcement| police)? (?:agencies|officers|departments|jurisdictions|entities|governments|police)|(?:local |state )?police to|law enforcement agencies)\b/;
export const ANNOUNCING =
  /^(?:note|notes|exception|exceptions|example|examples|reminder|important|warning|caution|policy|procedure|rule|update|effective|remember|tip|scenario|answer|question|q|a)$/i;
// Verbs that pose a question: "the reporter asked", "You inquire whether…".
export const ASKING_QUESTION = /^(?:asked|asks|ask|inquired|inquires|inquire|wondered|wonders|wonder|questioned|queried)$/;
// People whose questions a news story or an opinion reports: never the agency's members.
export const QUESTIONERS = /^(?:reporters?|journalists?|interviewers?|moderators?|hosts?|anchors?|columnists?|editors?|you)$/;
// Nouns that name an open question: "One of the major questions is the extent to which…".
export const OPEN_QUESTIONS = /^(?:questions?|issues?|debates?|uncertainty|unknowns?)$/;
// Verbs that report what a person said ("Sheriff Haley said…", "he noted that…").
export const REPORTING_SPEECH =
  /^(?:said|says|stated|announced|added|noted|explained|asserted|emphasized|emphasised|declared|told|remarked|mentioned|confirmed|acknowledged|admitted|wrote)$/;
// A claim the sentence itself calls false: "Reports have wrongly suggested that the office joined…".
export const FALSELY = /^(?:wrongly|falsely|incorrectly|mistakenly|erroneously|inaccurately|wrongfully)$/;
export const CLAIMING =
  /^(?:claim|claims|claimed|suggest|suggests|suggested|report|reports|reported|state|states|stated|say|says|said|assert|asserts|asserted|allege|alleges|alleged|imply|implies|implied|describe|describes|described|portray|portrays|portrayed)$/;
// Others' accusations, told as theirs: "Critics say the deputies have profiled…".
export const ACCUSERS = /^(?:critics|opponents|detractors|activists|advocates|protesters|plaintiffs)$/;
export const ACCUSING =
  /^(?:say|said|says|allege|alleged|alleges|claim|claimed|claims|charge|charged|charges|contend|contended|contends|argue|argued|argues|accuse|accused|accuses)$/;
// Verbs that report what a cited law says.
export const REPORTING_LAW =
  /^(?:directs|requires|provides|states|says|mandates|authorizes|authorises|allows|permits|prohibits|bars|forbids|defines|reads|gives|grants|confers|directed|required|provided)$/;
export const DEFINING = /^(?:means?|refers?|denotes?|defined|includes?)$/;
// A clause opening with other jurisdictions as its subject reports their practice ("Some states require…").
export const OTHERS = new Set(['some', 'many', 'other', 'several', 'certain', 'most']);
export const JURISDICTIONS =
  /^(?:states|jurisdictions|cities|counties|countries|departments|agencies|sheriffs|municipalities|localities|places)$/;
export const OPENING_SUBORDINATORS = new Set([...CONJUNCTIONS, 'once', 'whenever']);
