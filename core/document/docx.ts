import type { Block } from './model.ts';
import { boundedDocxArchive } from './docx-archive.ts';
import { DocxError } from './docx-error.ts';
import { readHtml } from './html.ts';

export { DocxError };

/** Reads a .docx file: mammoth turns it into HTML, which is read like any HTML. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  try {
    const archive = boundedDocxArchive(bytes);
    const buffer = archive.buffer.slice(archive.byteOffset, archive.byteOffset + archive.byteLength) as ArrayBuffer;
    // mammoth takes a Node Buffer in node and an ArrayBuffer in the browser.
    const input = typeof Buffer === 'undefined' ? { arrayBuffer: buffer } : { buffer: Buffer.from(archive) };
    // Loaded on demand: only file reviews need it, and it is most of the engine's bundle size.
    const { default: mammoth } = await import('mammoth');
    // Images are left out of the archive; mammoth is told not to read them (it would inline them as data URLs).
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    const result = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, { convertImage });
    return result.value;
  } catch (error) {
    throw new DocxError(`not a readable .docx file (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`);
  }
}

/**
 * The blocks of a .docx, with offsets into its extracted text: the blocks' texts joined by blank lines.
 * That text is what findings, suggestions and fixes refer to.
 */
export function extractedText(blocks: Block[]): { text: string; blocks: Block[] } {
  let text = '';
  const rebased = blocks.map((block) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += block.text;
    return { ...block, offsets: Array.from({ length: block.text.length + 1 }, (_, i) => start + i) };
  });
  return { text, blocks: rebased };
}

export async function readDocx(bytes: Uint8Array): Promise<{ text: string; blocks: Block[] }> {
  return extractedText(readHtml(await docxToHtml(bytes)).blocks);
}
