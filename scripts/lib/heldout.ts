// A held-out real set without its text: sources, kinds, labels and a SHA-256 of each labelled line, never the words.
// Real published text stays out of the repository; a manifest keeps the work of labelling it (scripts/heldout.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageCategory } from '../../core/index.ts';

export interface ManifestDocument {
  file: string;
  agency: string;
  title: string;
  source: string;
  kind: string;
  /** The whole excerpt's hash: a rebuilt file that matches it is the labelled one, byte for byte. */
  md_sha256: string;
  labels: { line: number; categories: MessageCategory[]; sha256: string }[];
}

interface Expectation {
  kind: string;
  source: string;
  violations: Record<string, MessageCategory[]>;
  missing: string[];
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');
const linesOf = (path: string): string[] => readFileSync(path, 'utf8').split('\n');

/** The manifest of a labelled set in DIR/documents (*.md with *.expect.json, as in ../shared/realworld). */
export function manifest(dir: string): ManifestDocument[] {
  const documents = join(dir, 'documents');
  return readdirSync(documents)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((file) => {
      const path = join(documents, file);
      const expectation = JSON.parse(readFileSync(path.replace(/\.md$/, '.expect.json'), 'utf8')) as Expectation;
      const lines = linesOf(path);
      // "# <agency>: <title>", as the set's README asks.
      const heading = /^#\s+(.*?):\s+(.*)$/.exec(lines[0] ?? '');
      return {
        file,
        agency: heading?.[1] ?? '',
        title: heading?.[2] ?? '',
        source: expectation.source,
        kind: expectation.kind,
        md_sha256: sha256(readFileSync(path)),
        labels: Object.entries(expectation.violations).map(([line, categories]) => ({
          line: Number(line),
          categories,
          sha256: sha256(lines[Number(line) - 1] ?? ''),
        })),
      };
    });
}

/**
 * Writes each document's expect.json from the manifest. A rebuilt excerpt may differ from the labelled one (a page
 * stored again, a line cut elsewhere); each labelled line must still read the same at its number, or nothing is written.
 */
export function restore(manifestPath: string, dir: string): string[] {
  const documents = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestDocument[];
  const problems: string[] = [];
  const expectations: [string, Expectation][] = [];
  for (const document of documents) {
    const path = join(dir, 'documents', document.file);
    if (!existsSync(path)) {
      problems.push(`${document.file}: missing (rebuild it from ${document.source})`);
      continue;
    }
    const lines = linesOf(path);
    for (const label of document.labels) {
      if (sha256(lines[label.line - 1] ?? '') !== label.sha256)
        problems.push(`${document.file}:${label.line}: not the line that was labelled`);
    }
    const violations = Object.fromEntries(document.labels.map((label) => [String(label.line), label.categories]));
    expectations.push([path.replace(/\.md$/, '.expect.json'), { kind: document.kind, source: document.source, violations, missing: [] }]);
  }
  if (problems.length === 0)
    for (const [path, expectation] of expectations) writeFileSync(path, `${JSON.stringify(expectation, null, 1)}\n`);
  return problems;
}
