// Google Docs paints its text on a canvas, so the DOM holds none of it. Two modes, chosen at run time:
// - annotated text: where Docs offers its annotated-text API to this extension, the text, marks, reveal and Apply go
//   through Docs itself (google-docs-page.ts, in the page's world);
// - export: otherwise the saved document is read through its export URL, findings live in the panel only, and
//   fixes are copied for the user to paste.
// read() stays synchronous: it returns the last snapshot, which the async readers refresh and announce.
import type { EditorAdapter, EditorText, Mark } from './types.ts';
import { documentPrefix, ExportError, readExport } from './google-docs-export.ts';
import { askPage, type BridgeAnswer } from './google-docs-bridge.ts';
import { plainText, rangeRects, textRuns } from './google-docs-canvas.ts';
import { addShadowStyle, uiRoot } from '../content/ui-root.ts';
import { boundingRect, rectsContain } from '../content/geometry.ts';

/** Docs autosaves a moment after typing stops; the export is read once it has. */
const exportSettleMs = 2500;
/** The annotated text is local to the page: it can be read right after a short pause. */
const annotatedSettleMs = 300;
const bridgeTimeoutMs = 1500;
const editSignals = ['keydown', 'paste', 'cut', 'drop', 'input'] as const;

const exportLimitation =
  'Google Docs (export mode): trustlint reads the saved document, so fixes are copied, not applied; paste them into the document. Findings update a few seconds after you stop typing.';
const annotatedLimitation =
  'Google Docs: marks show for the part of the document on screen; fixes are typed through Google Docs and checked by reading the document again.';

/** The top frame of a Google Docs document: the one place the Docs adapter attaches. */
export function isDocsDocumentPage(frame: Window): boolean {
  return frame === frame.top && documentPrefix(new URL(frame.location.href)) !== undefined;
}

/** A Google Docs document page, or a frame inside one (such as Docs' hidden typing frame). */
export function insideDocsDocument(frame: Window): boolean {
  for (let current = frame; ; current = current.parent) {
    try {
      if (documentPrefix(new URL(current.location.href))) return true;
    } catch {
      return false;
    }
    if (current === current.parent) return false;
  }
}

const marksCss = `
.docs-mark { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; }
.docs-mark.error { border-bottom-color: #e51400; } .docs-mark.warning { border-bottom-color: #bf8803; }
.docs-mark.info { border-bottom: 2px dotted #1a85ff; }
.docs-mark.revealed { background: rgba(255, 210, 0, 0.35); }
`;

type Mode = 'export' | 'annotated';

export class GoogleDocsAdapter implements EditorAdapter {
  readonly name = 'google-docs';
  private mode: Mode = 'export';
  private snapshot: EditorText = { text: '', format: 'markdown' };
  /** Docs' annotated text as last read, control characters included (annotated mode). */
  private annotated = '';
  private readProblem: string | undefined;
  private everRead = false;
  private marks: Mark[] = [];
  private revealed: [number, number] | undefined;
  private readonly layer = document.createElement('div');
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: Array<() => void> = [];
  private readonly watchedFrames = new WeakSet<Document>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readWhenVisible = false;
  private reading: Promise<void> = Promise.resolve();
  private readQueued = false;
  private paintQueued = false;

  constructor(
    readonly element: HTMLElement,
    private readonly url: URL,
  ) {
    addShadowStyle('google-docs', marksCss);
    this.layer.setAttribute('aria-hidden', 'true');
    uiRoot().append(this.layer);
    this.watchEdits();
    this.refresh();
  }

  get canApply(): boolean {
    return this.mode === 'annotated';
  }

  get canReveal(): boolean {
    return this.mode === 'annotated';
  }

  get limitation(): string {
    const mode = this.mode === 'annotated' ? annotatedLimitation : exportLimitation;
    if (!this.readProblem) return mode;
    const shown = this.everRead ? ' The findings below are from the last version read.' : '';
    return `${mode} Could not read the document: ${this.readProblem}${shown}`;
  }

