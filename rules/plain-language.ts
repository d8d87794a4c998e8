import readability from 'retext-readability';
import type { Paragraph, Root } from 'nlcst';
import { VFile } from 'vfile';
import { defineRule } from '../core/rules/api.ts';
import { matchCase } from './lib/case.ts';
import { spanText } from './lib/span-text.ts';

/** Outreach should read at about grade 8 (age 13–14); flag a sentence most formulas put above that. */
const checkReadability = (
  readability as unknown as (options: { age: number; minWords: number; threshold: number }) => (tree: Root, file: VFile) => void
)({
  age: 14,
  minWords: 8,
  // Five of seven formulas must agree: words like "immigration" that a handout cannot avoid sink single formulas.
  threshold: 5 / 7,
});
const LONG_SENTENCE = 25;

/** Legal and bureaucratic words with everyday alternatives. */
const JARGON: Record<string, string> = {
  'pursuant to': 'under',
  'in accordance with': 'under',
  'prior to': 'before',
  'subsequent to': 'after',
  'in the event that': 'if',
  'in lieu of': 'instead of',
  notwithstanding: 'despite',
  herein: 'here',
  thereof: 'of it',
  aforementioned: 'this',
  commence: 'start',
  terminate: 'end',
  utilize: 'use',
  facilitate: 'help',
  individuals: 'people',
  reside: 'live',
  assistance: 'help',
  ascertain: 'find out',
  apprehend: 'arrest',
  complainant: 'person who reports a crime',
  adjudicate: 'decide',
  disseminate: 'share',
  expedite: 'speed up',
  remuneration: 'pay',
  regarding: 'about',
  'pertaining to': 'about',
  approximately: 'about',
  'limited english proficiency': 'limited English',
  shall: 'will',
};
const JARGON_PATTERN = new RegExp(
  `\\b(?:${Object.keys(JARGON)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

export default defineRule({
  meta: {
    id: 'plain-language',
    category: 'plain-language',
    severity: 'info',
    description: 'Outreach sentences that are long, read above about grade 8, or use legal jargon.',
    messages: {
      jargon: '“{{written}}” is legal or official wording; “{{plain}}” says the same in everyday words.',
      long: 'This sentence has {{count}} words; for residents, keep sentences under about 20 words (split it).',
      hard: 'This sentence reads above about grade 8; use shorter sentences and more common words.',
    },
    url: 'rules/docs/plain-language.md',
    citations: [],
    kinds: ['outreach'],
  },
  docs: {
    rationale:
      'A handout only builds trust if residents understand it, including readers whose first language is not English. Short sentences and common words carry the message that anyone can call the police; legal phrasing makes a promise sound like a contract with conditions.',
    compliant: [
      'You can call the police no matter your immigration status.',
      'Interpreters are free.',
      'We will not ask where you were born.',
    ],
  },
  sentence(context) {
    if (context.kind !== 'outreach') return;
    const { sentence } = context;
    const words = sentence.words;
    const text = spanText(words, 0, words.length);
    for (const match of text.matches(JARGON_PATTERN)) {
      const start = words[match.from]!.start;
      const end = words[match.to - 1]!.end;
      const written = sentence.block.text.slice(start, end);
      const plain = matchCase(written, JARGON[match.text]!);
      context.report({
        start,
        end,
        messageId: 'jargon',
        data: { written, plain },
        suggestions: [{ title: `Replace with “${plain}”`, start, end, text: plain }],
      });
    }
    const long = words.length > LONG_SENTENCE;
    if (!long && !(mayBeHard(words) && isHardToRead(context.node))) return;
    context.report({
      start: sentence.start,
      end: sentence.end,
      messageId: long ? 'long' : 'hard',
      data: { count: words.length },
    });
  },
  examples: {
    flagged: [
      {
        text: 'Pursuant to city policy, our officers do not ask about immigration status.',
        kind: 'outreach',
        output: 'Under city policy, our officers do not ask about immigration status.',
      },
    ],
    accepted: [
      { text: 'You can call the police no matter your immigration status.', kind: 'outreach' },
      { text: 'Interpreters are free. Ask for one in your language.', kind: 'outreach' },
      { text: 'Officers shall act pursuant to this order.', kind: 'general-order' },
    ],
  },
});

/**
 * A cheap gate before the seven formulas (which scan word lists for every word): short sentences of
 * short words never reach five formulas' agreement on a grade above 8.
 */
function mayBeHard(words: readonly { text: string }[]): boolean {
  if (words.length < 8) return false;
  let letters = 0;
  for (const word of words) letters += word.text.length;
  return words.length >= 18 || letters / words.length >= 4.6;
}

function isHardToRead(node: Paragraph['children'][number]): boolean {
  const file = new VFile();
  checkReadability({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: [node] }] }, file);
  return file.messages.length > 0;
}
