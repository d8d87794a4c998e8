// trustlint's public API. Browser-safe: node-only helpers live in core/node/.
import { rules } from '../rules/index.ts';
import { INQUIRY_VERBS } from '../rules/status-inquiry.ts';
import { resolveConfig as validateConfig } from './config.ts';
import { Engine } from './engine.ts';
import type { Rule, RuleMeta } from './rules/api.ts';
import type { LintOptions, LintResult, TrustlintConfig } from './types.ts';

export * from './types.ts';
export { applySuggestions, type AppliedSuggestions } from './suggestions.ts';
export { toJSON } from './finding-json.ts';
export type { Engine } from './engine.ts';
export { ConfigError } from './config.ts';
export { guessKind } from './kind.ts';
export { formatFromName, FORMAT_BY_EXTENSION } from './document/format.ts';
export type { RuleMeta, RuleDocs, Rule } from './rules/api.ts';
export { rules };

/** Every rule's metadata: for SARIF, the options page and the docs. */
export const ruleMeta: RuleMeta[] = rules.map((rule) => rule.meta);
const ruleIds = new Set(ruleMeta.map((meta) => meta.id));

/** An engine running `selected` (every rule by default; the rule tester runs one rule alone). */
export function createEngine(selected: readonly Rule[] = rules): Engine {
  return new Engine({ rules: selected, clause: { imperativeVerbs: new Set(INQUIRY_VERBS.values()) } });
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
