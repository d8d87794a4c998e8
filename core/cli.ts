// The `trustlint` command. Reads drafts, lints each with its config, prints one report on stdout and
// one line per unreadable input on stderr. Exit 0: no error-severity findings; 1: at least one; 2: an
// input, the config or the arguments could not be used (after reporting everything that could).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError, DOCUMENT_KINDS, lint, packMeta, trustPolicyPack, type DocumentKind, type LintResult } from '../index.ts';
import { createConfigFinder, loadConfigFile, type LoadedConfig } from './node/config.ts';
import { expandPaths } from './node/expand-paths.ts';
import { InputError } from './node/input-error.ts';
import { createProgress } from './node/progress.ts';
import { decodeDraft, fileErrorReason, isDocx, oneLine, readDraftFile, readStream, type Draft } from './node/read-input.ts';
import { writeFileAtomic } from './node/write-file.ts';
import {
  formatHtml,
  formatJSON,
  formatSarif,
  formatStylish,
  preferredSuggestions,
  redline,
  toReportedFile,
  unifiedDiff,
  type InputFailure,
  type ReportedFile,
} from './reporters/index.ts';

const FORMATS = ['stylish', 'json', 'sarif', 'html'] as const;
type Format = (typeof FORMATS)[number];

const STDIN_PATH = '<stdin>';

const USAGE = `Usage: trustlint [options] <files, directories or globs...>
       trustlint --stdin [--stdin-filename <path>] [options]

Checks police policy drafts (Markdown, text, HTML, .docx) for language that undermines immigrant
community trust, and suggests model-policy wording.

Options:
  --format <name>          stylish (default), json, sarif or html
  --kind <kind>            general-order, bulletin or outreach (default: from config, else guessed)
  --config <path>          use this config file instead of the nearest .trustlintrc.json
  --fix                    write the suggested wording into the files (not .docx)
  --fix-dry-run            print the fixes as a unified diff instead of the report; change nothing
  --quiet                  report error-severity findings only
  --output <path>          write the report to a file instead of stdout
  --stdin                  read one draft from standard input
  --stdin-filename <path>  name for the stdin draft (picks its format and config)
  -h, --help               show this help
  -v, --version            show the version

Directories are searched for .md, .markdown, .txt, .text, .html, .htm and .docx files.
Exit status: 0 no errors, 1 error-severity findings, 2 an input, the config or an option was unusable.`;

interface Options {
  paths: string[];
  format: Format;
  kind?: DocumentKind;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
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

export async function run(argv: string[]): Promise<number> {
  // A reader that stops early (`trustlint ... | head`) is not an error; anything else is one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`trustlint: standard output: ${fileErrorReason(error)}\n`);
    process.exitCode = 2;
  });
  let options: Options | 'help' | 'version';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`trustlint: ${oneLine(error)}\nRun 'trustlint --help' for usage.\n`);
    return 2;
  }
  if (options === 'help') return print(`${USAGE}\n`);
  if (options === 'version') return print(`${packageJson.version}\n`);
  try {
    return await lintAll(options);
  } catch (error) {
    // Reached only by bugs or failing writes; still one line, never a stack trace.
    process.stderr.write(`trustlint: ${oneLine(error)}\n`);
    return 2;
  }
}

