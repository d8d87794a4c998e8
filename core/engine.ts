import type { Point } from 'unist';
import { location } from 'vfile-location';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { analyseSentence, opensWithoutSubject, type Clause, type ClauseVocabulary } from './analysis/clause.ts';
import { parseBlock, sentencesOf } from './analysis/sentences.ts';
import { effectiveSeverity } from './config.ts';
import { applyDirectives, type DirectiveProblem } from './directives.ts';
import { ChunkReadings } from './document/chunk-readings.ts';
import { readHtml } from './document/html.ts';
import { readMarkdownChunks } from './document/markdown.ts';
import type { Directive } from './document/mdast-blocks.ts';
import type { Block } from './document/model.ts';
import { readTextChunks } from './document/text.ts';
import { formatFromName } from './document/format.ts';
import type { DocumentKinds, KindBlock, KindDecision } from './pack.ts';
import type { AnalysedSentence, DocumentBlock, DocumentReport, Rule, RuleMeta, SentenceReport } from './rules/api.ts';
import type {
  DocumentKind,
  LintOptions,
  LintResult,
  Severity,
  SourceFormat,
  Suggestion,
  TrustlintConfig,
  TrustlintMessage,
} from './types.ts';

/** A finding before config and positions are applied: a rule's report, with its rule. */
interface RawFinding extends Omit<DocumentReport, 'suggestions'> {
  rule: Rule;
  suggestions: Suggestion[];
  /** Offsets of the clause the finding reads, when the rule named it: what precedence compares. */
  clause?: [number, number];
}

/** A block's analysis, cached by its text, its lead-in and the document kind; offsets are block-relative. */
interface BlockAnalysis {
  sentences: AnalysedSentence[];
  /** Findings with offsets into the block's text. */
  findings: RawFinding[];
}

/** What the engine remembers of a block object (a reader hands back the same objects while their chunk is unchanged). */
interface BlockMemo {
  kind: DocumentKind;
  leadIn: string | undefined;
  /** The same object while the headings above are the same (sections are shared between lints). */
  section: Section;
  cached: CachedAnalysis;
  /** The block and its findings placed in the document, reused while its chunk starts at the same offset. */
  placed?: PlacedBlock;
}

/** An analysis in the content cache, and the last lint that used it. */
interface CachedAnalysis {
  analysis: BlockAnalysis;
  used: number;
}

/** A block and its findings with offsets into the whole document, its chunk starting at `shift`. */
interface PlacedBlock {
  shift: number;
  block: DocumentBlock;
  findings: RawFinding[];
}

export interface EngineOptions {
  /** Every rule the engine runs (config, directives and precedence refer to these). */
  rules: readonly Rule[];
  clause?: ClauseVocabulary;
  /** The pack's document kinds and how a draft's kind is decided. */
  kinds?: DocumentKinds;
  /** Message templates by rule id and message id that replace the rules' own (a translation). */
  messages?: MessageCatalog;
}

/** Rule id → message id → template with `{{placeholders}}`. */
export type MessageCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Runs every rule over a document in one pass. Blocks are analysed once and cached by content, so a
 * session re-analyses only what changed between calls.
 */
export class Engine {
  /** Analyses by content (kind, block kind, lead-in, section, text): blocks re-read or moved find theirs here. */
  private cache = new Map<string, CachedAnalysis>();
  /** Counts lints, to know which cached analyses the last whole lint used. */
  private generation = 0;
  /** The sections the last lint met, by key: a block's memo compares its section by identity. */
  private sections = new Map<string, Section>();
  /** The latest document's chunks as read: a session re-reads only those an edit touched. */
  private readonly chunks = new ChunkReadings();
  /**
   * The last whole lint's blocks and their memos, by position: a reader hands back the same block objects while their
   * chunk is unchanged, at the same index before an edit and at the same distance from the end after it.
   */
  private lastBlocks: readonly Block[] = [];
  private lastMemos: readonly BlockMemo[] = [];
  /** The last whole lint's messages, by placed finding: handed back while their findings have not moved. */
  private builtMessages: BuiltMessages | undefined;
  private readonly rules: readonly Rule[];
  private readonly clauseOptions: ClauseVocabulary;
  private readonly catalog: MessageCatalog;
  private readonly decideKind: (blocks: readonly KindBlock[]) => KindDecision;

