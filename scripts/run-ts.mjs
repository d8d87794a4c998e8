#!/usr/bin/env node
// Runs a TypeScript entry point (scripts/*.ts) under plain Node: esbuild bundles it to a temporary
// module next to the project, with npm packages left external, then it is imported with its arguments.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(root, 'node_modules', '.run-ts-'));
const outfile = join(dir, 'entry.mjs');
// Every module keeps its own import.meta.url and import.meta.dirname, so each resolves paths relative to itself
// (the bundle lives elsewhere).
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(?:ts|tsx|mts)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)));
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
  plugins: [ownImportMeta],
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
