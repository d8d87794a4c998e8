// One editor on the page: checks its text after each pause in typing and keeps its marks and findings.
import type { EditorAdapter } from '../adapters/types.ts';
import type { ApplyOutcome, Edit, Finding, LintRequest } from '../lib/messages.ts';
import { applyEdits } from './apply.ts';

/** How long typing must pause before the text is checked. */
const pauseMs = 250;

/** Checks an editor's text; the findings refer to `request.text`. */
export type Linter = (request: LintRequest) => Promise<{ findings: Finding[] } | undefined>;

export class EditorSession {
  /** The text the current findings and marks refer to. */
  linted: string | undefined;
  findings: Finding[] = [];
  /** The mode limits last sent with the text: a change in them (a failed re-read, say) is sent even if the text is not. */
  private sentLimitation: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopWatching: () => void;

  constructor(
    readonly adapter: EditorAdapter,
    readonly documentKey: string,
    private readonly linter: Linter,
  ) {
    this.stopWatching = adapter.onChange(() => this.schedule());
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), pauseMs);
  }

  async check(force = false): Promise<void> {
    const { text, format } = this.adapter.read();
    const limitation = this.adapter.limitation;
    if (!force && text === this.linted && limitation === this.sentLimitation) return;
    this.sentLimitation = limitation;
    const answer = await this.linter({
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
    });
    if (answer) this.show(text, answer.findings);
  }

  /** Draws findings if they still describe the editor's text; otherwise a newer check is on its way. */
  show(text: string, findings: Finding[]): void {
    if (this.adapter.read().text !== text) return;
    this.linted = text;
    this.findings = findings;
    this.adapter.showMarks(findings.map(({ id, start, end, severity }) => ({ id, start: start.offset, end: end.offset, severity })));
  }

  finding(id: string): Finding | undefined {
    return this.findings.find((finding) => finding.id === id);
  }

  async apply(edits: Edit[], linted = this.linted): Promise<ApplyOutcome> {
    if (linted === undefined) return { ok: false, reason: 'This editor has not been checked yet.' };
    const outcome = await applyEdits(this.adapter, linted, edits);
    void this.check();
    return outcome;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.stopWatching();
    this.adapter.destroy();
  }
}
