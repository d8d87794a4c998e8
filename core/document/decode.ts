// The checks a draft's bytes must pass before they are read, shared by the CLI and the extension's review page:
// not too large, not empty, not binary, UTF-8 text, and a .docx that is at least a zip archive. Browser-safe.

/**
 * The largest input trustlint reads: 20 MB. Measured with the CLI on a 2-core machine: a 20 MB
 * Markdown draft (about 3 million words) lints in about 75 s with a 1.5 GB peak; 5 MB in 20 s, 440 MB.
 * Real policy drafts are well under 1 MB, so the limit only stops wrong files before they eat memory.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface DecodedDraft {
  /** Text for markdown/text/HTML (without a byte-order mark); the raw bytes for .docx. */
  source: string | Uint8Array;
  /** The text started with a UTF-8 byte-order mark, which a fix must write back. */
  bom: boolean;
}

/** Why bytes are not a readable draft, as the end of a sentence that starts with the input's name. */
export class DraftRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DraftRefused';
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The reason for refusing `size` bytes ("more than" when a stream was cut off at the limit). */
export function tooLargeReason(size: number, qualifier = ''): string {
  return `is ${qualifier}${megabytes(size)}; trustlint reads drafts up to ${megabytes(MAX_INPUT_BYTES)}`;
}

/** Checks the size alone, before the bytes are read. */
export function checkDraftSize(size: number): void {
  if (size > MAX_INPUT_BYTES) throw new DraftRefused(tooLargeReason(size));
  if (size === 0) throw new DraftRefused('is empty');
}

/** Checks and decodes a draft's bytes; throws DraftRefused with the reason. */
export function decodeDraftBytes(bytes: Uint8Array, docx: boolean): DecodedDraft {
  checkDraftSize(bytes.length);
  if (docx) {
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new DraftRefused('is not a .docx file (it is not a zip archive)');
    return { source: bytes, bom: false };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DraftRefused('is UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) throw new DraftRefused('is a binary file, not a text draft');
  const bom = startsWith(bytes, UTF8_BOM);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new DraftRefused('is not valid UTF-8 text; save it as UTF-8');
  }
  if (text.trim() === '') throw new DraftRefused('is empty');
  return { source: text, bom };
}