function parseOptions(argv: string[]): Options | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      kind: { type: 'string' },
      config: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      output: { type: 'string' },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = values.format ?? 'stylish';
  if (!isOneOf(FORMATS, format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  if (values.kind !== undefined && !isOneOf(DOCUMENT_KINDS, values.kind)) {
    throw new UsageError(`--kind must be one of ${DOCUMENT_KINDS.join(', ')} (got "${values.kind}")`);
  }
  if (values.stdin && positionals.length > 0)
    throw new UsageError('--stdin reads one draft from standard input; give no file arguments with it');
  if (!values.stdin && positionals.length === 0) throw new UsageError('no drafts given');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (values.fix && values.stdin) throw new UsageError('--fix writes files; with --stdin use --fix-dry-run to see the fixes');
  return {
    paths: positionals,
    format,
    kind: values.kind as DocumentKind | undefined,
    config: values.config,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    quiet: values.quiet,
    output: values.output,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
  };
}

async function lintAll(options: Options): Promise<number> {
  const cwd = process.cwd();
  const failures: InputFailure[] = [];
  const fail = (error: InputError | ConfigError, path: string) => {
    // Several drafts can share one broken config: report it once.
    if (failures.some((failure) => failure.message === error.message)) return;
    failures.push({ path, message: error.message });
    process.stderr.write(`trustlint: ${error.message}\n`);
  };

  let configFor: (path: string) => Promise<LoadedConfig>;
  if (options.config === undefined) {
    configFor = createConfigFinder();
  } else {
    try {
      const explicit = await loadConfigFile(options.config);
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

  const reported: ReportedFile[] = [];
  const patches: string[] = [];
  const progress = createProgress(process.stderr, inputs.length);
  for (const input of inputs) {
    progress.tick(input.path);
    try {
      const { file, patch } = await lintInput(input, configFor, options);
      reported.push(file);
      if (patch) patches.push(patch);
    } catch (error) {
      if (error instanceof InputError || error instanceof ConfigError) fail(error, input.path);
      else throw error;
    }
  }
  progress.done();

  const report = options.fixDryRun ? patches.join('') : formatReport(reported, failures, options);
  if (options.output === undefined) {
    process.stdout.write(report);
  } else {
    try {
      await writeFileAtomic(options.output, report);
    } catch (error) {
      process.stderr.write(`trustlint: ${options.output}: the report could not be written (${fileErrorReason(error)})\n`);
      return 2;
    }
  }

  if (failures.length > 0) return 2;
  return reported.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/**
 * Reads, configures and lints one input; with --fix writes the fixed draft, with --fix-dry-run returns
 * it as a patch. After a fix the report describes the fixed text (what is left to do), as ESLint's does.
 */
async function lintInput(
  input: Input,
  configFor: (path: string) => Promise<LoadedConfig>,
  options: Options,
): Promise<{ file: ReportedFile; patch?: string }> {
  const draft = await input.read();
  const { config } = await configFor(input.path === STDIN_PATH ? join(process.cwd(), STDIN_PATH) : input.path);
  const lintOptions = { filename: input.path, kind: options.kind, config };
  const file = reportable(input.path, await lintDraft(input.path, draft.source, lintOptions), options);
  if (!options.fix && !options.fixDryRun) return { file };
  if (typeof draft.source !== 'string') {
    if (options.fix)
      process.stderr.write(`trustlint: ${input.path}: --fix does not write .docx files; apply the suggestions in your editor\n`);
    return { file };
  }
  const fixed = redline(file.text, preferredSuggestions(file.findings)).text;
  if (fixed === file.text) return { file };
  if (options.fix) await writeFix(input.path, draft.bom ? `\uFEFF${fixed}` : fixed);
  const remaining = reportable(input.path, await lintDraft(input.path, fixed, lintOptions), options);
  return { file: remaining, patch: options.fixDryRun ? unifiedDiff(input.path, file.text, fixed) : undefined };
}

async function writeFix(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (error) {
    throw new InputError(path, `the fixes could not be written (${fileErrorReason(error)})`);
  }
}

/** Lints one draft; a failure inside the engine (a broken .docx, say) becomes a one-line InputError. */
async function lintDraft(path: string, source: string | Uint8Array, options: Parameters<typeof lint>[1]): Promise<LintResult> {
  try {
    return await lint(source, options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = isDocx(path) ? `is not a readable .docx file (${oneLine(error)})` : `could not be linted (${oneLine(error)})`;
    throw new InputError(path, reason);
  }
}

function reportable(path: string, result: LintResult, options: Options): ReportedFile {
  const file = toReportedFile(path, result);
  return options.quiet ? { ...file, findings: file.findings.filter((finding) => finding.severity === 'error') } : file;
}

function formatReport(files: ReportedFile[], failures: InputFailure[], options: Options): string {
  const toolVersion = packageJson.version;
  switch (options.format) {
    case 'json':
      return formatJSON(files);
    case 'sarif':
      return formatSarif(files, {
        toolVersion,
        meta: packMeta(trustPolicyPack),
        baseUri: pathToFileURL(`${process.cwd()}/`).href,
        failures,
      });
    case 'html':
      return formatHtml(files, { toolVersion, meta: packMeta(trustPolicyPack), generated: new Date().toISOString().slice(0, 10) });
    case 'stylish':
      return formatStylish(files, { color: options.output === undefined && useColor() });
  }
}

function useColor(): boolean {
  const { FORCE_COLOR, NO_COLOR } = process.env;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  return NO_COLOR === undefined && process.stdout.isTTY === true;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
