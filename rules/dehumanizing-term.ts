import type { Token } from '../core/analysis/sentences.ts';
import { defineRule, type Edit } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { matchCase } from './lib/case.ts';
import { conceptPattern, conceptReplacements, conceptWords } from './lib/lexicon.ts';

/** A label, by its words, with the people-first words that replace it (the preferred first). */
interface Term {
  words: string[];
  replacements: readonly string[];
}

const termsOf = (id: 'dehumanizing-label' | 'dehumanizing-noun'): Term[] =>
  [...conceptReplacements(id)].map(([term, replacements]) => ({ words: term.split(' '), replacements }));
const TERMS = termsOf('dehumanizing-label');
// Labels only when used as a noun: "an illegal who…", not "illegal entry".
const NOUN_TERMS = new Map(termsOf('dehumanizing-noun').map((term) => [term.words.join(' '), term]));
const FIRST_WORDS = new Set([...TERMS.map((term) => term.words[0]!), ...NOUN_TERMS.keys()]);

// "an illegal" is the noun only when no noun follows: "an illegal who…", "an illegal from…", end of sentence.
const AFTER_NOUN_LABEL = conceptWords('noun-use-followers');

// A sentence that mentions a term to ban or discourage it ("Do not use the term…").
const MENTION_CUES = new RegExp(`\\b${conceptPattern('label-discussion')}\\b`);
const DOUBLE_QUOTE = /["“”]/;

// A statute's name is quoted law ("the Illegal Alien Act of 1999"); a program or unit named with a label ("the Criminal
// Alien Program") still labels people, but its name cannot be rewritten in place, so it gets no fix.
const STATUTE_WORDS = conceptWords('statute-title-words');
const NAME_WORDS = conceptWords('program-name-words');

const MODEL =
  'Members shall describe people by what they did or by neutral terms such as “undocumented immigrant”, “noncitizen” or “person without lawful immigration status”, never by labels such as “illegal alien”.';

export default defineRule({
  meta: {
    id: 'dehumanizing-term',
    category: 'dehumanizing-term',
    severity: 'warning',
    description: 'Labels that reduce a person to an immigration violation (“illegal alien”, “illegals”, “criminal alien”).',
    messages: {
      label: '“{{written}}” labels a person by an alleged immigration violation; describe the person instead (“{{replacement}}”).',
      name: '“{{written}}” in this name labels people by an alleged immigration violation; describe the program by what it does.',
    },
    url: 'rules/docs/dehumanizing-term.md',
    citations: [citations.apStylebook, citations.taskForce],
  },
  docs: {
    rationale:
      'A policy that calls people “illegals” tells the community how the department sees them, and residents who hear it stop calling. Even an otherwise compliant provision loses trust when it uses such a label. Describe the person, not a label; a sentence that quotes a label in order to ban it is fine.',
    compliant: [
      'The witness is an undocumented immigrant.',
      'Members shall treat every noncitizen with the same respect as any other resident.',
      'Members shall not use the term “illegal alien” in reports.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    const { sentence } = context;
    const words = sentence.words;
    // Quick exit: most sentences hold none of the terms' first words.
    if (!words.some((word) => FIRST_WORDS.has(word.lower) || word.lower.includes('-'))) return;
    const mentions = isMention(sentence.text);
    const text = sentence.block.text;
    for (const found of findTerms(words, text)) {
      // "Do not use the term “illegal alien”": the label quoted to discuss it. A quote around someone's words
      // ("“I call them illegal immigrants,” the sheriff said") still uses it.
      // 'the term "illegal alien" means…': a definition adopts the label; it does not discuss it.
      const quoted = quotedAlone(text, found.start, found.end);
      const defined = quoted && DEFINED_AS.test(text.slice(found.end, found.end + 24));
      if (mentions && quoted && !defined) continue;
      const written = text.slice(found.start, found.end);
      const { replacements } = found.term;
      // A possessive keeps its grammar only with a one-word replacement ("a noncitizen's release").
      const phrases = found.possessive ? replacements.filter((replacement) => !replacement.includes(' ')).slice(0, 1) : replacements;
      // A name cannot be rewritten in place; someone's quoted words cannot be changed without misquoting them (a label
      // quoted alone, "or “illegal aliens”", is the document's own word for them and can).
      const suggestions =
        found.name || (!quoted && insideQuotation(text, sentence.start, found.start, sentence.end))
          ? []
          : phrases.map((phrase): Edit => {
              const replacement = matchCase(written, phrase);
              return { title: `Replace with “${replacement}”`, start: found.start, end: found.end, text: replacement };
            });
      context.report({
        start: found.start,
        end: found.end,
        messageId: found.name ? 'name' : 'label',
        data: { written, replacement: matchCase(written, phrases[0] ?? '') },
        note: MODEL,
        suggestions,
      });
    }
  },
  examples: {
    flagged: [
      {
        text: 'Illegal aliens shall be referred to the federal task force.',
        output: 'Undocumented immigrants shall be referred to the federal task force.',
      },
      {
        text: 'The patrol unit stopped an illegal who was walking near the rail yard.',
        output: 'The patrol unit stopped an undocumented immigrant who was walking near the rail yard.',
      },
      {
        text: 'Members shall not ask illegals about their status.',
        output: 'Members shall not ask undocumented immigrants about their status.',
      },
    ],
    accepted: [
      { text: 'The witness is an undocumented immigrant who came forward on her own.' },
      { text: 'Officers found signs of illegal entry into the storage unit.' },
      { text: 'Illegal dumping behind the market shall be reported to public works.' },
    ],
  },
});

interface FoundTerm {
  term: Term;
  /** "a criminal alien's release": the span stops before the possessive ending. */
  possessive?: boolean;
  /** Part of a program's or unit's name ("Criminal Alien Program"). */
  name?: boolean;
  /** Offsets into the block's text. */
  start: number;
  end: number;
}

/** The term's words from `i`: "illegal aliens", "criminal alien's", or "illegal/undocumented aliens" (one of two slashed adjectives). */
function termAt(words: readonly Token[], text: string, i: number): { term: Term; last: number; possessive: boolean } | undefined {
  const slashed = words[i + 1] && text.slice(words[i]!.end, words[i + 1]!.start).trim() === '/' ? 1 : 0;
  for (const term of TERMS) {
    const parts = term.words.map((_, k) => words[i + k + (k > 0 ? slashed : 0)]?.lower ?? '');
    const last = parts.length - 1;
    const possessive = /'s$/.test(parts[last]!) && term.words.length > 1;
    if (possessive) parts[last] = parts[last]!.slice(0, -2);
    if (term.words.every((part, k) => parts[k] === part)) return { term, last: i + last + (last > 0 ? slashed : 0), possessive };
  }
  return undefined;
}

function findTerms(words: readonly Token[], text: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "illegal-alien" is one token; match its parts.
    if (word.lower.includes('-')) {
      const parts = word.lower.split('-');
      const term = TERMS.find(
        (candidate) => candidate.words.length === parts.length && candidate.words.every((part, k) => part === parts[k]),
      );
      if (term) found.push({ term, start: word.start, end: word.end });
      continue;
    }
    if (!FIRST_WORDS.has(word.lower)) continue;
    const at = termAt(words, text, i);
    if (at) {
      const last = words[at.last]!;
      const name = properName(words, i, at.last + 1);
      if (name === 'statute') continue;
      found.push({
        term: at.term,
        start: word.start,
        end: at.possessive ? last.end - 2 : last.end,
        possessive: at.possessive,
        name: name === 'name',
      });
      i = at.last;
      continue;
    }
    // "an illegal" used as a noun.
    const noun = NOUN_TERMS.get(word.lower);
    if (noun && /^(?:an|the|one|any|every|each|this|that)$/.test(words[i - 1]?.lower ?? '')) {
      const next = words[i + 1]?.lower;
      if (next === undefined || AFTER_NOUN_LABEL.has(next)) found.push({ term: noun, start: word.start, end: word.end });
    }
  }
  return found;
}

/** A capitalised term followed by a capitalised name word: a statute's title, or a program's or unit's name. */
function properName(words: readonly Token[], from: number, to: number): 'statute' | 'name' | undefined {
  const next = words[to];
  const capitalised = (token: Token): boolean => /^[A-Z][a-z]/.test(token.text);
  if (next === undefined || !capitalised(next) || !words.slice(from, to).every(capitalised)) return undefined;
  return STATUTE_WORDS.has(next.lower) ? 'statute' : NAME_WORDS.has(next.lower) ? 'name' : undefined;
}

const DEFINED_AS = /^[”"’']?,?\s+(?:means|shall mean|refers to|is defined as|includes)\b/;

/**
 * `at` is inside a quotation: an odd number of double quotes stands between it and the sentence's start, or between
 * it and the sentence's end (a quotation opened in an earlier sentence: "… because that's what they are," he said).
 */
function insideQuotation(text: string, from: number, at: number, to: number): boolean {
  const quotes = (start: number, end: number): number => {
    let count = 0;
    for (let i = start; i < end; i++) if (text[i] === '"' || text[i] === '“' || text[i] === '”') count++;
    return count;
  };
  return quotes(from, at) % 2 === 1 || quotes(at, to) % 2 === 1;
}

/** A quote mark opens right before the term or closes right after it ("“illegals”", "'illegal alien'"). */
function quotedAlone(text: string, start: number, end: number): boolean {
  return /["“‘'][^\S\n]?$/.test(text.slice(Math.max(0, start - 2), start)) || /^[^\S\n]?["”’']/.test(text.slice(end, end + 2));
}

/** The sentence quotes a term in order to discuss the wording itself, not to describe people. */
function isMention(text: string): boolean {
  return (DOUBLE_QUOTE.test(text) || singleQuoted(text)) && MENTION_CUES.test(text.toLowerCase());
}

/**
 * Whether a word stands in single quotes (‘illegal’, 'alien'): an opening quote at the start or after a space,
 * then at least one character before the next closing quote. A scan: the pattern backtracked on runs of quotes.
 */
function singleQuoted(text: string): boolean {
  const lastClosing = Math.max(text.lastIndexOf("'"), text.lastIndexOf('’'));
  for (let i = 0; i < lastClosing - 1; i++) {
    const opens = (text[i] === "'" || text[i] === '‘') && (i === 0 || /\s/.test(text[i - 1]!));
    if (opens && text[i + 1] !== "'" && text[i + 1] !== '’') return true;
  }
  return false;
}
