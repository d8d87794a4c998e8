// The command as a user runs it: exit codes, every output format, --quiet, --output and --stdin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleMeta } from '../../index.ts';
import type { FileJSON } from '../../core/reporters/index.ts';
import packageJson from '../../package.json' with { type: 'json' };
import { DRAFTS, STACK_FRAME, VIOLATING_SENTENCE, errorLines, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

function json(stdout: string): FileJSON[] {
  return JSON.parse(stdout) as FileJSON[];
}

describe('exit codes', () => {
  it('exits 0 when no finding is an error', () => {
    writeFiles(scratch(), { 'clean.md': DRAFTS.clean });
    const run = trustlint(['clean.md'], { cwd: scratch() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems found');
  });

  it('exits 1 when a finding is an error', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['order.md'], { cwd: scratch() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('exits 2 for an unreadable input even when another draft has errors, and still reports that draft', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['order.md', 'gone.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('order.md');
    expect(errorLines(run)).toEqual(['trustlint: gone.md: no such file']);
  });

  it('exits 2 with a one-line usage error for bad options', () => {
    for (const args of [['--format', 'xml', 'a.md'], ['--kind', 'memo', 'a.md'], ['--bogus', 'a.md'], [], ['--fix', '--stdin']]) {
      const run = trustlint(args, { cwd: scratch() });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(errorLines(run)[0]).toMatch(/^trustlint: /);
    }
  });

  it('prints help and the version', () => {
    expect(trustlint(['--help'], { cwd: scratch() })).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: trustlint') });
    expect(trustlint(['--version'], { cwd: scratch() })).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });
});

describe('formats', () => {
  it('stylish groups findings by file with line:column, severity, reason, rule id and a summary', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating, 'clean.md': DRAFTS.clean });
    const run = trustlint(['order.md', 'clean.md'], { cwd: scratch() });
    const [finding] = json(trustlint(['--format', 'json', 'order.md'], { cwd: scratch() }).stdout)[0]!.messages;
    expect(run.stdout).toMatch(/^order\.md {2}bulletin: the title names a bulletin \(“Training Bulletin 7\.1: Traffic Enforcement”\)\n/);
    expect(run.stdout).not.toContain('clean.md');
    expect(run.stdout).toMatch(new RegExp(`\\n  3:\\d+ +error +.+ +${finding!.ruleId.replace(/[/]/g, '\\/')}\\n`));
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\)\n$/);
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('stylish uses colour when asked to (FORCE_COLOR), as on a terminal', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['order.md'], { cwd: scratch(), env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\u001b[31merror');
  });

  it('json prints one object per input with path, kind and messages whose offsets slice out `actual`', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating, 'clean.md': DRAFTS.clean });
    const run = trustlint(['--format', 'json', '--kind', 'general-order', 'order.md', 'clean.md'], { cwd: scratch() });
    const report = json(run.stdout);
    expect(report.map((file) => [file.path, file.kind, file.kindReason])).toEqual([
      ['order.md', 'general-order', 'chosen by the user'],
      ['clean.md', 'general-order', 'chosen by the user'],
    ]);
    const statusFinding = report[0]!.messages.find((message) => message.category === 'status-inquiry');
    expect(statusFinding).toBeDefined();
    expect(DRAFTS.violating.slice(statusFinding!.start.offset, statusFinding!.end.offset)).toBe(statusFinding!.actual);
    expect(statusFinding!.suggestions.length).toBeGreaterThan(0);
  });

  it('sarif is a 2.1.0 log with rule metadata, located results and fixes', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['--format', 'sarif', 'order.md'], { cwd: scratch() });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('trustlint');
    expect(sarifRun.tool.driver.version).toBe(packageJson.version);
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(ruleMeta.map((rule) => rule.id));
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true);
    const result = sarifRun.results.find(
      (candidate: { properties: { category: string } }) => candidate.properties.category === 'status-inquiry',
    );
    expect(result.level).toBe('error');
    expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(result.message.text).toBeTruthy();
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    expect(artifactLocation).toMatchObject({ uri: 'order.md', uriBaseId: 'SRCROOT', index: 0 });
    expect(region.startLine).toBe(3);
    expect(DRAFTS.violating.substr(region.charOffset, region.charLength)).toBe(region.snippet.text);
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement.deletedRegion.charLength).toBeGreaterThan(0);
    expect(typeof replacement.insertedContent.text).toBe('string');
  });

  it('sarif records unreadable inputs as failed execution notifications', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['--format', 'sarif', 'order.md', 'gone.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    const invocation = JSON.parse(run.stdout).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toBe('gone.md: no such file');
  });

  it('html is one self-contained page with the summary and each finding with its suggestion', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['--format', 'html', 'order.md'], { cwd: scratch() });
    const page = run.stdout;
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('Findings by category');
    expect(page).toContain('Immigration status inquiries');
    expect(page).toContain('<mark>');
    expect(page).toMatch(/<ins>[^<]+<\/ins>/);
    // Nothing is fetched from anywhere: no scripts, links, images or remote styles; links only jump within the page.
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|src=|url\(|@import/i);
    expect([...page.matchAll(/href="([^"]*)"/g)].every((match) => match[1]!.startsWith('#'))).toBe(true);
  });

  it('html escapes hostile markup from the draft everywhere it appears', () => {
    const hostile = `# <script>alert(1)</script> Order\n\nOfficers may ask the driver about their immigration status <img src=x onerror=alert(2)> during a stop.\n`;
    writeFiles(scratch(), { '<b>hostile</b>.md': hostile });
    const page = trustlint(['--format', 'html', '<b>hostile</b>.md'], { cwd: scratch() }).stdout;
    expect(page).toContain('immigration status');
    expect(page).not.toMatch(/<script|<img|<b>hostile/i);
    expect(page).toContain('&#60;img src=x onerror=alert(2)&#62;');
    expect(page).toContain('&#60;b&#62;hostile&#60;/b&#62;.md');
  });
});

