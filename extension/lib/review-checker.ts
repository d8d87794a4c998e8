// Checks the draft open on the review page with the engine itself, in the page: no worker round trip, and the
// same settings, kind choice and ignore lists as web pages get from the service worker (its WorkerState).
import type { LintOptions } from '../../core/index.ts';
import { toReportedFile } from '../../core/reporters/reported-file.ts';
import { lint, type DocumentKind } from '../../index.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import { findingsOf } from './findings.ts';
import { loadIgnored, toConfig } from './settings.ts';
import type { WorkerState } from './worker-state.ts';
import type { ReviewDraft } from './review-file.ts';

/** WorkerState keeps documents by tab and frame; the review page holds one document. */
const reviewTab = 0;
const reviewFrame = 0;

export class ReviewChecker {
  private kind: DocumentKind | undefined;
  /** Ignore lists are kept per file name, as pages keep them per editor. */
  readonly documentKey: string;

  /**
   * `state` is the page's one WorkerState (it holds the settings and watches the ignore lists); a new draft
   * drops the last one's engine session and starts on the automatic kind.
   */
  constructor(
    readonly draft: ReviewDraft,
    private readonly state: WorkerState,
  ) {
    this.documentKey = `review:${draft.name}`;
    state.forgetTab(reviewTab);
    state.chooseKind(this.documentKey, 'auto');
  }

  /**
   * The findings for `text`. A .docx still as opened is checked from its bytes, with Word's headings and lists;
   * once edited, its text is checked as plain text (the edit exists only as text).
   */
  async check(text: string): Promise<DocumentState> {
    if (this.draft.bytes && text === this.draft.original) return this.checkDocx(this.draft.bytes);
    return this.state.lint(this.request(text), reviewTab, reviewFrame);
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

  private async checkDocx(bytes: Uint8Array): Promise<DocumentState> {
    const config = toConfig(await this.state.settings(), this.kind);
    const result = await lint(bytes, { format: 'docx', config, ...(this.kind ? { kind: this.kind } : {}) });
    const all = findingsOf(result);
    const ignored = new Set((await loadIgnored())[this.documentKey]);
    const findings = all.filter((finding) => !ignored.has(finding.fingerprint));
    const { type: _type, ...request } = this.request(result.text);
    return {
      ...request,
      tabId: reviewTab,
      frameId: reviewFrame,
      format: result.format,
      kind: result.kind,
      kindChosen: this.kind !== undefined,
      kindReason: result.kindReason,
      findings,
      ignored: all.length - findings.length,
    };
  }
}
