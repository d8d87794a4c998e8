// Every page and file is hostile: inputs built against the super-linear paths that were found (backtracking
// patterns, markdown parser constructs, analyses quadratic in a sentence), at sizes where such a path takes
// minutes. Each finishes well inside the timeout now; `npm run bench` shows their time growing linearly.
import { describe, expect, it } from 'vitest';
import { DocumentTooComplex, createSession } from '../../index.ts';
import { HOSTILE_INPUTS } from '../../scripts/lib/hostile.ts';

describe('hostile inputs', () => {
  for (const input of HOSTILE_INPUTS) {
    it(`lints ${input.label} (${input.testSize.toLocaleString('en')} characters)`, { timeout: 120_000 }, () => {
      const result = createSession({ format: input.format }).lint(input.make(input.testSize));
      expect(result.text.length).toBeGreaterThanOrEqual(input.testSize * 0.9);
    });
  }

  it('still finds what is around a hostile run', () => {
    const result = createSession({ format: 'text' }).lint(
      `${'*'.repeat(50_000)}\n\nOfficers may ask the driver about their immigration status.\n\n${'‘ '.repeat(50_000)}`,
    );
    expect(result.messages.map((message) => message.ruleId)).toContain('status-inquiry');
  });

  it('reads a word of 100,000 hyphenated parts (it overflowed the parser)', () => {
    expect(() => createSession({ format: 'text' }).lint(`Officers may ask ${'a-'.repeat(100_000)}about status.`)).not.toThrow();
  });

  it('reads a list item whose first word is a past participle under its lead-in (a rule read before the first word)', () => {
    const result = createSession({ format: 'markdown' }).lint('# Immigration\n\nDeputies will:\n\n- assisted ICE agents with arrests.\n');
    expect(result.messages.map((message) => message.ruleId)).toContain('enforcement-role');
  });

  it('refuses HTML nested thousands deep with a clear error', () => {
    const lint = () => createSession({ format: 'html' }).lint(`${'<div>'.repeat(5000)}Officers may ask about immigration status.`);
    expect(lint).toThrow(DocumentTooComplex);
    expect(lint).toThrow('the document nests too deeply to be checked');
  });
});
