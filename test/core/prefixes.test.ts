import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../index.ts';

// Every sentence of the stress set (the project's own policy wording), cut after each of its words: a draft being typed
// passes through each of these, and "If an officer stops you" (an opening that ends the text) once crashed the clause
// reader. Every cut must lint.
const sentences = readFileSync(new URL('../../eval/stress-1/sentences.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('sentences cut short', () => {
  it.each(['markdown', 'text'] as const)('lints every word-prefix of every stress-set sentence (%s)', (format) => {
    const session = createSession({ format });
    let cuts = 0;
    for (const sentence of sentences) {
      const ends = [...sentence.matchAll(/\S+/g)].map((match) => match.index + match[0].length);
      for (const end of ends) {
        const cut = sentence.slice(0, end);
        expect(() => session.lint(cut), cut).not.toThrow();
        cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(3000);
  });

  it('reads an opening condition that ends the text', () => {
    expect(createSession({ format: 'markdown' }).lint('If an officer stops you').messages).toEqual([]);
  });
});
