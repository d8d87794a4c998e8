import { affirmsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { findDetainer } from './detainer.ts';
import { findEnforcementRole } from './enforcement-role.ts';
import { actionVerbs, perClause, reportAction, type ActionMatch } from './lib/match.ts';
import { findProfiling } from './profiling.ts';
import { findAuthority, findStatusTopic, hasImmigrationContext, isDisclaimed, mentionsCriminalMatter } from './lib/topics.ts';
import { isNounUse, type Found } from './lib/words.ts';
import { conceptPhrases, conceptVerbs } from './lib/lexicon.ts';

const MODEL =
  'Being in the country without lawful status is a civil matter, not a crime. Members shall not stop, detain, arrest, hold or transport any person, or extend a stop, because of a suspected civil immigration violation or to find out a person’s immigration status.';

/** Verbs of taking or keeping someone in custody, or stretching an encounter. */
const DETAIN = conceptVerbs('detention');
// "take into custody", "place under arrest", "pull over", "hand over": these verbs count only with their particle.
const PARTICLES: Record<string, RegExp> = {
  take: /^(?:into|in)$/,
  place: /^under$/,
  pull: /^over$/,
  hand: /^over$/,
  turn: /^over$/,
  cite: /^for$/,
};
/** Civil immigration grounds besides status phrases. */
const civilGround = conceptPhrases('civil-ground');

/** A clause detaining, arresting or prolonging a stop on civil immigration grounds. */
export const findCivilDetention = perClause((clause: Clause): ActionMatch | undefined => {
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
    if (isNounUse(words, verb)) continue;
    const ground = groundOf(clause, verb);
    // "whether a witness holds a valid visa": the verb belongs to the status phrase itself (possession, not custody).
    if (!ground || (verb >= ground.start && verb < ground.end) || !affirmsAt(clause, verb)) continue;
    const start = Math.min(verb, ground.start);
    const end = Math.max(verb + 1, ground.end);
    // Ground in the subject ("A person who admits being undocumented may be held"): flag the verb group only.
    return end - start > 18 ? { verb, base, start: verb, end: verb + 1 } : { verb, base, start, end };
  }
  return undefined;
});

/** The civil-immigration ground of a detention verb: in the clause, not disclaimed, not in an exception. */
function groundOf(clause: Clause, verb: number): Found | undefined {
  const words = clause.sentence.words;
  const context = hasImmigrationContext(words, clause.from, clause.to);
  const candidates = [
    findStatusTopic(words, clause.from, clause.to, context),
    civilGround(words, clause.from, clause.to),
    // "until federal agents arrive", "pending a call to ICE"
    waitingFor(clause, verb, context),
  ];
  for (const found of candidates) {
    if (!found || insideException(clause, found.start) || isDisclaimed(words, clause.from, found.start)) continue;
    return found;
  }
  return undefined;
}

function waitingFor(clause: Clause, verb: number, context: boolean): Found | undefined {
  const words = clause.sentence.words;
  for (let i = verb + 1; i < Math.min(clause.to, verb + 12); i++) {
    const word = words[i]!.lower;
    if (word !== 'until' && word !== 'pending' && word !== 'for' && word !== 'while') continue;
    const authority = findAuthority(words, i + 1, Math.min(clause.to, i + 8), context);
    if (authority) return { start: i, end: authority.end };
  }
  return undefined;
}

/** Rules whose reading of the same words wins: a detainer hold, an enforcement role, profiling. */
const PRECEDENT = [findDetainer, findEnforcementRole, findProfiling];

