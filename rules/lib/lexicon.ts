// The pack's named concepts (rules/lexicon/*/*.yml), compiled once into the matchers rules and provisions share:
// a rule that needs "status" and a provision that needs "status" use the same matcher, built from the same data.
import type { ConceptKind } from '../lexicon/compile.ts';
import { type ConceptId, LEXICON } from '../lexicon/lexicon.generated.ts';
import { type PhraseFinder, phrases, verbFamily } from './words.ts';

/**
 * Languages whose entries the English pack matches: English, and the Spanish words residents use in English
 * drafts and handouts ("papeles", "la migra"). A Spanish pack would read Spanish text with its own grammar and
 * match the `es` entries as its own language.
 */
export const PACK_LANGUAGES: readonly string[] = ['en', 'es'];

/** Every entry of a concept in the pack's languages; a concept used as the wrong kind fails at load. */
function entries(id: ConceptId, kind: ConceptKind): string[] {
  const found = PACK_LANGUAGES.flatMap((language) => {
    const concept = LEXICON[language]?.[id];
    if (concept && concept.kind !== kind) throw new TypeError(`lexicon concept "${id}" lists ${concept.kind}, not ${kind}`);
    return concept?.entries ?? [];
  });
  if (found.length === 0) throw new TypeError(`lexicon concept "${id}" has no ${kind} in ${PACK_LANGUAGES.join(', ')}`);
  return found;
}

const compiled = new Map<string, unknown>();

function memo<T>(key: string, build: () => T): T {
  if (!compiled.has(key)) compiled.set(key, build());
  return compiled.get(key) as T;
}

/** A concept of phrases as a finder (the first of its phrases in a range of words). */
export function conceptPhrases(id: ConceptId): PhraseFinder {
  return memo(`phrases:${id}`, () => phrases(...entries(id, 'phrases')));
}

/** A concept of verbs as a family matched in any inflection: form → base. */
export function conceptVerbs(id: ConceptId): ReadonlyMap<string, string> {
  return memo(`verbs:${id}`, () => verbFamily(...entries(id, 'verbs')));
}

/** A concept of single words as a set. */
export function conceptWords(id: ConceptId): ReadonlySet<string> {
  return memo(`words:${id}`, () => new Set(entries(id, 'words')));
}

/** A concept of terms, each with the words that replace it (the preferred first). */
export function conceptReplacements(id: ConceptId): ReadonlyMap<string, readonly string[]> {
  return memo(`replacements:${id}`, () => {
    entries(id, 'replacements');
    return new Map(PACK_LANGUAGES.flatMap((language) => Object.entries(LEXICON[language]?.[id]?.replacements ?? {})));
  });
}

/**
 * A concept as the source of a regular expression over lower-cased words joined by single spaces (`spanText`),
 * for rules whose grammar is a pattern around the concept: `(?:…)`, no word boundaries, which the rule adds.
 * Phrases are tried longest first (most words first), as the phrase finder takes the longest match.
 */
export function conceptPattern(id: ConceptId): string {
  return memo(`pattern:${id}`, () => {
    const kind = PACK_LANGUAGES.map((language) => LEXICON[language]?.[id]?.kind).find((found) => found !== undefined);
    if (kind === undefined) throw new TypeError(`lexicon concept "${id}" is not in the generated lexicon: run npm run lexicon`);
    if (kind === 'phrases' || kind === 'replacements') return phrasesPattern(entries(id, kind));
    const words = [...(kind === 'verbs' ? conceptVerbs(id).keys() : conceptWords(id))];
    return `(?:${words
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})`;
  });
}

/** Phrase patterns (the notation of `phrases`) as one regular-expression source, longest phrases first. */
export function phrasesPattern(patterns: readonly string[]): string {
  const alternatives = patterns
    .map((pattern) => pattern.split(' '))
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  return `(?:${alternatives.join('|')})`;
}

function phrasePattern(slots: readonly string[]): string {
  const word = (alternative: string): string => {
    if (alternative.startsWith('='))
      throw new TypeError(`"${slots.join(' ')}": "${alternative}" matches as written, which a pattern over lower-cased words cannot`);
    if (alternative === '*') return '[^ ]+';
    return alternative.length > 1 && alternative.endsWith('*') ? `${escape(alternative.slice(0, -1))}\\w*` : escape(alternative);
  };
  let source = '';
  let opened = false;
  for (const slot of slots) {
    const optional = slot.startsWith('?');
    const words = `(?:${(optional ? slot.slice(1) : slot).split('|').map(word).join('|')})`;
    // Each word after the first that is present carries the space before it.
    if (!opened) source += optional ? `(?:${words} )?` : words;
    else source += optional ? `(?: ${words})?` : ` ${words}`;
    opened ||= !optional;
  }
  return source;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
