// --fix writes only what was read, only inside the files and folders named, and keeps links, mode and owner.
import {
  chownSync,
  linkSync,
  lstatSync,
  realpathSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteRefused, writableTarget, writeFileAtomic } from '../../core/node/write-file.ts';
import { DRAFTS, VIOLATING_SENTENCE, errorLines, trustlint, useBuiltCli, useScratchDirectory, writeFiles } from './helpers.ts';

useBuiltCli();
const scratch = useScratchDirectory();

const fixedIn = (path: string) => !readFileSync(path, 'utf8').includes(VIOLATING_SENTENCE);

describe('--fix and links', () => {
  it('does not follow a symbolic link out of the folder named', () => {
    writeFiles(scratch(), { 'outside/order.md': DRAFTS.violating, 'tree/own.md': DRAFTS.violating });
    symlinkSync(join(scratch(), 'outside/order.md'), join(scratch(), 'tree/link.md'));
    symlinkSync(join(scratch(), 'outside'), join(scratch(), 'tree/folder'));
    const run = trustlint(['--fix', '--format', 'json', 'tree'], { cwd: scratch() });
    expect(readFileSync(join(scratch(), 'outside/order.md'), 'utf8')).toBe(DRAFTS.violating);
    expect(fixedIn(join(scratch(), 'tree/own.md'))).toBe(true);
    expect((JSON.parse(run.stdout) as Array<{ path: string }>).map((file) => file.path)).toEqual(['tree/own.md']);
  });

  it('never writes a file whose real path is outside the roots', async () => {
    writeFiles(scratch(), { 'away/order.md': DRAFTS.violating, 'root/placeholder.md': DRAFTS.clean });
    symlinkSync(join(scratch(), 'away/order.md'), join(scratch(), 'root/link.md'));
    await expect(writableTarget(join(scratch(), 'root/link.md'), [realpathSync(join(scratch(), 'root'))])).rejects.toThrow(
      /leads to .*away\/order\.md, outside the files and folders named/,
    );
    expect(await writableTarget(join(scratch(), 'root/link.md'), [realpathSync(scratch())])).toBe(
      realpathSync(join(scratch(), 'away/order.md')),
    );
  });

  it('writes the target of a link inside the tree once, and keeps the link', () => {
    writeFiles(scratch(), { 'inner/order.md': DRAFTS.violating });
    symlinkSync('order.md', join(scratch(), 'inner/alias.md'));
    // A loop back to the folder itself is not followed.
    symlinkSync('.', join(scratch(), 'inner/loop'));
    const run = trustlint(['--fix', '--format', 'json', 'inner'], { cwd: scratch() });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
    expect(fixedIn(join(scratch(), 'inner/order.md'))).toBe(true);
    expect(lstatSync(join(scratch(), 'inner/alias.md')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(scratch(), 'inner')).sort()).toEqual(['alias.md', 'loop', 'order.md']);
  });

  it('refuses to split a hard link', () => {
    writeFiles(scratch(), { 'hard/order.md': DRAFTS.violating });
    linkSync(join(scratch(), 'hard/order.md'), join(scratch(), 'hard-copy.md'));
    const run = trustlint(['--fix', 'hard/order.md'], { cwd: scratch() });
    expect(errorLines(run)).toEqual([expect.stringContaining('hard/order.md: the fixes were not written: it has other hard links')]);
    expect(statSync(join(scratch(), 'hard-copy.md')).nlink).toBe(2);
    expect(readFileSync(join(scratch(), 'hard/order.md'), 'utf8')).toBe(DRAFTS.violating);
  });

  it('keeps the owner and mode of the file', () => {
    writeFiles(scratch(), { 'owned/order.md': DRAFTS.violating });
    const path = join(scratch(), 'owned/order.md');
    chownSync(path, 4321, 4321);
    trustlint(['--fix', 'owned/order.md'], { cwd: scratch() });
    expect(fixedIn(path)).toBe(true);
    expect([statSync(path).uid, statSync(path).gid]).toEqual([4321, 4321]);
  });
});

describe('--fix and concurrent edits', () => {
  const snapshotOf = (path: string) => {
    const info = statSync(path);
    return { bytes: readFileSync(path), size: info.size, mtimeMs: info.mtimeMs };
  };

  it('writes over the file when it is still what was read', async () => {
    writeFiles(scratch(), { 'race/same.md': 'before\n' });
    const path = join(scratch(), 'race/same.md');
    await writeFileAtomic(path, 'after\n', snapshotOf(path));
    expect(readFileSync(path, 'utf8')).toBe('after\n');
  });

  it('keeps an edit made after the file was read, even one of the same size and time', async () => {
    writeFiles(scratch(), { 'race/edited.md': 'before\n' });
    const path = join(scratch(), 'race/edited.md');
    const snapshot = snapshotOf(path);
    writeFileSync(path, 'edited\n');
    await expect(writeFileAtomic(path, 'after\n', snapshot)).rejects.toThrow(WriteRefused);
    expect(readFileSync(path, 'utf8')).toBe('edited\n');
    // Same size, time set back: only the bytes tell.
    writeFileSync(path, 'BEFORE\n');
    utimesSync(path, snapshot.mtimeMs / 1000, snapshot.mtimeMs / 1000);
    await expect(writeFileAtomic(path, 'after\n', snapshot)).rejects.toThrow('it changed while trustlint was fixing it');
    expect(readFileSync(path, 'utf8')).toBe('BEFORE\n');
    expect(readdirSync(join(scratch(), 'race')).sort()).toEqual(['edited.md', 'same.md']);
  });
});
