// HTML: one self-contained page a legal reviewer can attach to a review. No scripts, no outside
// resources (a Content-Security-Policy enforces it), every piece of draft text escaped.
import { CATEGORY_IDS, type MessageCategory, type Citation, type FindingJSON, type Severity, type Suggestion } from '../types.ts';
import { preferredSuggestions, redline, type RedlinePart } from './redline.ts';
import { countBySeverity } from './stylish.ts';
import type { ReportedFile } from './types.ts';

export interface HtmlOptions {
  toolVersion: string;
  /** When the report was made, as shown on the page (e.g. an ISO date). */
  generated?: string;
}

export const CATEGORY_LABELS: Record<MessageCategory, string> = {
  'status-inquiry': 'Immigration status inquiries',
  'document-demand': 'Demands for status documents',
  profiling: 'Profiling by appearance, accent or language',
  'civil-detention': 'Detention for civil immigration matters',
  detainer: 'Immigration detainers and holds',
  'ice-notification': 'Notifying or sharing with immigration authorities',
  'enforcement-role': 'Taking part in immigration enforcement',
  'status-threat': 'Threats based on immigration status',
  'certification-barrier': 'Barriers to U and T visa certification',
  'language-access': 'Language access',
  'dehumanizing-term': 'Dehumanizing terms',
  'missing-provision': 'Missing provisions',
  'inclusive-language': 'Inclusive language',
  'plain-language': 'Plain language',
  directive: 'Inline directives',
};

const KIND_LABELS = { 'general-order': 'General order', bulletin: 'Bulletin', outreach: 'Outreach material' };
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
  const sections = files.map((file, index) => fileSection(file, index, sources)).join('\n');
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
<p class="meta">${files.length === 1 ? '1 draft' : `${files.length} drafts`} checked by trustlint ${escape(options.toolVersion)}${options.generated ? ` on ${escape(options.generated)}` : ''}</p>
<p class="totals">${severityTally(totals)}</p>
<p class="scope">Each finding names the wording, why it undermines community trust or conflicts with model policy, the sources behind it, and suggested wording. The redline at the end of each draft shows every suggestion applied. Suggestions are a starting point for the reviewer, not legal advice.</p>
</header>
<main>
${sections}
${sources.render()}
</main>
</body>
</html>
`;
}

function fileSection(file: ReportedFile, index: number, sources: SourceList): string {
  const id = `draft-${index + 1}`;
  const header = `<h2>${escape(file.path)}</h2>
<p class="meta">${KIND_LABELS[file.kind]} · ${file.format} · ${severityTally(countBySeverity(file.findings))}</p>`;
  if (file.findings.length === 0) {
    return `<section class="draft" id="${id}">${header}<p class="clean">No findings in this draft.</p></section>`;
  }
  return `<section class="draft" id="${id}">
${header}
${categorySummary(file.findings)}
<h3>Findings</h3>
<ol class="findings">
${file.findings.map((finding, n) => findingItem(file, finding, `${id}-f${n + 1}`, sources)).join('\n')}
</ol>
${redlineSection(file)}
</section>`;
}

function categorySummary(findings: FindingJSON[]): string {
  const rows = CATEGORY_IDS.flatMap((category) => {
    const counts = countBySeverity(findings.filter((finding) => finding.category === category));
    const total = counts.error + counts.warning + counts.info;
    if (total === 0) return [];
    return [
      `<tr><th scope="row">${CATEGORY_LABELS[category]}</th><td>${counts.error || ''}</td><td>${counts.warning || ''}</td><td>${counts.info || ''}</td></tr>`,
    ];
  });
  return `<table class="summary">
<caption>Findings by category</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table>`;
}

function findingItem(file: ReportedFile, finding: FindingJSON, id: string, sources: SourceList): string {
  const context = contextAround(file.text, finding.start.offset, finding.end.offset);
  const flagged = context
    ? `<blockquote class="context">${context.lead}${escape(file.text.slice(context.from, finding.start.offset))}<mark>${escape(file.text.slice(finding.start.offset, finding.end.offset))}</mark>${escape(file.text.slice(finding.end.offset, context.to))}${context.tail}</blockquote>`
    : '';
  const suggestions = finding.suggestions.map((suggestion) => suggestionBlock(file.text, suggestion, context)).join('');
  const citations = finding.citations.length
    ? `<p class="sources">Sources: ${finding.citations
        .map((citation) => {
          const number = sources.number(citation);
          return `<a href="#source-${number}">[${number}]</a> ${escape(citation.title)}`;
        })
        .join('; ')}</p>`
    : '';
  return `<li class="finding ${finding.severity}" id="${id}">
