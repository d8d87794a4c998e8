// HTML: one self-contained page a legal reviewer can attach to a review. No scripts, no outside
// resources (a Content-Security-Policy enforces it), every piece of draft text escaped.
import type { PackMeta } from '../pack.ts';
import { type Citation, DIRECTIVE_LABEL, type FindingJSON, type Severity, type Suggestion } from '../types.ts';
import { paragraphLocator } from './paragraph-location.ts';
import { redline, type RedlinePart } from './redline.ts';
import { countBySeverity } from './stylish.ts';
import type { ReportedFile } from './types.ts';

export interface HtmlOptions {
  toolVersion: string;
  /** The pack's rules and categories, as data: categories are listed in its order, by its labels. */
  meta: PackMeta;
  /** When the report was made, as shown on the page (e.g. an ISO date). */
  generated?: string;
}

const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** Characters of draft shown either side of a finding when its sentence is longer than that. */
const CONTEXT_REACH = 200;
const SENTENCE_END = /[.!?]["')\]\u201d]?(?:\s+|$)/g;
/** Where a block starts: after a blank line, or after a list marker or heading marker at a line start. */
const BLOCK_START = /\n(?=[ \t]*\n)|(?:^|\n)[ \t]*(?:[-*+•>]|#{1,6}|\d+[.)]|\(?[a-z]\))[ \t]+/g;
/** Where a block ends: a blank line, or a line starting a list item or heading. */
const BLOCK_END = /\n[ \t]*(?:\n|(?:[-*+•>]|#{1,6}|\d+[.)]|\(?[a-z]\))[ \t])/g;

export function formatHtml(files: ReportedFile[], options: HtmlOptions): string {
  const all = files.flatMap((file) => file.findings);
  const totals = countBySeverity(all);
  const sources = new SourceList();
  const sections = files.map((file, index) => fileSection(file, index, sources, options.meta)).join('\n');
  const title = files.length === 1 ? `Policy language review: ${files[0]!.path}` : `Policy language review: ${files.length} drafts`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="trustlint ${escape(options.toolVersion)}">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
<h1>Policy language review</h1>
<p class="meta">${files.length === 1 ? '1 draft' : `${files.length} drafts`} checked by trustlint ${escape(options.toolVersion)}${options.generated ? ` on ${escape(options.generated)}` : ''} · ${severityTally(totals)}</p>
<p class="scope">Each finding quotes its sentence, says why the wording undermines community trust or conflicts with model policy, and suggests wording, with the sources behind it. Suggestions are a starting point for the reviewer, not legal advice.</p>
</header>
<main>
${sections}
${sources.render()}
</main>
</body>
</html>
`;
}

function fileSection(file: ReportedFile, index: number, sources: SourceList, meta: PackMeta): string {
  const id = `draft-${index + 1}`;
  const label = meta.kinds?.find((kind) => kind.id === file.kind)?.label ?? file.kind;
  const kind = `${escape(label.charAt(0).toUpperCase() + label.slice(1))}${file.kindReason ? ` <span class="why">(${escape(file.kindReason)})</span>` : ''}`;
  const header = `<h2>${escape(file.path)}</h2>
<p class="kind">Document kind: ${kind} · ${file.format}</p>`;
  if (file.findings.length === 0) {
    return `<section class="draft" id="${id}">${header}<p class="clean">No findings in this draft.</p></section>`;
  }
  // Findings in the order a reader meets them; missing sections after, since they belong to no sentence.
  const findings = file.findings.filter((finding) => !isMissingSection(finding)).sort((a, b) => a.start.offset - b.start.offset);
  const missing = file.findings.filter(isMissingSection);
  const locate = paragraphLocator(file);
  const where = (finding: FindingJSON) => (locate ? `¶${locate(finding).paragraph}` : `line ${finding.start.line}`);
  // A reason repeated word for word is given once; later findings point back to it.
  const firstWithReason = new Map<string, number>();
  findings.forEach((finding, n) => {
    if (!firstWithReason.has(finding.reason)) firstWithReason.set(finding.reason, n);
  });
  return `<section class="draft" id="${id}">
${header}
${categorySummary(file.findings, meta)}
${
  findings.length > 0
    ? `<h3>Findings</h3>
<ol class="findings">
${findings.map((finding, n) => findingItem(file, finding, n, id, where(finding), sources, firstWithReason, meta)).join('\n')}
</ol>`
    : ''
}
${missingSection(missing, id, sources)}
</section>`;
}

function isMissingSection(finding: FindingJSON): boolean {
  return finding.suggestions[0]?.insertion === true;
}

/** The pack's name for a category (the engine names its own `directive` category). */
function categoryLabel(meta: PackMeta, id: string): string {
  if (id === 'directive') return DIRECTIVE_LABEL;
  return meta.categories.find((category) => category.id === id)?.label ?? id;
}

function categorySummary(findings: FindingJSON[], meta: PackMeta): string {
  const rows = meta.categories.flatMap(({ id: category }) => {
    const counts = countBySeverity(findings.filter((finding) => finding.category === category));
    const total = counts.error + counts.warning + counts.info;
    if (total === 0) return [];
    return [
      `<tr><th scope="row">${escape(categoryLabel(meta, category))}</th><td>${counts.error || ''}</td><td>${counts.warning || ''}</td><td>${counts.info || ''}</td></tr>`,
    ];
  });
  return `<table class="summary">
<caption>Findings by category</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table>`;
}

function findingItem(
  file: ReportedFile,
  finding: FindingJSON,
  index: number,
  draftId: string,
  where: string,
  sources: SourceList,
  firstWithReason: Map<string, number>,
  meta: PackMeta,
): string {
  const id = `${draftId}-f${index + 1}`;
  const first = firstWithReason.get(finding.reason) ?? index;
  const reason =
    first === index
      ? escape(finding.reason)
      : `<span class="again">Why: as for <a href="#${draftId}-f${first + 1}">finding ${first + 1}</a>.</span>`;
  const context = contextAround(file.text, finding.start.offset, finding.end.offset);
  const suggestion = finding.suggestions[0];
  const range: [number, number] = [finding.start.offset, finding.end.offset];
  // A swap is shown once, redlined in its sentence; a rewrite shows the sentence, then what it becomes.
  const swap = suggestion !== undefined && context !== undefined && isSwap(file.text, suggestion, context);
  const flagged = !context
    ? ''
    : swap
      ? `<blockquote class="context suggestion"><span class="label">${escape(suggestion.title)}:</span> ${context.lead}${markedRedline(file.text, context, suggestion, range)}${context.tail}</blockquote>`
      : `<blockquote class="context">${context.lead}${escape(file.text.slice(context.from, range[0]))}<mark>${escape(file.text.slice(...range))}</mark>${escape(file.text.slice(range[1], context.to))}${context.tail}</blockquote>`;
  // Without a suggestion, the note (model wording) is what the reviewer can use instead.
  const note = !suggestion && finding.note ? `<p class="note">${escape(finding.note)}</p>` : '';
  return `<li class="finding ${finding.severity}" id="${id}">
<p class="heading"><span class="badge ${finding.severity}">${SEVERITY_LABELS[finding.severity]}</span> <span class="category">${escape(categoryLabel(meta, finding.category))}</span> <span class="where">${where} · <code>${escape(finding.ruleId)}</code></span></p>
${flagged}
<p class="reason">${reason}${sourceRefs(relevantCitations(finding), sources)}</p>
${note}${suggestion && !swap ? rewriteBlock(file.text, suggestion, context) : ''}
</li>`;
}

/** A replaced span this short (in words) is a swap, shown as a word diff; longer ones are rewrites. */
const SWAP_WORDS = 4;

function isSwap(text: string, suggestion: Suggestion, context: Context): boolean {
  const [start, end] = suggestion.range;
  const words = (value: string) => value.split(/\s+/).filter(Boolean).length;
  return (
    start >= context.from && end <= context.to && words(text.slice(start, end)) <= SWAP_WORDS && words(suggestion.text) <= SWAP_WORDS + 2
  );
}

/** The sentence with the swap redlined and the flagged words marked. */
function markedRedline(text: string, context: Context, suggestion: Suggestion, [markStart, markEnd]: [number, number]): string {
  const [start, end] = suggestion.range;
  const { parts } = redline(text.slice(context.from, context.to), [{ ...suggestion, range: [start - context.from, end - context.from] }]);
  let at = context.from;
  let html = '';
  for (const part of parts) {
    if (part.kind === 'ins') {
      html += redlinePart(part);
      continue;
    }
    // Kept and deleted text is cut where the flagged range starts and ends, and the flagged piece marked.
    const cuts = [
      at,
      Math.min(Math.max(markStart, at), at + part.text.length),
      Math.min(Math.max(markEnd, at), at + part.text.length),
      at + part.text.length,
    ];
    for (let piece = 0; piece < 3; piece++) {
      const value = text.slice(cuts[piece], cuts[piece + 1]);
      if (!value) continue;
      const rendered = redlinePart({ kind: part.kind, text: value });
      html += piece === 1 ? `<mark>${rendered}</mark>` : rendered;
    }
    at += part.text.length;
  }
  return html;
}

/** A rewrite: the sentence it becomes (the flagged sentence is shown just above it: before → after). */
function rewriteBlock(text: string, suggestion: Suggestion, context: Context | undefined): string {
  const [start, end] = suggestion.range;
  const inContext = context !== undefined && start >= context.from && end <= context.to;
  const after = inContext
    ? `${context.lead}${escape(text.slice(context.from, start) + suggestion.text + text.slice(end, context.to))}${context.tail}`
    : escape(suggestion.text);
  return `<p class="suggestion rewrite"><span class="label">${escape(suggestion.title)}:</span> <span class="arrow" aria-label="becomes">→</span> ${after}</p>`;
}

/** Missing sections: each named once, with its model wording once and its own sources. */
function missingSection(missing: FindingJSON[], id: string, sources: SourceList): string {
  if (missing.length === 0) return '';
  const items = missing.map((finding) => {
    const section = finding.suggestions[0];
    const heading = section?.title.replace(/^Insert an? “(.*)” section$/, '$1') ?? finding.ruleId;
    const model = finding.expected[0] ?? section?.text.trim() ?? '';
    return `<li class="missing ${finding.severity}"><p><span class="badge ${finding.severity}">${SEVERITY_LABELS[finding.severity]}</span> <span class="heading category">${escape(heading)}</span> — ${escape(finding.reason)}${sourceRefs(relevantCitations(finding), sources)}</p>
<p class="model"><span class="label">Model section:</span> ${escape(model)}</p></li>`;
  });
  return `<h3 id="${id}-missing">Missing provisions</h3>
<p class="meta">A document of this kind should contain these sections.</p>
<ol class="findings">${items.join('\n')}</ol>`;
}

/**
 * The sources that bear on this finding. A missing section's note names its own sources among the rule's many;
 * a sentence finding cites its rule's.
 */
function relevantCitations(finding: FindingJSON): Citation[] {
  if (!isMissingSection(finding) || !finding.note) return finding.citations;
  const named = finding.citations.filter((citation) => finding.note?.includes(citation.title));
  return named.length > 0 ? named : finding.citations;
}

/** Numbered references to the sources listed at the end, where each is named once with what it says. */
function sourceRefs(citations: Citation[], sources: SourceList): string {
  if (citations.length === 0) return '';
  const refs = citations.map((citation) => {
    const number = sources.number(citation);
    return `<a href="#source-${number}" title="${escape(citation.title)}">${number}</a>`;
  });
  return ` <span class="sources">Sources ${refs.join(', ')}</span>`;
}

function redlinePart(part: RedlinePart): string {
  if (part.kind === 'same') return escape(part.text);
  return `<${part.kind}>${escape(part.text)}</${part.kind}>`;
}

interface Context {
  from: number;
  to: number;
  /** Ellipses (HTML) when the context is cut inside a sentence. */
  lead: string;
  tail: string;
}

/**
 * The sentence around a range: back to the previous sentence end and forward to the next, within the
 * range's block (a blank line, list item or heading ends it) and at most CONTEXT_REACH either side.
 */
function contextAround(text: string, start: number, end: number): Context | undefined {
  if (end <= start) return undefined;
  const windowStart = Math.max(0, start - CONTEXT_REACH);
  const windowEnd = Math.min(text.length, end + CONTEXT_REACH);
  const before = text.slice(windowStart, start);
  const blockStart = lastMatchEnd(before, BLOCK_START);
  const sentenceStart = lastMatchEnd(before, SENTENCE_END);
  const after = text.slice(end, windowEnd);
  const blockEnd = firstMatchStart(after, BLOCK_END);
  // A finding that is a whole sentence ends its own context.
  const sentenceEnd = /[.!?]["')\]\u201d]?$/.test(text.slice(start, end)) ? 0 : firstMatchEnd(after, SENTENCE_END);
  const fromOffset = Math.max(blockStart ?? -1, sentenceStart ?? -1);
  const toOffset = Math.min(blockEnd ?? Infinity, sentenceEnd ?? Infinity);
  let from = fromOffset >= 0 ? windowStart + fromOffset : windowStart;
  let to = toOffset === Infinity ? windowEnd : end + toOffset;
  // Line breaks and blank lines at either edge are not part of the sentence.
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  while (to > end && /\s/.test(text[to - 1] ?? '')) to--;
  return {
    from,
    to,
    lead: fromOffset < 0 && windowStart > 0 ? '… ' : '',
    tail: toOffset === Infinity && windowEnd < text.length ? ' …' : '',
  };
}

function lastMatchEnd(text: string, pattern: RegExp): number | undefined {
  const last = [...text.matchAll(pattern)].at(-1);
  return last ? last.index + last[0].length : undefined;
}

function firstMatchStart(text: string, pattern: RegExp): number | undefined {
  return new RegExp(pattern.source).exec(text)?.index;
}

function firstMatchEnd(text: string, pattern: RegExp): number | undefined {
  const first = new RegExp(pattern.source).exec(text);
  return first ? first.index + first[0].trimEnd().length : undefined;
}

/** The sources cited anywhere in the report, numbered in order of first citation. */
class SourceList {
  private readonly numbers = new Map<string, number>();
  private readonly citations: Citation[] = [];

  number(citation: Citation): number {
    const key = `${citation.title}\u0000${citation.note ?? ''}`;
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.citations.push(citation);
      this.numbers.set(key, number);
    }
    return number;
  }

  render(): string {
    if (this.citations.length === 0) return '';
    const items = this.citations.map(
      (citation, index) =>
        `<li id="source-${index + 1}"><cite>${escape(citation.title)}</cite>${citation.note ? ` — ${escape(citation.note)}` : ''}</li>`,
    );
    return `<section class="sources-list"><h2>Sources</h2><ol>${items.join('')}</ol></section>`;
  }
}

function severityTally(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return 'no findings';
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map(
      (severity) =>
        `<span class="count ${severity}">${counts[severity]} ${severity === 'info' || counts[severity] === 1 ? severity : `${severity}s`}</span>`,
    );
  return `${total === 1 ? '1 finding' : `${total} findings`}: ${parts.join(', ')}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `
:root { --ink: #1d232b; --muted: #5b6673; --rule: #d9dee4; --paper: #fff; --error: #a61b1b; --warning: #8a5a00; --info: #1d5c8c; --ins: #e3f4e6; --ins-ink: #125c26; --del: #fbe4e4; --del-ink: #8c1d1d; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: var(--ink); font: 15px/1.5 Georgia, "Times New Roman", serif; }
.masthead, main { max-width: 900px; margin: 0 auto; padding: 0 32px; }
.masthead { padding-top: 28px; }
h1, h2, h3, .heading, .meta, .kind, table, .label, .badge { font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 24px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 18px; margin: 0 0 2px; word-break: break-all; }
h3 { font-size: 13px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.meta, .kind { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
.kind { color: var(--ink); font-weight: 600; }
.kind .why { color: var(--muted); font-weight: 400; }
.scope { font-size: 13px; color: var(--muted); max-width: 75ch; margin: 4px 0; }
.count.error { color: var(--error); } .count.warning { color: var(--warning); } .count.info { color: var(--info); }
.draft { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 20px 24px; margin: 16px 0 24px; }
.clean { font-style: italic; color: var(--muted); }
table.summary { border-collapse: collapse; font-size: 12px; margin-top: 10px; min-width: 55%; }
table.summary caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
table.summary th, table.summary td { border-bottom: 1px solid var(--rule); padding: 3px 0 3px 14px; text-align: left; }
table.summary th:first-child { padding-left: 0; }
table.summary th[scope="col"]:not(:first-child) { text-align: right; }
table.summary td { text-align: right; width: 4.5em; font-variant-numeric: tabular-nums; }
ol.findings { padding-left: 1.5em; margin: 0; }
.finding, .missing { padding: 7px 0 8px; border-bottom: 1px solid var(--rule); break-inside: avoid; }
.finding:last-child, .missing:last-child { border-bottom: 0; }
.finding p, .missing p { margin: 0 0 3px; }
.heading { font-size: 12px; }
.badge { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.category { font-weight: 600; }
.where { color: var(--muted); }
code { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 11px; }
blockquote.context { margin: 0 0 3px; padding: 3px 10px; border-left: 3px solid var(--rule); background: #f8f9fa; }
mark { background: #ffe8a3; color: inherit; padding: 0 1px; }
.note, .model { color: var(--muted); font-size: 14px; }
.suggestion { padding: 3px 10px; border-left: 3px solid var(--ins-ink); background: var(--ins); }
.suggestion del { background: none; }
.suggestion ins { background: #c9ebd0; }
.arrow { color: var(--ins-ink); font-weight: 700; }
.again { color: var(--muted); font-style: italic; }
.again a { color: inherit; }
.label { font-size: 11px; font-weight: 600; color: var(--muted); }
.sources { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11px; color: var(--muted); white-space: nowrap; }
.sources a { color: var(--info); text-decoration: none; }
.sources-list { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 16px 24px; margin: 16px 0 32px; }
.sources-list h2 { font-size: 16px; margin-bottom: 6px; }
.sources-list ol { padding-left: 1.5em; margin: 0; font-size: 12px; line-height: 1.35; }
.sources-list li { margin: 2px 0; }
cite { font-style: normal; font-weight: 600; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
@page { margin: 14mm 16mm; }
@media print {
  body { background: #fff; font-size: 9.5pt; line-height: 1.3; }
  .masthead, main { max-width: none; padding: 0; }
  .masthead { padding-top: 0; }
  .draft { border: 0; padding: 0; margin: 0 0 14pt; break-before: page; }
  .draft:first-child, .sources-list { break-before: auto; }
  .sources-list { border: 0; padding: 0; }
  .sources a { color: inherit; }
  .note, .model { font-size: 9pt; }
  .sources-list ol { font-size: 8pt; columns: 2; column-gap: 16pt; }
  .sources-list li { break-inside: avoid; }
  table.summary { font-size: 8.5pt; }
  table.summary th, table.summary td { padding-top: 1pt; padding-bottom: 1pt; }
  h3 { margin: 10pt 0 4pt; }
  .finding, .missing { padding: 4pt 0 5pt; }
  .badge { border: 1px solid currentColor; color: var(--ink); background: none !important; }
  ins, del, mark, .suggestion { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
