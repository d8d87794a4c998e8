// Bundles the CLI (cli.ts: the command in core/cli.ts with the default engine) into dist/cli.js for bin/trustlint.js.
// Dependencies are bundled too: resolving and loading some two hundred modules from node_modules cost about 0.3 s of
// CPU on every run (and every worker's start), against 0.05 s for one file. The Word libraries (docx, mammoth) stay
// external: bundled, they only made the file larger.
// Usage: node scripts/build-cli.mjs [outfile] [entry]   (the tests bundle to a temporary name, then rename;
// `npm run bench:startup` bundles index.ts the same way)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: [process.argv[3] ?? 'cli.ts'],
  outfile: process.argv[2] ?? 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['docx', 'mammoth'],
  // Without whitespace and comments, in shorter syntax: a quarter less for V8 to parse at every start; names stay,
  // so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS dependencies call require() for Node's own modules, which an ES module does not have.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  logLevel: 'warning',
});
