import { affirmsAt, insideException, type Clause } from '../core/analysis/clause.ts';
import { findCivilDetention } from './civil-detention.ts';
import { findDetainer } from './detainer.ts';
import { findDocumentDemand } from './document-demand.ts';
import { findEnforcementRole } from './enforcement-role.ts';
import { findNotification } from './ice-notification.ts';
import { findProfiling } from './profiling.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { findStatusTopic, hasImmigrationContext, isAboutCertification, isDisclaimed } from './lib/topics.ts';
import { reportAction, type ActionMatch } from './lib/match.ts';
import { findWord, verbFamily } from './lib/words.ts';

/** Verbs of finding out or recording a person's status. */
export const INQUIRY_VERBS = verbFamily(
  'ask',
  'inquire',
  'enquire',
  'question',
  'determine',
  'verify',
  'check',
  'confirm',
  'screen',
  'query',
  'ascertain',
  'establish',
  'investigate',
  'find',
  'learn',
  'record',
  'note',
  'include',
  'log',
  'collect',
  'request',
  'obtain',
  'probe',
  'evaluate',
  'assess',
);
// "find" counts only as "find out"; "investigate", "request", "obtain" only with a status topic right after.
const NEEDS_PARTICLE: Record<string, string> = { find: 'out', learn: 'whether' };

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
    ],
    invalid: [
      { text: 'Deputies may ask passengers about their immigration status.', output: 'Deputies shall not ask passengers about their immigration status.' },
      { text: 'Officers shall determine whether the driver is lawfully present in the United States.' },
      { text: 'Dispatchers will ask callers whether they are in the country legally.', output: 'Dispatchers will not ask callers whether they are in the country legally.' },
      { text: 'Members are authorized to:\n\n1. verify the immigration status of a driver;\n2. call a tow truck.', output: 'Members shall not verify the immigration status of a driver;' },
      { text: 'Officers shall not ask about immigration status unless it is relevant to the call.' },
      { text: 'The jail records the citizenship of every arrestee.', output: 'The jail does not record the citizenship of every arrestee.' },
      { text: 'When you call, the officer will check your immigration status.', kind: 'outreach' },
      { text: 'Investigators shall not ask where a witness was born, except when it is relevant.' },
      { text: 'Traffic units may:\n\n- find out whether a passenger was born in another country;\n- issue warnings.', output: 'Traffic units shall not find out whether a passenger was born in another country;' },
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
  for (let verb = findWord(words, INQUIRY_VERBS, clause.from, clause.to); verb !== -1; verb = findWord(words, INQUIRY_VERBS, verb + 1, clause.to)) {
    if (insideException(clause, verb)) continue;
    const base = INQUIRY_VERBS.get(words[verb]!.lower)!;
    const particle = NEEDS_PARTICLE[base];
    if (particle && words[verb + 1]?.lower !== particle) continue;
    // The topic is the verb's object: look a short way ahead, stopping at the next clause or exception.
    const limit = Math.min(clause.to, verb + 14);
    const topic = findStatusTopic(words, verb + 1, limit, context);
    // "ask for help, no matter your immigration status" mentions status only to set it aside.
    if (topic && isDisclaimed(words, verb + 1, topic.start)) continue;
    if (topic && !clause.exceptions.some((exception) => topic.start >= exception.from && topic.start < exception.to)) {
      return { verb, base, start: verb, end: topic.end };
    }
  }
  return undefined;
}
