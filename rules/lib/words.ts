import type { Token } from '../../core/analysis/sentences.ts';

export interface Found {
  /** Word indexes, end exclusive. */
  start: number;
  end: number;
}

/** Finds the first of a set of phrases in a range of words. */
export type PhraseFinder = (words: readonly Token[], from: number, to: number) => Found | undefined;

interface Slot {
  optional: boolean;
  /** Alternatives matched in lower case. */
  words: ReadonlySet<string>;
  /** Alternatives matched against the word as written ("ICE", not "ice"). */
  exact: ReadonlySet<string>;
  /** Beginnings of words ("deport*": deport, deported, deportation). */
  prefixes: readonly string[];
}

/**
 * Phrase finders declared and indexes built so far. A finder builds its index on first use: the pack's modules
 * declare a few hundred at their top level, and a draft uses some of them (test/rules/cold-start.test.ts).
 */
export const phraseFinders = { declared: 0, built: 0 };

/**
 * A finder of phrase patterns: words separated by spaces, each slot a `|`-separated list of alternatives;
 * a leading `?` makes a slot optional, a leading `=` on an alternative matches the case as written
 * ("immigration|=ICE"), `*` is any word and a trailing `*` any ending ("deport*").
 * Possessive "'s" is ignored. Patterns are indexed by their first word, so a scan costs one lookup a word
 * (and one test per pattern that opens with the beginning of a word). The index is built on the first search.
 */
export function phrases(...patterns: string[]): PhraseFinder {
  phraseFinders.declared++;
  let find: PhraseFinder | undefined;
  return (words, from, to) => (find ??= indexPhrases(patterns))(words, from, to);
}

function indexPhrases(patterns: readonly string[]): PhraseFinder {
  phraseFinders.built++;
  const byFirst = new Map<string, Slot[][]>();
  // Patterns opening with the beginning of a word, by that beginning's first letter: a word is tested only against those.
  const byPrefix = new Map<string, [string, Slot[]][]>();
  // A pattern opening with optional words is indexed once per possible first word.
  const expanded = patterns.flatMap(withoutLeadingOptions);
  for (const pattern of expanded) {
    const slots = pattern.split(' ').map((slot): Slot => {
      const optional = slot.startsWith('?');
      const alternatives = (optional ? slot.slice(1) : slot).split('|');
      const prefix = (word: string): boolean => word.length > 1 && word.endsWith('*');
      return {
        optional,
        words: new Set(alternatives.filter((word) => !word.startsWith('=') && !prefix(word))),
        exact: new Set(alternatives.filter((word) => word.startsWith('=')).map((word) => word.slice(1))),
        prefixes: alternatives.filter(prefix).map((word) => word.slice(0, -1)),
      };
    });
    const first = slots[0]!;
    for (const key of [...first.words, ...[...first.exact].map((word) => word.toLowerCase())]) {
      byFirst.set(key, [...(byFirst.get(key) ?? []), slots]);
    }
    for (const start of first.prefixes) byPrefix.set(start[0]!, [...(byPrefix.get(start[0]!) ?? []), [start, slots]]);
  }
  const hasPrefixes = byPrefix.size > 0;
  // Most words open no pattern: they cost one lookup, and no loop is entered for them.
  return (words, from, to) => {
    for (let i = from; i < to; i++) {
      const word = bare(words[i]!.lower);
      let best = -1;
      const opening = byFirst.get(word);
      if (opening) for (const slots of opening) best = Math.max(best, matchSlots(words, i, to, slots));
      const byStart = hasPrefixes ? byPrefix.get(word[0] ?? '') : undefined;
      if (byStart) for (const [start, slots] of byStart) if (word.startsWith(start)) best = Math.max(best, matchSlots(words, i, to, slots));
      if (best > i) return { start: i, end: best };
    }
    return undefined;
  };
}

function withoutLeadingOptions(pattern: string): string[] {
  if (!pattern.startsWith('?')) return [pattern];
  return [pattern.slice(1), ...withoutLeadingOptions(pattern.slice(pattern.indexOf(' ') + 1))];
}

