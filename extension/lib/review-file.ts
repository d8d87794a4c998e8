// Opening a draft on the review page: the same checks as the CLI makes on a file (size, empty, binary, encoding,
// .docx that is no zip), each refused with one line that names the file. Nothing here touches the open document.
import { formatFromName, type SourceFormat } from '../../core/index.ts';
import { readDocx } from '../../core/document/docx.ts';

/** The CLI's limit (core/node/read-input.ts), kept equal so a file reads the same in both. */
export const MAX_REVIEW_BYTES = 20 * 1024 * 1024;

/** A draft opened for review. */
export interface ReviewDraft {
  name: string;
  /** The format of the file; a .docx is shown (and its edits checked) as its extracted text. */
  format: SourceFormat;
  /** The text as opened: what the redline compares against. */
  original: string;
  /** The file's bytes, for a .docx: its first check reads Word's own structure (headings, lists). */
  bytes?: Uint8Array;
}

export class ReviewFileError extends Error {
  constructor(name: string, reason: string) {
    super(`${name} ${reason}`);
    this.name = 'ReviewFileError';
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Refuses a file by its name and size alone, before its bytes are read. */
export function checkFileName(name: string, size: number): SourceFormat {
  const format = formatFromName(name);
  if (!format) throw new ReviewFileError(name, 'is not a draft trustlint reads: open a .md, .txt, .html or .docx file');
  if (size > MAX_REVIEW_BYTES) throw new ReviewFileError(name, `is ${megabytes(size)}; trustlint reads drafts up to ${megabytes(MAX_REVIEW_BYTES)}`);
  if (size === 0) throw new ReviewFileError(name, 'is empty');
  return format;
}

/** Reads a file's bytes into a draft, or throws a ReviewFileError saying why it cannot be reviewed. */
export async function readDraft(name: string, bytes: Uint8Array): Promise<ReviewDraft> {
  const format = checkFileName(name, bytes.length);
  if (format === 'docx') {
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ReviewFileError(name, 'is not a .docx file (it is not a zip archive)');
    let text: string;
    try {
      ({ text } = await readDocx(bytes));
    } catch (error) {
      throw new ReviewFileError(name, `is ${error instanceof Error ? error.message : 'not a readable .docx file'}`);
    }
    if (text.trim() === '') throw new ReviewFileError(name, 'has no text to check');
    return { name, format, original: text, bytes };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new ReviewFileError(name, 'is UTF-16 text; save it as UTF-8');
  if (bytes.includes(0)) throw new ReviewFileError(name, 'is a binary file, not a text draft');
  let text: string;
  try {
    // The decoder drops a UTF-8 byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReviewFileError(name, 'is not valid UTF-8 text; save it as UTF-8');
  }
  if (text.trim() === '') throw new ReviewFileError(name, 'is empty');
  return { name, format, original: text };
}

/** The fixed draft's download: the same format for text files, plain text for a .docx (it is not rewritten). */
export function fixedFileName(draft: Pick<ReviewDraft, 'name' | 'format'>): string {
  const base = draft.name.replace(/\.[^.]*$/, '') || 'draft';
  const extension = draft.format === 'docx' ? 'txt' : (/\.([^.]+)$/.exec(draft.name)?.[1] ?? 'txt');
  return `${base}.fixed.${extension}`;
}
