// A rule that is only data: a YAML file naming an action concept and a topic concept, compiled and run by the
// engine like any rule, with the prohibition rewrite every action rule offers.
import { describe, expect, it } from 'vitest';
import { applySuggestions, createEngine } from '../../index.ts';
import { trustPolicyPack } from '../../index.ts';
import { compileDataRules, type LexiconFile } from '../../rules/lexicon/compile.ts';
import { LEXICON } from '../../rules/lexicon/lexicon.generated.ts';
import { dataRule } from '../../rules/lib/data-rule.ts';

const RULE = `rule:
  id: status-document-check
  category: document-demand
  severity: error
  description: Asking about or checking a person's immigration documents.
  rationale: Checking papers tells residents that any contact with the police can turn into an immigration check.
  reason: Checking a person's immigration documents makes contact with the police a risk for immigrants.
  model: Members shall not ask about or check any person's immigration documents.
  action: inquiry
  about: status-document
  flagged:
    - Deputies may check whether the driver has a green card.
  accepted:
    - Deputies shall not check whether the driver has a green card.
`;

function compile(text: string) {
  return compileDataRules([{ path: 'rules/data/status-document-check.yml', text } satisfies LexiconFile], LEXICON);
}

describe('a rule that is only data', () => {
  const [spec] = compile(RULE);
  const engine = createEngine({ pack: { ...trustPolicyPack, rules: [dataRule(spec!)] } });

  it('flags its flagged examples with the prohibition as the rewrite', async () => {
    for (const text of spec!.flagged) {
      const { messages } = await engine.lint(text);
      expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([
        ['status-document-check', 'check whether the driver has a green card'],
      ]);
      const fixed = applySuggestions(text, messages[0]!.suggestions).text;
      expect(fixed).toBe('Deputies shall not check whether the driver has a green card.');
      expect((await engine.lint(fixed)).messages).toEqual([]);
    }
  });

  it('accepts its accepted examples', async () => {
    for (const text of spec!.accepted) expect((await engine.lint(text)).messages).toEqual([]);
  });

  it.each([
    [RULE.replace('about: status-document', 'about: status-papers'), /"about": no concept "status-papers" in the lexicon/],
    [RULE.replace('about: status-document', 'about: inquiry'), /"about": concept "inquiry" must list phrases/],
    [
      RULE.replace('severity: error', 'severity: fatal'),
      /rule\/?.*"severity" must be one of error, warning, info|"severity" must be one of/,
    ],
    [RULE.replace('  flagged:', '  examples:'), /unknown field "examples"/],
  ])('rejects a rule file that names what does not exist, with its line', (text, message) => {
    expect(() => compile(text)).toThrow(message);
    expect(() => compile(text)).toThrow(/^rules\/data\/status-document-check\.yml(?::\d+)?: /);
  });
});
