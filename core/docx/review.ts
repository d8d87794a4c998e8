// The reviewed .docx: the draft back as Word document, every applied suggestion a tracked change (author
// "trustlint") and every finding a comment. A .docx draft keeps its own package; any other draft first
// becomes a clean Word document (new-document.ts) and then goes through the same edits.
import { DocxError, readDocx } from '../document/docx.ts';
import { readHtml } from '../document/html.ts';
import { readMarkdown } from '../document/markdown.ts';
import type { Block } from '../document/model.ts';
import { readText } from '../document/text.ts';
import { preferredSuggestions, redline, wordChanges } from '../reporters/redline.ts';
import type { ReportedFile } from '../reporters/types.ts';
import type { FindingJSON, Suggestion } from '../types.ts';
import { alignBlocks } from './align.ts';
import { readDocumentText, type DocumentText } from './document-text.ts';
import { editDocument, revisionAttributes, runContent, type DocumentEdits, type Location, type Revision } from './edit.ts';
import { newDocument } from './new-document.ts';
import {
  declareContentType,
  MAIN_DOCUMENT,
  partFromTarget,
  partText,
  readPackage,
  relateFromDocument,
  setPartText,
  writePackage,
  type Parts,
} from './package.ts';
import { escapeXml } from './xml.ts';

/** How far back a finding with no placed character looks for a paragraph to hang its comment on. */
const NEAREST_REACH = 4096;
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReviewOptions {
  /** Insert each missing provision's model section as a tracked insertion (default: list them in a comment). */
  insertMissing?: boolean;
  /** ISO date of the changes and comments (default: now). */
  date?: string;
  /** Where citations are read: a rule's documentation page. */
  ruleUrl?: (finding: FindingJSON) => string;
}

export interface ReviewedDocx {
  bytes: Uint8Array;
  /** Suggestions written as tracked changes. */
  tracked: number;
  /** Suggestions that could not be placed on the runs (text mammoth adds, fields, tracked insertions): in comments only. */
  untracked: number;
  comments: number;
}

