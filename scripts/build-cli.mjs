// Bundles the CLI (cli.ts: the command in core/cli.ts with the default engine) into dist/cli.js for bin/trustlint.js.
// Dependencies stay external: they are resolved from node_modules at run time.
// Usage: node scripts/build-cli.mjs [outfile]   (the tests bundle to a temporary name, then rename)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['cli.ts'],
  outfile: process.argv[2] ?? 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
