// The one interface every editor adapter implements. The content script knows editors only through it.
import type { Severity, SourceFormat } from '../../core/index.ts';

/** The editor's text as the engine sees it, in the format the engine should parse it as. */
export interface EditorText {
  text: string;
  format: SourceFormat;
}

/** A range of the last text read, to be drawn as a mark. */
export interface Mark {
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface EditorAdapter {
  /** Short name shown in the panel ("textarea", "contenteditable", ...). */
  readonly name: string;
  /** The element that holds the text; focus, hover and the card hang off it. */
  readonly element: HTMLElement;
  /** false where the adapter can read but not write (the UI then offers Copy instead of Apply). */
  readonly canApply: boolean;
  /** false where the editor cannot show a range on the page (the panel then offers no "Show in page"). */
  readonly canReveal?: boolean;
  /**
   * Identifies the document where the page's address does not (Word's editing frame serves every document at one
   * path); the per-document ignore list is keyed by it.
   */
  readonly documentId?: string;
  /** What this editor mode cannot do, said plainly in the panel (e.g. "fixes are copied, not applied, in this mode"). */
  readonly limitation?: string;
  /** Where the caret is in the last text read, if the editor says: a long text is checked around it first. */
  caret?(): number | undefined;
  /** Reads the current text and refreshes the map from text offsets to DOM positions. */
  read(): EditorText;
  /** Calls `listener` whenever the user (or the page) changes the text. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Replaces the drawn marks; offsets refer to the last `read()`. Never changes the editor's DOM. */
  showMarks(marks: Mark[]): void;
  /** The id of the mark under a viewport point, if any. */
  markAt(x: number, y: number): string | undefined;
  /** Viewport rectangle of a text range of the last read (for the card and reveal), if it is laid out. */
  rangeRect(start: number, end: number): DOMRect | undefined;
  /** Scrolls the range into view and selects it in the editor. */
  reveal(start: number, end: number): void;
  /**
   * Replaces a range of the last read through the editor's own input path (so undo works and frameworks see it).
   * Resolves once the editor has handled the input; the caller verifies by reading again.
   */
  replace(start: number, end: number, text: string): Promise<void>;
  /** Removes marks and listeners. */
  destroy(): void;
}
