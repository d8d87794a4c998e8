// A .docx is a zip archive, and a zip can be a decompression bomb: a few hundred kilobytes that inflate to
// gigabytes. Before mammoth sees a file, its zip directory is read and each part the text needs is inflated here
// with a running count, so a part that inflates past the limits (whatever sizes the archive declares) is refused
// as soon as it crosses them. mammoth then gets a new archive of those parts only: no images, fonts or embedded
// files, which it would otherwise decode into the HTML. Browser-safe (the review page reads .docx too).
import { Inflate, zipSync } from 'fflate';
import { megabytes } from './decode.ts';

export const DOCX_LIMITS = {
  /** Inflated size of one part (word/document.xml holds the whole text). */
  partBytes: 48 * 1024 * 1024,
  /** Inflated size of all the parts read. */
  totalBytes: 64 * 1024 * 1024,
  /** Inflated ÷ compressed size of a part past `ratioFloorBytes`: Word's XML compresses about 5 to 20 times. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Entries in the zip directory: a Word file has a few dozen. */
  entries: 10_000,
};

/** Why an archive is not read, as the end of "is not a readable .docx file (…)". */
export class DocxArchiveError extends Error {}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Inflated in slices this size, so that the count stops a bomb within a few megabytes of output. */
const SLICE_BYTES = 16 * 1024;

/** The parts mammoth reads: XML and relationships. Media, fonts and embedded objects are left behind. */
function isTextPart(name: string): boolean {
  return /\.(?:xml|rels)$/i.test(name);
}

/** A new stored archive of the archive's XML parts, each inflated within DOCX_LIMITS. */
export function boundedDocxArchive(bytes: Uint8Array): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of readDirectory(bytes)) {
    if (!isTextPart(entry.name) || entry.name.endsWith('/')) continue;
    if (entry.flags & 1) throw new DocxArchiveError('it is encrypted');
    const part = inflateEntry(bytes, entry, DOCX_LIMITS.totalBytes - total);
    total += part.length;
    parts[entry.name] = part;
  }
  return zipSync(parts, { level: 0 });
}

function readDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail());
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail());
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= lowest && u32(end) !== END_OF_DIRECTORY) end--;
  if (end < lowest) fail();
  const count = u16(end + 10);
  if (count > DOCX_LIMITS.entries) throw new DocxArchiveError(`it has more than ${DOCX_LIMITS.entries} parts`);
  const entries: Entry[] = [];
  let at = u32(end + 16);
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) fail();
    const nameLength = u16(at + 28);
    if (at + 46 + nameLength > bytes.length) fail();
    entries.push({
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: u32(at + 42),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

function inflateEntry(bytes: Uint8Array, entry: Entry, totalLeft: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) fail();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) fail();
  const limit = Math.min(DOCX_LIMITS.partBytes, totalLeft);
  const ratioLimit = Math.max(DOCX_LIMITS.ratioFloorBytes, entry.compressedSize * DOCX_LIMITS.ratio);
  const check = (size: number) => {
    if (size > ratioLimit) throw new DocxArchiveError(`${entry.name} inflates more than ${DOCX_LIMITS.ratio} times: a decompression bomb`);
    if (size > limit)
      throw new DocxArchiveError(`it inflates to more than ${megabytes(limit === totalLeft ? DOCX_LIMITS.totalBytes : limit)}`);
  };
  if (entry.method === STORED) {
    check(data.length);
    return data;
  }
  if (entry.method !== DEFLATED) throw new DocxArchiveError(`${entry.name} uses an unknown compression method`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    check(size);
    chunks.push(chunk);
  });
  for (let offset = 0; offset < data.length; offset += SLICE_BYTES) {
    inflate.push(data.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= data.length);
  }
  const part = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    part.set(chunk, offset);
    offset += chunk.length;
  }
  return part;
}

function fail(): never {
  throw new DocxArchiveError('its zip directory is damaged');
}
