// Measures the rule pack on a labelled corpus: `npm run eval [-- CORPUS_DIR]`.
// CORPUS_DIR (default ../shared/corpus next to the repository) holds sentences.jsonl and documents/
// (*.md with *.expect.json), as described in that corpus's README.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageCategory, FindingJSON } from '../core/index.ts';

/** What the linter reports for one file: the shape of the CLI's `--format json` output. */
interface FileReport {
  path: string;
  kind: string;
  messages: FindingJSON[];
}

interface LabelledSentence {
  id: string;
  label: 'violation' | 'compliant';
  categories: MessageCategory[];
  text: string;
}

interface DocumentExpectation {
  kind?: string;
  violations: Record<string, MessageCategory[]>;
  missing: string[];
}

/** Findings that do not decide whether a sentence is a violation (secondary, style-level categories). */
const SECONDARY = new Set<string>(['inclusive-language', 'plain-language']);
const DOCUMENT_LEVEL = new Set<string>(['missing-provision']);

/**
 * The one place that runs the linter. Each entry is a file's path and text; the result has the CLI's
 * JSON shape, so running `trustlint --format json` over the same files can replace this body alone.
 */
/** Lints drafts the way a user does: through the CLI's JSON output, one process per document kind. */
async function lintFiles(files: { path: string; text: string; kind?: string }[]): Promise<FileReport[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trustlint-eval-'));
  try {
    const byKind = new Map<string | undefined, string[]>();
    const paths = files.map((file, index) => {
      const path = join(dir, `${index}-${basename(file.path)}`);
      writeFileSync(path, file.text);
      byKind.set(file.kind, [...(byKind.get(file.kind) ?? []), path]);
      return path;
    });
    const reports = new Map<string, FileReport>();
    for (const [kind, group] of byKind) {
      const args = [join(root, 'bin/trustlint.js'), '--format', 'json', ...(kind ? ['--kind', kind] : []), ...group];
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (run.status !== 0 && run.status !== 1) throw new Error(`trustlint exited ${run.status}: ${run.stderr.trim()}`);
      for (const report of JSON.parse(run.stdout) as FileReport[]) reports.set(resolve(report.path), report);
    }
    return paths.map((path) => reports.get(resolve(path))!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const root = resolve(fileURLToPath(import.meta.url), '../..');
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus'));
if (!existsSync(corpus)) {
  console.error(
    `eval: no corpus at ${corpus}. The labelled corpus is kept outside the repository; give its directory (one with sentences.jsonl and/or documents/*.md with *.expect.json): npm run eval -- /path/to/corpus`,
  );
  process.exit(2);
}

const isDecisive = (message: FindingJSON): boolean => !SECONDARY.has(message.category) && !DOCUMENT_LEVEL.has(message.category);
const describe = (message: FindingJSON): string => `${message.category} “${message.actual}”`;
const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

let failed = false;

async function evaluateSentences(): Promise<void> {
  const file = join(corpus, 'sentences.jsonl');
  if (!existsSync(file)) return;
  const labelled: LabelledSentence[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as LabelledSentence;
      } catch {
        throw new Error(`${file}:${index + 1}: not valid JSON`);
      }
    });
  const reports = await lintFiles(labelled.map((item) => ({ path: `${item.id}.md`, text: item.text })));

  let truePositives = 0;
  let falsePositives = 0;
  let violations = 0;
  let rightCategory = 0;
  const perCategory = new Map<string, { total: number; found: number; right: number; falseAlarms: number }>();
  const entry = (category: string) => {
    let value = perCategory.get(category);
    if (!value) perCategory.set(category, (value = { total: 0, found: 0, right: 0, falseAlarms: 0 }));
    return value;
  };
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const wrongCategories: string[] = [];

  for (const [index, item] of labelled.entries()) {
    const findings = reports[index]!.messages.filter(isDecisive);
    if (item.label === 'violation') {
      violations++;
      for (const category of item.categories) entry(category).total++;
      if (findings.length === 0) {
        misses.push(`${item.id} [${item.categories.join('|')}] ${item.text}`);
        continue;
      }
      truePositives++;
      const right = findings.every((message) => item.categories.includes(message.category));
      if (right) rightCategory++;
      else wrongCategories.push(`${item.id} [${item.categories.join('|')}] got ${findings.map(describe).join('; ')} — ${item.text}`);
      for (const category of item.categories) {
        entry(category).found++;
        if (right) entry(category).right++;
      }
    } else if (findings.length > 0) {
      falsePositives++;
      for (const category of new Set(findings.map((message) => message.category))) entry(category).falseAlarms++;
      falseAlarms.push(`${item.id} got ${findings.map(describe).join('; ')} — ${item.text}`);
    }
  }

  // A figure with nothing to count (a set of compliant sentences only has no recall) is n/a, not 0.
  const share = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);
  const precision = share(truePositives, truePositives + falsePositives);
  const recall = share(truePositives, violations);
  const accuracy = share(rightCategory, truePositives);
  const compliant = labelled.length - violations;
  console.log(`Sentences: ${basename(file)} (${labelled.length}: ${violations} violations, ${compliant} compliant)`);
  console.log(
    `  precision          ${ratio(truePositives, truePositives + falsePositives)}  (${truePositives} true / ${falsePositives} false alarms)`,
  );
  console.log(`  recall             ${ratio(truePositives, violations)}  (${truePositives} of ${violations})`);
  console.log(`  category accuracy  ${ratio(rightCategory, truePositives)}  (${rightCategory} of ${truePositives} found)`);
  console.log(`  compliant clean    ${ratio(compliant - falsePositives, compliant)}  (${compliant - falsePositives} of ${compliant})`);
  console.log('\n  category                 total found right false-alarms  recall');
  for (const [category, value] of [...perCategory].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${category.padEnd(24)} ${String(value.total).padStart(5)} ${String(value.found).padStart(5)} ${String(value.right).padStart(5)} ${String(value.falseAlarms).padStart(12)}  ${ratio(value.found, value.total)}`,
    );
  }
  printList('Misses', misses);
  printList('False alarms', falseAlarms);
  printList('Wrong category', wrongCategories);
  if ((precision ?? 1) < 0.97 || (recall ?? 1) < 0.95 || (accuracy ?? 1) < 0.95) failed = true;
}

async function evaluateDocuments(): Promise<void> {
  const dir = join(corpus, 'documents');
  if (!existsSync(dir)) return;
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.expect.json'))
    .sort();
  const files = names.map((name) => {
    const stem = name.slice(0, -'.expect.json'.length);
    const source = readdirSync(dir).find((other) => other.startsWith(`${stem}.`) && !other.endsWith('.expect.json'));
    if (!source) throw new Error(`${join(dir, name)}: no document next to it`);
    const expectation = JSON.parse(readFileSync(join(dir, name), 'utf8')) as DocumentExpectation;
    return { path: join(dir, source), text: readFileSync(join(dir, source), 'utf8'), kind: expectation.kind, expectation };
  });
  const reports = await lintFiles(files);

  console.log(`\nDocuments: ${files.length}`);
  let expectedTotal = 0;
  let expectedFound = 0;
  let extraTotal = 0;
  let missingTotal = 0;
  let missingFound = 0;
  for (const [index, file] of files.entries()) {
    const report = reports[index]!;
    const { violations, missing } = file.expectation;
    const problems: string[] = [];
    const sentenceFindings = report.messages.filter(isDecisive);
    for (const [line, categories] of Object.entries(violations)) {
      expectedTotal++;
      const onLine = sentenceFindings.filter((message) => message.line === Number(line));
      if (onLine.some((message) => categories.includes(message.category))) expectedFound++;
      else problems.push(`miss line ${line} [${categories.join('|')}]${onLine.length ? ` got ${onLine.map(describe).join('; ')}` : ''}`);
    }
    for (const message of sentenceFindings) {
      if (String(message.line) in violations) continue;
      extraTotal++;
      problems.push(`false alarm line ${message.line}: ${describe(message)}`);
    }
    const provisionMessages = report.messages
      .filter((message) => message.category === 'missing-provision')
      .map((message) => message.reason.toLowerCase());
    for (const stem of missing) {
      missingTotal++;
      const alternatives = stem.toLowerCase().split('|');
      if (provisionMessages.some((reason) => alternatives.some((alternative) => reason.includes(alternative)))) missingFound++;
      else problems.push(`missing provision not reported: ${stem}`);
    }
    console.log(`  ${basename(file.path)} (${report.kind}): ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`    - ${problem}`);
  }
  console.log(
    `  expected findings ${expectedFound}/${expectedTotal}, false alarms ${extraTotal}, missing provisions ${missingFound}/${missingTotal}`,
  );
  if (expectedFound < expectedTotal || extraTotal > 0 || missingFound < missingTotal) failed = true;
}

function printList(title: string, items: string[]): void {
  if (items.length === 0) return;
  console.log(`\n  ${title} (${items.length}):`);
  for (const item of items) console.log(`    - ${item}`);
}

await evaluateSentences();
await evaluateDocuments();
process.exitCode = failed ? 1 : 0;
