// A linear tokenizer for the XML parts of a .docx. Edits are made on the original text, token by token, so
// every byte the review does not change stays exactly as Word wrote it (namespaces, rsids, unknown markup).
import { DocxError } from '../document/docx.ts';

export interface XmlToken {
  kind: 'open' | 'close' | 'empty' | 'text' | 'other';
  /** Qualified element name (`w:t`) for open, close and empty tags. */
  name: string;
  start: number;
  end: number;
}

/** Splits XML into tags and text in one pass; comments, CDATA, declarations and processing instructions are `other`. */
export function tokenize(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    if (open === -1) {
      tokens.push({ kind: 'text', name: '', start: position, end: xml.length });
      break;
    }
    if (open > position) tokens.push({ kind: 'text', name: '', start: position, end: open });
    const special = xml.startsWith('<!--', open)
      ? '-->'
      : xml.startsWith('<![CDATA[', open)
        ? ']]>'
        : xml.startsWith('<?', open)
          ? '?>'
          : undefined;
    if (special) {
      const close = xml.indexOf(special, open);
      if (close === -1) throw new DocxError('not a readable .docx file (unterminated XML markup)');
      tokens.push({ kind: 'other', name: '', start: open, end: close + special.length });
      position = close + special.length;
      continue;
    }
    // A tag ends at the first `>` outside a quoted attribute value.
    let cursor = open + 1;
    let quote = '';
    while (cursor < xml.length) {
      const char = xml[cursor];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
      cursor++;
    }
    if (cursor >= xml.length) throw new DocxError('not a readable .docx file (unterminated XML tag)');
    const end = cursor + 1;
    if (xml[open + 1] === '!') tokens.push({ kind: 'other', name: '', start: open, end });
    else {
      const closing = xml[open + 1] === '/';
      const nameMatch = /^[^\s/>]+/.exec(xml.slice(open + (closing ? 2 : 1), Math.min(end, open + 80)));
      const name = nameMatch?.[0] ?? '';
      const kind = closing ? 'close' : xml[end - 2] === '/' ? 'empty' : 'open';
      tokens.push({ kind, name, start: open, end });
    }
    position = end;
  }
  return tokens;
}

/** The value of an attribute in a start tag, decoded. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return decodeXml(match[2] ?? match[3] ?? '');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}

/** Escapes text for element content and double-quoted attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