  constructor(options: EngineOptions) {
    this.rules = options.rules;
    this.clauseOptions = options.clause ?? {};
    this.catalog = options.messages ?? {};
    this.decideKind = options.kinds?.decide ?? (() => ONE_KIND);
  }

  async lint(source: string | Uint8Array, options: LintOptions = {}): Promise<LintResult> {
    try {
      return await this.lintSource(source, options);
    } catch (error) {
      throw asTooComplex(error);
    }
  }

  private async lintSource(source: string | Uint8Array, options: LintOptions): Promise<LintResult> {
    const format = options.format ?? formatFromName(options.filename) ?? (typeof source === 'string' ? 'markdown' : 'docx');
    if (format === 'docx') {
      if (typeof source === 'string') throw new TypeError('a .docx document must be given as bytes');
      // Loaded on first use: the .docx reader's libraries (fflate's tables, mammoth) cost every start otherwise.
      const { readDocx } = await import('./document/docx.ts');
      const { text, blocks } = await readDocx(source);
      return this.finish(text, format, [{ start: 0, blocks, directives: [] }], options).result;
    }
    const text = typeof source === 'string' ? source : decodeUtf8(source);
    return this.lintText(text, { ...options, format });
  }

  /** Synchronous linting of markdown, plain text or HTML (what editors and sessions hand over). */
  lintText(text: string, options: LintOptions = {}): LintResult {
    return this.lintTextPart(text, options).result;
  }

  /**
   * With `part`, only the blocks overlapping [part.start, part.end) are analysed (and their lead-ins): their findings
   * without document-level ones; `span` covers the part and those blocks. Text after the part is not read: the
   * draft is read as the last whole lint read it (its kind), or before any, as the text up to the part's end says.
   * What is analysed is kept for the next lint (an editor's first answer, for the text in view, before the rest).
   */
  lintTextPart(text: string, options: LintOptions = {}, part?: Span): { result: LintResult; span: Span } {
    const format = options.format ?? formatFromName(options.filename) ?? 'markdown';
    if (format === 'docx') throw new TypeError('use lint() for .docx documents');
    try {
      if (format === 'html') return this.finish(text, format, [{ start: 0, ...readHtml(text) }], options, part);
      return this.finish(
        text,
        format,
        this.chunks.read(text, format === 'text' ? readTextChunks : readMarkdownChunks, part?.end),
        options,
        part,
      );
    } catch (error) {
      throw asTooComplex(error);
    }
  }

  /** The kind the last whole lint decided: a part is read as that (its text after the part is not read). */
  private lastDecision: KindDecision | undefined;

