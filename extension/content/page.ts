// Wires the editors of one frame to the service worker, the card and the panel's requests.
import { browser } from 'wxt/browser';
import type { ContentRequest, Finding, LintReply, LintRequest, PageRequest } from '../lib/messages.ts';
import { unpackFindingsJSON } from '../lib/packed-findings.ts';
import { SentTexts } from '../lib/text-change.ts';
import { discoverEditors, findEditor, isShown } from '../adapters/index.ts';
import type { EditorAdapter } from '../adapters/types.ts';
import { maxCheckedChars } from '../lib/limits.ts';
import { shortHash } from '../lib/settings.ts';
import { EditorSession, type LintAnswer, type Linter } from './editor-session.ts';
import { closeCard, currentCard, showCard, showNotice } from './card.ts';
import { copyText } from './clipboard.ts';
import { editorLabel } from './editor-label.ts';

const hoverDelayMs = 150;
const closeDelayMs = 400;

/** Where checking happens: the service worker for web pages, the engine itself on the review page. */
export interface EditorHost {
  lint: Linter;
  /** Remembers that a finding is ignored in a document (the host then sends fresh findings). */
  ignore(documentKey: string, fingerprint: string): Promise<unknown>;
  /** The one editor to check; by default every editor on the page. */
  only?: HTMLElement;
  /** Tells the panel's owner that the user entered an editor that was checked before. */
  focus?(documentKey: string): Promise<unknown>;
  /** Tells the panel's owner that an editor was hidden or removed. */
  forget?(documentKey: string): Promise<unknown>;
  /** Text longer than `maxChars` is left unchecked; the notice ends with `advice` (where to check it instead). */
  tooLong?: { maxChars: number; advice: string };
}

const workerHost: EditorHost = {
  lint: lintInWorker,
  // A long first check would hold the worker, and with it every tab's checks.
  tooLong: { maxChars: maxCheckedChars, advice: 'Open it with "Review a file" instead.' },
  ignore: (documentKey, fingerprint) => browser.runtime.sendMessage({ type: 'ignore', documentKey, fingerprint } satisfies PageRequest),
  focus: (documentKey) => browser.runtime.sendMessage({ type: 'focus', documentKey } satisfies PageRequest),
  forget: (documentKey) => {
    sentTexts.forget(documentKey);
    return browser.runtime.sendMessage({ type: 'forget', documentKey } satisfies PageRequest);
  },
};

export class PageEditors {
  constructor(private readonly host: EditorHost = workerHost) {}

  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: Array<() => void> = [];
  /** Sees an editor hidden (TinyMCE and CKEditor hide the field they replace) or taken off the page. */
  private readonly visibility = new ResizeObserver((entries) => {
    for (const { target } of entries) if (!target.isConnected || !isShown(target)) this.drop(target as HTMLElement);
  });

