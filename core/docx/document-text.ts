// The visible text of word/document.xml as mammoth reads it, each character tied to the XML that holds it:
// the map that lets a review turn offsets into the extracted text back into runs.
import { DocxError } from '../document/docx.ts';
import { decodeXml, type XmlToken, tokenize } from './xml.ts';

/** Elements whose content mammoth does not show as body text, or that a review must not edit inside. */
const HIDDEN = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'w:delInstrText',
  'mc:AlternateContent',
  'w:txbxContent',
  'w:pict',
  'w:drawing',
  'w:object',
  'w:pPr',
  'w:rPr',
  'w:sectPr',
  'w:tblPr',
  'w:trPr',
  'w:tcPr',
  'w:footnoteReference',
  'w:endnoteReference',
]);
/** Containers whose text is shown but is not the author's to edit as plain runs (tracked insertions, fields). */
const LOCKED = new Set(['w:ins', 'w:moveTo', 'w:fldSimple']);

const RUN_CHARACTERS: Record<string, string> = { 'w:tab': '\t', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00ad' };

export interface DocumentText {
  xml: string;
  tokens: XmlToken[];
  /** The visible characters of the body's paragraphs, paragraph after paragraph with no separator. */
  text: string;
  /** For each character: the token holding it (a `w:t` text token, or a `w:tab`/`w:br` element). */
  token: Int32Array;
  /** For each character: its index in the decoded text of that token. */
  index: Int32Array;
  /** For each character: the index of its paragraph in `paragraphs`. */
  paragraph: Int32Array;
  /** For each character: whether it sits in a plain run the review may split and wrap. */
  editable: Uint8Array;
  /** For each character: the token of its enclosing `w:r` start tag. */
  run: Int32Array;
  paragraphs: { open: number; close: number }[];
  /** Decoded text of every `w:t` text token, by token index. */
  decoded: Map<number, string>;
}

export function readDocumentText(xml: string): DocumentText {
  const tokens = tokenize(xml);
  const chars: string[] = [];
  const token: number[] = [];
  const index: number[] = [];
  const paragraph: number[] = [];
  const editable: number[] = [];
  const run: number[] = [];
  const paragraphs: { open: number; close: number }[] = [];
  const decoded = new Map<number, string>();
  const stack: string[] = [];
  let hidden = 0;
  let locked = 0;
  let currentParagraph = -1;
  let currentRun = -1;
  // Complex fields: characters between `separate` and `end` are a computed result Word regenerates.
  const fields: ('instruction' | 'result')[] = [];

  const push = (value: string, tokenIndex: number, at: number) => {
    chars.push(value);
    token.push(tokenIndex);
    index.push(at);
    paragraph.push(currentParagraph);
    editable.push(locked === 0 && currentRun !== -1 && !fields.includes('result') ? 1 : 0);
    run.push(currentRun);
  };

  tokens.forEach((item, tokenIndex) => {
    if (item.kind === 'open') {
      stack.push(item.name);
      if (HIDDEN.has(item.name)) hidden++;
      if (LOCKED.has(item.name)) locked++;
      if (item.name === 'w:p' && hidden === 0 && currentParagraph === -1) {
        paragraphs.push({ open: tokenIndex, close: -1 });
        currentParagraph = paragraphs.length - 1;
      }
      if (item.name === 'w:r') currentRun = tokenIndex;
      return;
    }
    if (item.kind === 'close') {
      const name = stack.pop();
      if (name !== item.name) throw new DocxError(`not a readable .docx file (document.xml: </${item.name}> closes <${name ?? ''}>)`);
      if (HIDDEN.has(item.name)) hidden--;
      if (LOCKED.has(item.name)) locked--;
      if (item.name === 'w:p' && hidden === 0 && currentParagraph !== -1 && !stack.includes('w:p')) {
        const entry = paragraphs[currentParagraph];
        if (entry) entry.close = tokenIndex;
        currentParagraph = -1;
      }
      if (item.name === 'w:r') currentRun = -1;
      return;
    }
    if (hidden > 0 || currentParagraph === -1) return;
    if (item.kind === 'text' && stack.at(-1) === 'w:t' && fields.at(-1) !== 'instruction') {
      const value = decodeXml(xml.slice(item.start, item.end));
      decoded.set(tokenIndex, value);
      // Index by UTF-16 unit, as the extracted text and every offset are.
      for (let at = 0; at < value.length; at++) push(value[at] ?? '', tokenIndex, at);
      return;
    }
    if (item.kind !== 'empty' || stack.at(-1) !== 'w:r') return;
    const tag = xml.slice(item.start, item.end);
    if (item.name === 'w:fldChar') {
      const type = /w:fldCharType="(\w+)"/.exec(tag)?.[1];
      if (type === 'begin') fields.push('instruction');
      else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
      else if (type === 'end') fields.pop();
      return;
    }
    if (fields.at(-1) === 'instruction') return;
    const character = RUN_CHARACTERS[item.name];
    if (character !== undefined) push(character, tokenIndex, 0);
    else if (item.name === 'w:br' && !/w:type="(page|column)"/.test(tag)) push('\n', tokenIndex, 0);
  });
  return {
    xml,
    tokens,
    text: chars.join(''),
    token: Int32Array.from(token),
    index: Int32Array.from(index),
    paragraph: Int32Array.from(paragraph),
    editable: Uint8Array.from(editable),
    run: Int32Array.from(run),
    paragraphs,
    decoded,
  };
}