  read(): EditorText {
    return this.snapshot;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  showMarks(marks: Mark[]): void {
    this.marks = marks.filter((mark) => mark.end > mark.start);
    this.revealed = undefined;
    this.paint();
  }

  markAt(x: number, y: number): string | undefined {
    // The drawn boxes are the marks as the user sees them (none in export mode).
    for (const box of this.layer.querySelectorAll<HTMLElement>('.docs-mark')) {
      if (rectsContain([box.getBoundingClientRect()], x, y)) return box.dataset.id;
    }
    return undefined;
  }

  rangeRect(start: number, end: number): DOMRect | undefined {
    if (this.mode !== 'annotated') return undefined;
    return boundingRect(rangeRects(textRuns(document, this.snapshot.text), start, end));
  }

  reveal(start: number, end: number): void {
    if (this.mode !== 'annotated') return;
    this.revealed = [start, end];
    // Docs scrolls its canvas to its selection; the marks follow once it has drawn.
    void askPage({ op: 'select', start, end }, bridgeTimeoutMs).then(() => this.paint());
  }

  async replace(start: number, end: number, text: string): Promise<void> {
    if (this.mode !== 'annotated') throw new Error(exportLimitation);
    const answer = await askPage({ op: 'replace', start, end, text, expected: this.annotated }, bridgeTimeoutMs * 2);
    if (!answer.ok) {
      this.refresh();
      throw new Error(answer.reason);
    }
    this.takeAnnotated(answer);
  }

  destroy(): void {
    clearTimeout(this.settleTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    this.layer.remove();
  }

  /** Re-reads after typing or pasting pauses, never while the tab is hidden, and never on a timer of its own. */
  private watchEdits(): void {
    const onEdit = () => {
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.refresh(), this.mode === 'annotated' ? annotatedSettleMs : exportSettleMs);
    };
    const watch = (target: Document) => {
      if (this.watchedFrames.has(target)) return;
      this.watchedFrames.add(target);
      for (const type of editSignals) target.addEventListener(type, onEdit, true);
      this.cleanups.push(() => editSignals.forEach((type) => target.removeEventListener(type, onEdit, true)));
    };
    // Docs takes keystrokes in a hidden same-origin frame; watch it once it exists and gets the focus.
    const watchFrames = () => {
      for (const frame of document.querySelectorAll('iframe')) {
        try {
          if (frame.contentDocument) watch(frame.contentDocument);
        } catch {
          // A cross-origin frame is not where Docs takes typing.
        }
      }
    };
    watch(document);
    watchFrames();
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && this.readWhenVisible) this.refresh();
    };
    // Only annotated mode draws anything; in export mode Docs' constant redrawing is none of our business.
    const onScroll = () => this.mode === 'annotated' && this.paint();
    document.addEventListener('focusin', watchFrames, true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    // Docs redraws its tiles (and their text rects) as the document scrolls or changes.
    const observer = new MutationObserver(onScroll);
    observer.observe(this.element, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label', 'transform', 'style'],
    });
    this.cleanups.push(
      () => document.removeEventListener('focusin', watchFrames, true),
      () => document.removeEventListener('visibilitychange', onVisibility),
      () => window.removeEventListener('scroll', onScroll, { capture: true }),
      () => window.removeEventListener('resize', onScroll),
      () => observer.disconnect(),
    );
  }

  /** Reads the document again (one read at a time; a request during a read is served by one more read after it). */
  private refresh(): void {
    if (document.visibilityState === 'hidden') {
      this.readWhenVisible = true;
      return;
    }
    this.readWhenVisible = false;
    if (this.readQueued) return;
    this.readQueued = true;
    this.reading = this.reading.then(() => {
      this.readQueued = false;
      return this.readOnce();
    });
  }

  private async readOnce(): Promise<void> {
    const before = { text: this.snapshot.text, format: this.snapshot.format, limitation: this.limitation };
    const answer = await askPage({ op: 'read' }, bridgeTimeoutMs);
    if (answer.ok) this.takeAnnotated(answer, false);
    else await this.readSaved();
    if (before.text !== this.snapshot.text || before.format !== this.snapshot.format || before.limitation !== this.limitation)
      this.announce();
  }

  private takeAnnotated(answer: Extract<BridgeAnswer, { ok: true }>, announce = true): void {
    const changed = this.mode !== 'annotated' || this.annotated !== answer.text;
    this.mode = 'annotated';
    this.annotated = answer.text;
    this.snapshot = { text: plainText(answer.text), format: 'text' };
    this.readProblem = undefined;
    this.everRead = true;
    if (changed) {
      this.marks = [];
      this.paint();
      if (announce) this.announce();
    }
  }

  private async readSaved(): Promise<void> {
    if (this.mode === 'annotated') {
      this.mode = 'export';
      this.marks = [];
      this.paint();
    }
    try {
      this.snapshot = await readExport(this.url);
      this.readProblem = undefined;
      this.everRead = true;
    } catch (error) {
      // The last good snapshot stays: a failed read never empties the findings.
      this.readProblem = error instanceof ExportError ? error.message : 'Google Docs could not be read.';
    }
  }

  private announce(): void {
    for (const listener of this.listeners) listener();
  }

  /** Draws the marks over Docs' text rects, at most once a frame. */
  private paint(): void {
    if (this.paintQueued) return;
    this.paintQueued = true;
    requestAnimationFrame(() => {
      this.paintQueued = false;
      const runs = this.mode === 'annotated' && this.marks.length > 0 ? textRuns(document, this.snapshot.text) : [];
      const boxes: HTMLElement[] = [];
      for (const mark of runs.length > 0 ? this.marks : []) {
        const revealed = this.revealed?.[0] === mark.start && this.revealed[1] === mark.end;
        for (const rect of rangeRects(runs, mark.start, mark.end)) {
          const box = document.createElement('div');
          box.className = `docs-mark ${mark.severity}${revealed ? ' revealed' : ''}`;
          box.dataset.id = mark.id;
          Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
          boxes.push(box);
        }
      }
      this.layer.replaceChildren(...boxes);
    });
  }
}
