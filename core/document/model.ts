export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'blockquote';

/** A unit of prose: the text a reviewer reads as one piece, with a map back to the source. */
export interface Block {
  kind: BlockKind;
  /** Text of the block as read (markup removed). */
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the end of the block in the source. */
  offsets: number[];
  /** For list items: index (in the document's block list) of the paragraph introducing the list, if any. */
  leadIn?: number;
  /** Heading depth (1-6) for headings. */
  depth?: number;
  /** For list items: whether the list is numbered, when the source says so. */
  ordered?: boolean;
}

/** Builds a block from pieces of text, each aligned to the source. */
export class BlockBuilder {
  text = '';
  offsets: number[] = [];
  private lastEnd = -1;

  add(value: string, map: number[]): void {
    this.text += value;
    for (const offset of map) this.offsets.push(offset);
    if (map.length > 0) this.lastEnd = (map[map.length - 1] ?? 0) + 1;
  }

  /** Adds a separator that has no source of its own (e.g. a space between table cells). */
  addSynthetic(value: string): void {
    const at = Math.max(this.lastEnd, 0);
    this.text += value;
    for (let i = 0; i < value.length; i++) this.offsets.push(at);
  }

  finish(kind: BlockKind, extra: Partial<Block> = {}): Block | undefined {
    // Trim whitespace at both ends; offsets follow the kept characters.
    let from = 0;
    let to = this.text.length;
    while (from < to && /\s/.test(this.text[from]!)) from++;
    while (to > from && /\s/.test(this.text[to - 1]!)) to--;
    if (from === to) return undefined;
    const offsets = this.offsets.slice(from, to);
    offsets.push(offsets[offsets.length - 1]! + 1);
    return { kind, text: this.text.slice(from, to), offsets, ...extra };
  }
}
