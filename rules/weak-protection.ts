import { forbidsAt } from '../core/analysis/clause.ts';
import type { Token } from '../core/analysis/sentences.ts';
import { defineRule } from '../core/rules/api.ts';
import { citations } from './lib/citations.ts';
import { conceptPhrases } from './lib/lexicon.ts';
import { phrase } from './lib/words.ts';

const statusNamed = conceptPhrases('status');

const LIMITERS = new Set(['solely', 'only', 'exclusively', 'merely', 'purely', 'simply', 'sole', 'exclusive']);
// What a protected trait looks like in a prohibition on biased policing. Immigration or citizenship status is
// no such trait: "held solely on the basis of immigration status" is the detention standard state laws use.
const TRAITS =
  /\b(?:race|racial|ethnicity|ethnic|colou?r|national origin|origin|ancestry|nationality|appearance|looks|accent|language|english|lep|religion|skin|immigrant|foreign|birthplace|place of birth|speak\w*)\b/;

const MODEL =
  'Members shall not use race, ethnicity, national origin, appearance, accent, the language a person speaks or limited English proficiency, in whole or in part, as a basis for suspicion, a stop, questioning or detention.';

export default defineRule({
  meta: {
    id: 'weak-protection',
    category: 'profiling',
    severity: 'warning',
    description:
      'A bias-free policing prohibition weakened by “solely” or “the sole basis”, which still allows a trait to be one factor among others.',
    messages: {
      solely: '“{{written}}” forbids only stops based on the trait alone; forbid using it in whole or in part.',
    },
    url: 'rules/docs/weak-protection.md',
    citations: [citations.sfGo515, citations.taskForce],
  },
  docs: {
    rationale:
      'A rule that forbids stops “solely because of” a person’s accent or appearance still lets that trait be one reason among several, which is how profiling usually happens. Model policies forbid using the trait in whole or in part; a specific suspect description from a victim or witness remains usable.',
    compliant: [
      'Officers shall not stop anyone in whole or in part because of race, national origin or accent.',
      'Limited English proficiency shall never be a basis for suspicion.',
    ],
    modelClause: MODEL,
  },
  sentence(context) {
    const { sentence } = context;
    const words = sentence.words;
    if (!words.some((word) => LIMITERS.has(word.lower))) return;
    for (const clause of context.clauses) {
      for (let i = clause.from; i < clause.to; i++) {
        const weak = weakeningAt(words, i);
        if (!weak) continue;
        // The trait must be what the clause is about: close after the limiter, or the clause's subject.
        const window = phrase(words, Math.max(clause.from, i - 12), Math.min(clause.to, i + 12));
        if (!TRAITS.test(window)) continue;
        if (!forbidsAt(clause, i) && !clause.negated) continue;
        // "solely because of national origin, foreign appearance … or immigration status": a basis list that names
        // status is the detention standard of the state and city laws the order follows, not a weakened bias rule.
        if (statusNamed(words, weak.to, clause.to)) continue;
        const first = words[weak.from]!;
        const last = words[weak.to - 1]!;
        context.report({
          start: first.start,
          end: last.end,
          messageId: 'solely',
          data: { written: sentence.block.text.slice(first.start, last.end) },
          note: MODEL,
          suggestions: [{ title: `Replace with “${weak.replacement}”`, start: first.start, end: last.end, text: weak.replacement }],
        });
        i = weak.to - 1;
      }
    }
  },
  examples: {
    flagged: [
      {
        text: 'Officers shall not stop a person solely because of the language the person speaks.',
        output: 'Officers shall not stop a person in whole or in part because of the language the person speaks.',
      },
      {
        text: 'No member may detain anyone based solely on race or national origin.',
        output: 'No member may detain anyone based in whole or in part on race or national origin.',
      },
      {
        text: 'Limited English proficiency shall not be the sole basis for a stop.',
        output: 'Limited English proficiency shall not be a basis for a stop.',
      },
    ],
    accepted: [
      { text: 'Officers shall not stop anyone in whole or in part because of accent or appearance.' },
      { text: 'The suspect was identified solely from the video footage.' },
      { text: 'Members may detain a person only when there is probable cause of a crime.' },
    ],
  },
});

interface Weakening {
  from: number;
  to: number;
  replacement: string;
}

/** "solely because of" / "based solely on" / "the sole basis" starting at word i. */
function weakeningAt(words: readonly Token[], i: number): Weakening | undefined {
  const at = (k: number): string => words[k]?.lower ?? '';
  const limiter = at(i);
  if (!LIMITERS.has(limiter)) return undefined;
  if (limiter === 'sole' || limiter === 'only' || limiter === 'exclusive') {
    // "the sole basis", "the only factor", "an exclusive reason"
    if (
      /^(?:the|a|an)$/.test(at(i - 1)) &&
      /^(?:basis|factor|reason|ground|grounds|cause|justification|criterion|consideration|determinant)$/.test(at(i + 1))
    ) {
      return { from: i - 1, to: i + 1, replacement: matchArticle(words[i - 1]!.text) };
    }
    if (limiter !== 'only') return undefined;
  }
  // "based solely on" → "based in whole or in part on"
  if (at(i - 1) === 'based' && (at(i + 1) === 'on' || at(i + 1) === 'upon'))
    return { from: i, to: i + 1, replacement: 'in whole or in part' };
  // "solely because of", "solely on the basis of", "solely due to", "solely on account of"
  const next = at(i + 1);
  if (next === 'because' || next === 'due' || next === 'for' || (next === 'on' && /^(?:the|account|basis)$/.test(at(i + 2)))) {
    return { from: i, to: i + 1, replacement: 'in whole or in part' };
  }
  return undefined;
}

function matchArticle(written: string): string {
  return /^[A-Z]/.test(written) ? 'A' : 'a';
}
