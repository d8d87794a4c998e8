// The service worker's state: one engine session per editor, and the last checked document of each tab.
import { createSession, type DocumentKind } from '../../index.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import { findingsOf } from './findings.ts';
import { ignoredItem, loadIgnored, loadSettings, parseIgnored, toConfig, withIgnored, type Settings } from './settings.ts';

type Session = ReturnType<typeof createSession>;

export class WorkerState {
  private readonly sessions = new Map<string, Session>();
  private readonly documents = new Map<number, DocumentState>();
  /** Kinds chosen in the panel, per document; otherwise the default kind or the engine's guess. */
  private readonly chosenKinds = new Map<string, DocumentKind>();
  private current: Promise<Settings> = loadSettings();
  /** The ignore lists, read once and kept in step with storage (another window or the options page may change them). */
  private ignoredLists: Promise<Record<string, string[]>> = loadIgnored();

  constructor() {
    ignoredItem.watch((value) => {
      this.ignoredLists = Promise.resolve(parseIgnored(value));
    });
  }

  settings(): Promise<Settings> {
    return this.current;
  }

  settingsChanged(settings: Settings): void {
    this.current = Promise.resolve(settings);
    this.sessions.clear();
  }

  forgetTab(tabId: number): void {
    this.documents.delete(tabId);
    for (const key of this.sessions.keys()) if (key.startsWith(`${tabId}:`)) this.sessions.delete(key);
  }

  document(tabId: number): DocumentState | undefined {
    return this.documents.get(tabId);
  }

  async lint(request: LintRequest, tabId: number, frameId: number): Promise<DocumentState> {
    const kind = this.chosenKinds.get(request.documentKey);
    const sessionKey = `${tabId}:${frameId}:${request.documentKey}:${request.format}`;
    let session = this.sessions.get(sessionKey);
    if (!session) {
      session = createSession({ format: request.format, config: toConfig(await this.current, kind), ...(kind ? { kind } : {}) });
      this.sessions.set(sessionKey, session);
    }
    const result = session.lint(request.text);
    const all = findingsOf(result);
    const ignored = new Set((await this.ignoredLists)[request.documentKey]);
    const findings = all.filter((finding) => !ignored.has(finding.fingerprint));
    const { type: _type, ...linted } = request;
    const state: DocumentState = {
      ...linted,
      tabId,
      frameId,
      text: result.text,
      format: result.format,
      kind: result.kind,
      kindChosen: kind !== undefined,
      kindReason: result.kindReason,
      findings,
      ignored: all.length - findings.length,
    };
    this.documents.set(tabId, state);
    return state;
  }

  /** Re-checks a tab's document with its last text (after a kind change or an ignore). */
  async relint(tabId: number): Promise<DocumentState | undefined> {
    const current = this.documents.get(tabId);
    if (!current) return undefined;
    return this.lint({ ...current, type: 'lint' }, tabId, current.frameId);
  }

  chooseKind(documentKey: string, kind: DocumentKind | 'auto'): void {
    if (kind === 'auto') this.chosenKinds.delete(documentKey);
    else this.chosenKinds.set(documentKey, kind);
    for (const key of this.sessions.keys()) if (key.includes(`:${documentKey}:`)) this.sessions.delete(key);
  }

  async ignore(documentKey: string, fingerprint: string): Promise<void> {
    const all = await loadIgnored();
    if (all[documentKey]?.includes(fingerprint)) return;
    const updated = withIgnored(all, documentKey, fingerprint);
    if (!updated) return;
    this.ignoredLists = Promise.resolve(updated);
    await ignoredItem.setValue(updated);
  }
}
