import type { Clause } from '../analysis/clause.ts';
import type { Sentence } from '../analysis/sentences.ts';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { Block, BlockKind } from '../document/model.ts';
import type { CategoryId, Citation, DocumentKind, Severity, SourceFormat } from '../types.ts';

export interface RuleDocs {
  /** Why the language matters, in a few sentences. */
  rationale: string;
  /** Compliant ways to say it. */
  compliant: string[];
  /** A model clause the rule can offer for insertion, in the project's own words. */
  modelClause?: string;
}

export interface RuleMeta {
  /** Stable id, e.g. "status-inquiry". */
  id: string;
  category: CategoryId;
  severity: Severity;
  /** One line: what the rule flags. */
  description: string;
  /**
   * What a finding says, by message id (ESLint's `meta.messages`): reports name an id and give `data` for its
   * `{{placeholders}}`, the engine writes the text, and a translation replaces these templates only.
   */
  messages: Record<string, string>;
  /** Path of the rule's doc page, relative to the package root. */
  url: string;
  citations: Citation[];
  /** Document kinds the rule applies to; all when absent. */
  kinds?: DocumentKind[];
  /**
   * Rules whose reading of the same clause wins over this one's. The engine decides: once config, kinds and
   * directives are applied, a finding of this rule is dropped when an enabled finding of one of these rules
   * reports the same clause. Rules never consult each other.
   */
  yieldsTo?: string[];
  /**
   * A finding of this rule on a list's lead-in ("Members may ask about the status of anyone who is:") also covers
   * the items that only name whom, what or when it applies to ("1. Arrested for a felony."): the engine reports
   * each such item too, with the lead-in's message and no rewrite (fixing the lead-in fixes them).
   */
  coversItems?: boolean;
}

/** A range in the block's text with its replacement. */
export interface Edit {
  title: string;
  start: number;
  end: number;
  text: string;
}

export interface SentenceReport {
  /** Offsets into the block's text. */
  start: number;
  end: number;
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  /** Values for the message's `{{placeholders}}`. */
  data?: Record<string, string | number>;
  expected?: string[];
  note?: string;
  suggestions?: Edit[];
  /** The clause the finding reads (for precedence between rules: see `RuleMeta.yieldsTo`). */
  clause?: Clause;
}

export interface SentenceContext {
  sentence: Sentence;
  /** The sentence's retext-english node (block-relative positions), for retext plugins. */
  node: NlcstSentence;
  clauses: Clause[];
  kind: DocumentKind;
  /**
   * The headings the sentence sits under, outermost first (a document title first): a sentence in a section headed
   * "U Visa Certification" is about certification even when it says only "the request".
   */
  section: readonly string[];
  report(report: SentenceReport): void;
}

/** A block with its retext-english tree, for rules that run retext plugins over whole paragraphs. */
export interface BlockContext {
  block: Block;
  /** nlcst tree of the block's text (positions are offsets into the block's text). */
  tree: NlcstRoot;
  kind: DocumentKind;
  report(report: SentenceReport): void;
}

/** A whole document as analysed, for document-level rules (completeness, reading level). */
export interface DocumentContext {
  text: string;
  format: SourceFormat;
  kind: DocumentKind;
  /** The kind was declared, or the draft shows it plainly: only then may a rule offer to insert a kind's model sections. */
  kindCertain: boolean;
  blocks: readonly DocumentBlock[];
  sentences: readonly AnalysedSentence[];
  /** Reports with offsets into the document's text. */
  report(report: DocumentReport): void;
}

/** A block's place in the document: offsets into the document's text. */
export interface DocumentBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  /** Heading depth for headings. */
  depth?: number;
}

export interface AnalysedSentence {
  sentence: Sentence;
  clauses: Clause[];
}

export interface DocumentReport {
  start: number;
  end: number;
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  /** Values for the message's `{{placeholders}}`. */
  data?: Record<string, string | number>;
  ruleId?: string;
  expected?: string[];
  note?: string;
  suggestions?: { title: string; range: [number, number]; text: string; insertion?: boolean }[];
}

/** A documentation example: a few per rule, chosen to explain it (regression cases live in test/rules/cases/). */
export interface RuleExample {
  text: string;
  kind?: DocumentKind;
  format?: SourceFormat;
  /** For a flagged example: the whole text after the first suggestion of the rule's first finding. */
  output?: string;
}

export interface Rule {
  meta: RuleMeta;
  docs: RuleDocs;
  /** Called for every sentence with its clauses analysed. */
  sentence?(context: SentenceContext): void;
  /** Called once per block, with its nlcst tree (cached with the block). */
  block?(context: BlockContext): void;
  /** Called once per document after all sentences. */
  document?(context: DocumentContext): void;
  /** What the rule's page shows (docs, the extension's Explain page); the rule tester checks them too. */
  examples: { flagged: RuleExample[]; accepted: RuleExample[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
