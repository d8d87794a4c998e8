// Checks the draft open on the review page in the engine's worker (the page stays responsive on long drafts), with
// the same settings, kind choice and ignore lists as web pages get from the service worker (its WorkerState); the
// reviewed .docx is made there too, so the page itself never runs the engine.
import type { DocumentKind } from '../../core/types.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import type { DocxReviewer } from './engine.ts';
import { loadIgnored, toConfig } from './settings.ts';
import type { WorkerState } from './worker-state.ts';
import type { ReviewDraft } from './review-file.ts';

/** WorkerState keeps documents by tab (the engine's lane) and frame; the review page holds one document. */
export const reviewLane = 0;
const reviewFrame = 0;

export class ReviewChecker {
  private kind: DocumentKind | undefined;
  /** Ignore lists are kept per file name, as pages keep them per editor. */
  readonly documentKey: string;

  /**
   * `state` is the page's one WorkerState (it holds the settings and watches the ignore lists); a draft opened
   * again gets a new engine session and starts on the automatic kind.
   */
  constructor(
    readonly draft: ReviewDraft,
    private readonly state: WorkerState,
    /** Where the reviewed .docx is made: the engine's worker on the page. */
    private readonly reviewer: DocxReviewer,
  ) {
    this.documentKey = `review:${draft.name}`;
    this.close();
    state.chooseKind(this.documentKey, 'auto');
  }

  /**
   * The findings for `text`. A .docx still as opened is checked from its bytes, with Word's headings and lists;
   * once edited, its text is checked as plain text (the edit exists only as text). A long draft's first answer (its
   * opening, or the blocks an edit changed with the other findings moved along) goes to `onPartial` first.
   */
  async check(text: string, onPartial?: (partial: DocumentState) => void): Promise<DocumentState> {
    const asOpened = this.draft.bytes && text === this.draft.original ? this.draft.bytes : undefined;
    return this.state.lint(this.request(asOpened ? '' : text), reviewLane, reviewFrame, { partialAfterEdits: true }, asOpened, onPartial);
  }

  /**
   * The draft as a reviewed Word document: every remaining suggestion a tracked change, every finding a comment,
   * with this page's settings, kind and ignore list. A .docx as opened keeps its own package; edited text (and any
   * other draft) becomes a new Word document.
   */
  async reviewedDocx(text: string): Promise<Uint8Array> {
    const asOpened = this.draft.bytes && text === this.draft.original;
    return this.reviewer.reviewDocx(reviewLane, {
      name: this.draft.name,
      source: asOpened && this.draft.bytes ? this.draft.bytes : text,
      format: asOpened ? 'docx' : this.request(text).format,
      config: toConfig(await this.state.settings(), this.kind),
      ...(this.kind ? { kind: this.kind } : {}),
      ignored: (await loadIgnored())[this.documentKey] ?? [],
    });
  }

  /** Drops this draft's engine session (another draft replaces it). */
  close(): void {
    this.state.forget(reviewLane, reviewFrame, this.documentKey);
  }

  chooseKind(kind: DocumentKind | 'auto'): void {
    this.kind = kind === 'auto' ? undefined : kind;
    this.state.chooseKind(this.documentKey, kind);
  }

  ignore(fingerprint: string): Promise<void> {
    return this.state.ignore(this.documentKey, fingerprint);
  }

  private request(text: string): LintRequest {
    const format = this.draft.format === 'docx' ? 'text' : this.draft.format;
    return { type: 'lint', documentKey: this.documentKey, text, format, title: this.draft.name, url: '', editor: 'review', canApply: true };
  }
}
