// The `trustlint` command for an engine bound to a pack, as ESLint's Linter is handed its rules: the project's
// cli.ts wires the default pack. Reads drafts, lints each with its config, prints one report on stdout and
// one line per unreadable input on stderr. Exit 0: no error-severity findings; 1: at least one; 2: an
// input, the config or the arguments could not be used (after reporting everything that could).
import { availableParallelism, loadavg } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import packageJson from '../package.json' with { type: 'json' };
import { DocxError } from './document/docx-error.ts';
import { ConfigError } from './config.ts';
import type { Trustlint } from './index.ts';
import { createConfigFinder, loadConfigFile, type LoadedConfig } from './node/config.ts';
import { expandPaths, writeRoots } from './node/expand-paths.ts';
import { InputError } from './node/input-error.ts';
import { type PoolAnswer, type PoolTask, poolSize, runPool } from './node/pool.ts';
import { createProgress } from './node/progress.ts';
import { decodeDraft, fileErrorReason, isDocx, oneLine, readDraftFile, readStream, type Draft } from './node/read-input.ts';
import { WriteRefused, writableTarget, writeFileAtomic, type FileSnapshot } from './node/write-file.ts';
import type { DocumentKind, LintOptions, LintResult } from './types.ts';
import {
  formatHtml,
  formatJSON,
  formatSarif,
  formatStylish,
  preferredSuggestions,
  printable,
  redline,
  toReportedFile,
  unifiedDiff,
  type InputFailure,
  type ReportedFile,
} from './reporters/index.ts';

const FORMATS = ['stylish', 'json', 'sarif', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

const STDIN_PATH = '<stdin>';

/** The help text: what the command checks (the pack's words) and the kinds its pack knows. */
const usage = (about: string, kinds: readonly string[]) => `Usage: trustlint [options] <files, directories or globs...>
       trustlint --stdin [--stdin-filename <path>] [options]

${about}

Options:
  --format <name>          stylish (default), json, sarif, html, or docx (the draft as a Word
                           document with tracked changes and comments; one input, needs --output)
  --insert-missing         with --format docx, insert missing sections as tracked insertions
  --kind <kind>            ${kinds.length > 0 ? kinds.join(', ') : 'none in this pack'} (default: from config, else guessed)
  --config <path>          use this config file instead of the nearest .trustlintrc.json
  --fix                    write the suggested wording into the files (not .docx)
  --fix-dry-run            print the fixes as a unified diff instead of the report; change nothing
  --quiet                  report error-severity findings only
  -o, --output <path>      write the report to a file instead of stdout
  --concurrency <n|auto>   lint files on n worker threads; auto (default) uses the free cores for many files
  --stdin                  read one draft from standard input
  --stdin-filename <path>  name for the stdin draft (picks its format and config)
  -h, --help               show this help
  -v, --version            show the version

Directories are searched for .md, .markdown, .txt, .text, .html, .htm and .docx files.
Exit status: 0 no errors, 1 error-severity findings, 2 an input, the config or an option was unusable.`;

interface Options {
  paths: string[];
  /** Worker threads for many files: a number, or undefined for the automatic choice. */
  concurrency?: number;
  format: Format;
  kind?: DocumentKind;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  insertMissing: boolean;
  output?: string;
  stdin: boolean;
  stdinFilename?: string;
}

/** A draft to lint: where it came from, what it is called in the report, and how to read it. */
interface Input {
  path: string;
  read(): Promise<Draft>;
}

class UsageError extends Error {}

export interface CliOptions {
  /** What the command checks, for --help: a sentence or two from the pack. */
  about?: string;
}

export interface Cli {
  /** Runs the command with its arguments (without node and the script); resolves with the exit code. */
  run(argv: string[]): Promise<number>;
}

/**
 * The command for an engine. In a worker thread of the command's own pool (the bundle started again), it serves
 * lint jobs with the same engine instead.
 */
export function createCli(
  engine: Trustlint,
  { about = 'Checks drafts (Markdown, text, HTML, .docx) with the rules of its pack.' }: CliOptions = {},
): Cli {
  const role = isMainThread ? undefined : (workerData as Record<string, Options> | undefined)?.[WORKER_ROLE];
  if (role) serveAsWorker(engine, role);
  return { run: (argv) => run(engine, about, argv) };
}

async function run(engine: Trustlint, about: string, argv: string[]): Promise<number> {
  // A reader that stops early (`trustlint ... | head`) is not an error; anything else is one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    warn(`standard output: ${fileErrorReason(error)}`);
    process.exitCode = 2;
  });
  const kinds = engine.kinds.map((kind) => kind.id);
  let options: Options | 'help' | 'version';
  try {
    options = parseOptions(argv, kinds);
  } catch (error) {
    warn(oneLine(error));
    process.stderr.write("Run 'trustlint --help' for usage.\n");
    return 2;
  }
  if (options === 'help') return print(`${usage(about, kinds)}\n`);
  if (options === 'version') return print(`${packageJson.version}\n`);
  try {
    return await lintAll(engine, options);
  } catch (error) {
    // Reached only by bugs or failing writes; still one line, never a stack trace.
    warn(oneLine(error));
    return 2;
  }
}

