// Node-only: the lexicon's YAML files as the compiler takes them, with paths relative to the project root.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LexiconFile } from './compile.ts';

export const LEXICON_DIR = 'rules/lexicon';
export const GENERATED_PATH = `${LEXICON_DIR}/lexicon.generated.ts`;
export const DATA_RULES_DIR = 'rules/data';

export function readLexiconFiles(root: string): LexiconFile[] {
  const files: LexiconFile[] = [];
  for (const entry of readdirSync(join(root, LEXICON_DIR), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const name of readdirSync(join(root, LEXICON_DIR, entry.name)).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = `${LEXICON_DIR}/${entry.name}/${name}`;
      files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  }
  return files;
}

/** The data rules' YAML files (rules/data/*.yml). */
export function readDataRuleFiles(root: string): LexiconFile[] {
  if (!existsSync(join(root, DATA_RULES_DIR))) return [];
  return readdirSync(join(root, DATA_RULES_DIR))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: `${DATA_RULES_DIR}/${name}`, text: readFileSync(join(root, DATA_RULES_DIR, name), 'utf8') }));
}
