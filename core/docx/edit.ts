// Writes tracked changes and comment anchors into word/document.xml. Only the runs a change or an anchor
// touches are rewritten: each is split into sub-runs that keep its properties (w:rPr), deleted characters
// move into w:del/w:delText, and insertions and comment marks go between the sub-runs. Everything else is
// copied byte for byte.
import type { DocumentText } from './document-text.ts';
import { escapeXml } from './xml.ts';

export interface Revision {
  author: string;
  date: string;
}

/** Where a mark goes: just before or just after a character of the document text, or at a paragraph's edge. */
export type Location = { char: number; side: 'before' | 'after' } | { paragraph: number; side: 'start' | 'end' };

export type Mark = { type: 'comment-start'; id: number } | { type: 'insertion'; text: string } | { type: 'comment-end'; id: number };

export interface DocumentEdits {
  /** Deleted characters of the document text. */
  deletions: Set<number>;
  marks: { at: Location; mark: Mark }[];
  /** Whole paragraphs inserted (tracked) at the end of the body, in XML. */
  appendedParagraphs: string[];
}

// At one spot, comments open first and close last, so a comment holds the change made at its edge.
const ORDER: Record<Mark['type'], number> = { 'comment-start': 0, insertion: 1, 'comment-end': 2 };

export function editDocument(document: DocumentText, edits: DocumentEdits, revision: Revision, newId: () => number): string {
  const { xml, tokens } = document;
  const byLocation = new Map<string, Mark[]>();
  const touchedRuns = new Set<number>();
  const paragraphMarks = new Map<string, string>();
  for (const { at, mark } of [...edits.marks].sort((a, b) => ORDER[a.mark.type] - ORDER[b.mark.type])) {
    const key = 'char' in at ? `${at.char}:${at.side}` : `p${at.paragraph}:${at.side}`;
    const list = byLocation.get(key) ?? [];
    list.push(mark);
    byLocation.set(key, list);
    if ('char' in at) touchedRuns.add(document.run[at.char] ?? -1);
  }
  for (const char of edits.deletions) touchedRuns.add(document.run[char] ?? -1);

  const markXml = (key: string, rPr: string) => (byLocation.get(key) ?? []).map((mark) => writeMark(mark, rPr, revision, newId)).join('');

  // The characters of each touched run, by token: which character of the document text each piece is.
  const charAt = new Map<string, number>();
  for (let char = 0; char < document.text.length; char++) {
    if (touchedRuns.has(document.run[char] ?? -1)) charAt.set(`${document.token[char]}:${document.index[char]}`, char);
  }

  // Paragraph-edge marks go after the paragraph's properties and before its end tag.
  document.paragraphs.forEach((paragraph, index) => {
    const start = byLocation.get(`p${index}:start`);
    const end = byLocation.get(`p${index}:end`);
    if (!start && !end) return;
    let after = paragraph.open;
    const first = tokens[paragraph.open + 1];
    if (first?.kind === 'open' && first.name === 'w:pPr') after = closingOf(tokens, paragraph.open + 1);
    else if (first?.kind === 'empty' && first.name === 'w:pPr') after = paragraph.open + 1;
    if (start) paragraphMarks.set(`after:${after}`, markXml(`p${index}:start`, ''));
    if (end) paragraphMarks.set(`before:${paragraph.close}`, markXml(`p${index}:end`, ''));
  });

  const bodyEnd = edits.appendedParagraphs.length > 0 ? appendPoint(tokens) : -1;
  let output = '';
  let copied = 0;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const token = tokens[tokenIndex];
    if (!token) continue;
    const before = paragraphMarks.get(`before:${tokenIndex}`) ?? (tokenIndex === bodyEnd ? edits.appendedParagraphs.join('') : '');
    if (before) {
      output += xml.slice(copied, token.start) + before;
      copied = token.start;
    }
    if (token.kind === 'open' && token.name === 'w:r' && touchedRuns.has(tokenIndex)) {
      const close = closingOf(tokens, tokenIndex);
      output += xml.slice(copied, token.start) + rewriteRun(document, tokenIndex, close, charAt, edits.deletions, markXml, revision, newId);
      copied = tokens[close]?.end ?? xml.length;
      tokenIndex = close;
      continue;
    }
    const after = paragraphMarks.get(`after:${tokenIndex}`);
    if (after) {
      output += xml.slice(copied, token.end) + after;
      copied = token.end;
    }
  }
  return output + xml.slice(copied);
}