function parseOptions(argv: string[], kinds: readonly string[]): Options | 'help' | 'version' {
  const { values, positionals } = parseArguments(argv);
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = values.format ?? 'stylish';
  if (!isOneOf(FORMATS, format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  if (values.kind !== undefined && !isOneOf(kinds, values.kind)) {
    if (kinds.length === 0) throw new UsageError('--kind: this rule pack has no document kinds');
    throw new UsageError(`--kind must be one of ${kinds.join(', ')} (got "${values.kind}")`);
  }
  if (values.stdin && positionals.length > 0)
    throw new UsageError('--stdin reads one draft from standard input; give no file arguments with it');
  if (!values.stdin && positionals.length === 0) throw new UsageError('no drafts given');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (values.fix && values.stdin) throw new UsageError('--fix writes files; with --stdin use --fix-dry-run to see the fixes');
  const concurrency = values.concurrency === undefined || values.concurrency === 'auto' ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1))
    throw new UsageError(`--concurrency must be a whole number of threads (1 or more) or auto (got "${values.concurrency}")`);
  if (format === 'docx') {
    if (values.output === undefined)
      throw new UsageError('--format docx writes a Word document: give it a file with --output REVIEWED.docx');
    if (values.fix || values['fix-dry-run'])
      throw new UsageError('--format docx already shows every fix as a tracked change; leave out --fix and --fix-dry-run');
  } else if (values['insert-missing']) throw new UsageError('--insert-missing goes with --format docx');
  return {
    paths: positionals,
    concurrency,
    format,
    kind: values.kind as DocumentKind | undefined,
    config: values.config,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    quiet: values.quiet,
    insertMissing: values['insert-missing'],
    output: values.output,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
  };
}

/** node:util's parseArgs, with its errors said in trustlint's words (they name Node's API otherwise). */
function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        kind: { type: 'string' },
        config: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        'insert-missing': { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

function parseArgsMessage(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return oneLine(error);
}

async function lintAll(engine: Trustlint, options: Options): Promise<number> {
  const cwd = process.cwd();
  const failures: InputFailure[] = [];
  const fail = (error: { message: string }, path: string) => {
    // Several drafts can share one broken config: report it once.
    if (failures.some((failure) => failure.message === error.message)) return;
    failures.push({ path, message: error.message });
    warn(error.message);
  };

  let configFor: (path: string) => Promise<LoadedConfig>;
  if (options.config === undefined) {
    configFor = createConfigFinder(engine.resolveConfig);
  } else {
    try {
      const explicit = await loadConfigFile(options.config, engine.resolveConfig);
      configFor = async () => explicit;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      fail(error, options.config);
      return 2;
    }
  }

  const inputs: Input[] = [];
  if (options.stdin) {
    const path = options.stdinFilename ?? STDIN_PATH;
    inputs.push({ path, read: async () => decodeDraft(path, await readStream(path, process.stdin)) });
  } else {
    for (const entry of await expandPaths(options.paths, cwd)) {
      if ('error' in entry) fail(entry.error, entry.error.path);
      else inputs.push({ path: entry.path, read: () => readDraftFile(entry.path) });
    }
  }

  if (options.format === 'docx' && inputs.length + failures.length > 1) {
    process.stderr.write(`trustlint: --format docx reviews one draft at a time (${inputs.length + failures.length} were given)\n`);
    return 2;
  }

  const reported: ReportedFile[] = [];
  const patches: string[] = [];
  let reviewed: Uint8Array | undefined;
  const progress = createProgress(process.stderr, inputs.length);
  const threads = threadsFor(options, inputs);
  const outcomes =
    threads > 1
      ? await runPool<string, Outcome>(
          new URL(import.meta.url),
          { [WORKER_ROLE]: options },
          inputs.map((input) => input.path),
          threads,
          (index) => progress.tick(inputs[index]!.path),
        )
      : await inSequence(engine, inputs, configFor, options, progress);
  progress.done();
  for (const [index, outcome] of outcomes.entries()) {
    if ('failure' in outcome) {
      fail(outcome.failure, inputs[index]!.path);
      continue;
    }
    reported.push(outcome.file);
    if (outcome.patch) patches.push(outcome.patch);
    reviewed ??= outcome.review;
  }

  const report = options.fixDryRun
    ? patches.join('')
    : options.format === 'docx'
      ? reviewed
      : formatReport(engine, reported, failures, options.format, options);
  // When every input was refused, stderr has said why; a stylish "no problems" would mislead.
  if (report === undefined || (reported.length === 0 && options.format === 'stylish')) return 2;
  if (options.output === undefined) {
    process.stdout.write(report);
  } else {
    try {
      await writeFileAtomic(options.output, report);
    } catch (error) {
      warn(`${options.output}: the report could not be written (${fileErrorReason(error)})`);
      return 2;
    }
  }

  if (failures.length > 0) return 2;
  return reported.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** What linting one input gave: its report (and patch), or the one-line reason it could not be used. */
type Outcome = { file: ReportedFile; patch?: string; review?: Uint8Array } | { failure: { message: string } };

async function outcomeOf(
  engine: Trustlint,
  input: Input,
  configFor: (path: string) => Promise<LoadedConfig>,
  options: Options,
): Promise<Outcome> {
  try {
    return await lintInput(engine, input, configFor, options);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) return { failure: { message: error.message } };
    throw error;
  }
}

async function inSequence(
  engine: Trustlint,
  inputs: Input[],
  configFor: (path: string) => Promise<LoadedConfig>,
  options: Options,
  progress: { tick(path: string): void },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const input of inputs) {
    progress.tick(input.path);
    outcomes.push(await outcomeOf(engine, input, configFor, options));
  }
  return outcomes;
}

