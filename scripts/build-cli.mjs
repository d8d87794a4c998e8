// Bundles the CLI (core/cli.ts and the engine it imports) into dist/cli.js for bin/trustlint.js.
// Dependencies stay external: they are resolved from node_modules at run time.
// Usage: node scripts/build-cli.mjs [outfile]   (the tests bundle to a temporary name, then rename)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['core/cli.ts'],
  outfile: process.argv[2] ?? 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
