// One fresh process of `npm run bench:startup`: imports the engine bundle (every module's top level), then lints one
// draft twice, each time in a new session (nothing cached from the first lint), and prints its CPU and wall times
// in milliseconds as one JSON line. Usage: node startup-child.mjs BUNDLE DRAFT
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, draft] = process.argv.slice(2);
const text = readFileSync(draft, 'utf8');

/** CPU (user + system) and wall milliseconds that `work` took. */
async function timed(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - start };
}

let engine;
const load = await timed(async () => {
  engine = await import(pathToFileURL(bundle).href);
});
// Named apart, so that a profile of this process (--cpu-prof) tells the two lints apart.
const first = await timed(function firstLint() {
  engine.createSession({ format: 'markdown' }).lint(text);
});
const warm = await timed(function warmLint() {
  engine.createSession({ format: 'markdown' }).lint(text);
});
console.log(JSON.stringify({ load, first, warm }));
