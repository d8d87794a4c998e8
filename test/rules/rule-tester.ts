import { describe, expect, it } from 'vitest';
import { applySuggestions, lint, type Rule } from '../../index.ts';

/**
 * Runs a rule's own examples, ESLint-style: every valid example lints without a finding from the rule,
 * every invalid one with at least one (or exactly `count`), and `output` is what the text reads after
 * the first suggestion of the rule's first finding is applied.
 */
export function testRule(rule: Rule): void {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    it('has valid and invalid examples', () => {
      expect(rule.tests.valid.length).toBeGreaterThan(0);
      expect(rule.tests.invalid.length).toBeGreaterThan(0);
    });
    for (const example of rule.tests.valid) {
      it(`valid: ${example.text}`, async () => {
        const result = await lint(example.text, { format: example.format ?? 'markdown', kind: example.kind ?? 'general-order' });
        expect(result.messages.filter((message) => message.ruleId === id).map((message) => message.actual)).toEqual([]);
      });
    }
    for (const example of rule.tests.invalid) {
      it(`invalid: ${example.text}`, async () => {
        const result = await lint(example.text, { format: example.format ?? 'markdown', kind: example.kind ?? 'general-order' });
        const found = result.messages.filter((message) => message.ruleId === id);
        if (example.count !== undefined) expect(found).toHaveLength(example.count);
        else expect(found.length).toBeGreaterThan(0);
        for (const message of found) {
          expect(message.category).toBe(rule.meta.category);
          expect(message.citations).toBe(rule.meta.citations);
        }
        if (example.output !== undefined) {
          const suggestion = found[0]?.suggestions[0];
          expect(suggestion, 'the finding offers a suggestion').toBeDefined();
          expect(applySuggestions(result.text, [suggestion!]).text).toContain(example.output);
        }
      });
    }
  });
}