describe('options', () => {
  it('--quiet reports error-severity findings only', () => {
    const draft = `${DRAFTS.violating}\nThe chairman of the review board signs every order.\n`;
    writeFiles(scratch(), { 'mixed.md': draft });
    const all = json(trustlint(['--format', 'json', 'mixed.md'], { cwd: scratch() }).stdout)[0]!.messages;
    const quiet = json(trustlint(['--format', 'json', '--quiet', 'mixed.md'], { cwd: scratch() }).stdout)[0]!.messages;
    expect(all.some((message) => message.severity !== 'error')).toBe(true);
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((message) => message.severity === 'error')).toBe(true);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['--format', 'html', '--output', 'review.html', 'order.md'], { cwd: scratch() });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(scratch(), 'review.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('--output reports a report it cannot write in one line', () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const run = trustlint(['--output', 'order.md/review.html', 'order.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(errorLines(run)).toEqual([
      'trustlint: order.md/review.html: the report could not be written (a parent path is not a directory)',
    ]);
  });

  it('--stdin lints standard input, named <stdin> or by --stdin-filename', () => {
    const plain = trustlint(['--stdin', '--format', 'json'], { cwd: scratch(), input: DRAFTS.violating });
    expect(plain.code).toBe(1);
    expect(json(plain.stdout)[0]!.path).toBe('<stdin>');
    const named = trustlint(['--stdin', '--stdin-filename', 'drafts/order.md', '--kind', 'bulletin', '--format', 'json'], {
      cwd: scratch(),
      input: DRAFTS.violating,
    });
    expect(json(named.stdout)[0]).toMatchObject({ path: 'drafts/order.md', kind: 'bulletin' });
    expect(json(named.stdout)[0]!.messages.some((message) => message.category === 'status-inquiry')).toBe(true);
  });

  it('--stdin-filename picks the format: offsets point into the HTML source', () => {
    const html = `<h1>Bulletin</h1><p>Officers may ask the driver about their <b>immigration status</b> during a traffic stop.</p>`;
    const run = trustlint(['--stdin', '--stdin-filename', 'bulletin.html', '--format', 'json'], { cwd: scratch(), input: html });
    const [finding] = json(run.stdout)[0]!.messages.filter((message) => message.category === 'status-inquiry');
    expect(finding).toBeDefined();
    expect(html.slice(finding!.start.offset, finding!.end.offset)).toBe(finding!.actual);
    expect(finding!.actual).toContain('<b>immigration status');
  });

  it(`reports the sentence ${JSON.stringify(VIOLATING_SENTENCE.slice(0, 20))}... on line 3`, () => {
    writeFiles(scratch(), { 'order.md': DRAFTS.violating });
    const [finding] = json(trustlint(['--format', 'json', 'order.md'], { cwd: scratch() }).stdout)[0]!.messages;
    expect(VIOLATING_SENTENCE).toContain(finding!.actual);
    expect(finding!.start.line).toBe(3);
  });
});

describe('--concurrency', () => {
  it('lints many files on worker threads with the same report, messages and exit code as one thread', () => {
    const files: Record<string, string> = { 'broken.docx': 'not a zip', 'empty.md': '' };
    for (let index = 0; index < 24; index++)
      files[`draft-${String(index).padStart(2, '0')}.md`] = index % 2 ? DRAFTS.violating : DRAFTS.clean;
    writeFiles(join(scratch(), 'many'), files);
    const single = trustlint(['--format', 'json', '--concurrency', '1', 'many'], { cwd: scratch() });
    const pooled = trustlint(['--format', 'json', '--concurrency', '3', 'many'], { cwd: scratch() });
    expect(json(pooled.stdout).map((file) => file.path)).toEqual(json(single.stdout).map((file) => file.path));
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.stderr).toBe(single.stderr);
    expect(errorLines(pooled)).toHaveLength(2);
    expect(pooled.code).toBe(2);
  });

  it('writes fixes from worker threads', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) files[`draft-${index}.md`] = DRAFTS.violating;
    writeFiles(join(scratch(), 'fix-many'), files);
    const run = trustlint(['--fix', '--concurrency', '2', 'fix-many'], { cwd: scratch() });
    expect(run.stderr).toBe('');
    for (const name of Object.keys(files)) expect(readFileSync(join(scratch(), 'fix-many', name), 'utf8')).not.toBe(DRAFTS.violating);
  });

  it('refuses a thread count that is not a whole number', () => {
    const run = trustlint(['--concurrency', 'many', 'x.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(errorLines(run)[0]).toBe('trustlint: --concurrency must be a whole number of threads (1 or more) or auto (got "many")');
  });
});
