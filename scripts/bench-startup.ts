// `npm run bench:startup`: the engine's cold start. A benchmark, not a test: compare runs made at a similar load
// average (printed).
// 1. Node: fresh processes each import the engine with its pack (one bundle, as the CLI bundles it) and lint a short
//    example draft twice, each time in a new session; medians of the import (every module's top level), the first
//    lint and the warm second one, CPU and wall.
// 2. Chromium: the built extension's engine worker (`BENCH_EXTENSION=dir`, else .output/chrome-mv3; skipped when
//    there is none) started in a fresh page each run: until it answers an empty check (loaded and evaluated), then a
//    first and a second check of the same draft, each in a new session; medians of wall time, and from a trace the
//    thread CPU of evaluating the script and of parsing it in the background.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { median } from './lib/draft.ts';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 9);
const drafts = (process.env.BENCH_DRAFTS ?? 'examples/general-order-draft.md,examples/outreach-flyer.md').split(',');
const workDir = join(root, '.bench/startup');
mkdirSync(workDir, { recursive: true });
// `BENCH_BUNDLE=file`: a bundle made beforehand (another branch's, to compare in the same conditions).
const bundle = process.env.BENCH_BUNDLE ?? join(workDir, 'engine.mjs');
if (!process.env.BENCH_BUNDLE)
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), bundle, 'index.ts'], { cwd: root, stdio: 'inherit' });

interface Times {
  cpu: number;
  wall: number;
}

const loadBefore = loadavg()[0]!;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}, load ${loadBefore.toFixed(1)}`);
const ms = (values: number[]) => `${median(values).toFixed(0).padStart(5)} ms`;

console.log('\n1. Node: import the engine bundle, then lint a draft twice (new session each time)');
const child = join(root, 'scripts/lib/startup-child.mjs');
for (const draft of drafts) {
  type Run = Record<'load' | 'first' | 'warm', Times>;
  const results: Run[] = [];
  for (let i = 0; i < runs; i++)
    results.push(JSON.parse(execFileSync(process.execPath, [child, bundle, join(root, draft)], { cwd: root }).toString()) as Run);
  const row = (label: string, step: keyof Run) =>
    console.log(`   ${label.padEnd(34)} ${ms(results.map((run) => run[step].cpu))} CPU, ${ms(results.map((run) => run[step].wall))} wall`);
  console.log(`   ${draft}, median of ${runs} fresh processes`);
  row('import engine + pack (top level)', 'load');
  row('first lint', 'first');
  row('second lint (warm)', 'warm');
  const ratio = median(results.map((run) => run.first.cpu / run.warm.cpu));
  console.log(`   first ÷ warm lint, CPU:            ${ratio.toFixed(1)}x`);
}

interface ThreadTimes {
  /** CPU of the worker thread evaluating the script (compiling what was not compiled in the background, and its top level). */
  evaluate: number;
  /** CPU of the browser's background parsing and compiling of scripts while the worker started. */
  backgroundParse: number;
}

/** Thread CPU (not wall) from a Chromium trace: less disturbed by other work on a shared machine than wall time. */
function threadTimes(trace: {
  traceEvents: { name: string; ph: string; tdur?: number; pid: number; tid: number; args?: { name?: string } }[];
}): ThreadTimes {
  const threadNames = new Map<string, string>();
  for (const event of trace.traceEvents)
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  const total = (name: string, thread: RegExp) =>
    trace.traceEvents
      .filter((event) => event.ph === 'X' && event.name === name && thread.test(threadNames.get(`${event.pid}:${event.tid}`) ?? ''))
      .reduce((sum, event) => sum + (event.tdur ?? 0) / 1000, 0);
  // A classic script is compiled and run inside EvaluateScript; a module is compiled as it arrives, then evaluated.
  const evaluate = ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule'].reduce(
    (sum, name) => sum + total(name, /DedicatedWorker/),
    0,
  );
  return { evaluate, backgroundParse: total('v8.parseOnBackground', /ThreadPool/) };
}

const extensionDir = resolve(process.env.BENCH_EXTENSION ?? join(root, '.output/chrome-mv3'));
const workerFile = join(extensionDir, 'engine-worker.js');
if (!existsSync(workerFile)) console.log(`\n2. skipped: no ${workerFile} (npm run build, or BENCH_EXTENSION=dir)`);
else {
  // A module worker (its script imports its chunks) or, in builds before the .docx code was split off, a classic one.
  const type = /^\s*(?:import|export)\b/.test(readFileSync(workerFile, 'utf8')) ? 'module' : 'classic';
  console.log(`\n2. Chromium: the engine worker of ${extensionDir} (${type}), a fresh page each run, median of ${runs}`);
  // The extension's files, served without caching, so that no run reuses another's compiled code.
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://bench').pathname;
    const file = join(extensionDir, path);
    const script = path.endsWith('.js') && file.startsWith(extensionDir) && existsSync(file);
    response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html', 'cache-control': 'no-store' });
    response.end(script ? readFileSync(file) : '<!doctype html><title>engine worker</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const draft of drafts) {
      const text = readFileSync(join(root, draft), 'utf8');
      const results: (Record<'ready' | 'first' | 'warm', number> & ThreadTimes)[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/`);
        await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'] });
        const wall = await page.evaluate(
          async ({ draftText, type }) => {
            const engine = new Worker('/engine-worker.js', { type });
            let id = 0;
            // One check at a time, timed from posting it to its whole answer.
            const timedCheck = (sessionKey: string, checked: string) =>
              new Promise<number>((resolve, reject) => {
                const asked = ++id;
                const start = performance.now();
                engine.onerror = (event) => reject(new Error(event.message));
                engine.onmessage = ({ data }) => {
                  if (data.id !== asked || 'partial' in data) return;
                  if ('error' in data) reject(new Error(data.error));
                  else resolve(performance.now() - start);
                };
                engine.postMessage({ id: asked, check: { sessionKey, text: checked, format: 'markdown', config: {} } });
              });
            const ready = await timedCheck('ready', '');
            const first = await timedCheck('first', draftText);
            const warm = await timedCheck('warm', draftText);
            engine.terminate();
            return { ready, first, warm };
          },
          { draftText: text, type } as const,
        );
        results.push({ ...wall, ...threadTimes(JSON.parse((await browser.stopTracing()).toString())) });
        await context.close();
      }
      console.log(`   ${draft}`);
      console.log(`   ${'worker started, empty check'.padEnd(34)} ${ms(results.map((run) => run.ready))} wall`);
      console.log(`   ${'first check'.padEnd(34)} ${ms(results.map((run) => run.first))} wall`);
      console.log(`   ${'second check (warm)'.padEnd(34)} ${ms(results.map((run) => run.warm))} wall`);
      console.log(`   ${'  script evaluated, worker thread'.padEnd(34)} ${ms(results.map((run) => run.evaluate))} CPU`);
      console.log(`   ${'  script parsed in the background'.padEnd(34)} ${ms(results.map((run) => run.backgroundParse))} CPU`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
console.log(`\nload average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
