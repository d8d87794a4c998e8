// .docx decompression bombs: the zip is read part by part with a running count, and refused past the limits.
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, DocxArchiveError, boundedDocxArchive } from '../../core/document/docx-archive.ts';
import { readDocx } from '../../core/document/docx.ts';
import { docxParts, zip } from '../cli/docx.ts';

const SENTENCE = 'Officers may ask the driver about their immigration status.';

const deflated = (parts: Record<string, string | Uint8Array>) => zip(parts, true);

/** word/document.xml holding one paragraph of `size` spaces: it deflates about a thousand times. */
function bombDocument(size: number): Uint8Array {
  const xml = docxParts(['PLACEHOLDER'])['word/document.xml']!;
  const [head, tail] = xml.split('PLACEHOLDER') as [string, string];
  return Buffer.concat([Buffer.from(head), Buffer.alloc(size, 0x20), Buffer.from(tail)]);
}

describe('.docx archives', () => {
  it('reads an ordinary deflated .docx', async () => {
    const { text } = await readDocx(deflated(docxParts([SENTENCE])));
    expect(text).toBe(SENTENCE);
  });

  it('refuses a part that inflates hundreds of times, before inflating it all', () => {
    // 120 MB of spaces in a file of about 120 kB.
    const bomb = deflated({ ...docxParts([]), 'word/document.xml': bombDocument(120 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(256 * 1024);
    expect(() => boundedDocxArchive(bomb)).toThrow(/word\/document\.xml inflates more than 100 times: a decompression bomb/);
  });

  it('refuses parts that together inflate past the total limit', () => {
    const parts: Record<string, Uint8Array> = {};
    // Parts of 1 MB are under the ratio's floor; 70 of them pass the total.
    for (let i = 0; i < 70; i++) parts[`word/part${i}.xml`] = new Uint8Array(DOCX_LIMITS.ratioFloorBytes).fill(0x20);
    expect(() => boundedDocxArchive(deflated({ ...docxParts([SENTENCE]), ...parts }))).toThrow(/inflates to more than 64 MB/);
  });

  it('does not believe the sizes the zip directory declares', () => {
    const bomb = deflated({ ...docxParts([]), 'word/document.xml': bombDocument(100 * 1024 * 1024) });
    // Declare every part as one byte, compressed and inflated alike where the reader would trust it.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = 0; at + 4 <= bomb.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1, true);
    expect(() => boundedDocxArchive(bomb)).toThrow(DocxArchiveError);
  });

  it('never inflates images and other media (left out of what mammoth reads)', async () => {
    const media = new Uint8Array(100 * 1024 * 1024);
    const { text } = await readDocx(deflated({ ...docxParts([SENTENCE]), 'word/media/image1.png': media }));
    expect(text).toBe(SENTENCE);
  });

  it('refuses a damaged zip directory and too many parts with a reason', () => {
    const good = deflated(docxParts([SENTENCE]));
    expect(() => boundedDocxArchive(good.subarray(0, good.length - 30))).toThrow(/zip directory is damaged/);
    const many: Record<string, string> = {};
    for (let i = 0; i <= DOCX_LIMITS.entries; i++) many[`word/p${i}.txt`] = '';
    expect(() => boundedDocxArchive(deflated(many))).toThrow(/more than 10000 parts/);
  });
});