/** Re-emits one run as sub-runs with the same start tag and properties, with deletions and marks in place. */
function rewriteRun(
  document: DocumentText,
  open: number,
  close: number,
  charAt: Map<string, number>,
  deletions: Set<number>,
  markXml: (key: string, rPr: string) => string,
  revision: Revision,
  newId: () => number,
): string {
  const { xml, tokens } = document;
  const startTag = xml.slice(tokens[open]?.start, tokens[open]?.end).replace(/\s*\/?>$/, '>');
  let rPr = '';
  let output = '';
  // The sub-run being built: its content, and whether it is deleted text.
  let content = '';
  let deleted = false;
  let textRun = '';
  const flushText = () => {
    if (!textRun) return;
    const tag = deleted ? 'w:delText' : 'w:t';
    content += `<${tag} xml:space="preserve">${escapeXml(textRun)}</${tag}>`;
    textRun = '';
  };
  const flushRun = () => {
    flushText();
    if (!content) return;
    const run = `${startTag}${rPr}${content}</w:r>`;
    output += deleted ? `<w:del w:id="${newId()}" ${revisionAttributes(revision)}>${run}</w:del>` : run;
    content = '';
  };
  const enter = (char: number | undefined) => {
    const state = char === undefined ? deleted : deletions.has(char);
    if (state !== deleted) {
      flushRun();
      deleted = state;
    }
  };
  const placeMarks = (key: string) => {
    const marks = markXml(key, rPr);
    if (!marks) return;
    flushRun();
    output += marks;
  };
  const placeChar = (char: number | undefined, write: () => void) => {
    if (char !== undefined) placeMarks(`${char}:before`);
    enter(char);
    write();
    if (char !== undefined) placeMarks(`${char}:after`);
  };

  for (let index = open + 1; index < close; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === 'open' && token.name === 'w:rPr') {
      const end = closingOf(tokens, index);
      rPr = xml.slice(token.start, tokens[end]?.end);
      index = end;
    } else if (token.kind === 'empty' && token.name === 'w:rPr') {
      rPr = xml.slice(token.start, token.end);
    } else if (token.kind === 'open' && token.name === 'w:t') {
      const end = closingOf(tokens, index);
      const text = document.decoded.get(index + 1) ?? '';
      for (let at = 0; at < text.length; at++) {
        const char = charAt.get(`${index + 1}:${at}`);
        placeChar(char, () => {
          textRun += text[at];
        });
      }
      index = end;
    } else {
      // Any other child (a tab, a break, a page-break hint) is copied whole into the current sub-run.
      const end = token.kind === 'open' ? closingOf(tokens, index) : index;
      const child = xml.slice(token.start, tokens[end]?.end);
      placeChar(charAt.get(`${index}:0`), () => {
        flushText();
        content += child;
      });
      index = end;
    }
  }
  flushRun();
  return output;
}

function writeMark(mark: Mark, rPr: string, revision: Revision, newId: () => number): string {
  switch (mark.type) {
    case 'comment-start':
      return `<w:commentRangeStart w:id="${mark.id}"/>`;
    case 'comment-end':
      return `<w:commentRangeEnd w:id="${mark.id}"/><w:r><w:commentReference w:id="${mark.id}"/></w:r>`;
    case 'insertion':
      return `<w:ins w:id="${newId()}" ${revisionAttributes(revision)}><w:r>${rPr}${runContent(mark.text)}</w:r></w:ins>`;
  }
}

/** Text as run content: tabs and line breaks become their own elements. */
export function runContent(text: string): string {
  return text
    .split(/(\t|\n)/)
    .map((part) =>
      part === '\t' ? '<w:tab/>' : part === '\n' ? '<w:br/>' : part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : '',
    )
    .join('');
}

export function revisionAttributes(revision: Revision): string {
  return `w:author="${escapeXml(revision.author)}" w:date="${escapeXml(revision.date)}"`;
}

/** The index of the end tag matching the start tag at `open`. */
function closingOf(tokens: DocumentText['tokens'], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'open') depth++;
    else if (token?.kind === 'close' && --depth === 0) return index;
  }
  return tokens.length - 1;
}

/** Appended paragraphs go before the body's own section properties, or before </w:body>. */
function appendPoint(tokens: DocumentText['tokens']): number {
  let depth = 0;
  let bodyDepth = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === 'open') {
      depth++;
      if (token.name === 'w:body') bodyDepth = depth;
      else if (token.name === 'w:sectPr' && depth === bodyDepth + 1) return index;
    } else if (token.kind === 'empty' && token.name === 'w:sectPr' && depth === bodyDepth) return index;
    else if (token.kind === 'close') {
      if (token.name === 'w:body') return index;
      depth--;
    }
  }
  return tokens.length - 1;
}