  start(): void {
    const onFocus = (event: FocusEvent) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const found = findEditor(target);
      const known = found !== undefined && this.sessions.has(found.element);
      const session = this.attach(target);
      if (!session) return;
      // Entering an editor checked before, with its text unchanged, brings its findings back to the panel.
      if (known && session.linted === session.adapter.read().text) void this.host.focus?.(session.documentKey);
      else void session.check();
    };
    const onMove = (event: MouseEvent) => this.hover(event.clientX, event.clientY);
    // A page's own script can dispatch events; only the user's open a card.
    const onClick = (event: MouseEvent) => event.isTrusted && this.openAt(event.clientX, event.clientY);
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('mousemove', onMove, { passive: true });
    document.addEventListener('click', onClick, true);
    this.cleanups.push(
      () => document.removeEventListener('focusin', onFocus, true),
      () => document.removeEventListener('mousemove', onMove),
      () => document.removeEventListener('click', onClick, true),
    );
    // Drafts already on the page are checked without waiting for a focus.
    for (const candidate of discoverEditors(document)) {
      const session = this.attach(candidate);
      if (session && session.adapter.read().text.trim() !== '') void session.check();
    }
  }

  stop(): void {
    this.visibility.disconnect();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
    closeCard();
  }

  /** Answers a request from the worker or the panel; undefined when the document is not in this frame. */
  handle(request: Exclude<ContentRequest, { type: 'settings-changed' | 'top-url' }>): Promise<unknown> | undefined {
    if (request.type === 'relint') return Promise.all([...this.sessions.values()].map((session) => session.check(true)));
    const session = this.byKey(request.documentKey);
    if (!session) return undefined;
    switch (request.type) {
      case 'findings': {
        const findings = unpackFindingsJSON(request.findings);
        if (findings) session.show(request.text, findings, request.failure);
        else session.show(request.text, [], malformed);
        return Promise.resolve({ ok: findings !== undefined });
      }
      case 'partial': {
        // Only for a text still being checked: once its whole answer is in, its first answer is stale and dropped.
        const show = partialAnswers.get(partialKey(request.documentKey, request.version));
        const findings = show ? unpackFindingsJSON(request.findings) : undefined;
        if (findings) show?.({ findings });
        return Promise.resolve({ ok: findings !== undefined });
      }
      case 'reveal': {
        const finding = session.finding(request.findingId);
        if (!finding) return Promise.resolve({ ok: false, reason: 'That finding is no longer in the text.' });
        session.adapter.reveal(finding.start.offset, finding.end.offset);
        this.open(session, finding);
        return Promise.resolve({ ok: true });
      }
      case 'apply':
        return session.apply(request.edits, request.linted).then((outcome) => {
          if (!outcome.ok) showNotice(outcome.reason);
          return outcome;
        });
    }
  }

  private attach(target: Element): EditorSession | undefined {
    const found = findEditor(target);
    if (!found || (this.host.only && found.element !== this.host.only)) return undefined;
    const existing = this.sessions.get(found.element);
    if (existing) return existing;
    const adapter = found.kind.create(found.element);
    const label = editorLabel(found.element, adapter.name);
    const session = new EditorSession(adapter, this.documentKey(found.element, adapter), this.host.lint, this.host.tooLong, label);
    this.sessions.set(found.element, session);
    this.visibility.observe(found.element);
    return session;
  }

  private drop(element: HTMLElement): void {
    const session = this.sessions.get(element);
    if (!session) return;
    this.visibility.unobserve(element);
    this.sessions.delete(element);
    session.destroy();
    void this.host.forget?.(session.documentKey);
  }

  /**
   * Identifies an editor across reloads, for the per-document ignore list. The page chooses ids and names, of
   * any length: they enter the key hashed.
   */
  private documentKey(element: HTMLElement, adapter: EditorAdapter): string {
    const label =
      adapter.documentId ??
      (element.id ||
        element.getAttribute('name') ||
        `${adapter.name}-${[...this.sessions.keys()].filter((other) => other.tagName === element.tagName).length}`);
    return `${location.origin}${location.pathname.slice(0, 512)}#${shortHash(label)}`;
  }

  private byKey(documentKey: string): EditorSession | undefined {
    return [...this.sessions.values()].find((session) => session.documentKey === documentKey);
  }

  private markAt(x: number, y: number): { session: EditorSession; finding: Finding } | undefined {
    for (const session of this.sessions.values()) {
      const id = session.adapter.markAt(x, y);
      const finding = id === undefined ? undefined : session.finding(id);
      if (finding) return { session, finding };
    }
    return undefined;
  }

  private hover(x: number, y: number): void {
    clearTimeout(this.hoverTimer);
    const hit = this.markAt(x, y);
    const card = currentCard();
    if (hit) {
      clearTimeout(this.closeTimer);
      if (card?.dataset.findingId !== hit.finding.id) this.hoverTimer = setTimeout(() => this.open(hit.session, hit.finding), hoverDelayMs);
      return;
    }
    if (card && !card.matches(':hover')) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => !card.matches(':hover') && closeCard(), closeDelayMs);
    }
  }

  private openAt(x: number, y: number): void {
    const hit = this.markAt(x, y);
    if (hit) this.open(hit.session, hit.finding);
  }

  private open(session: EditorSession, finding: Finding): void {
    const linted = session.linted;
    const anchor = session.adapter.rangeRect(finding.start.offset, finding.end.offset) ?? session.adapter.element.getBoundingClientRect();
    if (linted === undefined) return;
    showCard(session.sameMark(finding), linted, anchor, {
      canApply: session.adapter.canApply,
      copy: async (text, where) => {
        closeCard();
        const copied = await copyText(text);
        showNotice(copied ? `Copied. ${where}` : 'The clipboard is not available in this frame; copy the fix from the side panel.', copied);
      },
      apply: async (suggestion) => {
        closeCard();
        const outcome = await session.apply([{ range: suggestion.range, text: suggestion.text }], linted);
        if (!outcome.ok) showNotice(outcome.reason);
      },
      ignore: async (ignored) => {
        closeCard();
        await this.host.ignore(session.documentKey, ignored.fingerprint);
      },
    });
  }
}

const malformed = 'the answer was malformed';

/** Per editor: the last text sent to the worker; the next is sent as a change against it. */
const sentTexts = new SentTexts();

/** Per editor and number of a text being checked: where its first answer (a long text's) goes. */
const partialAnswers = new Map<string, (answer: LintAnswer) => void>();
const partialKey = (documentKey: string, version: number) => `${version}:${documentKey}`;

async function lintInWorker(request: LintRequest, onPartial?: (answer: LintAnswer) => void): Promise<LintAnswer | undefined> {
  const send = (message: LintRequest) => browser.runtime.sendMessage(message) as Promise<LintReply | { error: string } | undefined>;
  const { documentKey } = request;
  const { version, change } = sentTexts.next(documentKey, request.text);
  if (onPartial) partialAnswers.set(partialKey(documentKey, version), onPartial);
  const whole = { ...request, version };
  let answer: LintReply | { error: string } | undefined;
  try {
    answer = await send(change ? { ...whole, text: '', change } : whole);
    // The worker does not have the text the change is against (it restarted): the whole text, once.
    if (answer && 'resend' in answer) answer = await send(whole);
  } finally {
    // The whole answer is in: a first answer arriving after it is dropped.
    partialAnswers.delete(partialKey(documentKey, version));
  }
  if (!answer || 'resend' in answer) return undefined;
  // The worker itself failing is a failed check too: the editor says so.
  if ('error' in answer) return { findings: [], failure: answer.error };
  const findings = unpackFindingsJSON(answer.findings);
  if (!findings) return { findings: [], failure: malformed };
  return { findings, ...(answer.failure === undefined ? {} : { failure: answer.failure }) };
}