  private finish(
    text: string,
    format: SourceFormat,
    parts: { start: number; blocks: Block[]; directives: Directive[] }[],
    options: LintOptions,
    part?: Span,
  ): { result: LintResult; span: Span } {
    const config = options.config;
    const generation = ++this.generation;
    /** The blocks as the readers made them: the same objects while a chunk is unchanged. */
    const blocks: Block[] = [];
    /** Index of each block's lead-in in the whole document (readers number lead-ins within a chunk). */
    const leadIns: (number | undefined)[] = [];
    const blockStarts: number[] = [];
    const directives: Directive[] = [];
    const sentences: AnalysedSentence[] = [];
    const findings: RawFinding[] = [];
    const documentBlocks: DocumentBlock[] = [];

    for (const part of parts) {
      const base = blocks.length;
      for (const block of part.blocks) {
        let leadIn = block.leadIn === undefined ? undefined : base + block.leadIn;
        if (block.kind === 'list-item' && leadIn === undefined) leadIn = continuedLeadIn(block, blocks, leadIns);
        blocks.push(block);
        leadIns.push(leadIn);
        blockStarts.push(part.start);
      }
      for (const directive of part.directives)
        directives.push({ ...directive, start: directive.start + part.start, end: directive.end + part.start });
    }
    const decision = declaredKind(options) ?? (part && this.lastDecision) ?? this.decideKind(blocks);
    if (!part) this.lastDecision = decision;
    const { kind } = decision;
    const extentOf = (index: number): Span => {
      const { offsets } = blocks[index]!;
      return { start: offsets[0]! + blockStarts[index]!, end: offsets[offsets.length - 1]! + blockStarts[index]! };
    };
    // A part: the blocks it overlaps report; their lead-ins (and theirs) are analysed for the frame they give.
    const reporting = part && new Set([...blocks.keys()].filter((index) => overlaps(extentOf(index), part)));
    const analysed = reporting && new Set(reporting);
    for (const index of reporting ?? []) {
      for (let leadIn = leadIns[index]; leadIn !== undefined && !analysed!.has(leadIn); leadIn = leadIns[leadIn]) analysed!.add(leadIn);
    }
    // A part's span covers the part itself too (an edit between blocks drops the findings it cut through).
    const span = part ? { ...part } : { start: 0, end: text.length };
    for (const index of reporting ?? []) {
      const extent = extentOf(index);
      span.start = Math.min(span.start, extent.start);
      span.end = Math.max(span.end, extent.end);
    }

    // A lead-in always comes before its items, so its analysis is ready when they need its frame.
    const analyses: BlockAnalysis[] = [];
    const sections = new SectionTracker(this.sections);
    const memos: BlockMemo[] = [];
    const { lastBlocks, lastMemos } = this;
    const fromEnd = lastBlocks.length - blocks.length;
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!;
      // Every heading is followed, read or not: a part's blocks sit in the sections the whole lint gives them.
      const section = sections.enter(block);
      if (analysed && !analysed.has(index)) {
        documentBlocks.push(blockPlace(block, blockStarts[index]!));
        continue;
      }
      const leadInIndex = leadIns[index];
      const leadIn = leadInIndex === undefined ? undefined : blocks[leadInIndex];
      // An unchanged chunk hands back the same block objects: their analysis is found without building a key.
      let memo =
        lastBlocks[index] === block ? lastMemos[index] : lastBlocks[index + fromEnd] === block ? lastMemos[index + fromEnd] : undefined;
      if (!memo || memo.kind !== kind || memo.leadIn !== leadIn?.text || memo.section !== section) {
        const key = `${kind}\u0000${block.kind}\u0000${leadIn?.text ?? ''}\u0000${section.key}\u0000${block.text}`;
        let cached = this.cache.get(key);
        if (!cached) {
          const last = leadIn ? analyses[leadInIndex!]?.sentences.at(-1)?.clauses.at(-1) : undefined;
          // "Members shall not:" frames its items; so does a plain statement that introduces them ("Several
          // factors decide whether a query is sent."), though a prohibition or a mention ending in a full stop may not.
          const frame = leadIn && (/[:—–-]\s*$/.test(leadIn.text) || (last && !last.negated && !last.mentions)) ? last : undefined;
          const analysis = this.analyseBlock(block, { frame, kind, section: section.headings }, frame ? analyses[leadInIndex!] : undefined);
          cached = { analysis, used: generation };
          this.cache.set(key, cached);
        }
        memo = { kind, leadIn: leadIn?.text, section, cached };
      }
      memos[index] = memo;
      const { analysis } = memo.cached;
      memo.cached.used = generation;
      analyses[index] = analysis;
      const shift = blockStarts[index]!;
      if (memo.placed?.shift !== shift) memo.placed = placeBlock(block, analysis, shift);
      documentBlocks.push(memo.placed.block);
      if (reporting && !reporting.has(index)) continue;
      for (const analysed of analysis.sentences) sentences.push(analysed);
      for (const finding of memo.placed.findings) findings.push(finding);
    }
    this.sections = sections.met;
    // A part reads only some blocks: the next whole lint finds the rest by the last whole lint's positions. The cache
    // keeps what the document used and, between prunings, what earlier versions of it did; a part only adds to it.
    if (!part) {
      this.lastBlocks = blocks;
      this.lastMemos = memos;
      if (this.cache.size > 2 * blocks.length + 64)
        for (const [key, cached] of this.cache) if (cached.used !== generation) this.cache.delete(key);
    }

    for (const rule of this.rules) {
      if (!rule.document || part) continue;
      rule.document({
        text,
        format,
        kind,
        kindCertain: decision.certain,
        blocks: documentBlocks,
        sentences,
        report: (report: DocumentReport) => findings.push(documentFinding(rule, report)),
      });
    }

