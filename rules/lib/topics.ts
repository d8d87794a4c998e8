import type { Token } from '../../core/analysis/sentences.ts';

export interface Found {
  /** Word indexes, end exclusive. */
  start: number;
  end: number;
}

/**
 * Phrases that name a person's immigration or citizenship status. Each is a list of alternatives per
 * word; `?` marks an optional word.
 */
const STATUS_PHRASES: string[][] = [
  ['immigration|citizenship|residency|visa|legal|lawful|alien|migratory|residence', '?or', '?immigration|citizenship', 'status|statuses'],
  ['citizenship|nationality|naturalization'],
  ['lawful|unlawful|legal|illegal', 'presence|residency|residence'],
  ['lawfully|unlawfully|legally|illegally', 'present|residing|admitted'],
  ['in|into', 'the', 'country|u.s.|us|united', '?states', 'legally|illegally|lawfully|unlawfully'],
  ['here|reside|residing|living|present', 'legally|illegally|lawfully|unlawfully'],
  // "whether he is a citizen", "if they are U.S. citizens"
  ['is|are|be|am|was|were|being', '?a|an', '?u.s.|us|american|united', '?states', 'citizen|citizens|noncitizen|noncitizens|alien|aliens|immigrant|immigrants'],
  ['undocumented|deportable|removable|removability|deportability'],
  ['how|when', 'he|she|they|the|a|person|people|he or she', '?or', '?she', '?person', 'entered|came|arrived'],
  ['manner|method|date|place|country', 'of', 'entry|birth'],
  ['birthplace|alien|a-number'],
  ['immigration', 'history|record|records|file|files|violation|violations|case'],
];

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

const compiled = STATUS_PHRASES.map((pattern) =>
  pattern.map((alternatives) => {
    const optional = alternatives.startsWith('?');
    return { optional, words: new Set((optional ? alternatives.slice(1) : alternatives).split('|')) };
  }),
);

function matchAt(words: readonly Token[], at: number, to: number, pattern: (typeof compiled)[number]): number {
  let i = at;
  for (const part of pattern) {
    const word = words[i]?.lower.replace(/'s$/, '');
    if (i < to && word !== undefined && part.words.has(word)) i++;
    else if (!part.optional) return -1;
  }
  return i;
}

/** The first immigration- or citizenship-status phrase in [from, to). */
export function findStatusTopic(words: readonly Token[], from: number, to: number, immigrationContext: boolean): Found | undefined {
  for (let i = from; i < to; i++) {
    for (const pattern of compiled) {
      const end = matchAt(words, i, to, pattern);
      if (end > i) return { start: i, end };
    }
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
  return undefined;
}
