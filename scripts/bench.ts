// `npm run bench`: whole-process time of the CLI against alex on the same 100k-word draft, the median
// session.lint after a one-paragraph edit in a 25k-word draft, and how adversarial inputs scale.
// A benchmark, not a test: figures depend on the machine; compare ratios within one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { poolSize } from '../core/node/pool.ts';
import type { SourceFormat } from '../core/types.ts';
import { createSession } from '../index.ts';
import { denseDraftOf, draftOf, median, smallDrafts } from './lib/draft.ts';
import { HOSTILE_INPUTS } from './lib/hostile.ts';

const root = new URL('..', import.meta.url).pathname;
const workDir = join(root, '.bench');
mkdirSync(workDir, { recursive: true });

function timeProcess(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return median(times);
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const trustlintCli = join(root, 'bin/trustlint.js');
const alexCli = join(root, 'node_modules/alex/cli.js');

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);

/** Times trustlint and alex on the same input in this run, and prints both and their ratio. */
function compareWithAlex(label: string, input: string, target: string, trustlintArgs: string[] = []): void {
  const trustlintMs = timeProcess(process.execPath, [trustlintCli, '--format', 'json', ...trustlintArgs, input], runs);
  const alexMs = timeProcess(process.execPath, [alexCli, input], runs);
  console.log(`   trustlint (every rule on): ${(trustlintMs / 1000).toFixed(2)} s`);
  console.log(`   alex:                      ${(alexMs / 1000).toFixed(2)} s`);
  console.log(`   ratio trustlint/alex:      ${(trustlintMs / alexMs).toFixed(2)}x (${label} target ${target})`);
}

const drafts = [
  { name: 'sparse', file: 'draft-100k.md', text: draftOf(100_000), what: 'the examples: most paragraphs clean', target: '≤ 0.3x' },
  {
    name: 'dense',
    file: 'dense-100k.md',
    text: denseDraftOf(100_000),
    what: 'every paragraph policy, a third violations',
    target: '≤ 0.5x',
  },
];
for (const [index, draft] of drafts.entries()) {
  const path = join(workDir, draft.file);
  writeFileSync(path, draft.text);
  const words = draft.text.split(/\s+/).length;
  console.log(
    `\n1${'ab'[index]}. whole process, ${draft.name} draft (${draft.what}), ${words} words (${(draft.text.length / 1024).toFixed(0)} KiB), median of ${runs}`,
  );
  compareWithAlex(draft.name, path, draft.target);
}

console.log('\n2. session.lint after a one-paragraph edit, 25k-word draft');
const mediumText = draftOf(25_000);
const session = createSession({ format: 'markdown' });
session.lint(mediumText);
const paragraphs = mediumText.split('\n\n');
const editTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  const index = Math.floor((paragraphs.length * (i + 0.5)) / 60);
  const edited = [...paragraphs];
  edited[index] = `${edited[index]} Officers may ask about immigration status (edit ${i}).`;
  const text = edited.join('\n\n');
  const start = performance.now();
  session.lint(text);
  editTimes.push(performance.now() - start);
}
console.log(`   median: ${median(editTimes).toFixed(1)} ms (target ≤ 5 ms); first full lint excluded`);

console.log('\n3. adversarial inputs (time ratio when the input doubles; ~2 is linear)');
// A fresh session each time: nothing cached from an earlier run.
const lintTime = (text: string, format: SourceFormat = 'markdown') => {
  const start = performance.now();
  createSession({ format }).lint(text);
  return performance.now() - start;
};
for (const [label, make] of [
  ['one long line', (n: number) => 'Deputies may ask passengers about their immigration status. '.repeat(n)],
  ['nested list markers', (n: number) => `${'- '.repeat(n)}ask about status`],
  ['many list items', (n: number) => Array.from({ length: n }, (_, i) => `- item ${i} verifies the warrant`).join('\n')],
] as const) {
  lintTime(make(100));
  const a = lintTime(make(4000));
  const b = lintTime(make(8000));
  console.log(`   ${label}: ${a.toFixed(0)} ms → ${b.toFixed(0)} ms (${(b / a).toFixed(2)}x)`);
}
// The inputs the hostile-input tests use, at a quarter and half of the tests' sizes.
for (const input of HOSTILE_INPUTS) {
  const a = lintTime(input.make(input.testSize / 4), input.format);
  const b = lintTime(input.make(input.testSize / 2), input.format);
  const sizes = `${(input.testSize / 4000).toFixed(0)}k → ${(input.testSize / 2000).toFixed(0)}k chars`;
  console.log(`   ${input.label} (${sizes}): ${a.toFixed(0)} ms → ${b.toFixed(0)} ms (${(b / a).toFixed(2)}x)`);
}

console.log(`\n4. a folder of 200 small drafts (~500 words each), median of ${runs}`);
const folder = join(workDir, 'drafts-200');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder);
for (const [index, text] of smallDrafts(200, 500).entries())
  writeFileSync(join(folder, `draft-${String(index + 1).padStart(3, '0')}.md`), text);
compareWithAlex('folder', folder, '≤ 1x');
const oneThread = timeProcess(process.execPath, [trustlintCli, '--format', 'json', '--concurrency', '1', folder], runs);
const load = loadavg()[0]!;
const chosen = poolSize({ cores: availableParallelism(), load, files: 200 });
const automatic = timeProcess(process.execPath, [trustlintCli, '--format', 'json', folder], runs);
const everyCore = timeProcess(
  process.execPath,
  [trustlintCli, '--format', 'json', '--concurrency', String(availableParallelism()), folder],
  runs,
);
console.log(`   trustlint, one thread:             ${(oneThread / 1000).toFixed(2)} s`);
console.log(
  `   trustlint, auto (${chosen} thread${chosen === 1 ? '' : 's'} at load ${load.toFixed(1)}): ${(automatic / 1000).toFixed(2)} s (${(oneThread / automatic).toFixed(2)}x one thread's speed)`,
);
console.log(
  `   trustlint, one thread per core (${availableParallelism()}): ${(everyCore / 1000).toFixed(2)} s (${(oneThread / everyCore).toFixed(2)}x one thread's speed)`,
);
