// `npm run bench`: whole-process time of the CLI against alex on the same 100k-word draft, the median
// session.lint after a one-paragraph edit in a 25k-word draft, and how adversarial inputs scale.
// A benchmark, not a test: figures depend on the machine; compare ratios within one run. Processes compared take
// turns and report their CPU time too, which other work on a shared machine disturbs less than wall time.
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

interface Timing {
  /** Median wall time, ms. */
  wall: number;
  /** Median CPU time (user + system, every thread), ms. */
  cpu: number;
}

const reportCpu = join(root, 'scripts/lib/report-cpu.cjs');

/**
 * Runs each command `runs` times, the commands taking turns (a, b, a, b…), so that load from other work on the
 * machine falls on all of them alike; the median wall and CPU time of each.
 */
function timeProcesses(commands: string[][], runs: number): Timing[] {
  const times = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const [index, args] of commands.entries()) {
      const start = performance.now();
      const child = spawnSync(process.execPath, ['--require', reportCpu, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      times[index]!.wall.push(performance.now() - start);
      const cpu = /cpu-ms:(\d+)\s*$/.exec(child.stderr.toString());
      if (cpu) times[index]!.cpu.push(Number(cpu[1]));
    }
  }
  return times.map(({ wall, cpu }) => ({ wall: median(wall), cpu: median(cpu) }));
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const trustlintCli = join(root, 'bin/trustlint.js');
const alexCli = join(root, 'node_modules/alex/cli.js');

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`);

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Times trustlint and alex on the same input in this run, taking turns, and prints both and their ratios. */
function compareWithAlex(label: string, input: string, target: string): void {
  const [trustlint, alex] = timeProcesses(
    [
      [trustlintCli, '--format', 'json', input],
      [alexCli, input],
    ],
    runs,
  ) as [Timing, Timing];
  console.log(`   trustlint (every rule on): ${seconds(trustlint.wall)} wall, ${seconds(trustlint.cpu)} CPU`);
  console.log(`   alex:                      ${seconds(alex.wall)} wall, ${seconds(alex.cpu)} CPU`);
  console.log(
    `   ratio trustlint/alex:      ${(trustlint.wall / alex.wall).toFixed(2)}x wall, ${(trustlint.cpu / alex.cpu).toFixed(2)}x CPU (${label} target ${target})`,
  );
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
const editCpu: number[] = [];
for (let i = 0; i < 60; i++) {
  const index = Math.floor((paragraphs.length * (i + 0.5)) / 60);
  const edited = [...paragraphs];
  edited[index] = `${edited[index]} Officers may ask about immigration status (edit ${i}).`;
  const text = edited.join('\n\n');
  const start = performance.now();
  const cpu = process.cpuUsage();
  session.lint(text);
  editTimes.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  editCpu.push((used.user + used.system) / 1000);
}
console.log(
  `   median: ${median(editTimes).toFixed(1)} ms wall, ${median(editCpu).toFixed(1)} ms CPU (target ≤ 5 ms); first full lint excluded`,
);

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
const load = loadavg()[0]!;
const chosen = poolSize({ cores: availableParallelism(), load, files: 200 });
const [oneThread, automatic, everyCore] = timeProcesses(
  [
    [trustlintCli, '--format', 'json', '--concurrency', '1', folder],
    [trustlintCli, '--format', 'json', folder],
    [trustlintCli, '--format', 'json', '--concurrency', String(availableParallelism()), folder],
  ],
  runs,
) as [Timing, Timing, Timing];
const against = (timing: Timing) =>
  `${seconds(timing.wall)} wall, ${seconds(timing.cpu)} CPU (${(oneThread.wall / timing.wall).toFixed(2)}x one thread's speed)`;
console.log(`   trustlint, one thread:             ${seconds(oneThread.wall)} wall, ${seconds(oneThread.cpu)} CPU`);
console.log(`   trustlint, auto (${chosen} thread${chosen === 1 ? '' : 's'} at load ${load.toFixed(1)}): ${against(automatic)}`);
console.log(`   trustlint, one thread per core (${availableParallelism()}): ${against(everyCore)}`);