    const { messages, clauseOf, built } = toMessages(text, findings, kind, config, this.catalog, this.builtMessages);
    // A part's messages are not the whole document's: the next whole lint reuses the last whole lint's.
    if (!part) this.builtMessages = built;
    const applied = this.applyDirectives(text, messages, directives, documentBlocks);
    const shown = withoutYielded(applied.kept, clauseOf);
    const problems = part ? applied.problems.filter((problem) => overlaps(problem, span)) : applied.problems;
    const result = {
      text,
      format,
      kind,
      kindReason: decision.reason,
      messages: problems.length > 0 ? sortByStart([...shown, ...directiveMessages(text, problems)]) : shown,
    };
    return { result, span };
  }

  private namesCache: Map<string, readonly string[]> | undefined;

  /** Each rule id and category id, with the rule ids it names in a directive. */
  private get directiveNames(): ReadonlyMap<string, readonly string[]> {
    if (!this.namesCache) {
      this.namesCache = new Map();
      for (const { meta } of this.rules) {
        this.namesCache.set(meta.id, [meta.id]);
        this.namesCache.set(meta.category, [...(this.namesCache.get(meta.category) ?? []).filter((id) => id !== meta.category), meta.id]);
      }
    }
    return this.namesCache;
  }

  private applyDirectives(text: string, messages: TrustlintMessage[], directives: Directive[], blocks: DocumentBlock[]) {
    const file = new VFile(text);
    file.messages = messages;
    const problems = applyDirectives(file, directives, blocks, this.directiveNames);
    return { kept: file.messages as TrustlintMessage[], problems };
  }

  /**
   * `frame` is the last clause of the list's lead-in ("Members shall not:"), for list items, and `leadIn` the
   * lead-in's own analysis.
   */
  private analyseBlock(
    block: Block,
    { frame, kind, section }: { frame: Clause | undefined; kind: DocumentKind; section: readonly string[] },
    leadIn?: BlockAnalysis,
  ): BlockAnalysis {
    const tree = parseBlock(block);
    const analysed: AnalysedSentence[] = [];
    const findings: RawFinding[] = [];
    const reporter = (rule: Rule) => (report: SentenceReport) =>
      findings.push({
        rule,
        start: report.start,
        end: report.end,
        messageId: report.messageId,
        data: report.data,
        clause: report.clause && clauseSpan(report.clause),
        expected: report.expected,
        note: report.note,
        suggestions: (report.suggestions ?? []).map((edit) => ({ title: edit.title, range: [edit.start, edit.end], text: edit.text })),
      });
    const sentenceRules = this.rules.filter((rule) => rule.sentence).map((rule) => ({ rule, report: reporter(rule) }));
    for (const sentence of sentencesOf(block, tree)) {
      const clauses = analyseSentence(sentence, this.clauseOptions);
      // The lead-in completes the item's first sentence; a sentence after it in the item stands on its own.
      if (frame && block.kind === 'list-item' && analysed.length === 0) for (const clause of clauses) clause.frame = frame;
      analysed.push({ sentence, clauses });
      const node = sentence.node!;
      for (const { rule, report } of sentenceRules) rule.sentence!({ sentence, node, clauses, kind, section, report });
    }
    for (const rule of this.rules) rule.block?.({ block, tree, kind, report: reporter(rule) });
    if (leadIn && block.kind === 'list-item') findings.push(...itemsCovered(analysed, findings, leadIn));
    // The analysis is kept (sessions, document rules) but the nlcst tree is not needed again: a 100k-word draft's
    // trees held about a quarter of the heap, which every garbage collection then walked.
    for (const { sentence } of analysed) sentence.node = undefined;
    return { sentences: analysed, findings };
  }
}

/** A stretch of the source text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// Past this many words an item says more than whom or when its lead-in applies to.
const ITEM_WORDS = 40;

/**
 * The lead-in's findings that cover a list item: findings of `coversItems` rules in the lead-in's last sentence (the
 * frame), when the item has no finding of such a rule itself and is a fragment — no verb group, negation or exception
 * of its own ("1. Arrested for a violent felony.", "(2) Use of any federal database;").
 */
