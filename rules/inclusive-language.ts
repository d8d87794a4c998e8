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

export default defineRule({
  meta: {
    id: 'inclusive-language',
    category: 'inclusive-language',
    severity: 'info',
    description: 'General inconsiderate wording found by retext-equality (gendered job titles and the like).',
    messages: {
      replace: '“{{actual}}” may be insensitive; use {{expected}} instead.',
      avoid: '“{{actual}}” may be insensitive; try not to use it.',
    },
    url: 'rules/docs/inclusive-language.md',
    citations: [],
  },
  docs: {
    rationale:
      'Policy speaks for the whole department to the whole community. Gendered job titles and other inconsiderate wording are secondary to the trust-policy categories, but a careful reviewer still fixes them.',
    compliant: ['Police officers shall…', 'The chair of the review board…'],
  },
  block(context) {
    // retext-equality sets itself up per paragraph, so it runs once over the whole block.
    const file = new VFile();
    checkEquality(context.tree, file);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      const expected = message.expected ?? [];
      context.report({
        start,
        end,
        // retext-equality's own wording is English; the message is rebuilt from its parts so it can be translated.
        messageId: expected.length > 0 ? 'replace' : 'avoid',
        data: { actual: message.actual ?? context.block.text.slice(start, end), expected: expected.map((text) => `“${text}”`).join(', ') },
        expected,
        suggestions: expected.slice(0, 3).map((text) => ({ title: `Replace with “${text}”`, start, end, text })),
      });
    }
  },
  examples: {
    flagged: [{ text: 'Every policeman shall respond to the call.', output: 'Every officer shall respond to the call.' }],
    accepted: [{ text: 'Police officers shall respond to every call.' }, { text: 'The chair will schedule the hearing.' }],
  },
});
