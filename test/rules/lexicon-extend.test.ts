// A policy expert adds one line to one YAML file: the status-inquiry rule and the completeness provision both
// learn the word. The generated module is replaced by the lexicon compiled from the YAML with that line added.
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../index.ts';

vi.mock('../../rules/lexicon/lexicon.generated.ts', async (importOriginal) => {
  const { fileURLToPath } = await import('node:url');
  const { compileLexicon } = await import('../../rules/lexicon/compile.ts');
  const { readLexiconFiles } = await import('../../rules/lexicon/read-files.ts');
  const files = readLexiconFiles(fileURLToPath(new URL('../..', import.meta.url))).map((file) =>
    file.path === 'rules/lexicon/en/status.yml'
      ? { ...file, text: file.text.replace(/(\n {4}phrases:\n)/, '$1      - dreamer|dreamers\n') }
      : file,
  );
  return { ...(await importOriginal<object>()), LEXICON: compileLexicon(files) };
});

describe('a word added to a concept once', () => {
  it('reaches the status-inquiry rule and the status-inquiry provision', async () => {
    const permission = await lint('Deputies may ask whether a person is a Dreamer.');
    expect(permission.messages.map((message) => message.ruleId)).toEqual(['status-inquiry']);

    const order = '# General Order 5.2\n\nMembers shall not ask whether a person is a Dreamer.\n';
    const reasons = (await lint(order, { kind: 'general-order' })).messages
      .filter((message) => message.ruleId === 'missing-provision')
      .map((message) => message.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => /asking about immigration/.test(reason))).toEqual([]);
  });
});
