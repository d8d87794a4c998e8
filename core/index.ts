// trustlint's engine API, for any rule pack: createEngine({ pack }). Browser-safe: node-only helpers live in
// core/node/. The default instance with the trust-policy pack is the project's root index.ts.
import { resolveConfig as validateConfig } from './config.ts';
import { Engine, type Span } from './engine.ts';
import type { CategoryMeta, DocumentKindMeta, Pack } from './pack.ts';
import type { Rule, RuleMeta } from './rules/api.ts';
import type { LintOptions, LintResult, TrustlintConfig } from './types.ts';

export * from './types.ts';
export { applySuggestions, type AppliedSuggestions } from './suggestions.ts';
export type { Engine, Span } from './engine.ts';
export { toJSON } from './finding-json.ts';
export { ConfigError } from './config.ts';
export { DocumentTooComplex } from './engine.ts';
export { formatFromName, FORMAT_BY_EXTENSION } from './document/format.ts';
export type { RuleMeta, RuleDocs, Rule } from './rules/api.ts';
export type { CategoryMeta, DocumentKindMeta, DocumentKinds, KindBlock, KindDecision, Pack, PackMeta } from './pack.ts';
export { packMeta } from './pack.ts';

export interface Session {
  /** Lints the whole text again, re-analysing only the blocks that changed since the last call. */
  lint(text: string): LintResult;
  /**
   * The findings of the blocks that overlap [part.start, part.end), as `lint` would give them, without document-level
   * findings; `span` covers the part and those blocks. What it analyses, the next `lint` reuses: an editor's first
   * answer for the text in view, or for the block an edit changed, comes before the whole document's.
   */
  lintPart(text: string, part: Span): { result: LintResult; span: Span };
}

/** An engine bound to a pack. */
export interface Trustlint {
  rules: readonly Rule[];
  /** Every rule's metadata: for SARIF, the options page and the docs. */
  ruleMeta: RuleMeta[];
  categories: readonly CategoryMeta[];
  /** The pack's document kinds (none: every draft is one kind). */
  kinds: readonly DocumentKindMeta[];
  /** Lints one document (a string, or the bytes of a file; .docx needs bytes). */
  lint(source: string | Uint8Array, options?: LintOptions): Promise<LintResult>;
  /** A linting session for one live document (an editor the extension watches). */
  createSession(options?: LintOptions): Session;
  /** Validates a parsed config object; throws ConfigError with a one-line message naming `origin`. */
  resolveConfig(config: unknown, origin: string): TrustlintConfig;
}

/** An engine for a pack: the engine reads documents and clauses, the pack's rules say what to flag. */
export function createEngine({ pack }: { pack: Pack }): Trustlint {
  const engineFor = (): Engine => new Engine({ rules: pack.rules, clause: pack.clause, kinds: pack.kinds });
  const shared = engineFor();
  const ruleMeta = pack.rules.map((rule) => rule.meta);
  const kindIds = (pack.kinds?.list ?? []).map((kind) => kind.id);
  const known = new Set([...ruleMeta.map((meta) => meta.id), ...pack.categories.map((category) => category.id)]);
  return {
    rules: pack.rules,
    ruleMeta,
    categories: pack.categories,
    kinds: pack.kinds?.list ?? [],
    lint: (source, options = {}) => shared.lint(source, options),
    createSession(options = {}) {
      const engine = engineFor();
      return { lint: (text) => engine.lintText(text, options), lintPart: (text, part) => engine.lintTextPart(text, options, part) };
    },
    resolveConfig: (config, origin) => validateConfig(config, origin, known, kindIds),
  };
}
