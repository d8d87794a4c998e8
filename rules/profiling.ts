import { affirmsAt, forbidsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { reportAction, type ActionMatch } from './lib/match.ts';
import { isDisclaimed } from './lib/topics.ts';
import { isNounUse, phrase, phrases, verbFamily } from './lib/words.ts';
import { conceptPhrases } from './lib/lexicon.ts';

const MODEL =
  'Members shall not use race, ethnicity, national origin, apparent foreignness, accent, the language a person speaks or limited English proficiency, in whole or in part, as a reason to suspect, stop, question, detain or screen anyone. A specific description of a suspect given by a victim or witness is not such a reason.';

/** Characteristics that must never be a basis for suspicion or police action. */
const factor = phrases(
  'race|ethnicity|ethnicities|ethnic',
  'skin|skin-tone color|colour|tone',
  'complexion|complexions|brown-skinned|dark-skinned|olive-skinned',
  // "people who dress like day laborers"
  'dress|dresses|dressed|dressing like|as ?a|an ?day|migrant|farm laborer|laborers|labourers|workers|farmworkers|migrants|immigrants|foreigners',
  // "clothing typical of migrant farmworkers": dress or look read as a sign of being an immigrant.
  'typical|characteristic|suggestive of ?recent ?migrant|immigrant|migrants|immigrants|foreigners|newcomers|arrivals',
  'national|ethnic origin|origins|background',
  'nationality|nationalities',
  'foreign|foreign-looking|foreign-sounding appearance|look|looks|looking|features|accent|language|languages|name|names',
  'appear|appears|appearing|look|looks|looking|seem|seems|sound|sounds foreign|hispanic|latino|latina|latinx|mexican|immigrant|undocumented|alien|like|middle|arab|arabic|asian|african|muslim|somali|indian',
  'appear|appears|appearing|look|looks|looking|seem|seems to be ?recent|new|newly-arrived foreign|foreigners|hispanic|latino|latina|mexican|an|undocumented|from|immigrant|immigrants|aliens|newcomers|migrants',
  'foreign-looking|foreign-sounding|foreign-born-looking',
  'appearance suggests|suggest|suggesting|indicates|indicate|indicating',
  'physical appearance',
  // "travelers of Middle Eastern appearance", "Hispanic features"
  'eastern|arab|arabic|hispanic|latino|latina|asian|african|ethnic|immigrant|muslim appearance|features|looks',
  'accent|accents|accented',
  'language|languages spoken|used',
  'speak|speaks|speaking|spoke ?only ?with ?a|an ?foreign|other|another|different|spanish|no|little|broken|limited language|languages|english|accent',
  'speak|speaks|speaking spanish|english|accent|accents',
  'inability|unable to speak|understand|communicate|converse|read|answer ?questions ?well ?in english',
  "cannot|can't speak|understand|communicate|answer|respond ?questions ?well ?in english",
  'lack|lacks|lacking of ?spoken english',
  'does|do not speak|understand english',
  'limited|no|poor english ?proficiency|skills',
  '=LEP',
  'non-english|non-english-speaking|spanish-speaking speakers|speaking|speaker|persons|people|individuals|drivers',
  // "Spanish speakers at the day-labor corner"
  'spanish|somali|arabic|chinese|mandarin|cantonese|vietnamese|hmong|haitian|creole|russian|korean|tagalog|portuguese|punjabi|hindi|urdu|farsi|amharic|swahili|mixtec|quechua|foreign-language speakers|speaker',
  'latino|latina|latinx|latinos|hispanic|hispanics|mexican|mexicans|asian|asians|arab|arabs|somali|somalis|haitian|haitians|african',
  // "Central American" as an origin; "Central" alone opens names ("the Central Criminal Records Exchange").
  'central|south america|american|americans',
);
const INQUIRIES = new Set(['establish', 'check', 'investigate', 'question', 'screen']);
const CAUSE = /\b(?:because|since|as|based on|due to|on the basis of|on account of|given)(?: (?:of|that))?(?: \S+){0,2}$/;
/** Police actions that a trait given as their cause turns into profiling. */
const CAUSED_ACTIONS = verbFamily(
  'ask',
  'inquire',
  'request',
  'demand',
  'require',
  'hold',
  'keep',
  'cite',
  'deny',
  'refuse',
  'verify',
  'confirm',
  'determine',
  'search',
);
/** Words that make the factor a basis for suspicion or police action. */
const SUSPICION_WORDS = verbFamily(
  'stop',
  'detain',
  'question',
  'interrogate',
  'search',
  'frisk',
  'investigate',
  'screen',
  'target',
  'suspect',
  'scrutinize',
  'watch',
  'monitor',
  'profile',
  'approach',
  'pull',
  'check',
  'contribute',
  'indicate',
  'suggest',
  'justify',
  'support',
  'establish',
  'extend',
  'prolong',
  'arrest',
  'focus',
  'flag',
  'refer',
  'decide',
  'follow',
  'tail',
  'shadow',
  'surveil',
);
const SUSPICION_NOUNS = new Set([
  'account',
  'suspicion',
  'suspicious',
  'indicator',
  'indicators',
  'indication',
  'sign',
  'signs',
  'factor',
  'factors',
  'basis',
  'reason',
  'reasons',
  'grounds',
  'cause',
  'attention',
  'scrutiny',
  'evidence',
  'clue',
  'clues',
  'red',
  'likely',
  'probably',
  'inspection',
]);
// The characteristic describes a particular suspect, or is a language-service need, not a basis for suspicion.
const OTHER_USES =
  /\S-speaking (?:officers?|members?|deput(?:y|ies)|staff|call-takers?|dispatchers?|advocates?|detectives?)\b|\b(?:descri\w+|witness\w*|victim|reported by|specific (?:reports?|information)|matches|matching|lookout|bolo|interpret\w*|translat\w*|bilingual|language line|language (?:access|assistance|help|services?)|data|demographic\w*|record|document|collect|training|trained)\b/;

const INSTITUTIONS = /^(?:Consulates?|Consul|Embassy|Embassies|Government|Ministry|Republic|Chamber|Consular)$/;

/** Foreign birth or foreign papers: "born outside the United States", "a Resident Alien Card found in property". */
const birthplace = conceptPhrases('foreign-birth');
/** What the trait triggers: a status-check service, an ICE form, or a report to ICE. */
const statusCheckTriggered =
  /\b(?:iaq|iaqs|immigration alien query|lesc|law enforcement support center|ice questionnaire|immigration questionnaire|notif\w* (?:to )?ice|ice (?:is|shall be|will be) notified|immigration status (?:check|inquiry|query)|determin\w* (?:their |the )?immigration status)\b/;

/**
 * Foreign birth or foreign papers as what sets off a status check or a report to ICE ("If the arrestee was born
 * outside the United States, an IAQ is requested"): national origin as the basis of screening.
 */
function birthplaceTrigger(clause: Clause): ActionMatch | undefined {
  const words = clause.sentence.words;
  const trigger = birthplace(words, clause.from, clause.to);
  if (!trigger || insideException(clause, trigger.start) || isDisclaimed(words, clause.from, trigger.start)) return undefined;
  const lead = clause.frame;
  const around = phrase(words, clause.from, clause.to) + (lead ? ` ${phrase(lead.sentence.words, lead.from, lead.to)}` : '');
  if (!statusCheckTriggered.test(around) || !affirmsAt(clause, trigger.start)) return undefined;
  const verb = clause.modal ? clause.modal.to : trigger.start;
  // No rewrite: negating the trigger ("when an inmate is not foreign born") or the check under it ("shall not request an
  // IAQ if the arrestee was born abroad") would keep foreign birth as the line between who is checked and who is not.
  return { verb, base: words[verb]!.lower, start: trigger.start, end: trigger.end, rewrite: false };
}

/** A clause treating a protected characteristic as a reason for suspicion or police action. */
function findProfiling(clause: Clause): ActionMatch | undefined {
  const birth = birthplaceTrigger(clause);
  if (birth) return birth;
  const words = clause.sentence.words;
  const trait = factor(words, clause.from, clause.to);
  if (!trait || insideException(clause, trait.start) || isDisclaimed(words, clause.from, trait.start)) return undefined;
  // "cards issued by the Mexican Consulate": the word names an institution, not anyone's origin.
  if (INSTITUTIONS.test(words[trait.end]?.text ?? '')) return undefined;
  let text = '';
  for (let i = clause.from; i < clause.to; i++) text += ` ${words[i]!.lower}`;
  if (OTHER_USES.test(text)) return undefined;
  // A trait given as the cause of an action ("Because she speaks little English, officers may ask…") makes
  // any police action a response to it.
  const cause = CAUSE.test(phrase(words, Math.max(clause.from, trait.start - 4), trait.start));
  // "ask a person with a heavy accent for identification": the trait picks out whom the action is aimed at.
  // Only for demands of identity or papers: "ask callers who speak Spanish for their location" is routine.
  const selects =
    /\b(?:with|who|whose|that) (?:\S+ ){0,2}$/.test(`${phrase(words, Math.max(clause.from, trait.start - 3), trait.start)} `) &&
    /\b(?:identification|id|ids|identity|documents?|papers|status)\b/.test(phrase(words, trait.end, Math.min(clause.to, trait.end + 8)));
  for (let i = clause.from; i < clause.to; i++) {
    const word = words[i]!.lower;
    let verb =
      SUSPICION_WORDS.get(word) ?? (cause || (selects && i < trait.start && trait.start - i <= 6) ? CAUSED_ACTIONS.get(word) : undefined);
    // "follow" is surveillance, not "follow up" or "follow the procedure".
    if (
      verb === 'follow' &&
      (/^(?:up|through)$/.test(words[i + 1]?.lower ?? '') ||
        /\b(?:polic\w*|procedures?|plan|orders?|guidance|rules|protocols?|laws?|instructions|steps)\b/.test(
          phrase(words, i + 1, Math.min(clause.to, i + 4)),
        ))
    )
      verb = undefined;
    // "the individuals in question", "call into question": a question no one asks.
    if (verb === 'question' && word === 'question' && /^(?:in|into|beyond|without)$/.test(words[i - 1]?.lower ?? '')) verb = undefined;
    // "it's time to stop and…": "stop" with no one stopped means to cease.
    if (verb === 'stop' && !isNounUse(words, i) && (i + 1 >= clause.to || /^(?:and|or|but|now|here|there)$/.test(words[i + 1]!.lower)))
      verb = undefined;
    if (!verb && !SUSPICION_NOUNS.has(word)) continue;
    // "…unless there is reason to believe the card is fake": a reason in an exception is not the trait's use.
    if (i >= trait.start && i < trait.end) continue;
    const inException = (exception: { from: number; to: number }): boolean =>
      /^(?:unless|except)$/.test(words[exception.from]!.lower) && exception.from >= trait.end && i >= exception.from && i < exception.to;
    if (clause.exceptions.some(inException)) continue;
    // "ask about nationality … after an arrest": an action named as a noun in a time adjunct after the trait is no use of it.
    if (
      i > trait.end &&
      isNounUse(words, i) &&
      [words[i - 1], words[i - 2]].some((w) => /^(?:after|before|following|upon|at)$/.test(w?.lower ?? ''))
    )
      continue;
    // "establish the nationality of every occupant": nationality as the object of an inquiry is a status
    // inquiry, not a basis for suspicion.
    if (
      verb &&
      INQUIRIES.has(verb) &&
      trait.start > i &&
      trait.start - i <= 3 &&
      /nationalit|origin/.test(phrase(words, trait.start, trait.end))
    )
      return undefined;
    if (forbidsAt(clause, Math.max(i, trait.start)) || !affirmsAt(clause, Math.max(i, trait.start))) return undefined;
    const start = Math.min(i, trait.start);
    const end = Math.max(i + 1, trait.end);
    if (end - start > 16) continue;
    const copula = words.findIndex(
      (token, index) => index >= clause.from && index < clause.to && (token.lower === 'is' || token.lower === 'are'),
    );
    const action = clause.modal ? clause.modal.to : copula !== -1 ? copula : i;
    return { verb: action, base: verb ?? words[action]!.lower, start, end };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'profiling',
    category: 'profiling',
    severity: 'error',
    description:
      'Race, ethnicity, national origin, foreign appearance, accent, language or limited English proficiency as a reason for suspicion, a stop or questioning.',
    messages: {
      profiling: 'Race, origin, appearance, accent or language must never be a reason for suspicion or police action, in whole or in part.',
    },
    url: 'rules/docs/profiling.md',
    coversItems: true,
    citations: [citations.sfGo515, citations.caValuesAct, citations.taskForce],
  },
  docs: {
    rationale:
      'Appearance, accent and language say nothing about whether someone committed a crime or lacks status, yet they describe most immigrant residents. Policy that lets them feed suspicion tells whole neighbourhoods that they are suspects. A concrete description of a suspect from a victim or witness is different and stays allowed.',
    compliant: [
      'Officers shall not use race, ethnicity, national origin, accent or language, in whole or in part, as a reason to stop or question anyone.',
      'Limited English proficiency is never a sign of unlawful presence or of criminal activity.',
      'Officers may rely on a specific suspect description given by a victim or witness.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    for (const clause of context.clauses) {
      const match = findProfiling(clause);
      if (!match) continue;
      reportAction(context, clause, match, 'profiling', MODEL);
    }
  },
  examples: {
    flagged: [
      {
        text: 'In deciding whom to question after a burglary, officers may take into account whether residents of the block appear to be recent immigrants.',
        output: 'Officers shall not take into account whether residents of the block appear to be recent immigrants.',
      },
      {
        text: 'Individuals who look Middle Eastern should receive additional screening at the courthouse entrance.',
        output: 'Individuals who look Middle Eastern shall not receive additional screening at the courthouse entrance.',
      },
      {
        text: 'Deputies may consider a driver’s accent when deciding whether to extend the stop.',
        output: 'Deputies shall not consider a driver’s accent.',
      },
    ],
    accepted: [
      { text: 'Officers shall not stop or question any person because of ethnicity or accent.' },
      { text: 'A driver’s accent is never a reason to ask for identification.' },
      { text: 'The victim described the attacker as a tall Hispanic man with a red jacket.' },
    ],
  },
});