<p class="heading"><span class="badge ${finding.severity}">${SEVERITY_LABELS[finding.severity]}</span> <span class="category">${CATEGORY_LABELS[finding.category]}</span> <span class="where">line ${finding.start.line}, column ${finding.start.column} · <code>${escape(finding.ruleId)}</code></span></p>
${flagged}
<p class="reason">${escape(finding.reason)}</p>
${finding.note ? `<p class="note">${escape(finding.note)}</p>` : ''}
${suggestions}
${citations}
</li>`;
}

/** A suggestion shown in place: its sentence with the change redlined, or its text alone when it adds a section. */
function suggestionBlock(text: string, suggestion: Suggestion, context: Context | undefined): string {
  const [start, end] = suggestion.range;
  const inContext = !suggestion.insertion && context !== undefined && start >= context.from && end <= context.to;
  const body = inContext
    ? `${context.lead}${redline(text.slice(context.from, context.to), [
        { ...suggestion, range: [start - context.from, end - context.from] },
      ])
        .parts.map(redlinePart)
        .join('')}${context.tail}`
    : escape(suggestion.text);
  return `<div class="suggestion">
<p class="label">${suggestion.insertion ? 'Suggested addition' : 'Suggested wording'}: ${escape(suggestion.title)}</p>
<p class="text">${body}</p>
</div>`;
}

function redlineSection(file: ReportedFile): string {
  const result = redline(file.text, preferredSuggestions(file.findings));
  if (result.applied.length === 0) return '';
  const skipped = result.skipped.length
    ? ` ${result.skipped.length === 1 ? 'One suggestion overlaps' : `${result.skipped.length} suggestions overlap`} an earlier one and is left out.`
    : '';
  return `<h3>Redline: the draft with all suggestions applied</h3>
<p class="meta">${result.applied.length === 1 ? '1 suggestion' : `${result.applied.length} suggestions`} applied; <ins>inserted text</ins>, <del>deleted text</del>.${skipped}</p>
<div class="redline">${result.parts.map(redlinePart).join('')}</div>`;
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
  return {
    from: fromOffset >= 0 ? windowStart + fromOffset : windowStart,
    to: toOffset === Infinity ? windowEnd : end + toOffset,
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
body { margin: 0; background: #f3f4f6; color: var(--ink); font: 15px/1.55 Georgia, "Times New Roman", serif; }
.masthead, main { max-width: 900px; margin: 0 auto; padding: 0 32px; }
.masthead { padding-top: 32px; padding-bottom: 8px; }
h1, h2, h3, .heading, .meta, .totals, table, .label, .badge { font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 19px; margin: 0 0 2px; word-break: break-all; }
h3 { font-size: 15px; margin: 28px 0 10px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.totals { font-size: 15px; font-weight: 600; margin: 8px 0; }
.scope { font-size: 14px; color: var(--muted); max-width: 70ch; }
.count.error { color: var(--error); } .count.warning { color: var(--warning); } .count.info { color: var(--info); }
.draft { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 24px 28px; margin: 20px 0 32px; }
.clean { font-style: italic; color: var(--muted); }
table.summary { border-collapse: collapse; font-size: 13px; margin-top: 16px; min-width: 60%; }
table.summary caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
table.summary th, table.summary td { border-bottom: 1px solid var(--rule); padding: 5px 0 5px 16px; text-align: left; }
table.summary th:first-child { padding-left: 0; }
table.summary th[scope="col"]:not(:first-child) { text-align: right; }
table.summary td { text-align: right; width: 5em; font-variant-numeric: tabular-nums; }
ol.findings { padding-left: 1.6em; margin: 0; }
.finding { padding: 12px 0 16px; border-bottom: 1px solid var(--rule); break-inside: avoid; }
.finding:last-child { border-bottom: 0; }
.heading { margin: 0 0 8px; font-size: 13px; }
.badge { display: inline-block; border-radius: 3px; padding: 1px 7px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.category { font-weight: 600; }
.where { color: var(--muted); }
code { font-family: "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
blockquote.context { margin: 0 0 8px; padding: 8px 12px; border-left: 3px solid var(--rule); background: #f8f9fa; white-space: pre-wrap; }
mark { background: #ffe8a3; color: inherit; padding: 0 1px; }
.reason { margin: 0 0 6px; }
.note { margin: 0 0 6px; color: var(--muted); font-size: 14px; }
.suggestion { margin: 8px 0; padding: 8px 12px; border-left: 3px solid var(--ins-ink); background: var(--ins); }
.suggestion .text { margin: 0; white-space: pre-wrap; }
.suggestion del { background: none; }
.suggestion ins { background: #c9ebd0; }
.label { margin: 0 0 2px; font-size: 12px; font-weight: 600; color: var(--muted); }
.sources { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.sources a { color: var(--info); text-decoration: none; }
.sources-list { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 20px 28px; margin: 20px 0 40px; }
.sources-list h2 { font-size: 17px; margin-bottom: 8px; }
.sources-list ol { padding-left: 1.6em; margin: 0; font-size: 14px; }
.sources-list li { margin: 4px 0; }
cite { font-style: normal; font-weight: 600; }
.redline { white-space: pre-wrap; border: 1px solid var(--rule); border-radius: 4px; padding: 16px 20px; font-size: 14px; line-height: 1.6; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .masthead, main { max-width: none; padding: 0; }
  .draft { border: 0; padding: 0; margin: 0 0 24pt; break-before: page; }
  .draft:first-child, .sources-list { break-before: auto; }
  .sources a { color: inherit; }
  .badge { border: 1px solid currentColor; color: var(--ink); background: none !important; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
