// `--format docx` and the command-line details a new user ran into.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/document/docx.ts';
import { fixtureDocx, unpack } from '../docx/fixture.ts';
import { makeDocx } from './docx.ts';
import { DRAFTS, errorLines, trustlint, useBuiltCli, useScratchDirectory, VIOLATING_SENTENCE, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

describe('--format docx', () => {
  it('writes the draft as a Word document with tracked changes and comments (-o is --output)', async () => {
    writeFiles(scratch(), { 'review/order.md': DRAFTS.violating });
    const run = trustlint(['--format', 'docx', '-o', 'review/order.reviewed.docx', 'review/order.md'], { cwd: scratch() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const bytes = readFileSync(join(scratch(), 'review/order.reviewed.docx'));
    const parts = unpack(bytes);
    expect(parts['word/document.xml']).toMatch(
      /<w:del [^>]*w:author="trustlint"[^>]*><w:r><w:delText xml:space="preserve">may<\/w:delText>/,
    );
    expect(parts['word/comments.xml']).toContain('status-inquiry');
    expect((await readDocx(bytes)).text).toContain('Training Bulletin 7.1');
  });

  it('reviews a .docx in its own package, and inserts missing sections on request', () => {
    writeFiles(scratch(), { 'review/draft.docx': fixtureDocx() });
    const run = trustlint(
      ['--format', 'docx', '--kind', 'general-order', '--insert-missing', '--output', 'review/draft.reviewed.docx', 'review/draft.docx'],
      {
        cwd: scratch(),
      },
    );
    expect(run.stderr).toBe('');
    const parts = unpack(readFileSync(join(scratch(), 'review/draft.reviewed.docx')));
    expect(parts['word/header1.xml']).toContain('DRAFT: for legal review');
    expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Heading2"\/><w:rPr><w:ins /);
  });

  it('needs --output and one draft', () => {
    writeFiles(scratch(), { 'review/a.md': DRAFTS.violating, 'review/b.md': DRAFTS.clean });
    const noOutput = trustlint(['--format', 'docx', 'review/a.md'], { cwd: scratch() });
    expect(noOutput.code).toBe(2);
    expect(errorLines(noOutput)[0]).toBe('trustlint: --format docx writes a Word document: give it a file with --output REVIEWED.docx');
    const two = trustlint(['--format', 'docx', '-o', 'out.docx', 'review/a.md', 'review/b.md'], { cwd: scratch() });
    expect(two.code).toBe(2);
    expect(errorLines(two)).toEqual(['trustlint: --format docx reviews one draft at a time (2 were given)']);
    expect(existsSync(join(scratch(), 'out.docx'))).toBe(false);
    expect(trustlint(['--insert-missing', 'review/a.md'], { cwd: scratch() }).stderr).toContain('--insert-missing goes with --format docx');
  });
});

describe('command-line details', () => {
  it('says an unknown option or a missing value in its own words', () => {
    const unknown = trustlint(['--frmat', 'json', 'x.md'], { cwd: scratch() });
    expect(unknown.code).toBe(2);
    expect(errorLines(unknown)).toEqual(['trustlint: unknown option --frmat', "Run 'trustlint --help' for usage."]);
    expect(errorLines(trustlint(['x.md', '--format'], { cwd: scratch() }))[0]).toBe('trustlint: --format needs a value');
  });

  it('explains why --fix-dry-run prints nothing for a .docx', () => {
    writeFiles(scratch(), { 'dry/order.docx': makeDocx([VIOLATING_SENTENCE]) });
    const run = trustlint(['--fix-dry-run', 'dry/order.docx'], { cwd: scratch() });
    expect(run.stdout).toBe('');
    expect(errorLines(run)).toEqual([
      'trustlint: dry/order.docx: --fix-dry-run prints no diff for a .docx (it is not a text file); use --format docx --output REVIEWED.docx for the suggestions as tracked changes',
    ]);
  });

  it('does not say "no problems" when every input was refused', () => {
    const run = trustlint(['missing-one.md', 'missing-two.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(errorLines(run)).toHaveLength(2);
  });

  it('names absolute paths in diff headers the way git apply reads them', () => {
    writeFiles(scratch(), { 'abs/order.md': DRAFTS.violating });
    const run = trustlint(['--fix-dry-run', join(scratch(), 'abs/order.md')], { cwd: scratch() });
    expect(run.stdout).toContain('--- a/abs/order.md\n+++ b/abs/order.md');
    spawnSync('git', ['init', '-q'], { cwd: scratch() });
    const apply = spawnSync('git', ['apply', '--check', '-'], { cwd: scratch(), input: run.stdout, encoding: 'utf8' });
    expect(apply.stderr).toBe('');
    expect(apply.status).toBe(0);
  });

  it('locates .docx findings by paragraph and quote in stylish, JSON and SARIF', () => {
    writeFiles(scratch(), {
      'where/order.docx': makeDocx(['Training Bulletin 7.1', 'Evidence goes to the property room.', VIOLATING_SENTENCE]),
    });
    const stylish = trustlint(['where/order.docx'], { cwd: scratch() });
    expect(stylish.stdout).toMatch(/¶3\s+error\s+“ask the driver about their immigration status”: /);
    const [file] = JSON.parse(trustlint(['--format', 'json', 'where/order.docx'], { cwd: scratch() }).stdout) as [
      { messages: { paragraph: number; quote: string; ruleId: string }[] },
    ];
    const finding = file.messages.find((message) => message.ruleId === 'status-inquiry');
    expect(finding).toMatchObject({ paragraph: 3, quote: 'ask the driver about their immigration status' });
    const sarif = JSON.parse(trustlint(['--format', 'sarif', 'where/order.docx'], { cwd: scratch() }).stdout);
    expect(sarif.runs[0].results[0].locations[0].logicalLocations).toEqual([{ name: 'paragraph 3', kind: 'paragraph' }]);
  });

  it('gives each JSON finding a link to its rule’s doc page that opens', () => {
    writeFiles(scratch(), { 'links/order.md': DRAFTS.violating });
    const [file] = JSON.parse(trustlint(['--format', 'json', 'links/order.md'], { cwd: scratch() }).stdout) as [
      { messages: { url: string }[] },
    ];
    for (const message of file.messages) {
      expect(message.url).toMatch(/^file:\/\/.*\/rules\/docs\/[a-z-]+\.md$/);
      expect(existsSync(fileURLToPath(message.url))).toBe(true);
    }
  });
});

describe('npm run eval without the corpus', () => {
  it('says what it needs', () => {
    const run = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/eval.ts', join(scratch(), 'no-corpus')], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give its directory (one with sentences.jsonl and/or documents/');
  });
});
