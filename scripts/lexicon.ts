// Compiles the lexicon (rules/lexicon/*/*.yml) into rules/lexicon/lexicon.generated.ts, which the pack imports.
// Usage: npm run lexicon        A file that breaks the schema gets a one-line error naming it and its line.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileLexicon, LexiconError, renderLexicon } from '../rules/lexicon/compile.ts';
import { GENERATED_PATH, readLexiconFiles } from '../rules/lexicon/read-files.ts';

const root = resolve(import.meta.dirname, '..');
try {
  writeFileSync(join(root, GENERATED_PATH), renderLexicon(compileLexicon(readLexiconFiles(root))));
  console.log(`lexicon: wrote ${GENERATED_PATH}`);
} catch (error) {
  if (!(error instanceof LexiconError)) throw error;
  console.error(`lexicon: ${error.message}`);
  process.exitCode = 2;
}
