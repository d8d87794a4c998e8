import type { Clause } from '../analysis/clause.ts';
import type { Sentence } from '../analysis/sentences.ts';
import type { Root as NlcstRoot } from 'nlcst';
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
  /** Path of the rule's doc page, relative to the package root. */
  url: string;
  citations: Citation[];
  /** Document kinds the rule applies to; all when absent. */
  kinds?: DocumentKind[];
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
  reason: string;
  expected?: string[];
  note?: string;
  suggestions?: Edit[];
}

export interface SentenceContext {
  sentence: Sentence;
  clauses: Clause[];
  kind: DocumentKind;
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
  reason: string;
  ruleId?: string;
  expected?: string[];
  note?: string;
  suggestions?: { title: string; range: [number, number]; text: string; insertion?: boolean }[];
}

export interface RuleExample {
  text: string;
  kind?: DocumentKind;
  format?: SourceFormat;
  /** For invalid examples: the sentence after applying the first suggestion of the first finding. */
  output?: string;
  /** For invalid examples: how many findings of this rule (default: at least one). */
  count?: number;
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
  tests: { valid: RuleExample[]; invalid: RuleExample[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