/** The linted draft as a reviewed Word document. `source` is what was linted: the .docx bytes, or the text. */
export async function reviewDocx(file: ReportedFile, source: string | Uint8Array, options: ReviewOptions = {}): Promise<ReviewedDocx> {
  const blocks = await readBlocks(file, source);
  const parts = readPackage(typeof source === 'string' ? await newDocument(blocks) : source);
  const documentXml = partText(parts, MAIN_DOCUMENT) ?? '';
  if (!new RegExp(`xmlns:w="${MAIN_NAMESPACE}"`).test(documentXml.slice(0, 4000))) {
    throw new DocxError('not a .docx file this review can edit (its document.xml does not use the usual "w" prefix)');
  }
  const document = readDocumentText(documentXml);
  const toDocument = documentOffsets(
    file.text.length,
    blocks,
    alignBlocks(
      blocks.map((block) => block.text),
      document.text,
    ),
  );
  const revision: Revision = { author: 'trustlint', date: (options.date ?? new Date().toISOString()).replace(/\.\d+Z$/, 'Z') };
  let nextId = largestId(parts) + 1;
  const edits: DocumentEdits = { deletions: new Set(), marks: [], appendedParagraphs: [] };
  const comments: { id: number; paragraphs: string[] }[] = [];

  const missing = file.findings.filter(isMissingProvision);
  const findings = file.findings.filter((finding) => !isMissingProvision(finding));
  const { applied } = redline(file.text, preferredSuggestions(findings));
  const tracked = new Set<Suggestion>();
  for (const suggestion of applied) if (trackChange(suggestion, file.text, toDocument, document, edits)) tracked.add(suggestion);

  for (const finding of findings) {
    const anchor = anchorOf(finding.start.offset, finding.end.offset, toDocument, document);
    if (!anchor) continue;
    const id = nextId++;
    const suggestion = finding.suggestions[0];
    comments.push({ id, paragraphs: commentText(finding, suggestion && !tracked.has(suggestion) ? suggestion : undefined, options) });
    edits.marks.push({ at: anchor[0], mark: { type: 'comment-start', id } }, { at: anchor[1], mark: { type: 'comment-end', id } });
  }

  if (missing.length > 0) {
    const first = missing[0];
    const anchor = first && anchorOf(first.start.offset, first.end.offset, toDocument, document);
    const id = nextId++;
    if (anchor) {
      comments.push({ id, paragraphs: missingText(missing, options) });
      edits.marks.push({ at: anchor[0], mark: { type: 'comment-start', id } }, { at: anchor[1], mark: { type: 'comment-end', id } });
    }
    if (options.insertMissing) {
      const headingStyle = styleIdNamed(partText(parts, 'word/styles.xml') ?? '', 'heading 2');
      for (const finding of missing) {
        const section = finding.suggestions[0];
        if (!section) continue;
        const [heading, ...body] = section.text
          .split(/\n{2,}/)
          .map((paragraph) => paragraph.replace(/^#+\s*/, '').trim())
          .filter(Boolean);
        if (heading) edits.appendedParagraphs.push(insertedParagraph(heading, headingStyle, revision, () => nextId++));
        for (const paragraph of body) edits.appendedParagraphs.push(insertedParagraph(paragraph, undefined, revision, () => nextId++));
      }
    }
  }

  setPartText(
    parts,
    MAIN_DOCUMENT,
    editDocument(document, edits, revision, () => nextId++),
  );
  if (comments.length > 0) writeComments(parts, comments, revision);
  return { bytes: writePackage(parts), tracked: tracked.size, untracked: applied.length - tracked.size, comments: comments.length };
}

function isMissingProvision(finding: FindingJSON): boolean {
  return finding.suggestions[0]?.insertion === true;
}

/** The blocks the engine read, with offsets into the linted text. */
async function readBlocks(file: ReportedFile, source: string | Uint8Array): Promise<Block[]> {
  if (typeof source !== 'string') return (await readDocx(source)).blocks;
  if (file.format === 'html') return readHtml(source).blocks;
  return (file.format === 'text' ? readText(source) : readMarkdown(source)).blocks;
}

/** For each character of the linted text, the character of the document text it became (-1: none), and its block. */
interface DocumentOffsets {
  char: Int32Array;
  block: Int32Array;
}

function documentOffsets(length: number, blocks: Block[], aligned: Int32Array[]): DocumentOffsets {
  const char = new Int32Array(length + 1).fill(-1);
  const block = new Int32Array(length + 1).fill(-1);
  blocks.forEach((item, blockIndex) => {
    const map = aligned[blockIndex];
    for (let index = 0; index < item.text.length; index++) {
      const offset = item.offsets[index] ?? -1;
      const mapped = map?.[index] ?? -1;
      if (offset < 0 || offset > length) continue;
      // Synthetic separators share an offset with a real character: the real one wins.
      if (char[offset] === -1 || !/\s/.test(item.text[index] ?? '')) char[offset] = mapped;
      block[offset] = blockIndex;
    }
  });
  return { char, block };
}

/**
 * Writes one suggestion as tracked changes, word by word (a sentence rewrite keeps the formatting of the words it
 * keeps), when every word it replaces sits in plain runs of one paragraph. Returns false otherwise: the suggestion
 * then goes into the finding's comment and nothing is changed.
 */
function trackChange(suggestion: Suggestion, text: string, map: DocumentOffsets, document: DocumentText, edits: DocumentEdits): boolean {
  const [start, end] = suggestion.range;
  let deletedUpTo = -1;
  const deleted: [number, number][] = [];
  const marks: DocumentEdits['marks'] = [];
  let offset = start;
  for (const part of wordChanges(text.slice(start, end), suggestion.text)) {
    if (part.kind === 'ins') {
      const at = deletedUpTo === offset ? lastPlaced(offset, map) : insertionPoint(offset, map);
      if (!at || !document.editable[at.char]) return false;
      marks.push({ at, mark: { type: 'insertion', text: part.text } });
      continue;
    }
    const from = offset;
    offset += part.text.length;
    if (part.kind === 'del') {
      const placed = placeRange(from, offset, text, map, document);
      if (!placed) return false;
      deleted.push(placed);
      deletedUpTo = offset;
    }
  }
  for (const [first, last] of deleted) for (let char = first; char <= last; char++) edits.deletions.add(char);
  edits.marks.push(...marks);
  return true;
}

/** After the last placed character before `offset` (where a deletion just ended). */
function lastPlaced(offset: number, map: DocumentOffsets): { char: number; side: 'after' } | undefined {
  for (let at = offset - 1; at >= 0 && at >= offset - 64; at--) {
    const mapped = map.char[at] ?? -1;
    if (mapped !== -1) return { char: mapped, side: 'after' };
  }
  return undefined;
}

/**
 * The document characters a linted range covers, when all its prose sits in editable runs of one paragraph:
 * the first and last, inclusive.
 */
function placeRange(start: number, end: number, text: string, map: DocumentOffsets, document: DocumentText): [number, number] | undefined {
  let first = -1;
  let last = -1;
  let expected = 0;
  for (let offset = start; offset < end; offset++) {
    // Text outside every block (markdown markup) has no place in the document.
    if ((map.block[offset] ?? -1) === -1) continue;
    const solid = !/\s/.test(text[offset] ?? '');
    const mapped = map.char[offset] ?? -1;
    if (mapped === -1) {
      // Prose the document does not hold as runs (a footnote marker mammoth adds) cannot be deleted.
      if (solid) return undefined;
      continue;
    }
    if (solid) expected++;
    if (first === -1) first = mapped;
    last = mapped;
  }
  if (first === -1) return undefined;
  const paragraph = document.paragraph[first];
  let solid = 0;
  for (let char = first; char <= last; char++) {
    if (document.paragraph[char] !== paragraph || !document.editable[char]) return undefined;
    if (!/\s/.test(document.text[char] ?? '')) solid++;
  }
  return solid === expected ? [first, last] : undefined;
}

/** Where text inserted at a linted offset goes: after the character before it, else before the one after it. */
function insertionPoint(offset: number, map: DocumentOffsets): { char: number; side: 'before' | 'after' } | undefined {
  const before = map.char[offset - 1] ?? -1;
  if (offset > 0 && before !== -1 && map.block[offset - 1] === map.block[offset]) return { char: before, side: 'after' };
  const after = map.char[offset] ?? -1;
  if (after !== -1) return { char: after, side: 'before' };
  return before === -1 ? undefined : { char: before, side: 'after' };
}

/**
 * The comment anchors for a linted range: its first and last placed characters, or the edges of the nearest
 * paragraph when the range has no placed character or sits where comment marks cannot go.
 */
function anchorOf(start: number, end: number, map: DocumentOffsets, document: DocumentText): [Location, Location] | undefined {
  let first = -1;
  let last = -1;
  for (let offset = start; offset < Math.max(end, start + 1); offset++) {
    const mapped = map.char[offset] ?? -1;
    if (mapped === -1) continue;
    if (first === -1) first = mapped;
    last = mapped;
  }
  if (first === -1) {
    // Nothing placed: the paragraph of the nearest placed character before the range.
    // Bounded, so findings in long unplaced stretches (footnotes) stay linear; past it, the first paragraph.
    for (let offset = Math.min(start, map.char.length - 1); offset >= Math.max(0, start - NEAREST_REACH); offset--) {
      const mapped = map.char[offset] ?? -1;
      if (mapped !== -1) {
        const paragraph = document.paragraph[mapped] ?? 0;
        return [
          { paragraph, side: 'start' },
          { paragraph, side: 'end' },
        ];
      }
    }
    if (document.paragraphs.length === 0) return undefined;
    return [
      { paragraph: 0, side: 'start' },
      { paragraph: 0, side: 'end' },
    ];
  }
  const from: Location = document.editable[first]
    ? { char: first, side: 'before' }
    : { paragraph: document.paragraph[first] ?? 0, side: 'start' };
  const to: Location = document.editable[last] ? { char: last, side: 'after' } : { paragraph: document.paragraph[last] ?? 0, side: 'end' };
  return [from, to];
}

function commentText(finding: FindingJSON, untracked: Suggestion | undefined, options: ReviewOptions): string[] {
  const lines = [finding.reason, `Rule: ${finding.ruleId} (${finding.category}, ${finding.severity})`];
  if (untracked) lines.push(`Suggested wording: ${untracked.text}`);
  if (finding.citations.length > 0) lines.push(`Sources: ${finding.citations.map((citation) => citation.title).join('; ')}`);
  lines.push(`More: ${options.ruleUrl?.(finding) ?? finding.url}`);
  return lines;
}

function missingText(missing: FindingJSON[], options: ReviewOptions): string[] {
  const lines = [
    `Missing provisions (${missing.length}): a document of this kind should contain these sections.${options.insertMissing ? ' They are inserted at the end as tracked insertions.' : ''}`,
  ];
  for (const finding of missing) {
    const section = finding.suggestions[0];
    const heading = section?.title.replace(/^Insert an? “(.*)” section$/, '$1') ?? finding.ruleId;
    lines.push(`${heading}: ${finding.reason}`);
    if (finding.expected[0]) lines.push(`Model section: ${finding.expected[0]}`);
    if (finding.citations.length > 0) lines.push(`Sources: ${finding.citations.map((citation) => citation.title).join('; ')}`);
  }
  return lines;
}

function insertedParagraph(text: string, style: string | undefined, revision: Revision, newId: () => number): string {
  const styleXml = style ? `<w:pStyle w:val="${escapeXml(style)}"/>` : '';
  const mark = `<w:rPr><w:ins w:id="${newId()}" ${revisionAttributes(revision)}/></w:rPr>`;
  return `<w:p><w:pPr>${styleXml}${mark}</w:pPr><w:ins w:id="${newId()}" ${revisionAttributes(revision)}><w:r>${runContent(text)}</w:r></w:ins></w:p>`;
}

/** The id of the paragraph style with this name (Word names built-in styles in lower case: "heading 2"). */
function styleIdNamed(styles: string, name: string): string | undefined {
  for (const match of styles.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    if (new RegExp(`<w:name w:val="${name}"`, 'i').test(match[2] ?? '')) return match[1];
  }
  return undefined;
}

/** The largest numeric annotation id in the document's parts, so new comments and changes never reuse one. */
function largestId(parts: Parts): number {
  let largest = 0;
  for (const name of parts.keys()) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    for (const match of (partText(parts, name) ?? '').matchAll(/\bw:id="(\d{1,9})"/g)) largest = Math.max(largest, Number(match[1]));
  }
  return largest;
}

function writeComments(parts: Parts, comments: { id: number; paragraphs: string[] }[], revision: Revision): void {
  const target = relateFromDocument(parts, COMMENTS_TYPE, 'comments.xml');
  const name = partFromTarget(target);
  declareContentType(parts, name, COMMENTS_CONTENT_TYPE);
  const written = comments
    .map(
      ({ id, paragraphs }) =>
        `<w:comment w:id="${id}" ${revisionAttributes(revision)} w:initials="TL">${paragraphs
          .map(
            (text, index) =>
              `<w:p>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
          )
          .join('')}</w:comment>`,
    )
    .join('');
  const existing = partText(parts, name);
  const xml = existing
    ? existing.replace(/<w:comments([^>]*)\/>\s*$/, '<w:comments$1></w:comments>').replace(/<\/w:comments>\s*$/, `${written}</w:comments>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${MAIN_NAMESPACE}">${written}</w:comments>`;
  setPartText(parts, name, xml);
}
