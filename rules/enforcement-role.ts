import { affirmsAt, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { actionVerbs, nominalRequirement, reportAction, type ActionMatch } from './lib/match.ts';
import { findAuthority, hasImmigrationContext, mentionsCriminalMatter } from './lib/topics.ts';
import { findWord, phrase, phrases, verbFamily } from './lib/words.ts';
import { conceptPhrases } from './lib/lexicon.ts';

const MODEL =
  'Enforcing civil immigration law is the federal government’s responsibility. Members shall not take part in, assist or provide support for civil immigration enforcement operations, shall not serve or act on administrative immigration warrants, and the Department shall not enter into any agreement under 287(g); members still answer emergency calls and keep the peace.';

/** Verbs of helping or joining someone else's operation. */
const ASSIST = verbFamily(
  'assist',
  'support',
  'help',
  'aid',
  'participate',
  'join',
  'accompany',
  'cooperate',
  'collaborate',
  'partner',
  'provide',
  'supply',
  'staff',
  'back',
  'facilitate',
  'take',
  'conduct',
  'perform',
  'carry',
  'detail',
  'assign',
  'coordinate',
  'stand',
  'guard',
  'secure',
  'escort',
  'lend',
  'loan',
  'contribute',
  'commit',
  'dedicate',
  'block',
  'cordon',
  'seal',
  'close',
  'direct',
  'contain',
  'surround',
  'patrol',
);
/** Verbs of acting on a warrant. */
const SERVE = verbFamily(
  'serve',
  'execute',
  'act',
  'enforce',
  'honor',
  'honour',
  'arrest',
  'carry',
  'effect',
  'effectuate',
  'rely',
  'accept',
);
/** Verbs of doing an immigration officer's own work. */
const FUNCTION = verbFamily(
  'enforce',
  'screen',
  'identify',
  'interview',
  'process',
  'investigate',
  'act',
  'serve',
  'function',
  'perform',
  'exercise',
  'deputize',
  'deputise',
  'cross-designate',
  'designate',
  'commission',
);
/** Verbs of making an agreement: "sign a Warrant Service Officer agreement with ICE". */
const AGREE = verbFamily('sign', 'enter', 'renew', 'join', 'negotiate', 'seek', 'apply', 'execute', 'maintain', 'extend');
const agreement = phrases('agreement|agreements|memorandum|memoranda|contract|contracts|=MOA|=MOU|=MOAs|=MOUs');
// Programs that hand immigration-officer powers to local officers, like 287(g).
const delegationProgram = phrases('warrant service officer|officers ?program|agreement|model', 'task force model');
// "the ERO team's early-morning arrests": an agency named with its operation.
// Scene work ("block the exits", "cordon off the street", "direct traffic"): support only around an enforcement operation.
const PEACEKEEPING = new Set([
  'stand',
  'guard',
  'secure',
  'escort',
  'block',
  'cordon',
  'seal',
  'close',
  'direct',
  'contain',
  'surround',
  'patrol',
]);
const AGENCY_OPERATION = /^(?:arrests?|raids?|operations?|sweeps?|actions?|roundups?|round-ups?|enforcement)$/;

const civilOperation = phrases(
  'immigration|deportation|removal raid|raids|sweep|sweeps|operation|operations|action|actions|enforcement|roundup|roundups|checkpoint|checkpoints|arrests|arrest|activities|activity|efforts|matters',
  'raid|raids|sweep|sweeps',
  'enforcement of ?federal ?civil immigration law|laws',
  'civil immigration',
);
const administrativeWarrant = conceptPhrases('administrative-warrant');
const immigrationLaw = phrases(
  'federal ?civil immigration law|laws|statutes',
  'civil immigration law|laws|statutes',
  'immigration law|laws|statutes',
  'immigration officer|officers|agent|agents|functions|duties|authority|powers',
);
const removability = phrases('removability|deportability|removal|deportation|removable|deportable');
const supportKinds = phrases(
  'perimeter|crowd|traffic ?and ?crowd control|security',
  'backup|back-up|manpower|personnel|officers|deputies|assistance|support|staffing|transport|transportation',
);
const fullExtent = phrases('to the full|fullest|maximum extent', 'cooperate|comply|assist fully');
// "Enforcing civil immigration law is the responsibility of the federal government": the action is named to
// place it with another agency.
const FEDERAL_TASK =
  /\b(?:is|are|remains?) (?:\S+ ){0,3}(?:responsibility|job|role|function|duty|province|domain|task|business|work) of (?:the )?(?:federal|united states|u\.s\.|ice|immigration|homeland|dhs)|\b(?:is|are|remains?) (?:solely |exclusively |entirely )?(?:a |an )?federal (?:responsibility|function|matter|role|job|task|duty)\b/;
const TAKING_PART = /^(?:participation|assistance|cooperation|collaboration|involvement|support|help)$/;
const LEAVING = /\b(?:withdr[ae]w\w*|terminat\w*|end(?:ed|s)?|exit\w*|rescind\w*|cancel\w*|discontinu\w*|not renew)\b/;

/** Verbs of answering a request for help by sending people. */
const RESPOND = verbFamily(
  'dispatch',
  'send',
  'assign',
  'detail',
  'provide',
  'supply',
  'assist',
  'help',
  'support',
  'accompany',
  'stand',
  'lend',
);
const HELP_REQUEST = /^(?:requests?|requested|asks?|asked|calls?|seeks?|sought|needs?|wants?)$/;
const HELP = /^(?:assistance|help|support|backup|back-up|officers|units|deputies|manpower|cars)$/;

/** An opening condition in which immigration authorities ask for help: the agency's words, or undefined. */
function requestedHelp(clause: Clause, context: boolean): { start: number; end: number } | undefined {
  const words = clause.sentence.words;
  // The condition opens the sentence, or is set off after the subject: "Officers, when asked by HSI to help…, are to…".
  const inserted = clause.modal
    ? words.findIndex((word, index) => index > clause.from && index < clause.modal!.from && /^(?:when|whenever|if|once)$/.test(word.lower))
    : -1;
  const span = clause.opening ?? (inserted === -1 ? undefined : { from: inserted, to: clause.modal!.from });
  if (!span) return undefined;
  const { from, to } = span;
  const authority = findAuthority(words, from, to, context);
  if (!authority) return undefined;
  for (let i = authority.end; i < to - 1; i++) {
    if (HELP_REQUEST.test(words[i]!.lower) && words.slice(i + 1, Math.min(to, i + 4)).some((word) => HELP.test(word.lower)))
      return { start: authority.start, end: i + 1 };
  }
  // The passive: "when asked by Homeland Security Investigations to help".
  const asked = authority.start - 2;
  if (
    asked >= from &&
    HELP_REQUEST.test(words[asked]!.lower) &&
    words[asked + 1]?.lower === 'by' &&
    words.slice(authority.end, Math.min(to, authority.end + 3)).some((word) => HELP.test(word.lower) || word.lower === 'help')
  ) {
    return { start: asked, end: authority.end };
  }
  return undefined;
}

// A raid or sweep at a workplace is the shape of a worksite immigration operation even when immigration goes unnamed.
const RAIDS = /^(?:raids?|sweeps?|roundups?|round-ups?)$/;
const WORKPLACES =
  /^(?:plants?|factor(?:y|ies)|farms?|worksites?|workplaces?|jobsites?|meatpacking|dair(?:y|ies)|orchards?|fields|packinghouses?|poultry|car ?washes|restaurants?|construction)$/;

function worksiteRaid(clause: Clause): boolean {
  const words = clause.sentence.words;
  for (let i = clause.from; i < clause.to; i++) {
    if (!RAIDS.test(words[i]!.lower)) continue;
    for (let j = Math.max(clause.from, i - 3); j < Math.min(clause.to, i + 5); j++) if (WORKPLACES.test(words[j]!.lower)) return true;
  }
  return false;
}

/** A clause that takes part in civil immigration enforcement: 287(g), raids, administrative warrants. */
function findEnforcementRole(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const { from, to } = clause;
  const context = hasImmigrationContext(words, 0, words.length) || worksiteRaid(clause);
  const g = clauseHas287g(clause);
  if (!context && g === -1) return undefined;
  if (g !== -1) {
    const lowerText = clause.sentence.text.toLowerCase();
    if (LEAVING.test(lowerText)) return undefined;
    // "has no 287(g) agreement", "without a 287(g) agreement"
    if (
      /^(?:no|not|never|without)$/.test(words[g - 1]?.lower ?? '') ||
      (/^(?:a|an|any)$/.test(words[g - 1]?.lower ?? '') && /^(?:no|not|never|without)$/.test(words[g - 2]?.lower ?? ''))
    )
      return undefined;
    if (affirmsAt(clause, clause.modal ? clause.modal.to : g)) {
      const verb = clause.modal ? clause.modal.to : g;
      const word = words[verb]!.lower;
      return { verb, base: word, start: Math.min(g, verb), end: Math.max(g + 2, Math.min(to, verb + 1)) };
    }
    return undefined;
  }
  if (mentionsCriminalMatter(words, from, to) || FEDERAL_TASK.test(phrase(words, from, to))) return undefined;
  if (!LEAVING.test(clause.sentence.text.toLowerCase())) {
    for (const verb of actionVerbs(clause, AGREE)) {
      const limit = Math.min(to, verb + 12);
      const program = delegationProgram(words, verb + 1, limit);
      const deal = agreement(words, verb + 1, Math.min(to, verb + 8));
      const partner = deal ? findAuthority(words, deal.end, Math.min(to, deal.end + 5), context) : undefined;
      const target =
        program ?? (partner && words.slice(deal!.end, partner.start).some((word) => word.lower === 'with') ? partner : undefined);
      if (target && affirmsAt(clause, verb))
        return { verb, base: AGREE.get(words[verb]!.lower)!, start: verb, end: Math.max(target.end, deal?.end ?? 0) };
    }
  }
  for (const verb of actionVerbs(clause, SERVE)) {
    const base = SERVE.get(words[verb]!.lower)!;
    const warrant = administrativeWarrant(words, verb + 1, Math.min(to, verb + 10));
    if (warrant && affirmsAt(clause, verb)) return { verb, base, start: verb, end: warrant.end };
  }
  for (const verb of actionVerbs(clause, FUNCTION)) {
    const base = FUNCTION.get(words[verb]!.lower)!;
    const limit = Math.min(to, verb + 8);
    const target =
      base === 'screen' || base === 'identify' || base === 'interview' || base === 'process' || base === 'investigate'
        ? removability(words, verb + 1, limit)
        : immigrationLaw(words, verb + 1, limit);
    if (target && affirmsAt(clause, verb)) return { verb, base, start: verb, end: target.end };
  }
  // "When ICE requests assistance with a home arrest, the supervisor will dispatch two cars": help given on the agency's request.
  const requested = requestedHelp(clause, context);
  if (requested) {
    for (const verb of actionVerbs(clause, RESPOND)) {
      if (affirmsAt(clause, verb)) return { verb, base: RESPOND.get(words[verb]!.lower)!, start: requested.start, end: verb + 1 };
    }
  }
  for (const verb of actionVerbs(clause, ASSIST)) {
    const base = ASSIST.get(words[verb]!.lower)!;
    const limit = Math.min(to, verb + 14);
    const operation = civilOperation(words, verb + 1, limit);
    const authority = findAuthority(words, verb + 1, limit, context);
    const support = supportKinds(words, verb + 1, limit);
    // "provide/take/carry" need an operation or a kind of support; "assist ICE" needs only the agency.
    const generic =
      base === 'provide' ||
      base === 'supply' ||
      base === 'take' ||
      base === 'conduct' ||
      base === 'perform' ||
      base === 'carry' ||
      base === 'back' ||
      base === 'staff' ||
      base === 'detail' ||
      base === 'assign' ||
      base === 'lend' ||
      base === 'loan' ||
      base === 'contribute' ||
      base === 'commit' ||
      base === 'dedicate';
    const agencyOperation =
      authority && words.slice(authority.end, Math.min(limit, authority.end + 5)).some((word) => AGENCY_OPERATION.test(word.lower))
        ? authority
        : undefined;
    // "stand by", "secure", "guard", "escort" are ordinary peacekeeping unless the scene is an enforcement operation.
    const peacekeeping = PEACEKEEPING.has(base);
    if (base === 'stand' && words[verb + 1]?.lower !== 'by') continue;
    // "assist in the apprehension of persons named in administrative removal warrants": help carrying out a civil warrant.
    const warrant = peacekeeping || generic ? undefined : administrativeWarrant(words, verb + 1, limit);
    const target =
      operation ??
      agencyOperation ??
      warrant ??
      (peacekeeping ? undefined : generic ? (support && authority ? authority : undefined) : authority);
    if (!target || !affirmsAt(clause, verb)) continue;
    if (base === 'take' && words[verb + 1]?.lower !== 'part') continue;
    return { verb, base, start: verb, end: target.end };
  }
  // "Participation by the department in operations whose purpose is the enforcement of civil immigration law is authorized".
  for (let noun = from; noun < Math.min(to, from + 3); noun++) {
    if (!TAKING_PART.test(words[noun]!.lower)) continue;
    const predicate = nominalRequirement(clause, noun);
    // Like "assist ICE", help given to the agency itself needs only the agency: "Assistance to Border Patrol agents … is encouraged".
    const agency =
      predicate !== -1 && /^(?:to|with|of)$/.test(words[noun + 1]?.lower ?? '')
        ? findAuthority(words, noun + 2, Math.min(predicate, noun + 6), context)
        : undefined;
    const target =
      predicate === -1
        ? undefined
        : (civilOperation(words, noun + 1, predicate) ??
          immigrationLaw(words, noun + 1, predicate) ??
          administrativeWarrant(words, noun + 1, predicate) ??
          agency);
    if (target) return { verb: predicate, base: 'participate', start: noun, end: target.end };
  }
  const extent = fullExtent(words, from, to);
  if (extent && affirmsAt(clause, extent.start)) {
    const verb = clause.modal ? clause.modal.to : extent.start;
    return { verb, base: words[verb]!.lower, start: extent.start, end: extent.end };
  }
  return undefined;
}

function clauseHas287g(clause: Clause): number {
  const words = clause.sentence.words;
  for (let i = findWord(words, SET_287, clause.from, clause.to); i !== -1; i = findWord(words, SET_287, i + 1, clause.to)) {
    if (words[i + 1]?.lower === 'g') return i;
  }
  return -1;
}
const SET_287 = new Set(['287']);

export default defineRule({
  meta: {
    id: 'enforcement-role',
    category: 'enforcement-role',
    severity: 'error',
    description:
      'Taking part in civil immigration enforcement: 287(g) agreements, raids and sweeps, administrative immigration warrants, “cooperate fully” clauses.',
    messages: {
      enforcementRole:
        'Civil immigration enforcement is a federal responsibility; members taking part in it, or acting on administrative immigration warrants, erodes community trust.',
    },
    url: 'rules/docs/enforcement-role.md',
    citations: [citations.caValuesAct, citations.washington, citations.sfGo515, citations.texas, citations.taskForce],
    yieldsTo: ['detainer'],
  },
  docs: {
    rationale:
      'When local officers act as immigration agents, stand guard at raids or serve administrative immigration warrants, residents cannot tell the police from immigration enforcement. Administrative warrants are signed by immigration officers, not judges. Keeping enforcement roles separate is what lets immigrant communities call the police.',
    compliant: [
      'The Department shall not enter into or renew an agreement under 287(g).',
      'Members shall not assist in civil immigration enforcement operations, but shall answer emergency calls and keep the peace.',
      'Members shall not serve, execute or act on administrative immigration warrants, including Forms I-200 and I-205.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const match = findEnforcementRole(clause);
      if (!match) continue;
      reportAction(context, clause, match, 'enforcementRole', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'Assistance to Border Patrol agents in locating and apprehending persons suspected of unlawful entry is encouraged.',
        output: 'Assistance to Border Patrol agents in locating and apprehending persons suspected of unlawful entry is not encouraged.',
      },
      {
        text: 'Participation by the department in joint task force operations whose purpose is the enforcement of civil immigration law is authorized by this order.',
        output:
          'Participation by the department in joint task force operations whose purpose is the enforcement of civil immigration law is not authorized by this order.',
      },
      {
        text: 'When federal agents ask for support, patrol units are expected to assist in the apprehension of persons named in administrative removal warrants.',
        output:
          'When federal agents ask for support, patrol units shall not assist in the apprehension of persons named in administrative removal warrants.',
      },
    ],
    accepted: [
      {
        text: 'Officers, when asked by Homeland Security Investigations to help with a civil immigration sweep of a worksite, are to decline and notify a supervisor.',
      },
      { text: 'Assistance to Border Patrol agents is limited to emergencies involving an immediate threat to life.' },
      { text: 'Members may serve on a joint task force with HSI that targets human trafficking.' },
    ],
  },
});
