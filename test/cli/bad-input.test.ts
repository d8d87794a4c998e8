// Every unreadable input gets one line on stderr naming it, no stack trace, exit 2 — and the
// drafts that could be read are still reported.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readStream } from '../../core/node/read-input.ts';
import { docxParts, makeDocx, zip } from './docx.ts';
import { DRAFTS, STACK_FRAME, errorLines, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

/** Runs the CLI on a bad input plus a good draft; returns the run and the JSON report. */
function lintWithGoodDraft(badPath: string) {
  writeFiles(scratch(), { 'good.md': DRAFTS.violating });
  const run = trustlint(['--format', 'json', badPath, 'good.md'], { cwd: scratch() });
  return { run, report: JSON.parse(run.stdout) as Array<{ path: string; messages: unknown[] }> };
}

function expectOneLineFailure(badPath: string, reason: RegExp) {
  const { run, report } = lintWithGoodDraft(badPath);
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  const lines = errorLines(run);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(badPath);
  expect(lines[0]).toMatch(reason);
  // The good draft is still reported, with its findings.
  expect(report.map((file) => file.path)).toEqual(['good.md']);
  expect(report[0]!.messages.length).toBeGreaterThan(0);
}

describe('unreadable inputs', () => {
  it('reports a missing path', () => {
    expectOneLineFailure('missing.md', /no such file/);
  });

  it('cleans terminal escape sequences out of file names on stderr', () => {
    const run = trustlint(['missing\u001b[2J\u001b]0;title\u0007.md'], { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing');
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(errorLines(run)).toHaveLength(1);
  });

  it('reports a directory with no drafts in it', () => {
    writeFiles(scratch(), { 'images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expectOneLineFailure('images', /directory with no drafts/);
  });

  it('reports a glob that matches nothing', () => {
    expectOneLineFailure('drafts/**/*.md', /no files match/);
  });

  it('reports a binary file', () => {
    writeFiles(scratch(), { 'scan.md': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]) });
    expectOneLineFailure('scan.md', /binary/);
  });

  it('reports a file that is not valid UTF-8', () => {
    // "Política" in Latin-1: 0xED is not valid UTF-8 on its own.
    writeFiles(scratch(), { 'latin1.txt': new Uint8Array([0x50, 0x6f, 0x6c, 0xed, 0x74, 0x69, 0x63, 0x61, 0x0a]) });
    expectOneLineFailure('latin1.txt', /not valid UTF-8/);
  });

  it('reports an empty file', () => {
    writeFiles(scratch(), { 'empty.md': '' });
    expectOneLineFailure('empty.md', /is empty/);
  });

  it('reports a whitespace-only file as empty', () => {
    writeFiles(scratch(), { 'blank.md': '\n  \n\t\n' });
    expectOneLineFailure('blank.md', /is empty/);
  });

  it('refuses a file above the documented size limit without reading it', () => {
    const path = join(scratch(), 'huge.md');
    writeFileSync(path, '');
    truncateSync(path, MAX_INPUT_BYTES + 1);
    expectOneLineFailure('huge.md', /reads drafts up to 20 MB/);
  });

  it('reports a .docx that is not a zip archive', () => {
    writeFiles(scratch(), { 'notes.docx': 'This was saved as plain text with the wrong extension.\n' });
    expectOneLineFailure('notes.docx', /not a \.docx file/);
  });

  it('refuses a .docx decompression bomb in one line', { timeout: 120_000 }, () => {
    const parts = docxParts([]);
    // Sixteen megabytes of spaces inside the document part: about 16 kB on disk.
    parts['word/document.xml'] = parts['word/document.xml']!.replace('<w:body>', `<w:body>${' '.repeat(16 * 1024 * 1024)}`);
    writeFiles(scratch(), { 'bomb.docx': zip(parts, true) });
    expectOneLineFailure(
      'bomb.docx',
      /is not a readable \.docx file \(word\/document\.xml inflates more than 100 times: a decompression bomb\)$/,
    );
  });

  it('reports a .docx whose zip is broken', () => {
    const docx = makeDocx(['Officers may ask the driver about their immigration status.']);
    writeFiles(scratch(), { 'truncated.docx': docx.subarray(0, Math.floor(docx.length / 2)) });
    expectOneLineFailure('truncated.docx', /not a readable \.docx file/);
    expect(trustlint(['truncated.docx'], { cwd: scratch() }).stderr).not.toMatch(/readable .*readable/);
  });

  it('stops reading stdin as soon as it passes the size limit', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield chunk;
      }
    }
    await expect(readStream('<stdin>', endless())).rejects.toThrow('<stdin>: is more than 21 MB; trustlint reads drafts up to 20 MB');
    expect(pulled).toBe(MAX_INPUT_BYTES / chunk.length + 1);
  });

  it('reports stdin that is binary', () => {
    const run = trustlint(['--stdin'], { cwd: scratch(), input: new Uint8Array([0x00, 0x01, 0x02]) });
    expect(run.code).toBe(2);
    expect(errorLines(run)).toEqual(['trustlint: <stdin>: is a binary file, not a text draft']);
  });
});

describe('inputs that are fine', () => {
  it('lints a real .docx', () => {
    writeFiles(scratch(), {
      'order.docx': makeDocx([
        'General Order 7.1: Traffic Enforcement',
        'Officers may ask the driver about their immigration status during a traffic stop.',
      ]),
    });
    const run = trustlint(['--format', 'json', 'order.docx'], { cwd: scratch() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ category: string; actual: string }> }>;
    expect(file!.path).toBe('order.docx');
    expect(file!.messages.some((message) => message.category === 'status-inquiry')).toBe(true);
  });

  it('searches a directory for drafts, skipping other files and node_modules', () => {
    writeFiles(scratch(), {
      'policies/a.md': DRAFTS.violating,
      'policies/sub/b.txt': DRAFTS.clean,
      'policies/sub/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      'policies/node_modules/c.md': DRAFTS.violating,
    });
    const run = trustlint(['--format', 'json', 'policies'], { cwd: scratch() });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual([
      join('policies', 'a.md'),
      join('policies', 'sub/b.txt'),
    ]);
  });

  it('expands globs and reports each file once', () => {
    writeFiles(scratch(), { 'globbed/one.md': DRAFTS.violating, 'globbed/two.md': DRAFTS.clean });
    const run = trustlint(['--format', 'json', 'globbed/*.md', 'globbed/one.md'], { cwd: scratch() });
    expect((JSON.parse(run.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual(['globbed/one.md', 'globbed/two.md']);
  });
});
