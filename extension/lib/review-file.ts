// Opening a draft on the review page: the CLI's own checks (core/document/decode.ts: size, empty, binary,
// encoding, .docx that is no zip), each refused with one line that names the file. Nothing here touches the open document.
import { formatFromName } from '../../core/document/format.ts';
import type { SourceFormat } from '../../core/types.ts';
import { readDocx } from '../../core/document/docx.ts';
import { characters, maxCheckedChars } from './limits.ts';
import { DraftRefused, checkDraftSize, decodeDraftBytes } from '../../core/document/decode.ts';

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

/** Runs one of the CLI's checks, naming the file in the error. */
function refusing<T>(name: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DraftRefused) throw new ReviewFileError(name, error.reason);
    throw error;
  }
}

/** Refuses a file by its name and size alone, before its bytes are read. */
export function checkFileName(name: string, size: number): SourceFormat {
  const format = formatFromName(name);
  if (!format) throw new ReviewFileError(name, 'is not a draft trustlint reads: open a .md, .txt, .html or .docx file');
  refusing(name, () => checkDraftSize(size));
  return format;
}

/** The review page checks in the page itself: longer drafts belong to the command line, which takes 20 MB. */
function checkLength(name: string, text: string): string {
  if (text.length <= maxCheckedChars) return text;
  throw new ReviewFileError(
    name,
    `has ${characters(text.length)} characters; the review page checks drafts up to ${characters(maxCheckedChars)}. Check it with the trustlint command line instead`,
  );
}

/** Reads a file's bytes into a draft, or throws a ReviewFileError saying why it cannot be reviewed. */
export async function readDraft(name: string, bytes: Uint8Array): Promise<ReviewDraft> {
  const format = checkFileName(name, bytes.length);
  const { source } = refusing(name, () => decodeDraftBytes(bytes, format === 'docx'));
  if (typeof source === 'string') return { name, format, original: checkLength(name, source) };
  let text: string;
  try {
    ({ text } = await readDocx(source));
  } catch (error) {
    throw new ReviewFileError(name, `is ${error instanceof Error ? error.message : 'not a readable .docx file'}`);
  }
  if (text.trim() === '') throw new ReviewFileError(name, 'has no text to check');
  return { name, format, original: checkLength(name, text), bytes };
}

/** The fixed draft's download: the same format for text files, plain text for a .docx (it is not rewritten). */
export function fixedFileName(draft: Pick<ReviewDraft, 'name' | 'format'>): string {
  const base = draft.name.replace(/\.[^.]*$/, '') || 'draft';
  const extension = draft.format === 'docx' ? 'txt' : (/\.([^.]+)$/.exec(draft.name)?.[1] ?? 'txt');
  return `${base}.fixed.${extension}`;
}
