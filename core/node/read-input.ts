// Reads one draft from disk or stdin and refuses, with a one-line reason, anything that is not a
// readable draft: missing, a directory, too large, empty, binary, not UTF-8, or a .docx that is no zip.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from './input-error.ts';
import type { FileSnapshot } from './write-file.ts';
import { DraftRefused, MAX_INPUT_BYTES, decodeDraftBytes, tooLargeReason, type DecodedDraft } from '../document/decode.ts';

export { MAX_INPUT_BYTES };

/** A draft; one read from a file keeps a snapshot of it, which --fix checks before writing. */
export type Draft = DecodedDraft & { snapshot?: FileSnapshot };

export function isDocx(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

export async function readDraftFile(path: string): Promise<Draft> {
  let size: number;
  let mtimeMs: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory');
    if (!info.isFile()) throw new InputError(path, 'is not a regular file');
    ({ size, mtimeMs } = info);
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
  return { ...decodeDraft(path, bytes), snapshot: { bytes, size, mtimeMs } };
}

/** Checks and decodes bytes read from a file or stdin; `path` names the input and picks docx handling. */
export function decodeDraft(path: string, bytes: Uint8Array): Draft {
  try {
    return decodeDraftBytes(bytes, isDocx(path));
  } catch (error) {
    if (error instanceof DraftRefused) throw new InputError(path, error.reason);
    throw error;
  }
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
  return new InputError(path, tooLargeReason(size, qualifier));
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