function itemsCovered(sentences: AnalysedSentence[], own: RawFinding[], leadIn: BlockAnalysis): RawFinding[] {
  const frameSentence = leadIn.sentences.at(-1)?.sentence;
  if (!frameSentence || sentences.length !== 1) return [];
  if (own.some((finding) => finding.rule.meta.coversItems)) return [];
  const { sentence, clauses } = sentences[0]!;
  if (sentence.words.length === 0 || sentence.words.length > ITEM_WORDS) return [];
  if (
    clauses.some(
      (clause) => clause.modal || clause.negations.length > 0 || clause.exceptions.length > 0 || clause.modality === 'imperative',
    )
  )
    return [];
  if (!opensWithoutSubject(sentence)) return [];
  const covering = leadIn.findings.filter((finding) => finding.rule.meta.coversItems && finding.start >= frameSentence.start);
  const first = covering[0];
  if (!first) return [];
  const start = sentence.words[0]!.start;
  const end = sentence.words.at(-1)!.end;
  return [
    { rule: first.rule, start, end, messageId: first.messageId, data: first.data, note: first.note, suggestions: [], clause: [start, end] },
  ];
}

/** A pack without document kinds reads every draft as one kind. */
const ONE_KIND: KindDecision = { kind: 'document', reason: 'the only kind this pack knows', certain: true };

/** The kind the caller or the configuration declared, which no reading of the draft overrides. */
function declaredKind(options: LintOptions): KindDecision | undefined {
  if (options.kind) return { kind: options.kind, reason: 'chosen by the user', certain: true };
  const configured = options.config?.kind;
  return configured ? { kind: configured, reason: 'set in the configuration', certain: true } : undefined;
}

/** The headings a block sits under, outermost first; `key` tells two sections apart in the analysis cache. */
interface Section {
  headings: readonly string[];
  key: string;
}

/** Follows the outline while the blocks are read in order: a heading closes every section at its depth or deeper. */
class SectionTracker {
  private byDepth: string[] = [];
  private current: Section;
  /** The sections met so far, by key. */
  readonly met = new Map<string, Section>();

  /** `known`: the sections an earlier reading met, handed back again while their headings are the same. */
  constructor(private readonly known: ReadonlyMap<string, Section>) {
    this.current = this.sectionOf([]);
  }

  /** The section `block` belongs to (a heading belongs to the sections that enclose it). */
  enter(block: Block): Section {
    if (block.kind !== 'heading') return this.current;
    const depth = Math.min(Math.max(block.depth ?? 1, 1), 6);
    this.byDepth.length = depth - 1;
    const enclosing = this.sectionOf(this.byDepth);
    this.byDepth[depth - 1] = block.text;
    this.current = this.sectionOf(this.byDepth);
    return enclosing;
  }

  private sectionOf(byDepth: readonly string[]): Section {
    const headings = byDepth.filter((heading) => heading !== undefined);
    const key = headings.join('\u0001');
    const section = this.met.get(key) ?? this.known.get(key) ?? { headings, key };
    this.met.set(key, section);
    return section;
  }
}

/**
 * A list continued after a blank line keeps the lead-in of the items before it. A list of another kind after an item
 * that ends in a colon ("96. … Members shall not:" then "- ask…") is that item's own list, written without indent;
 * after such a list, the next item of the first kind ("97.") goes on with the first list's lead-in.
 */
function continuedLeadIn(block: Block, blocks: Block[], leadIns: (number | undefined)[]): number | undefined {
  const previous = blocks[blocks.length - 1];
  if (!previous) return undefined;
  if (previous.kind === 'list-item' && previous.ordered !== block.ordered) {
    if (/:\s*$/.test(previous.text)) return blocks.length - 1;
    for (let i = blocks.length - 2; i >= 0 && blocks[i]!.kind === 'list-item'; i--)
      if (blocks[i]!.ordered === block.ordered) return leadIns[i];
    return undefined;
  }
  if (previous.kind === 'list-item') return leadIns[leadIns.length - 1];
  if (previous.kind === 'paragraph') return blocks.length - 1;
  return undefined;
}

/** A block's place in the document: offsets into the document's text. */
function blockPlace(block: Block, shift: number): DocumentBlock {
  return {
    kind: block.kind,
    text: block.text,
    start: block.offsets[0]! + shift,
    end: block.offsets[block.offsets.length - 1]! + shift,
    depth: block.depth,
  };
}

