// trustlint's public API. Browser-safe: node-only helpers live in core/node/.
import { rules } from '../rules/index.ts';
import { INQUIRY_VERBS } from '../rules/status-inquiry.ts';
import { resolveConfig as validateConfig } from './config.ts';
import { Engine } from './engine.ts';
import type { RuleMeta } from './rules/api.ts';
import type { FindingJSON, LintOptions, LintResult, TrustlintConfig, TrustlintMessage } from './types.ts';

export * from './types.ts';
export { applySuggestions, type AppliedSuggestions } from './suggestions.ts';
export { ConfigError } from './config.ts';
export { decideKind, type KindDecision } from './kind.ts';
export { formatFromName, FORMAT_BY_EXTENSION } from './document/format.ts';
export type { RuleMeta, RuleDocs, Rule } from './rules/api.ts';
export { rules };

/** Every rule's metadata: for SARIF, the options page and the docs. */
export const ruleMeta: RuleMeta[] = rules.map((rule) => rule.meta);
const ruleIds = new Set(ruleMeta.map((meta) => meta.id));

function createEngine(): Engine {
  return new Engine({ rules, clause: { imperativeVerbs: new Set(INQUIRY_VERBS.values()) } });
}

const shared = createEngine();

/** Lints one document (a string, or the bytes of a file; .docx needs bytes). */
export function lint(source: string | Uint8Array, options: LintOptions = {}): Promise<LintResult> {
  return shared.lint(source, options);
}

export interface Session {
  /** Lints the whole text again, re-analysing only the blocks that changed since the last call. */
  lint(text: string): LintResult;
}

/** A linting session for one live document (an editor the extension watches). */
export function createSession(options: LintOptions = {}): Session {
  const engine = createEngine();
  return { lint: (text) => engine.lintText(text, options) };
}

/** Validates a parsed config object; throws ConfigError with a one-line message naming `origin`. */
export function resolveConfig(config: unknown, origin: string): TrustlintConfig {
  return validateConfig(config, origin, ruleIds);
}

/** The plain-object form of a finding (JSON output, extension messaging, storage). */
export function toJSON(message: TrustlintMessage): FindingJSON {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const start = place?.start ?? { line: message.line ?? 1, column: message.column ?? 1, offset: 0 };
  const end = place?.end ?? start;
  const finding: FindingJSON = {
    ruleId: message.ruleId ?? message.category,
    source: 'trustlint',
    category: message.category,
    severity: message.severity,
    reason: message.reason,
    line: start.line,
    column: start.column,
    start: { line: start.line, column: start.column, offset: start.offset ?? 0 },
    end: { line: end.line, column: end.column, offset: end.offset ?? 0 },
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    url: message.url ?? '',
    suggestions: message.suggestions,
    citations: message.citations,
  };
  if (message.note) finding.note = message.note;
  return finding;
}
