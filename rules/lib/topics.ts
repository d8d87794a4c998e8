import type { Token } from '../../core/analysis/sentences.ts';
import { phrases, type Found } from './words.ts';

/** Phrases that name a person's immigration or citizenship status. */
const statusPhrase = phrases(
  'immigration|citizenship|residency|visa|legal|lawful|alien|migratory|residence ?or ?immigration|citizenship status|statuses',
  'citizenship|nationality|naturalization',
  'lawful|unlawful|legal|illegal presence|residency|residence',
  'lawfully|unlawfully|legally|illegally present|residing|admitted',
  'in|into the country|u.s.|us|united ?states legally|illegally|lawfully|unlawfully',
  'here|reside|residing|living|present legally|illegally|lawfully|unlawfully',
  // "whether he is a citizen", "if they are U.S. citizens"
  'is|are|be|am|was|were|being ?a|an ?u.s.|us|american|united ?states citizen|citizens|noncitizen|noncitizens|alien|aliens|immigrant|immigrants',
  'undocumented|deportable|removable|removability|deportability',
  'how|when he|she|they|the|a|person|people ?or ?she ?person entered|came|arrived',
  'manner|method|date|place|country of entry|birth|origin',
  'where he|she|they|the ?or ?she ?person|people was|were|are|is born',
  'birthplace|alien|a-number',
  'immigration history|record|records|file|files|violation|violations|case|papers|documents',
  'lack|lacks|lacking|without legal|lawful|immigration status',
);

// "status" alone, in a sentence about immigration: "verify that person's status".
const SENSES_OF_STATUS = new Set([
  'probation',
  'parole',
  'case',
  'warrant',
  'custody',
  'investigation',
  'employment',
  'marital',
  'license',
  'licence',
  'registration',
  'insurance',
  'health',
  'medical',
  'financial',
  'housing',
  'bail',
  'court',
  'release',
  'duty',
  'call',
  'request',
  'application',
  'tax',
  'vehicle',
  'supervision',
  'sex-offender',
  'offender',
  'veteran',
  'student',
  'military',
]);
const IMMIGRATION_CONTEXT =
  /\b(?:immigra\w*|citizen\w*|undocumented|unlawfully present|unlawful presence|illegally present|lawfully present|in the country (?:il)?legally|deport\w*|removab\w*|visa|green card|ice|border|alien)\b/;

export function hasImmigrationContext(words: readonly Token[], from: number, to: number): boolean {
  let text = '';
  for (let i = from; i < to; i++) text += ' ' + words[i]!.lower;
  return IMMIGRATION_CONTEXT.test(text);
}

/** The first immigration- or citizenship-status phrase in [from, to). */
export function findStatusTopic(words: readonly Token[], from: number, to: number, immigrationContext: boolean): Found | undefined {
  const phrase = statusPhrase(words, from, to);
  for (let i = from; i < (phrase ? phrase.start : to); i++) {
    const word = words[i]!.lower;
    if (immigrationContext && (word === 'status' || word === 'status.')) {
      const before = words[i - 1]?.lower;
      const after = words[i + 1]?.lower;
      const senseAfter = after === 'of' && words[i + 2] && !/^(?:a|an|the|that|this|each|every|any|all)$/.test(words[i + 2]!.lower) ? undefined : after;
      if (before && SENSES_OF_STATUS.has(before)) continue;
      if (senseAfter === 'of' && SENSES_OF_STATUS.has(words[i + 3]?.lower ?? '')) continue;
      return { start: i, end: i + 1 };
    }
  }
  return phrase;
}