/** A block and its analysis's findings with offsets into the document, its chunk starting at `shift`. */
function placeBlock(block: Block, analysis: BlockAnalysis, shift: number): PlacedBlock {
  const toSource = (offset: number): number => (block.offsets[offset] ?? block.offsets[block.offsets.length - 1]!) + shift;
  return {
    shift,
    block: blockPlace(block, shift),
    findings: analysis.findings.map((finding) => ({
      ...finding,
      start: toSource(finding.start),
      end: endToSource(block, finding.end, shift),
      suggestions: finding.suggestions.map((suggestion) => ({
        ...suggestion,
        range: [toSource(suggestion.range[0]), endToSource(block, suggestion.range[1], shift)],
      })),
      clause: finding.clause && [toSource(finding.clause[0]), endToSource(block, finding.clause[1], shift)],
    })),
  };
}

function endToSource(block: Block, end: number, shift: number): number {
  // The end offset maps through the last character it covers, so markup between characters stays out.
  if (end <= 0) return (block.offsets[0] ?? 0) + shift;
  return (block.offsets[Math.min(end, block.text.length) - 1] ?? 0) + 1 + shift;
}

function documentFinding(rule: Rule, report: DocumentReport): RawFinding {
  return { ...report, rule, suggestions: report.suggestions ?? [] };
}

/** The clause a message reads and the rules it yields to, for precedence after config and directives. */
interface ClauseRead {
  span: [number, number];
  yieldsTo: readonly string[];
}

/**
 * The findings that config, document kind and the allow list keep, as messages (in document order), with the clause
 * each reads. A map for this one lint, not a WeakMap on the messages: adding thousands of keys to a WeakMap on every
 * lint cost a session edit more than building the messages.
 */
function toMessages(
  text: string,
  findings: RawFinding[],
  kind: DocumentKind,
  config: TrustlintConfig | undefined,
  catalog: MessageCatalog,
  previous: BuiltMessages | undefined,
): { messages: TrustlintMessage[]; clauseOf: Map<TrustlintMessage, ClauseRead>; built: BuiltMessages } {
  const place = location(new VFile(text));
  const allow = (config?.allow ?? []).map((phrase) => phrase.toLowerCase());
  const messages: TrustlintMessage[] = [];
  const clauseOf = new Map<TrustlintMessage, ClauseRead>();
  const built: BuiltMessages = { kind, config, byFinding: new Map() };
  const reusable = previous?.kind === kind && previous.config === config ? previous.byFinding : undefined;
  // VFileMessage is an Error: without this, every message captures a stack trace nobody reads.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const finding of findings.sort((a, b) => a.start - b.start)) {
      const start = place.toPoint(finding.start);
      const end = place.toPoint(finding.end);
      const earlier = reusable?.get(finding);
      if (earlier && samePoint(earlier.place?.start, start) && samePoint(earlier.place?.end, end)) {
        built.byFinding.set(finding, earlier);
        if (!earlier.message) continue;
        messages.push(earlier.message);
        if (earlier.clause) clauseOf.set(earlier.message, earlier.clause);
        continue;
      }
      const { meta } = finding.rule;
      const ruleId = finding.ruleId ?? meta.id;
      const severity = meta.kinds && !meta.kinds.includes(kind) ? 'off' : effectiveSeverity(config, ruleId, meta.category, meta.severity);
      const actual = text.slice(finding.start, finding.end);
      if (severity === 'off' || allow.some((phrase) => actual.toLowerCase().includes(phrase))) {
        built.byFinding.set(finding, { place: { start, end } });
        continue;
      }
      const message = new VFileMessage(messageText(meta, finding.messageId, finding.data, catalog[meta.id]), {
        place: start && end ? { start, end } : start,
        ruleId,
        source: 'trustlint',
      }) as TrustlintMessage;
      message.file = '';
      message.messageId = finding.messageId;
      message.actual = actual;
      message.expected = finding.expected ?? finding.suggestions.map((suggestion) => suggestion.text);
      message.url = meta.url;
      if (finding.note) message.note = finding.note;
      message.fatal = severityToFatal(severity);
      message.category = meta.category;
      message.severity = severity;
      message.suggestions = finding.suggestions;
      message.citations = meta.citations;
      const clause = finding.clause && { span: finding.clause, yieldsTo: meta.yieldsTo ?? [] };
      if (clause) clauseOf.set(message, clause);
      built.byFinding.set(finding, { place: { start, end }, message, clause });
      messages.push(message);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { messages, clauseOf, built };
}

