// The zip package of a .docx (fflate) and the bookkeeping a new part needs: its content type and its
// relationship from the main document.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DocxError } from '../document/docx.ts';
import { attribute, escapeXml } from './xml.ts';

/** Unpacked size a review will handle: far above any real policy document, far below a zip bomb. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export const MAIN_DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

export type Parts = Map<string, Uint8Array>;

export function readPackage(bytes: Uint8Array): Parts {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new DocxError('unpacks to more than 256 MB');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw new DocxError(`not a readable .docx file (${error.message})`);
    throw new DocxError(`not a readable .docx file (${error instanceof Error ? error.message : 'not a zip archive'})`);
  }
  const parts: Parts = new Map(Object.entries(entries));
  if (!parts.has(MAIN_DOCUMENT)) throw new DocxError('not a readable .docx file (it has no word/document.xml)');
  return parts;
}

export function writePackage(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 6 });
}

export function partText(parts: Parts, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes === undefined ? undefined : strFromU8(bytes);
}

export function setPartText(parts: Parts, name: string, text: string): void {
  parts.set(name, strToU8(text));
}

/** Declares a part's content type (an Override) unless it is declared already. */
export function declareContentType(parts: Parts, partName: string, contentType: string): void {
  const types = partText(parts, CONTENT_TYPES);
  if (types === undefined) throw new DocxError('not a readable .docx file (it has no [Content_Types].xml)');
  if (new RegExp(`PartName="/${partName.replace(/[.[\]]/g, '\\$&')}"`, 'i').test(types)) return;
  const override = `<Override PartName="/${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
  setPartText(parts, CONTENT_TYPES, types.replace(/<\/Types>\s*$/, `${override}</Types>`));
}

/** The main document's relationship of this type, added with a fresh id if it is missing. Returns its target. */
export function relateFromDocument(parts: Parts, type: string, target: string): string {
  const rels =
    partText(parts, DOCUMENT_RELS) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const existing = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((match) => match[0]);
  const same = existing.find((tag) => attribute(tag, 'Type') === type);
  if (same) return attribute(same, 'Target') ?? target;
  const ids = new Set(existing.map((tag) => attribute(tag, 'Id')));
  let number = existing.length + 1;
  while (ids.has(`rId${number}`)) number++;
  const relationship = `<Relationship Id="rId${number}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const updated = /<Relationships[^>]*\/>/.test(rels)
    ? rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${relationship}</Relationships>`)
    : rels.replace(/<\/Relationships>\s*$/, `${relationship}</Relationships>`);
  setPartText(parts, DOCUMENT_RELS, updated);
  return target;
}

/** The part a document relationship target names (`comments.xml` → `word/comments.xml`). */
export function partFromTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `word/${target}`;
}
