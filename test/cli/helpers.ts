// Spawns the built CLI the way a user runs it (`node bin/trustlint.js`), in a scratch directory.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/trustlint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Bundles cli.ts (the command with the default engine) into dist/cli.js before the file's tests, so they never run a stale build.
 * Test files run in parallel: each bundles to its own name and renames, so no run sees a half-written file.
 */
export function useBuiltCli(): void {
  beforeAll(() => {
    const temporary = join(ROOT, 'dist', `cli.${process.pid}.${randomBytes(4).toString('hex')}.js`);
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), temporary], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the CLI failed: ${built.stderr}`);
    renameSync(temporary, join(ROOT, 'dist/cli.js'));
  });
}

/** A fresh scratch directory for the file's tests, removed afterwards. */
export function useScratchDirectory(): () => string {
  let directory = '';
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'trustlint-cli-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  return () => directory;
}

export function writeFiles(directory: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(directory, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

export function trustlint(args: string[], options: { cwd: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv }): CliRun {
  // Colour follows the terminal unless these are set; the test runner may set them for itself.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stderr lines, each of which must be a one-line error, never part of a stack trace. */
export function errorLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

export const STACK_FRAME = /^\s+at\s/m;

/** Drafts whose findings the tests rely on: the status-inquiry rule family is the reference rules. */
export const DRAFTS = {
  violating: `# Training Bulletin 7.1: Traffic Enforcement

Officers may ask the driver about their immigration status during a traffic stop.

Officers shall complete a citation for every moving violation.
`,
  clean: `# Training Bulletin 7.2: Property and Evidence

Officers shall log all evidence in the property room before the end of their shift.

Evidence shall be released only on a court order.
`,
};

/** The status-inquiry sentence in DRAFTS.violating. */
export const VIOLATING_SENTENCE = 'Officers may ask the driver about their immigration status during a traffic stop.';
