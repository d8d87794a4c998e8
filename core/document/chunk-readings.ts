import { splitChunks, type Chunk } from './chunks.ts';
import type { BlockReading } from './mdast-blocks.ts';
import { sharedEnd, sharedStart } from '../shared-text.ts';

/** A reader of chunks (markdown or plain text): a reading for each, with offsets relative to its chunk. */
export type ChunkReader = (chunks: readonly string[]) => BlockReading[];

/** A chunk of the document and what the reader made of it. */
export interface ChunkReading extends BlockReading {
  /** The chunk's offset in the document. */
  start: number;
}

interface ReadChunk extends Chunk {
  reading: BlockReading;
}

/**
 * Reads a document chunk by chunk and keeps what the latest document read, so that a session re-reads only the
 * chunks an edit touched. The text the old and new document share at the start and at the end is found by comparing
 * the two texts whole (a few native comparisons, where comparing or hashing each chunk cost a session edit about a
 * millisecond); a chunk inside the shared start, or inside the shared end, with the same bounds as an old one is that
 * chunk. Chunks in between are looked up by their text among the old chunks in between (a paragraph moved), else read.
 */
export class ChunkReadings {
  private text = '';
  private chunks: ReadChunk[] = [];
  private reader: ChunkReader | undefined;

  /**
   * `until`: only the chunks that start before it are read (a part of the document, in view first). The old readings
   * of chunks after it that are still there (same text, at the same place from the end) are kept for the next read:
   * an edit's part followed by the whole document then reads only the chunks the edit touched. (Dropping them made
   * the whole lint after each edit's part read the rest of a 25k-word draft again: 160–460 ms instead of 10–40 ms.)
   */
  read(text: string, reader: ChunkReader, until = text.length + 1): ChunkReading[] {
    const all = splitChunks(text);
    const chunks = all.filter((chunk) => chunk.start < until);
    const oldText = this.text;
    const old = reader === this.reader ? this.chunks : [];
    const head = sharedStart(oldText, text);
    const tail = sharedEnd(oldText, text, head);
    const shift = text.length - oldText.length;

    let front = 0;
    while (front < chunks.length && front < old.length && chunks[front]!.end <= head && sameBounds(chunks[front]!, old[front]!, 0)) front++;
    let back = 0;
    for (; back < chunks.length - front && back < old.length - front; back++) {
      const chunk = chunks[chunks.length - 1 - back]!;
      if (chunk.start < text.length - tail || !sameBounds(chunk, old[old.length - 1 - back]!, shift)) break;
    }

    const moved = new Map<string, BlockReading>();
    for (const { start, end, reading } of old.slice(front, old.length - back)) moved.set(oldText.slice(start, end), reading);
    // The chunks in between that no old reading has are read together (a reader may parse several at once).
    const unread: number[] = [];
    const found = chunks.map(({ start, end }, index): BlockReading | undefined => {
      if (index < front || index >= chunks.length - back) return undefined;
      const reading = moved.get(text.slice(start, end));
      if (!reading) unread.push(index);
      return reading;
    });
    const readings = unread.length > 0 ? reader(unread.map((index) => text.slice(chunks[index]!.start, chunks[index]!.end))) : [];
    for (const [k, index] of unread.entries()) found[index] = readings[k];
    const next = chunks.map(({ start, end }, index): ReadChunk => {
      if (index < front) return old[index]!;
      if (index >= chunks.length - back) return { start, end, reading: old[old.length - (chunks.length - index)]!.reading };
      return { start, end, reading: found[index]! };
    });
    // The chunks after the part, kept where the old reading had them (within the shared end, same bounds from the end).
    let kept = 0;
    while (kept < all.length - chunks.length && kept < old.length - front - back) {
      const chunk = all[all.length - 1 - kept]!;
      if (chunk.start < text.length - tail || !sameBounds(chunk, old[old.length - 1 - kept]!, shift)) break;
      kept++;
    }
    const after = old.slice(old.length - kept).map(({ start, end, reading }) => ({ start: start + shift, end: end + shift, reading }));
    this.text = text;
    this.chunks = after.length > 0 ? [...next, ...after] : next;
    this.reader = reader;
    // Fields named, not spread: spreading an object costs several times more, once per chunk per lint.
    return next.map(({ start, reading }) => ({ start, blocks: reading.blocks, directives: reading.directives }));
  }
}

function sameBounds(chunk: Chunk, old: Chunk, shift: number): boolean {
  return chunk.start === old.start + shift && chunk.end === old.end + shift;
}