const WORKER_ROLE = 'trustlintLintWorker';

/**
 * How many worker threads to lint on: as asked, or by default one per free core when there are enough files. Workers run
 * the bundled CLI (dist/cli.js); from TypeScript sources (tests importing this module) everything runs in-process.
 */
function threadsFor(options: Options, inputs: Input[]): number {
  if (options.stdin || !import.meta.url.endsWith('.js')) return 1;
  const wanted = options.concurrency ?? poolSize({ cores: availableParallelism(), load: loadavg()[0]!, files: inputs.length });
  return Math.max(1, Math.min(wanted, inputs.length));
}

/** A worker thread of the pool: lints the paths it is sent with the run's options and answers with each outcome. */
function serveAsWorker(engine: Trustlint, options: Options): void {
  const port = parentPort!;
  const configs: Promise<(path: string) => Promise<LoadedConfig>> =
    options.config === undefined
      ? Promise.resolve(createConfigFinder(engine.resolveConfig))
      : loadConfigFile(options.config, engine.resolveConfig).then((explicit) => async () => explicit);
  port.on('message', async ({ index, job: path }: PoolTask<string>) => {
    let answer: PoolAnswer<Outcome>;
    try {
      answer = { index, result: await outcomeOf(engine, { path, read: () => readDraftFile(path) }, await configs, options) };
    } catch (error) {
      answer = { index, error: oneLine(error) };
    }
    port.postMessage(answer);
  });
}

/**
 * Reads, configures and lints one input; with --fix writes the fixed draft, with --fix-dry-run returns
 * it as a patch. After a fix the report describes the fixed text (what is left to do), as ESLint's does.
 */
async function lintInput(
  engine: Trustlint,
  input: Input,
  configFor: (path: string) => Promise<LoadedConfig>,
  options: Options,
): Promise<{ file: ReportedFile; patch?: string; review?: Uint8Array }> {
  const draft = await input.read();
  const { config } = await configFor(input.path === STDIN_PATH ? join(process.cwd(), STDIN_PATH) : input.path);
  const lintOptions = { filename: input.path, kind: options.kind, config };
  const file = reportable(input.path, await lintDraft(engine, input.path, draft.source, lintOptions), options);
  if (options.format === 'docx') return { file, review: await review(file, draft.source, options) };
  if (!options.fix && !options.fixDryRun) return { file };
  if (typeof draft.source !== 'string') {
    const instead = 'use --format docx --output REVIEWED.docx for the suggestions as tracked changes';
    warn(
      options.fix
        ? `${input.path}: --fix does not write .docx files; ${instead}`
        : `${input.path}: --fix-dry-run prints no diff for a .docx (it is not a text file); ${instead}`,
    );
    return { file };
  }
  // Fixes are applied in passes until none is left, as ESLint does: a fix skipped because it overlapped another
  // (a plain-word swap inside a sentence that is then rewritten) is applied in the next pass, so fixing twice
  // changes nothing.
  let fixed = file.text;
  let remaining = file;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const next = redline(fixed, preferredSuggestions(remaining.findings)).text;
    if (next === fixed) break;
    fixed = next;
    remaining = reportable(input.path, await lintDraft(engine, input.path, fixed, lintOptions), options);
  }
  if (fixed === file.text) return { file };
  if (options.fix)
    await writeFix(input.path, draft.bom ? `\uFEFF${fixed}` : fixed, draft.snapshot, await writeRoots(options.paths, process.cwd()));
  return { file: remaining, patch: options.fixDryRun ? unifiedDiff(diffPath(input.path), file.text, fixed) : undefined };
}

