// Checks the draft open on the review page in the engine's worker (the page stays responsive on long drafts), with
// the same settings, kind choice and ignore lists as web pages get from the service worker (its WorkerState).
import type { LintOptions } from '../../core/index.ts';
import { toReportedFile } from '../../core/reporters/reported-file.ts';
import { lint, type DocumentKind } from '../../index.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import { findingsOf } from './findings.ts';
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
  ) {
    this.documentKey = `review:${draft.name}`;
    this.close();
    state.chooseKind(this.documentKey, 'auto');
  }

  /**
   * The findings for `text`. A .docx still as opened is checked from its bytes, with Word's headings and lists;
   * once edited, its text is checked as plain text (the edit exists only as text).
   */
  async check(text: string): Promise<DocumentState> {
    const asOpened = this.draft.bytes && text === this.draft.original ? this.draft.bytes : undefined;
    return this.state.lint(this.request(asOpened ? '' : text), reviewLane, reviewFrame, {}, asOpened);
  }

  /**
   * The draft as a reviewed Word document: every remaining suggestion a tracked change, every finding a comment,
   * with this page's settings, kind and ignore list. A .docx as opened keeps its own package; edited text (and any
   * other draft) becomes a new Word document.
   */
  async reviewedDocx(text: string): Promise<Uint8Array> {
    const asOpened = this.draft.bytes && text === this.draft.original;
    const source = asOpened && this.draft.bytes ? this.draft.bytes : text;
    const format = asOpened ? 'docx' : this.request(text).format;
    const options: LintOptions = {
      format,
      config: toConfig(await this.state.settings(), this.kind),
      ...(this.kind ? { kind: this.kind } : {}),
    };
    const result = await lint(source, options);
    const ignored = new Set((await loadIgnored())[this.documentKey]);
    const kept = findingsOf(result).map((finding) => !ignored.has(finding.fingerprint));
    const file = toReportedFile(this.draft.name, result);
    // Loaded on demand: the Word writer is only needed when a reviewer asks for the document.
    const { reviewDocx } = await import('../../core/docx/review.ts');
    const reviewed = await reviewDocx({ ...file, findings: file.findings.filter((_, index) => kept[index]) }, source);
    return reviewed.bytes;
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
