import type { Token } from '../core/analysis/sentences.ts';
import { defineRule, type Edit } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { matchCase } from './lib/case.ts';

/** A term, by its words, with the people-first phrase that replaces it (plural for a plural term). */
interface Term {
  words: string[];
  replacement: string;
}

const IMMIGRANT = 'undocumented immigrant';
const IMMIGRANTS = 'undocumented immigrants';
const TERMS: Term[] = [
  { words: ['illegal', 'alien'], replacement: IMMIGRANT },
  { words: ['illegal', 'aliens'], replacement: IMMIGRANTS },
  { words: ['illegal', 'immigrant'], replacement: IMMIGRANT },
  { words: ['illegal', 'immigrants'], replacement: IMMIGRANTS },
  { words: ['illegal', 'migrant'], replacement: IMMIGRANT },
  { words: ['illegal', 'migrants'], replacement: IMMIGRANTS },
  { words: ['illegals'], replacement: IMMIGRANTS },
  { words: ['criminal', 'alien'], replacement: 'noncitizen convicted of a crime' },
  { words: ['criminal', 'aliens'], replacement: 'noncitizens convicted of a crime' },
];
// Offered after the term's own replacement.
const SINGULAR_ALTERNATIVES = ['noncitizen', 'person without lawful immigration status'];
const PLURAL_ALTERNATIVES = ['noncitizens', 'people without lawful immigration status'];
const FIRST_WORDS = new Set(TERMS.map((term) => term.words[0]!));

// "an illegal" is the noun only when no noun follows: "an illegal who…", "an illegal from…", end of sentence.
const AFTER_NOUN_ILLEGAL = new Set([
  'who',
  'that',
  'from',
  'with',
  'and',
  'or',
  'is',
  'was',
  'has',
  'had',
  'in',
  'at',
  'on',
  'of',
  'to',
  'for',
  'by',
  'living',
  'working',
  'crossing',
  'caught',
  'found',
  'arrested',
  'detained',
  'may',
  'might',
  'shall',
  'will',
  'can',
]);

// A sentence that mentions a term to ban or discourage it ("Do not use the term…").
const MENTION_CUES =
  /\b(?:use|using|say|saying|write|writing|terms?|words?|phrases?|labels?|language|expressions?|refer(?:s|red|ring)? to|call(?:s|ed|ing)?|describ\w*|avoid\w*|discourag\w*|replac\w*|instead|rather than|outdated|offensive|dehumaniz\w*|derogatory|slurs?)\b/;
const QUOTED = /["“”]|(?:^|\s)['‘][^'’]+['’]/;

// Proper names keep their words: "Criminal Alien Program", "Illegal Immigration Reform … Act".
const NAME_WORDS = new Set(['program', 'programs', 'act', 'unit', 'initiative', 'division', 'section', 'task']);

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
    if (isMention(sentence.text)) return;
    const text = sentence.block.text;
    for (const found of findTerms(words)) {
      const written = text.slice(found.start, found.end);
      const plural = found.term.replacement.endsWith('s');
      const suggestions = [found.term.replacement, ...(plural ? PLURAL_ALTERNATIVES : SINGULAR_ALTERNATIVES)].map((phrase): Edit => {
        const replacement = matchCase(written, phrase);
        return { title: `Replace with “${replacement}”`, start: found.start, end: found.end, text: replacement };
      });
      context.report({
        start: found.start,
        end: found.end,
        messageId: 'label',
        data: { written, replacement: suggestions[0]!.text },
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
  /** Offsets into the block's text. */
  start: number;
  end: number;
}

function findTerms(words: readonly Token[]): FoundTerm[] {
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
    const term = TERMS.find((candidate) => candidate.words.every((part, k) => words[i + k]?.lower === part));
    if (term) {
      const last = words[i + term.words.length - 1]!;
      if (isProperName(words, i, i + term.words.length)) continue;
      found.push({ term, start: word.start, end: last.end });
      i += term.words.length - 1;
      continue;
    }
    // "an illegal" used as a noun.
    if (word.lower === 'illegal' && /^(?:an|the|one|any|every|each|this|that)$/.test(words[i - 1]?.lower ?? '')) {
      const next = words[i + 1]?.lower;
      if (next === undefined || AFTER_NOUN_ILLEGAL.has(next))
        found.push({ term: { words: ['illegal'], replacement: IMMIGRANT }, start: word.start, end: word.end });
    }
  }
  return found;
}

function isProperName(words: readonly Token[], from: number, to: number): boolean {
  const next = words[to];
  const capitalised = (token: Token): boolean => /^[A-Z][a-z]/.test(token.text);
  return next !== undefined && NAME_WORDS.has(next.lower) && capitalised(next) && words.slice(from, to).every(capitalised);
}

/** The sentence quotes a term in order to discuss the wording itself, not to describe people. */
function isMention(text: string): boolean {
  return QUOTED.test(text) && MENTION_CUES.test(text.toLowerCase());
}
