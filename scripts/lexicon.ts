// Compiles the lexicon (rules/lexicon/*/*.yml) and the data rules (rules/data/*.yml) into rules/lexicon/lexicon.generated.ts, which the pack imports.
// Usage: npm run lexicon        A file that breaks the schema gets a one-line error naming it and its line.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileDataRules, compileLexicon, LexiconError, renderLexicon } from '../rules/lexicon/compile.ts';
import { GENERATED_PATH, readDataRuleFiles, readLexiconFiles } from '../rules/lexicon/read-files.ts';

const root = resolve(import.meta.dirname, '..');
try {
  const lexicon = compileLexicon(readLexiconFiles(root));
  writeFileSync(join(root, GENERATED_PATH), renderLexicon(lexicon, compileDataRules(readDataRuleFiles(root), lexicon)));
  console.log(`lexicon: wrote ${GENERATED_PATH}`);
} catch (error) {
  if (!(error instanceof LexiconError)) throw error;
  console.error(`lexicon: ${error.message}`);
  process.exitCode = 2;
}