/**
 * The messages one lint built, by placed finding: the next lint hands back the same message for a finding of a
 * block that did not move (same object, same line and column) under the same kind and configuration, which saves a
 * session edit rebuilding hundreds of messages. Only the last lint's are kept.
 */
interface BuiltMessages {
  kind: DocumentKind;
  config: TrustlintConfig | undefined;
  byFinding: Map<RawFinding, { place: { start?: Point; end?: Point }; message?: TrustlintMessage; clause?: ClauseRead }>;
}

const samePoint = (a: Point | undefined, b: Point | undefined) => a?.line === b?.line && a?.column === b?.column && a?.offset === b?.offset;

/**
 * Precedence between rules: a message is dropped when a message of a rule it yields to, still present after
 * config, kinds and directives, reads the same clause. A rule the user turned off silences nothing.
 */
function withoutYielded(messages: TrustlintMessage[], clauseOf: ReadonlyMap<TrustlintMessage, ClauseRead>): TrustlintMessage[] {
  const rulesByClause = new Map<string, Set<string>>();
  const keyOf = (span: [number, number]) => `${span[0]}:${span[1]}`;
  for (const message of messages) {
    const clause = clauseOf.get(message);
    if (!clause || !message.ruleId) continue;
    const key = keyOf(clause.span);
    let rules = rulesByClause.get(key);
    if (!rules) rulesByClause.set(key, (rules = new Set()));
    rules.add(message.ruleId);
  }
  return messages.filter((message) => {
    const clause = clauseOf.get(message);
    if (!clause || clause.yieldsTo.length === 0) return true;
    const present = rulesByClause.get(keyOf(clause.span));
    return !clause.yieldsTo.some((id) => present?.has(id));
  });
}

/**
 * A rule's message by id, its `{{placeholders}}` filled from `data`; `translated` templates win over the rule's.
 * A missing id or value is a bug in the rule.
 */
export function messageText(
  meta: RuleMeta,
  messageId: string,
  data: Readonly<Record<string, string | number>> = {},
  translated: Readonly<Record<string, string>> = {},
): string {
  const template = translated[messageId] ?? meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`rule ${meta.id}, message "${messageId}": no value for {{${name}}}`);
    return String(data[name]);
  });
}

/** A directive that names an unknown keyword or id: a warning on the comment, so a typo is never silent. */
function directiveMessages(text: string, problems: DirectiveProblem[]): TrustlintMessage[] {
  const place = location(new VFile(text));
  return problems.map((problem) => directiveMessage(text, place, problem));
}

function directiveMessage(text: string, place: ReturnType<typeof location>, problem: DirectiveProblem): TrustlintMessage {
  const start = place.toPoint(problem.start);
  const end = place.toPoint(problem.end);
  const message = new VFileMessage(problem.reason, {
    place: start && end ? { start, end } : start,
    ruleId: 'directive',
    source: 'trustlint',
  }) as TrustlintMessage;
  message.file = '';
  message.messageId = 'unknown';
  message.actual = text.slice(problem.start, problem.end);
  message.expected = [];
  message.fatal = severityToFatal('warning');
  message.category = 'directive';
  message.severity = 'warning';
  message.suggestions = [];
  message.citations = [];
  return message;
}

function sortByStart(messages: TrustlintMessage[]): TrustlintMessage[] {
  const offset = (message: TrustlintMessage) => (message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0);
  return messages.sort((a, b) => offset(a) - offset(b));
}

function severityToFatal(severity: Severity): boolean | undefined {
  // The vfile convention: true is an error, false a warning, undefined an info message.
  return severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Offsets of a clause in its block's text, from its first word to its last. */
function clauseSpan(clause: Clause): [number, number] {
  const words = clause.sentence.words;
  return [words[clause.from]!.start, words[clause.to - 1]!.end];
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Thrown for a document whose structure a parser cannot follow (HTML nested thousands of elements deep). */
export class DocumentTooComplex extends Error {
  constructor() {
    super('the document nests too deeply to be checked (a parser ran out of stack)');
    this.name = 'DocumentTooComplex';
  }
}

/** A stack overflow (V8's RangeError, Firefox's "too much recursion") as a DocumentTooComplex. */
function asTooComplex(error: unknown): unknown {
  const overflow =
    (error instanceof RangeError && /call stack/i.test(error.message)) || (error instanceof Error && error.name === 'InternalError');
  return overflow ? new DocumentTooComplex() : error;
}
