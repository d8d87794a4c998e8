// `npm run bench`: whole-process time of the CLI against alex on the same 100k-word draft, the median
// session.lint after a one-paragraph edit in a 25k-word draft, and how adversarial inputs scale.
// A benchmark, not a test: figures depend on the machine; compare ratios within one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../index.ts';
import { draftOf, median } from './lib/draft.ts';

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
const big = join(workDir, 'draft-100k.md');
const bigText = draftOf(100_000);
writeFileSync(big, bigText);
const bigWords = bigText.split(/\s+/).length;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
console.log(`\n1. whole process, ${bigWords} words (${(bigText.length / 1024).toFixed(0)} KiB), median of ${runs}`);
const trustlintMs = timeProcess(process.execPath, [join(root, 'bin/trustlint.js'), '--format', 'json', big], runs);
const alexMs = timeProcess(process.execPath, [join(root, 'node_modules/alex/cli.js'), big], runs);
console.log(`   trustlint (every rule on): ${(trustlintMs / 1000).toFixed(2)} s`);
console.log(`   alex:                      ${(alexMs / 1000).toFixed(2)} s`);
console.log(`   ratio trustlint/alex:      ${(trustlintMs / alexMs).toFixed(2)}x (target ≤ 0.5x)`);

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
console.log(`   median: ${median(editTimes).toFixed(1)} ms (target ≤ 10 ms); first full lint excluded`);

console.log('\n3. adversarial inputs (time ratio when the input doubles; ~2 is linear)');
for (const [label, make] of [
  ['one long line', (n: number) => 'Deputies may ask passengers about their immigration status. '.repeat(n)],
  ['nested list markers', (n: number) => `${'- '.repeat(n)}ask about status`],
  ['many list items', (n: number) => Array.from({ length: n }, (_, i) => `- item ${i} verifies the warrant`).join('\n')],
] as const) {
  const small = make(4000);
  const large = make(8000);
  // A fresh session each time: nothing cached from an earlier run.
  const t = (text: string) => {
    const start = performance.now();
    createSession().lint(text);
    return performance.now() - start;
  };
  t(make(100));
  const a = t(small);
  const b = t(large);
  console.log(`   ${label}: ${a.toFixed(0)} ms → ${b.toFixed(0)} ms (${(b / a).toFixed(2)}x)`);
}
