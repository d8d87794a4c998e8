// Bundles the CLI (cli.ts: the command in core/cli.ts with the default engine) into dist/cli.js for bin/trustlint.js.
// Dependencies are bundled too: resolving and loading some two hundred modules from node_modules cost about 0.3 s of
// CPU on every run (and every worker's start), against 0.05 s for one file. The Word libraries (docx, mammoth) stay
// external: bundled, they only made the file larger.
// Usage: node scripts/build-cli.mjs [outfile] [entry]   (the tests bundle to a temporary name, then rename;
// `npm run bench:startup` bundles index.ts the same way)
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * micromark's parse() merges its default constructs with the extensions given (GFM's) into one table on every call,
 * and remark parses each chunk of a draft with a call of its own: merging took 0.14-0.16 s of CPU on the 100k-word
 * bench drafts (3-5% of the CLI's time). The table is only read while parsing, so the bundle keeps the one it merged
 * for each list of extensions and gives it again for a list holding the same extensions. The build fails if
 * micromark's source no longer reads as expected, rather than bundling it unchanged.
 */
const MERGE = 'combineExtensions([defaultConstructs, ...(settings.extensions || [])])';
const micromarkMergedOnce = {
  name: 'micromark-merged-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]micromark[\\/]lib[\\/]parse\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(MERGE).length !== 2) throw new Error(`${args.path}: micromark's merge of its extensions was not found`);
      const memo = `
/** Lists of extensions merged so far (remark gives a new list on every call, holding the same extensions) and their tables. */
const merges = [];
function mergedConstructs(extensions) {
  const list = extensions || [];
  for (const { items, merged } of merges) {
    if (items.length === list.length && items.every((item, index) => item === list[index])) return merged;
  }
  const merged = combineExtensions([defaultConstructs, ...list]);
  // A handful at most (one per parser); a bound all the same, should a caller build extensions for each call.
  if (merges.length === 8) merges.shift();
  merges.push({ items: [...list], merged });
  return merged;
}
`;
      return { contents: `${source.replace(MERGE, 'mergedConstructs(settings.extensions)')}\n${memo}`, loader: 'js' };
    });
  },
};

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
  plugins: [micromarkMergedOnce],
  logLevel: 'warning',
});
