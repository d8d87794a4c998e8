// Reads one draft from disk or stdin and refuses, with a one-line reason, anything that is not a
// readable draft: missing, a directory, too large, empty, binary, not UTF-8, or a .docx that is no zip.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from './input-error.ts';

/**
 * The largest input trustlint reads: 20 MB. Measured with the CLI on a 2-core machine: a 20 MB
 * Markdown draft (about 3 million words) lints in about 75 s with a 1.5 GB peak; 5 MB in 20 s, 440 MB.
 * Real policy drafts are well under 1 MB, so the limit only stops wrong files before they eat memory.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface Draft {
  /** Text for markdown/text/HTML (without a byte-order mark); the raw bytes for .docx. */
  source: string | Uint8Array;
  /** The text started with a UTF-8 byte-order mark, which a fix must write back. */
  bom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function isDocx(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

export async function readDraftFile(path: string): Promise<Draft> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory');
    if (!info.isFile()) throw new InputError(path, 'is not a regular file');
    size = info.size;
  } catch (error) {
    throw asInputError(path, error);
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(path, size);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw asInputError(path, error);
  }
  return decodeDraft(path, bytes);
}

/** Checks and decodes bytes read from a file or stdin; `path` names the input and picks docx handling. */
export function decodeDraft(path: string, bytes: Uint8Array): Draft {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(path, bytes.length);
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  if (isDocx(path)) {
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new InputError(path, 'is not a .docx file (it is not a zip archive)');
    return { source: bytes, bom: false };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(path, 'is UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) throw new InputError(path, 'is a binary file, not a text draft');
  const bom = startsWith(bytes, UTF8_BOM);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text; save it as UTF-8');
  }
  if (text.trim() === '') throw new InputError(path, 'is empty');
  return { source: text, bom };
}

/** Reads all of a stream, refusing it as soon as it passes the size limit. */
export async function readStream(path: string, stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(path, size, 'more than ');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(path: string, size: number, qualifier = ''): InputError {
  return new InputError(path, `is ${qualifier}${megabytes(size)}; trustlint reads drafts up to ${megabytes(MAX_INPUT_BYTES)}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** Turns a file-system error met while reading into a one-line InputError. */
export function asInputError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new InputError(path, (code && ERRNO_REASONS[code]) ?? `could not be read (${fileErrorReason(error)})`);
}

/** A file-system error in a few words: "permission denied", "no such file", or else its code. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && ERRNO_REASONS[code]) ?? code ?? oneLine(error);
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
