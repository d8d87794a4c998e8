// A policy expert adds one line to one YAML file and the rules that read that concept learn the word. The generated
// module is replaced by the lexicon compiled from the YAML with those lines added; lexicon.test.ts shows that
// without them none of these sentences is read the same way.
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../index.ts';

vi.mock('../../rules/lexicon/lexicon.generated.ts', async (importOriginal) => {
  const { fileURLToPath } = await import('node:url');
  const { compileLexicon } = await import('../../rules/lexicon/compile.ts');
  const { readLexiconFiles } = await import('../../rules/lexicon/read-files.ts');
  // File, concept, the line a policy expert adds under its list.
  const added: [string, string, string][] = [
    ['rules/lexicon/en/status.yml', 'status', '- dreamer|dreamers'],
    ['rules/lexicon/en/threats.yml', 'threat-verbs', '- blackmail'],
    ['rules/lexicon/en/certification.yml', 'certification-requirement', '- indicted|indictment'],
    ['rules/lexicon/en/labels.yml', 'dehumanizing-label', 'illegal entrants: [undocumented immigrants, noncitizens]'],
    ['rules/lexicon/en/enforcement.yml', 'assisting', '- shadow'],
  ];
  const files = readLexiconFiles(fileURLToPath(new URL('../..', import.meta.url))).map((file) => {
    let text = file.text;
    for (const [path, concept, line] of added) {
      if (path !== file.path) continue;
      const list = new RegExp(`(\\n  ${concept}:\\n(?: {4}.*\\n)*? {4}(?:phrases|verbs|words|replacements):\\n)`);
      if (!list.test(text)) throw new Error(`no concept ${concept} in ${path}`);
      text = text.replace(list, `$1      ${line}\n`);
    }
    return { ...file, text };
  });
  return { ...(await importOriginal<object>()), LEXICON: compileLexicon(files) };
});

const ruleIds = async (text: string) => (await lint(text)).messages.map((message) => message.ruleId);

describe('a word added to a concept once', () => {
  it('reaches the status-inquiry rule and the status-inquiry provision', async () => {
    expect(await ruleIds('Deputies may ask whether a person is a Dreamer.')).toEqual(['status-inquiry']);

    const order = '# General Order 5.2\n\nMembers shall not ask whether a person is a Dreamer.\n';
    const reasons = (await lint(order, { kind: 'general-order' })).messages
      .filter((message) => message.ruleId === 'missing-provision')
      .map((message) => message.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => /asking about immigration/.test(reason))).toEqual([]);
  });

  it('reaches the status-threat rule', async () => {
    expect(await ruleIds('Detectives may blackmail a reluctant witness with deportation.')).toEqual(['status-threat']);
    expect(await ruleIds('Detectives shall not blackmail any witness with deportation.')).toEqual([]);
  });

  it('reaches the certification-barrier rule', async () => {
    expect(await ruleIds('The certifying official signs Supplement B only after the suspect is indicted.')).toEqual([
      'certification-barrier',
    ]);
    expect(await ruleIds('The certifying official signs Supplement B whether or not the suspect is indicted.')).toEqual([]);
  });

  it('reaches the dehumanizing-term rule, with its replacements as the fixes', async () => {
    const { messages } = await lint('Illegal entrants shall be referred to the task force.');
    expect(messages.map((message) => [message.ruleId, message.suggestions.map((suggestion) => suggestion.text)])).toEqual([
      ['dehumanizing-term', ['Undocumented immigrants', 'Noncitizens']],
    ]);
  });

  it('reaches the enforcement-role rule', async () => {
    expect(await ruleIds('Deputies may shadow ICE agents during immigration raids.')).toEqual(['enforcement-role']);
    expect(await ruleIds('Deputies shall not shadow ICE agents during immigration raids.')).toEqual([]);
  });
});
