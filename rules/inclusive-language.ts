import { VFile } from 'vfile';
import { defineRule } from '../core/rules/api.ts';
import { equalityChecker } from './lib/equality.ts';

// retext-equality's patterns and messages, matched through an index built once.
const checkEquality = equalityChecker({
  // Words the trust-policy rules handle with their own senses and messages.
  ignore: ['illegal', 'illegals', 'alien', 'aliens'],
  // "he or she" is ordinary, inclusive policy drafting.
  binary: true,
});

// A gendered compound noun ("policeman", "chairwomen", "spokesmen"): swapping it for a neutral noun of the same
// number keeps the grammar. Pronouns ("him" → "their"), adjectives ("special") and bare "man"/"woman" do not swap safely.
const GENDERED_COMPOUND = /^[a-z]{3,}(?:man|men|woman|women)$/i;
const NOUN_PHRASE = /^[a-z]+(?: [a-z]+)?$/i;

export default defineRule({
  meta: {
    id: 'inclusive-language',
    category: 'inclusive-language',
    severity: 'info',
    description:
      'General inconsiderate wording found by retext-equality (gendered job titles and the like); only safe word swaps carry a fix.',
    messages: {
      swap: '“{{actual}}” is a gendered job title; “{{swap}}” says the same for everyone.',
      replace: '“{{actual}}” may be insensitive; consider {{expected}} where the sentence allows, rewording it if the grammar needs.',
      avoid: '“{{actual}}” may be insensitive; try not to use it.',
    },
    url: 'rules/docs/inclusive-language.md',
    citations: [],
  },
  docs: {
    rationale:
      'Policy speaks for the whole department to the whole community. Gendered job titles and other inconsiderate wording are secondary to the trust-policy categories, but a careful reviewer still fixes them. A fix is offered only where one word can replace another without touching the grammar or a name; pronouns and the like are pointed out for the writer to reword.',
    compliant: ['Police officers shall…', 'The chair of the review board…'],
  },
  block(context) {
    // retext-equality sets itself up per paragraph, so it runs once over the whole block.
    const file = new VFile();
    checkEquality(context.tree, file);
    const text = context.block.text;
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      // "Special Victims Unit", "Special Order 12", "Chairman Lee": a name is not wording to change.
      if (isProperName(text, start, end)) continue;
      const actual = message.actual ?? text.slice(start, end);
      const expected = message.expected ?? [];
      const swap = GENDERED_COMPOUND.test(actual) ? expected.find((word) => NOUN_PHRASE.test(word)) : undefined;
      context.report({
        start,
        end,
        // retext-equality's own wording is English; the message is rebuilt from its parts so it can be translated.
        messageId: swap ? 'swap' : expected.length > 0 ? 'replace' : 'avoid',
        data: { actual, swap: swap ?? '', expected: expected.map((word) => `“${word}”`).join(', ') },
        expected,
        suggestions: swap ? [{ title: `Replace with “${swap}”`, start, end, text: swap }] : [],
      });
    }
  },
  examples: {
    flagged: [
      { text: 'Every policeman shall respond to the call.', output: 'Every officer shall respond to the call.' },
      { text: 'The chairwoman will schedule the hearing.', output: 'The chair will schedule the hearing.' },
    ],
    accepted: [
      { text: 'Police officers shall respond to every call.' },
      { text: 'The chair will schedule the hearing.' },
      // Names are left alone: a unit, an order.
      { text: 'Refer the case to the Special Victims Unit.' },
      { text: 'Special Order 12 governs the response.' },
    ],
  },
});

/** A capitalised word inside a sentence, or one that opens a run of capitalised words: part of a name or title. */
function isProperName(text: string, start: number, end: number): boolean {
  if (!/^[A-Z]/.test(text.slice(start, end))) return false;
  const before = text.slice(0, start).trimEnd();
  const sentenceStart = before === '' || /[.!?:;]["”’)]*$/.test(before);
  return !sentenceStart || /^\s+[A-Z0-9]/.test(text.slice(end));
}
