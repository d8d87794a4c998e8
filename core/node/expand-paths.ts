// Turns the CLI's file arguments into drafts to read. A file is taken as given (whatever its
// extension); a directory is searched recursively for drafts, as ESLint and remark-cli do; anything
// else that looks like a glob is expanded. Missing paths pass through so reading reports them in order.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FORMAT_BY_EXTENSION } from '../document/format.ts';
import { InputError } from './input-error.ts';

/** Extensions a directory search picks up. */
const DRAFT_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);
const IGNORED = ['**/node_modules/**'];

export type ExpandedPath = { path: string } | { error: InputError };

export async function expandPaths(args: string[], cwd: string): Promise<ExpandedPath[]> {
  const seen = new Set<string>();
  const expanded: ExpandedPath[] = [];
  // The same file reached twice (a link to it, a second argument) is read once.
  const add = async (path: string) => {
    const key = await realpath(resolve(cwd, path)).catch(() => resolve(cwd, path));
    if (seen.has(key)) return;
    seen.add(key);
    expanded.push({ path });
  };
  for (const arg of args) {
    const kind = await stat(resolve(cwd, arg)).then(
      (info) => (info.isDirectory() ? 'directory' : 'file'),
      () => 'missing',
    );
    if (kind === 'file' || (kind === 'missing' && !isDynamicPattern(arg))) {
      await add(arg);
      continue;
    }
    const matches =
      kind === 'directory'
        ? (await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, arg), ignore: IGNORED, followSymbolicLinks: false })).map(
            (match) => join(arg, match),
          )
        : await glob(arg, { cwd, ignore: IGNORED, absolute: isAbsolute(arg), followSymbolicLinks: false });
    if (matches.length === 0) {
      const reason =
        kind === 'directory'
          ? `is a directory with no drafts in it (${DRAFT_EXTENSIONS.map((extension) => `.${extension}`).join(', ')})`
          : 'no files match this pattern';
      expanded.push({ error: new InputError(arg, reason) });
      continue;
    }
    for (const match of matches.sort()) await add(match);
  }
  return expanded;
}

/** The real paths --fix may write under: each file or folder named, and the working folder for globs. */
export async function writeRoots(args: string[], cwd: string): Promise<string[]> {
  return Promise.all(args.map((arg) => realpath(resolve(cwd, arg)).catch(() => realpath(cwd))));
}
