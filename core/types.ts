// The contract shared by the engine, the rule pack, the CLI, the reporters and the extension.
// Browser-safe: nothing here (or in core/ outside core/node/) may import node built-ins.
import type { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning' | 'info';
/** How a user sets a rule or category in config: `warn` is `warning`. */
export const SEVERITY_SETTINGS = ['off', 'info', 'warn', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** A category id of the pack in use (the trust-policy pack's are in rules/categories.ts). */
export type CategoryId = string;
/** A finding's category, or `directive` for a warning about an inline directive itself (an unknown id). */
export type MessageCategory = CategoryId | 'directive';
/** The engine's own name for the `directive` category (the pack names its own categories). */
export const DIRECTIVE_LABEL = 'Inline directives';

/** A document kind of the pack in use (the trust-policy pack's are in rules/document-kind.ts). */
export type DocumentKind = string;

export const SOURCE_FORMATS = ['markdown', 'text', 'html', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Citation {
  /** Short name of the source, e.g. "California Government Code § 7284.6". */
  title: string;
  /** What the source says that matters here, in the project's own words. */
  note?: string;
}

/** Replace `text.slice(range[0], range[1])` (offsets into the linted text) with `text`. */
export interface Suggestion {
  title: string;
  range: [number, number];
  text: string;
  /** true when the suggestion inserts a model section rather than editing flagged text. */
  insertion?: boolean;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * A finding is a vfile message (reason, ruleId, source, place, actual, expected, url, note)
 * with trustlint's own fields. `source` is always "trustlint".
 */
export interface TrustlintMessage extends VFileMessage {
  /** Which of its rule's messages this is (the rule's `meta.messages` key). */
  messageId: string;
  category: MessageCategory;
  severity: Severity;
  suggestions: Suggestion[];
  citations: Citation[];
}

/** Plain-object form of a finding: what JSON output, storage and extension messaging carry. */
export interface FindingJSON {
  ruleId: string;
  source: 'trustlint';
  category: MessageCategory;
  severity: Severity;
  reason: string;
  line: number;
  column: number;
  start: Point;
  end: Point;
  actual: string;
  expected: string[];
  url: string;
  note?: string;
  suggestions: Suggestion[];
  citations: Citation[];
}

export interface TrustlintConfig {
  /** Rule id or category id → setting. A rule id wins over its category. */
  rules?: Record<string, SeveritySetting>;
  kind?: DocumentKind;
  /** Phrases never to flag (case-insensitive): a finding whose actual text contains one is dropped. */
  allow?: string[];
}

export interface LintOptions {
  /** Input format; guessed from `filename` when absent, else markdown. */
  format?: SourceFormat;
  /** Document kind; decided from the whole draft when absent (and not set in the config). */
  kind?: DocumentKind;
  config?: TrustlintConfig;
  /** Used for format guessing and as the vfile path. */
  filename?: string;
}

export interface LintResult {
  /** The text that offsets refer to: the source itself, or for docx the extracted text. */
  text: string;
  format: SourceFormat;
  kind: DocumentKind;
  /** How the kind was decided: "chosen by the user", "the title names a bulletin (“…”)", … */
  kindReason: string;
  /** Sorted by start offset. */
  messages: TrustlintMessage[];
}
