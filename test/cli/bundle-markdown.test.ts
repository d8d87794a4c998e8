// The CLI bundle keeps micromark's merged constructs for a list of extensions (scripts/build-cli.mjs) instead of merging
// them again for every chunk. Drafts whose chunks alternate between GFM's parser and the plain one must read exactly
// as the engine reads them unbundled: a table, strikethrough or autolink read with the wrong constructs would move or
// drop findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, toJSON } from '../../index.ts';
import { ROOT, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

const CHUNKS = [
  '# General Order 9.1: Contacts with the public',
  'Officers shall ask every driver about their immigration status.',
  '| Situation | Instruction |\n| --- | --- |\n| Traffic stop | Officers shall ask about immigration status. |\n| Report | Deputies may hold a person on an ICE detainer. |',
  'Members shall ~~not~~ ask victims for their papers.',
  'See www.example.org or write to records@example.org before an officer asks about citizenship.',
  'Officers shall honor every immigration detainer.',
  '- [ ] Officers shall check the status of every witness.\n- [x] Officers shall treat illegal aliens with respect.',
  'Deputies shall notify immigration authorities of release dates.',
];

describe('the bundled markdown reader', () => {
  it('keeps its merge of micromark’s constructs (the build would fail if it could not)', () => {
    expect(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8')).toContain('mergedConstructs');
  });

  it('reads drafts that alternate GFM and plain chunks as the engine reads them unbundled', async () => {
    const draft = [...CHUNKS, ...CHUNKS.slice().reverse(), ...CHUNKS].join('\n\n');
    writeFiles(scratch(), { 'draft.md': draft });
    const run = trustlint(['--format', 'json', 'draft.md'], { cwd: scratch() });
    const [file] = JSON.parse(run.stdout) as [{ messages: { ruleId: string; start: { offset: number }; end: { offset: number } }[] }];
    const expected = (await lint(draft, { filename: 'draft.md' })).messages.map(toJSON);
    const key = (message: { ruleId: string | null | undefined; start: { offset: number }; end: { offset: number } }) =>
      `${message.ruleId} ${message.start.offset}-${message.end.offset}`;
    expect(expected.length).toBeGreaterThan(10);
    expect(file.messages.map(key)).toEqual(expected.map(key));
  });
});
