#!/usr/bin/env node
// Runs a TypeScript entry point (scripts/*.ts) under plain Node: esbuild bundles it to a temporary
// module next to the project, with npm packages left external, then it is imported with its arguments.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(root, 'node_modules', '.run-ts-'));
const outfile = join(dir, 'entry.mjs');
// import.meta.url keeps pointing at the entry file, so scripts resolve paths relative to themselves.
const entryUrl = pathToFileURL(resolve(entry)).href;
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
  define: { 'import.meta.url': JSON.stringify(entryUrl) },
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