export default defineRule({
  meta: {
    id: 'civil-detention',
    category: 'civil-detention',
    severity: 'error',
    description:
      'Stopping, detaining, arresting, holding or prolonging a stop because of suspected unlawful presence or another civil immigration violation.',
    url: 'rules/docs/civil-detention.md',
    citations: [citations.sfGo515, citations.minneapolis, citations.caValuesAct, citations.arizona],
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
      const match = findCivilDetention(clause);
      if (!match || PRECEDENT.some((find) => find(clause))) continue;
      reportAction(
        context,
        clause,
        match,
        'Detaining or arresting someone, or prolonging a stop, on civil immigration grounds goes beyond local police authority and makes contact with the police a risk for immigrants.',
        MODEL,
      );
    }
  },
  tests: {
    valid: [
      { text: 'No person shall be arrested because he or she may be undocumented.' },
      { text: 'Officers may detain the suspect for questioning about the robbery.' },
      { text: 'Deputies shall arrest a person for a crime regardless of immigration status.' },
      { text: 'The shoplifter was held at the store until officers arrived.' },
      { text: 'Officers shall hold the seized cash as evidence.' },
      { text: 'Detectives may arrest suspects in a human smuggling ring.' },
      {
        text: 'Officers shall not:\n\n- prolong a traffic stop to check immigration status;\n- take anyone into custody for overstaying a visa.',
      },
      { text: 'Officers shall give a victim-services card to every undocumented person arrested at the scene.' },
      { text: 'Officers may hold the door for a person who has a visa appointment.' },
      { text: 'The officer may take the person into custody if he admits he stole the car.' },
      { text: 'Jail intake forms require the inmate’s citizenship to be filled in.' },
      { text: 'When you are stopped, show the officer your immigration papers.', kind: 'outreach' },
      { text: 'Keep the witness at the scene until the detective arrives.' },
      { text: 'Officers can detain a person for not having a license.' },
      { text: 'Officers may detain a person only for a crime committed in their presence.' },
      { text: 'Officers may ask about status only for trafficking investigations.' },
      { text: 'Detectives may clarify whether a witness holds a valid visa.' },
      { text: 'Where a records check reveals an outstanding criminal warrant, the subject shall be placed under arrest.' },
      { text: 'A prior deportation is not a reason to place anyone under arrest.' },
      { text: 'A: Yes, officers ask every person they detain whether he or she is a citizen.' },
      {
        text: 'A suspect may be held at the scene until a supervisor arrives, but no one may be held on the basis of immigration status alone.',
      },
    ],
    invalid: [
      { text: 'Any person who admits to being in the United States without authorization shall be taken into custody.' },
      { text: 'Where a records check reveals a prior deportation, the subject shall be placed under arrest.' },
      { text: 'Officers may detain a person only for not having papers.' },
      { text: 'Deputies can hold a passenger only for being in the country unlawfully.' },
      {
        text: 'Deputies may take into custody anyone who entered the country without inspection.',
        output: 'Deputies shall not take into custody',
      },
      { text: 'Officers shall hold a driver who lacks legal status until Border Patrol arrives.' },
      { text: 'Members may lengthen a stop to confirm whether the passenger is a citizen.' },
      {
        text: 'Troopers are to:\n\n1. arrest undocumented passengers;\n2. tow the vehicle.',
        output: 'Troopers shall not arrest undocumented passengers;',
      },
      {
        text: 'A person suspected of unlawful presence may be detained.',
        output: 'A person suspected of unlawful presence shall not be detained.',
      },
      { text: 'Deputies shall arrest every person found to be removable.' },
      { text: 'When a driver has no license, officers may:\n\n1. hold the driver until Border Patrol can confirm her status.' },
      { text: 'Officers may detain anyone suspected of being in the country unlawfully.' },
      { text: 'A passenger who cannot prove lawful presence may be arrested.' },
      { text: 'An individual subject to a final order of removal may be taken into custody by officers.' },
      { text: 'The officer may take the person into custody if he admits he has no papers.' },
      { text: 'Officers may detain anyone who admits to being out of status.' },
      { text: 'Persons found to have no right to be in the country shall be taken into custody.' },
      { text: 'Officers will keep a driver at the scene while CBP confirms whether he has permission to be in the country.' },
      { text: 'Officers can arrest a person for not having papers.' },
      { text: 'A: Yes, we detain people who have no papers.' },
      { text: 'No one may be held for a petty theft, but officers may hold anyone suspected of being undocumented.' },
    ],
  },
});
