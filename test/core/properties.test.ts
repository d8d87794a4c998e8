import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, lint, type SourceFormat, type Suggestion } from '../../index.ts';
import type { DocumentKind } from '../../core/types.ts';

// Pieces of policy language that trigger and defeat rules, mixed with markup and arbitrary text.
const fragments = [
  'Deputies may ask passengers about their immigration status.',
  'Members shall not:',
  '- verify the citizenship of a driver;',
  '1. ask about status',
  'Every policeman shall check the warrant status.',
  'Officers shall not question anyone about citizenship.',
  '# Heading',
  '> quoted',
  '**bold** _em_ `code`',
  '<!--trustlint disable-->',
  '<!--trustlint ignore status-inquiry-->',
  '&amp; &nbsp; \\* escaped',
  '| a | b |\n| - | - |\n| c | d |',
  '•',
  '(ii)',
  '\n',
  '\n\n',
  '   ',
  '\t',
];
const draft = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(' '));
const format = fc.constantFrom<SourceFormat>('markdown', 'text', 'html');

/** Applies every finding's first suggestion in up to `passes` passes, stopping at one that changes nothing. */
async function fixInPasses(text: string, kind: DocumentKind, passes: number): Promise<{ text: string; stable: boolean }> {
  let current = text;
  for (let pass = 0; pass < passes; pass++) {
    const { messages } = await lint(current, { kind });
    const next = applySuggestions(
      current,
      messages.flatMap((message) => message.suggestions.slice(0, 1)),
    ).text;
    if (next === current) return { text: current, stable: true };
    current = next;
  }
  return { text: current, stable: false };
}

describe('properties', () => {
  it('any string lints without throwing, and every finding lies inside the source and slices out its actual', async () => {
    await fc.assert(
      fc.asyncProperty(draft, format, async (text, sourceFormat) => {
        const { messages } = await lint(text, { format: sourceFormat });
        for (const message of messages) {
          const place = message.place as { start: { offset: number }; end: { offset: number } };
          expect(place.start.offset).toBeGreaterThanOrEqual(0);
          expect(place.end.offset).toBeLessThanOrEqual(text.length);
          expect(place.start.offset).toBeLessThanOrEqual(place.end.offset);
          expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual);
          for (const suggestion of message.suggestions) {
            expect(suggestion.range[0]).toBeGreaterThanOrEqual(0);
            expect(suggestion.range[1]).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying all suggestions leaves every character outside their ranges unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        const { messages } = await lint(text);
        const suggestions = messages.flatMap((message) => message.suggestions);
        const { text: fixed, applied, skipped } = applySuggestions(text, suggestions);
        expect(applied.length + skipped.length).toBe(suggestions.length);
        // Rebuild the output from the untouched segments and the replacements, in order.
        let cursor = 0;
        let rebuilt = '';
        for (const suggestion of applied) {
          rebuilt += text.slice(cursor, suggestion.range[0]) + suggestion.text;
          cursor = suggestion.range[1];
        }
        expect(fixed).toBe(rebuilt + text.slice(cursor));
      }),
      { numRuns: 200 },
    );
  });

  it('skips overlapping and out-of-range suggestions instead of merging them', () => {
    const at = (start: number, end: number, text: string): Suggestion => ({ title: text, range: [start, end], text });
    const result = applySuggestions('abcdef', [at(1, 3, 'X'), at(2, 4, 'Y'), at(4, 4, '+'), at(4, 4, '!'), at(5, 9, 'Z')]);
    expect(result.text).toBe('aXd+!ef');
    expect(result.skipped.map((s) => s.text)).toEqual(['Y', 'Z']);
  });
});

describe('adversarial input completes', () => {
  it('thousands of nested list markers and a long single line', async () => {
    const markers = `${'- '.repeat(5000)}ask about immigration status`;
    expect((await lint(markers)).text).toBe(markers);
    const line = 'Deputies may ask passengers about their immigration status. '.repeat(4000);
    const { messages } = await lint(line);
    expect(messages.filter((m) => m.ruleId === 'status-inquiry')).toHaveLength(4000);
  });

  it('fixing converges: after applying first suggestions in passes, one more pass changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (text) => {
        if (!(await fixInPasses(text, 'general-order', 10)).stable)
          throw new Error(`fixes still change the draft after 10 passes: ${JSON.stringify(text)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('fixing converges under a section heading: the model text it inserts is not flagged again', async () => {
    const { text: current } = await fixInPasses(
      '# Victim Services: U Visa Certification\n\nYou may ask us to sign a U visa certification for your case.\n',
      'outreach',
      4,
    );
    const { messages } = await lint(current, { kind: 'outreach' });
    expect(messages.filter((message) => message.suggestions.length > 0 && message.severity !== 'info')).toEqual([]);
    expect(current.match(/^## Everyone can get help$/gm)).toHaveLength(1);
  });
});
