// One editor on the page: checks its text after each pause in typing and keeps its marks and findings.
import type { EditorAdapter } from '../adapters/types.ts';
import { type ApplyOutcome, type Edit, type Finding, isDocumentLevel, type LintRequest } from '../lib/messages.ts';
import { applySuggestions } from '../../core/suggestions.ts';
import { applyEdits } from './apply.ts';
import { characters } from '../lib/limits.ts';
import { EditorNotice } from './editor-notice.ts';

/** How long typing must pause before the text is checked. */
const pauseMs = 250;

/**
 * Checks an editor's text; the findings refer to `request.text`. `failure` says why it could not be checked. A long
 * text may get a first answer (the part in view, or the blocks an edit changed) through `onPartial` before the whole.
 */
export type Linter = (request: LintRequest, onPartial?: (answer: LintAnswer) => void) => Promise<LintAnswer | undefined>;

export interface LintAnswer {
  findings: Finding[];
  failure?: string;
}

/** Text longer than `maxChars` is not checked; the notice ends with `advice`. */
export interface LengthLimit {
  maxChars: number;
  advice: string;
}

export function tooLongNotice(length: number, { maxChars, advice }: LengthLimit): string {
  return `This text has ${characters(length)} characters, more than the ${characters(maxChars)} trustlint checks as you type, so it is not checked. ${advice}`;
}

export class EditorSession {
  /** The text the current findings and marks refer to. */
  linted: string | undefined;
  findings: Finding[] = [];
  /** Why the last answer shown could not be checked, if it could not. */
  private failure: string | undefined;
  /** Whether the findings shown are a whole answer's, not a long text's first one. */
  private whole = false;
  /** The mode limits last sent with the text: a change in them (a failed re-read, say) is sent even if the text is not. */
  private sentLimitation: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** An Apply under way: the text its edits make, and whether that text was sent to be checked as it arrived. */
  private applying: { expected: string; checked: boolean } | undefined;
  private readonly stopWatching: () => void;
  private readonly notice: EditorNotice;

  constructor(
    readonly adapter: EditorAdapter,
    readonly documentKey: string,
    private readonly linter: Linter,
    private readonly limit?: LengthLimit,
    /** The editor's name on the page, for the panel. */
    private readonly label?: string,
  ) {
    this.stopWatching = adapter.onChange(() => this.changed());
    this.notice = new EditorNotice(adapter.element);
  }

  /**
   * The editor's text changed. An Apply's result is checked as soon as the editor holds it, in the same task (the
   * input event of its last edit): not after the read-back a frame later, nor after the typing pause. On the review
   * page the check then reaches the engine before the field is repainted (profiled: 20–30 ms earlier on a long draft).
   */
  private changed(): void {
    const applying = this.applying;
    if (applying && !applying.checked && this.adapter.read().text === applying.expected) {
      applying.checked = true;
      clearTimeout(this.timer);
      void this.check();
      return;
    }
    this.schedule();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), pauseMs);
  }

  async check(force = false): Promise<void> {
    const { text: current, format } = this.adapter.read();
    const overLimit = this.limit && current.length > this.limit.maxChars ? this.limit : undefined;
    const tooLong = overLimit !== undefined;
    const limitation = overLimit ? tooLongNotice(current.length, overLimit) : this.adapter.limitation;
    if (!force && current === this.linted && limitation === this.sentLimitation) return;
    this.sentLimitation = limitation;
    // Too long: nothing is checked or marked; the panel gets the notice with an empty document.
    const text = tooLong ? '' : current;
    if (tooLong) {
      this.linted = current;
      this.findings = [];
      this.adapter.showMarks([]);
    }
    const caret = this.adapter.caret?.();
    const shown = (partial: LintAnswer) => this.show(text, partial.findings, partial.failure, true);
    const answer = await this.linter(
      {
        type: 'lint',
        documentKey: this.documentKey,
        text,
        format,
        title: document.title,
        url: location.href,
        editor: this.adapter.name,
        canApply: this.adapter.canApply,
        ...(this.adapter.canReveal === false ? { canReveal: false } : {}),
        ...(limitation ? { limitation } : {}),
        ...(this.label ? { label: this.label } : {}),
        ...(this.hasFocus() ? { focused: true } : {}),
        ...(caret === undefined ? {} : { focus: caret }),
      },
      tooLong ? undefined : shown,
    );
    if (answer && !tooLong) this.show(text, answer.findings, answer.failure);
  }

  /**
   * The user is in this editor: this frame has focus, and no other field of it does (editors such as Google Docs
   * take typing in a frame or a hidden element of their own). A frame the user is not in never claims focus.
   */
  hasFocus(): boolean {
    if (!document.hasFocus()) return false;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active === null || active === document.body || active instanceof HTMLIFrameElement) return true;
    return this.adapter.element === active || this.adapter.element.contains(active) || !isField(active);
  }

  /**
   * Draws findings if they still describe the editor's text; otherwise a newer check is on its way. A check
   * that failed leaves no marks and a notice under the editor.
   */
  show(text: string, findings: Finding[], failure?: string, partial = false): void {
    if (this.adapter.read().text !== text) return;
    // A first answer never replaces a whole one for the same text (a check of it asked earlier may still answer).
    if (partial && text === this.linted && this.whole) return;
    this.whole = !partial;
    // The whole answer after a first one usually says the same: the marks stay as they are drawn.
    const same = text === this.linted && failure === this.failure && sameMarks(findings, this.findings);
    this.failure = failure;
    if (same) {
      this.findings = findings;
      return;
    }
    this.linted = text;
    this.findings = findings;
    if (failure === undefined) this.notice.hide();
    else this.notice.show(`trustlint: not checked: ${failure}`);
    this.adapter.showMarks(findings.map(({ id, start, end, severity }) => ({ id, start: start.offset, end: end.offset, severity })));
  }

  finding(id: string): Finding | undefined {
    return this.findings.find((finding) => finding.id === id);
  }

  /** The findings a mark opens: the finding itself, or every document-level finding when it is one (they share the title). */
  sameMark(finding: Finding): Finding[] {
    if (!isDocumentLevel(finding)) return [finding];
    return this.findings.filter(
      (other) => isDocumentLevel(other) && other.start.offset === finding.start.offset && other.end.offset === finding.end.offset,
    );
  }

  async apply(edits: Edit[], linted = this.linted): Promise<ApplyOutcome> {
    if (linted === undefined) return { ok: false, reason: 'This editor has not been checked yet.' };
    const applying = { expected: applySuggestions(linted, edits).text, checked: false };
    this.applying = applying;
    let outcome: ApplyOutcome;
    try {
      outcome = await applyEdits(this.adapter, linted, edits);
    } finally {
      if (this.applying === applying) this.applying = undefined;
    }
    // Checked now unless its text was checked as it arrived (the editor then holds that text still).
    if (!applying.checked || this.adapter.read().text !== applying.expected) void this.check();
    return outcome;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.notice.hide();
    this.stopWatching();
    this.adapter.destroy();
  }
}

/** Ids carry each finding's rule and range. */
const sameMarks = (a: Finding[], b: Finding[]) =>
  a.length === b.length && a.every((finding, index) => finding.id === b[index]!.id && finding.severity === b[index]!.severity);

/** An element that takes typing of its own: another editor than this one. */
function isField(element: Element): boolean {
  return (
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement || (element as HTMLElement).isContentEditable === true
  );
}
