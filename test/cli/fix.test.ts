// --fix writes the suggested wording back atomically; --fix-dry-run shows it as a diff and writes nothing.
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../index.ts';
import { makeDocx } from './docx.ts';
import { DRAFTS, errorLines, ROOT, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

/** The first suggestion of the draft's status-inquiry finding: what --fix must write. */
async function statusSuggestion(text: string) {
  const result = await lint(text, { filename: 'order.md' });
  const finding = result.messages.find((message) => message.category === 'status-inquiry');
  const suggestion = finding?.suggestions[0];
  if (!suggestion) throw new Error('the draft has no status-inquiry suggestion to test with');
  return suggestion;
}

describe('--fix', () => {
  it('writes every suggestion into the file, keeps its mode, leaves no temp file and reports what remains', async () => {
    writeFiles(scratch(), { 'fix/order.md': DRAFTS.violating });
    const path = join(scratch(), 'fix/order.md');
    chmodSync(path, 0o640);
    const suggestion = await statusSuggestion(DRAFTS.violating);
    const run = trustlint(['--fix', '--format', 'json', 'fix/order.md'], { cwd: scratch() });
    const fixed = readFileSync(path, 'utf8');
    expect(fixed).toContain(suggestion.text);
    expect(fixed).toContain('Officers shall complete a citation for every moving violation.');
    expect(fixed.startsWith('# Training Bulletin 7.1: Traffic Enforcement\n')).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(scratch(), 'fix'))).toEqual(['order.md']);
    // The report describes the fixed file: the status-inquiry finding is gone.
    const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ category: string }> }>;
    expect(file!.messages.some((message) => message.category === 'status-inquiry')).toBe(false);
    expect(run.code).toBe(0);
  });

  it('keeps a UTF-8 byte-order mark and Windows line endings', async () => {
    const crlf = DRAFTS.violating.replace(/\n/g, '\r\n');
    writeFiles(scratch(), { 'fix/bom.md': `\uFEFF${crlf}` });
    trustlint(['--fix', 'fix/bom.md'], { cwd: scratch() });
    const fixed = readFileSync(join(scratch(), 'fix/bom.md'), 'utf8');
    expect(fixed.startsWith('\uFEFF# Training Bulletin 7.1')).toBe(true);
    expect(fixed).toContain((await statusSuggestion(crlf)).text);
    expect(fixed).toContain('Officers shall complete a citation for every moving violation.\r\n');
  });

  it('leaves a file without findings untouched', () => {
    writeFiles(scratch(), { 'fix/clean.md': DRAFTS.clean });
    const before = statSync(join(scratch(), 'fix/clean.md')).mtimeMs;
    expect(trustlint(['--fix', 'fix/clean.md'], { cwd: scratch() }).code).toBe(0);
    expect(statSync(join(scratch(), 'fix/clean.md')).mtimeMs).toBe(before);
  });

  it('reports a fix it cannot write in one line and leaves the draft as it was', () => {
    // The name fits the file system's limit, but the temporary file beside it does not.
    const name = `fix/${'a'.repeat(236)}.md`;
    writeFiles(scratch(), { [name]: DRAFTS.violating });
    const run = trustlint(['--fix', name], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(errorLines(run)).toEqual([`trustlint: ${name}: the fixes could not be written (the path is too long)`]);
    expect(readFileSync(join(scratch(), name), 'utf8')).toBe(DRAFTS.violating);
  });

  it('never writes a .docx, says so, and still reports its findings', () => {
    const docx = makeDocx(['Officers may ask the driver about their immigration status during a traffic stop.']);
    writeFiles(scratch(), { 'fix/order.docx': docx });
    const run = trustlint(['--fix', '--format', 'json', 'fix/order.docx'], { cwd: scratch() });
    expect(Buffer.compare(readFileSync(join(scratch(), 'fix/order.docx')), Buffer.from(docx))).toBe(0);
    expect(errorLines(run)).toEqual([
      'trustlint: fix/order.docx: --fix does not write .docx files; use --format docx --output REVIEWED.docx for the suggestions as tracked changes',
    ]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Array<{ messages: unknown[] }>)[0]!.messages.length).toBeGreaterThan(0);
  });
});

