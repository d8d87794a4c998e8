// How the extension asks for checks: one incremental session per editor, grouped in lanes (one lane per tab).
// local-engine.ts runs them in the calling thread (the review page, the engine worker itself, tests); the service
// worker uses engine-pool.ts, which runs each lane in a dedicated worker it can stop. Types only from the core:
// the service worker's bundle does not carry the engine.
import type { DocumentKind, SourceFormat, TrustlintConfig } from '../../core/types.ts';

/** One check: the editor's session, its text, and the settings it is checked with. */
export interface EngineCheck {
  sessionKey: string;
  text: string;
  format: SourceFormat;
  config: TrustlintConfig;
  kind?: DocumentKind;
  /** A .docx as opened on the review page: checked from its bytes (Word's headings and lists count), not `text`. */
  docx?: Uint8Array;
  /** Where the user is in the text (the caret): a long text's first answer is for the part around it. */
  focus?: number;
  /** A first answer after every edit of a long text, not only until it has been read whole (OnPartial). */
  partialAfterEdits?: boolean;
}

export interface EngineResult {
  /**
   * The text the findings refer to, only when it is not the text checked (a long draft is not sent back): a
   * .docx's extracted text, or a newer check's text (a check still queued gets the newer one's result).
   */
  text?: string;
  format: SourceFormat;
  kind: DocumentKind;
  /** How the engine decided the kind. */
  kindReason: string;
  /** Packed, as one JSON string (packed-findings.ts): it crosses up to three runtime messages. */
  findings: string;
}

/**
 * A long text is answered in two steps: first the findings of the part that matters now — on a first check the
 * text around the caret, after an edit the blocks it changed with every other finding moved along — then the
 * whole document's, which replace them. Partial answers leave document-level findings (missing provisions) out.
 */
export type OnPartial = (partial: EngineResult) => void;

export interface Engine {
  check(lane: number, check: EngineCheck, onPartial?: OnPartial): Promise<EngineResult>;
  /** Drops a lane's sessions (its tab closed or navigated), or only one of them (its editor is gone). */
  forget(lane: number, sessionKey?: string): void;
}

/** The review page's "Download reviewed .docx": the draft with its findings as tracked changes and comments. */
export interface DocxReview {
  /** The file's name, for the report the document is made from. */
  name: string;
  /** The draft's text, or a .docx as opened (its own package is kept). */
  source: string | Uint8Array;
  format: SourceFormat;
  config: TrustlintConfig;
  kind?: DocumentKind;
  /** Fingerprints of the findings the reviewer ignored. */
  ignored: string[];
}

export interface DocxReviewer {
  reviewDocx(lane: number, review: DocxReview): Promise<Uint8Array>;
}

/** Why a check gave no findings, said so that the user sees it (the editor's notice, the panel). */
export class CheckFailure extends Error {}

export const tooSlow = 'too slow';