function bare(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** End of the longest match of `slots` from word `at`, or -1; optional slots are tried both ways. */
function matchSlots(words: readonly Token[], at: number, to: number, slots: Slot[], slot = 0): number {
  if (slot === slots.length) return at;
  const { optional, exact, words: accepted, prefixes } = slots[slot]!;
  const token = words[at];
  const matches =
    token !== undefined &&
    at < to &&
    (accepted.has(bare(token.lower)) ||
      accepted.has('*') ||
      (exact.size > 0 && (exact.has(token.text) || exact.has(token.text.replace(/['’]s$/, '')))) ||
      (prefixes.length > 0 && prefixes.some((start) => token.lower.startsWith(start))));
  const taken = matches ? matchSlots(words, at + 1, to, slots, slot + 1) : -1;
  if (!optional) return taken;
  return Math.max(taken, matchSlots(words, at, to, slots, slot + 1));
}

const IRREGULAR: Record<string, string[]> = {
  hold: ['held'],
  keep: ['kept'],
  tell: ['told'],
  make: ['made'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  find: ['found'],
  send: ['sent'],
  bring: ['brought'],
  seek: ['sought'],
  show: ['shown'],
  let: [],
  put: [],
};

/** The inflected forms of a regular (or listed irregular) English verb: ask → asks, asked, asking. */
export function verbForms(base: string): string[] {
  const forms = new Set([base]);
  if (/[^aeiou]y$/.test(base)) {
    forms
      .add(`${base.slice(0, -1)}ies`)
      .add(`${base.slice(0, -1)}ied`)
      .add(`${base}ing`);
  } else if (base.endsWith('e')) {
    forms
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  } else {
    forms.add(/(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`);
    forms.add(`${base}ed`).add(`${base}ing`);
    // Stems ending consonant-vowel-consonant may double (stop → stopped, admit → admitted); the
    // undoubled spellings are kept too, since stress decides and a spare form costs nothing.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) forms.add(`${base + base.slice(-1)}ed`).add(`${base + base.slice(-1)}ing`);
  }
  for (const form of IRREGULAR[base] ?? []) forms.add(form);
  return [...forms];
}

/** A family of verbs (and fixed words) matched in any inflection: form → base. */
export function verbFamily(...bases: string[]): ReadonlyMap<string, string> {
  const family = new Map<string, string>();
  for (const base of bases) for (const form of verbForms(base)) family.set(form, base);
  return family;
}

/** Verbs of turning something down: a request, a detainer, an identity card. */
export const REJECTING = verbFamily('reject', 'refuse', 'decline', 'deny', 'ignore', 'disallow', 'bar');

/** Index of the first word in [from, to) that belongs to `family`, or -1. */
export function findWord(
  words: readonly Token[],
  family: ReadonlyMap<string, string> | ReadonlySet<string>,
  from: number,
  to: number,
): number {
  for (let i = from; i < to; i++) if (family.has(words[i]!.lower)) return i;
  return -1;
}

/** Lower-cased words of a range joined by single spaces, for phrase tests. */
export function phrase(words: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? ' ' : '') + words[i]!.lower;
  return out;
}

// Words that make the next word a noun: "a traffic stop", "the arrest", "an ICE hold", "without delay", "past release".
const NOUN_MARKERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'each',
  'every',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'traffic',
  'vehicle',
  'pedestrian',
  'investigative',
  'investigatory',
  'routine',
  'lawful',
  'during',
  'after',
  'of',
  'ice',
  'immigration',
  'custodial',
  'no',
  'without',
  'past',
  'beyond',
  'until',
  'upon',
  'pending',
  'before',
  'on',
  'at',
]);

/** Whether a word that can be a verb is used as a noun here ("a traffic stop", "after arrest"). */
export function isNounUse(words: readonly Token[], index: number): boolean {
  const previous = words[index - 1]?.lower ?? '';
  // "continue our practice of notifying ICE": a practice or policy of doing names what is done.
  if (previous === 'of' && words[index]!.lower.endsWith('ing') && PRACTICES.test(words[index - 2]?.lower ?? '')) return false;
  // "release no one without notifying ICE": the act that "without" excludes (or, under a negation, demands).
  if (previous === 'without' && words[index]!.lower.endsWith('ing')) return false;
  // After "to", a verb is in its base form: "respond to calls", "listen to reports" are nouns.
  if (previous === 'to' && /[^s]s$/.test(words[index]!.lower)) return true;
  // "arrests of persons unlawfully present", "detentions of": a plural with "of" after it is a noun.
  if (/[^s]s$/.test(words[index]!.lower) && words[index + 1]?.lower === 'of') return true;
  // After a possessive a verb form is a noun: "the inmate's release date", "the officer's report".
  if (/'s$/.test(previous)) return true;
  if (nounAfterIn(words, index)) return true;
  // "answer calls for service", "take reports": a plural after a verb of handling is its object.
  if (HANDLING.test(previous) && /[^s]s$/.test(words[index]!.lower)) return true;
  // "answer an emergency call", "take a phone report": a noun with its article and one modifier after such a verb.
  if (HANDLING.test(words[index - 3]?.lower ?? '') && /^(?:a|an|the|any|every|each)$/.test(words[index - 2]?.lower ?? '')) return true;
  if (/^calls?$/.test(words[index]!.lower) && words[index + 1]?.lower === 'for' && words[index + 2]?.lower === 'service') return true;
  return NOUN_MARKERS.has(previous);
}
const PRACTICES = /^(?:practices?|polic(?:y|ies)|procedures?|customs?|habit)$/;
const HANDLING =
  /^(?:answer|answers|answering|answered|take|takes|taking|took|handle|handles|handling|handled|receive|receives|receiving|received|accept|accepts|accepting|accepted|field|fields|fielding)$/;

/** "an increase in questions", "in custody": a verb form after "in" is a noun; "engage in questioning" keeps the act. */
export function nounAfterIn(words: readonly Token[], index: number): boolean {
  return words[index - 1]?.lower === 'in' && !words[index]!.lower.endsWith('ing');
}