/** Every draft the project ships or keeps for evaluation: examples/, the held-out documents and, when present, the dev corpus. */
function drafts(): Record<string, string> {
  const found: Record<string, string> = {};
  const add = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')))
      found[`${prefix}-${name}`] = readFileSync(join(dir, name), 'utf8');
  };
  add(join(ROOT, 'examples'), 'examples');
  for (const set of readdirSync(join(ROOT, 'test/fixtures')).filter((name) => name.startsWith('heldout-')))
    add(join(ROOT, 'test/fixtures', set, 'documents'), set);
  add(join(ROOT, '../../shared/corpus/documents'), 'corpus');
  return found;
}

describe('--fix is idempotent', () => {
  it('a second --fix over every shipped and held-out draft changes nothing', () => {
    const files = drafts();
    writeFiles(scratch(), Object.fromEntries(Object.entries(files).map(([name, text]) => [`twice/${name}`, text])));
    const paths = Object.keys(files).map((name) => `twice/${name}`);
    trustlint(['--fix', ...paths], { cwd: scratch() });
    const once = paths.map((path) => readFileSync(join(scratch(), path), 'utf8'));
    // The first pass changed something: the drafts have findings with fixes.
    expect(once.some((text, index) => text !== Object.values(files)[index])).toBe(true);
    trustlint(['--fix', ...paths], { cwd: scratch() });
    expect(paths.map((path) => readFileSync(join(scratch(), path), 'utf8'))).toEqual(once);
  });

  it('never appends general-order sections to a bulletin that opens with the department name', () => {
    const bulletin = [
      'Lakeview Police Department',
      '',
      'Roll Call Bulletin 26-3: Calls From Immigrant Residents',
      '',
      'Officers may ask a caller about immigration status when the caller seems nervous.',
      '',
    ].join('\n');
    writeFiles(scratch(), { 'kind/bulletin.md': bulletin });
    const run = trustlint(['--fix', '--format', 'json', 'kind/bulletin.md'], { cwd: scratch() });
    expect(readFileSync(join(scratch(), 'kind/bulletin.md'), 'utf8')).toBe(
      bulletin.replace(
        'may ask a caller about immigration status when the caller seems nervous',
        'shall not ask a caller about immigration status',
      ),
    );
    const [file] = JSON.parse(run.stdout) as Array<{ kind: string; messages: Array<{ category: string }> }>;
    expect(file!.kind).toBe('bulletin');
    expect(file!.messages.filter((message) => message.category === 'missing-provision')).toEqual([]);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff with the suggestion and changes nothing', async () => {
    writeFiles(scratch(), { 'dry/order.md': DRAFTS.violating });
    const path = join(scratch(), 'dry/order.md');
    const run = trustlint(['--fix-dry-run', 'dry/order.md'], { cwd: scratch() });
    expect(readFileSync(path, 'utf8')).toBe(DRAFTS.violating);
    expect(run.stdout).toMatch(/^={67}\n--- a\/dry\/order\.md\n\+\+\+ b\/dry\/order\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(run.stdout).toContain('\n-Officers may ask the driver about their immigration status during a traffic stop.\n');
    const suggestion = await statusSuggestion(DRAFTS.violating);
    const added = run.stdout.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++'));
    expect(added.join('\n')).toContain(suggestion.text.split('\n')[0]);
    expect(run.code).toBe(0);
  });

  it('works on stdin', () => {
    const run = trustlint(['--fix-dry-run', '--stdin', '--stdin-filename', 'order.md'], { cwd: scratch(), input: DRAFTS.violating });
    expect(run.stdout).toContain('--- a/order.md');
  });
});