/** ESLint's bound on fix passes: fixes that keep changing each other stop here. */
const MAX_FIX_PASSES = 10;

/** The path a patch names: relative to the working directory, as `git apply` requires (never `a//home/…`). */
function diffPath(path: string): string {
  return isAbsolute(path) ? relative(process.cwd(), path).split(sep).join('/') : path;
}

/** The draft as a reviewed Word document: tracked changes and comments. */
async function review(file: ReportedFile, source: string | Uint8Array, options: Options): Promise<Uint8Array> {
  try {
    // Loaded on first use: the Word writer's libraries would cost every run's start.
    const { reviewDocx } = await import('./docx/review.ts');
    const reviewed = await reviewDocx(file, source, { insertMissing: options.insertMissing });
    if (reviewed.untracked > 0) {
      process.stderr.write(
        `trustlint: ${file.path}: ${reviewed.untracked} suggestion(s) sit in text Word keeps apart (fields, tracked insertions, footnote marks); they are in the comments, not tracked changes\n`,
      );
    }
    return reviewed.bytes;
  } catch (error) {
    if (error instanceof DocxError) throw new InputError(file.path, `is ${error.message}`);
    throw error;
  }
}

async function writeFix(path: string, text: string, snapshot: FileSnapshot | undefined, roots: string[]): Promise<void> {
  try {
    await writeFileAtomic(await writableTarget(path, roots), text, snapshot);
  } catch (error) {
    if (error instanceof WriteRefused) throw new InputError(path, `the fixes were not written: ${error.message}`);
    throw new InputError(path, `the fixes could not be written (${fileErrorReason(error)})`);
  }
}

/** Lints one draft; a failure inside the engine (a broken .docx, say) becomes a one-line InputError. */
async function lintDraft(engine: Trustlint, path: string, source: string | Uint8Array, options: LintOptions): Promise<LintResult> {
  try {
    return await engine.lint(source, options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const message = oneLine(error);
    // The .docx readers' own errors already say what is wrong with the file.
    const reason =
      error instanceof DocxError || message.startsWith('not a readable .docx file')
        ? `is ${message}`
        : isDocx(path)
          ? `is not a readable .docx file (${message})`
          : `could not be linted (${message})`;
    throw new InputError(path, reason);
  }
}

function reportable(path: string, result: LintResult, options: Options): ReportedFile {
  const file = toReportedFile(path, result);
  const findings = file.findings.map((finding) => ({ ...finding, url: ruleDocUrl(finding.url) }));
  return { ...file, findings: options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings };
}

/** The package's own directory: this module is core/cli.ts, or its bundle dist/cli.js. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A rule's doc page (`rules/docs/x.md` in the package) as a link a reader can open. */
function ruleDocUrl(url: string): string {
  return url && !/^[a-z]+:/.test(url) ? pathToFileURL(join(PACKAGE_ROOT, url)).href : url;
}

function formatReport(
  engine: Trustlint,
  files: ReportedFile[],
  failures: InputFailure[],
  format: Exclude<Format, 'docx'>,
  options: Options,
): string {
  const toolVersion = packageJson.version;
  switch (format) {
    case 'json':
      return formatJSON(files);
    case 'sarif':
      return formatSarif(files, {
        toolVersion,
        rules: engine.ruleMeta,
        baseUri: pathToFileURL(`${process.cwd()}/`).href,
        failures,
      });
    case 'html':
      return formatHtml(files, {
        toolVersion,
        meta: { rules: engine.ruleMeta, categories: engine.categories, kinds: engine.kinds },
        generated: new Date().toISOString().slice(0, 10),
      });
    case 'stylish':
      return formatStylish(files, { color: options.output === undefined && useColor(), kinds: engine.kinds });
  }
}

function useColor(): boolean {
  const { FORCE_COLOR, NO_COLOR } = process.env;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  return NO_COLOR === undefined && process.stdout.isTTY === true;
}

/** One line on stderr, cleaned like the report: a file name can carry terminal escape sequences. */
function warn(line: string): void {
  process.stderr.write(`trustlint: ${printable(line)}\n`);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
