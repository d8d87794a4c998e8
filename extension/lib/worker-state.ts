// The service worker's state: the last checked document of each tab, checked by an engine (one session per editor).
import type { DocumentKind } from '../../core/types.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import { LocalEngine, type Engine } from './engine.ts';
import { ignoredItem, loadIgnored, loadSettings, parseIgnored, toConfig, type Settings } from './settings.ts';

export class WorkerState {
  private readonly documents = new Map<number, DocumentState>();
  /** Kinds chosen in the panel, per document; otherwise the default kind or the engine's guess. */
  private readonly chosenKinds = new Map<string, DocumentKind>();
  private current: Promise<Settings> = loadSettings();
  /** The ignore lists, read once and kept in step with storage (another window or the options page may change them). */
  private ignoredLists: Promise<Record<string, string[]>> = loadIgnored();

  /** `engine` runs the checks: in this thread by default, in stoppable workers in the service worker. */
  constructor(private readonly engine: Engine = new LocalEngine()) {
    ignoredItem.watch((value) => {
      this.ignoredLists = Promise.resolve(parseIgnored(value));
    });
  }

  settings(): Promise<Settings> {
    return this.current;
  }

  settingsChanged(settings: Settings): void {
    this.current = Promise.resolve(settings);
  }

  forgetTab(tabId: number): void {
    this.documents.delete(tabId);
    this.engine.forget(tabId);
  }

  document(tabId: number): DocumentState | undefined {
    return this.documents.get(tabId);
  }

  /** Checks an editor's text; a check that fails gives a document with no findings and says why in `failure`. */
  async lint(request: LintRequest, tabId: number, frameId: number, pageHost?: string): Promise<DocumentState> {
    const kind = this.chosenKinds.get(request.documentKey);
    const { type: _type, ...rest } = request;
    const linted = { ...rest, ...(pageHost === undefined ? {} : { pageHost }) };
    let state: DocumentState;
    try {
      const result = await this.engine.check(tabId, {
        sessionKey: `${frameId}:${request.documentKey}`,
        text: request.text,
        format: request.format,
        config: toConfig(await this.current, kind),
        ...(kind ? { kind } : {}),
      });
      const ignored = new Set((await this.ignoredLists)[request.documentKey]);
      const findings = result.findings.filter((finding) => !ignored.has(finding.fingerprint));
      state = {
        ...linted,
        tabId,
        frameId,
        text: result.text,
        format: result.format,
        kind: result.kind,
        kindChosen: kind !== undefined,
        findings,
        ignored: result.findings.length - findings.length,
      };
    } catch (error) {
      // A stopped or failed check is shown (on the page and in the panel), never only logged. The kind shown
      // with no findings is only a placeholder; the panel does not offer it.
      const failure = error instanceof Error ? error.message : String(error);
      state = {
        ...linted,
        tabId,
        frameId,
        kind: kind ?? 'general-order',
        kindChosen: kind !== undefined,
        findings: [],
        ignored: 0,
        failure,
      };
    }
    this.documents.set(tabId, state);
    return state;
  }

  /** Re-checks a tab's document with its last text (after a kind change or an ignore). */
  async relint(tabId: number): Promise<DocumentState | undefined> {
    const current = this.documents.get(tabId);
    if (!current) return undefined;
    const { failure: _failure, ...request } = current;
    return this.lint({ ...request, type: 'lint' }, tabId, current.frameId, current.pageHost);
  }

  chooseKind(documentKey: string, kind: DocumentKind | 'auto'): void {
    if (kind === 'auto') this.chosenKinds.delete(documentKey);
    else this.chosenKinds.set(documentKey, kind);
  }

  async ignore(documentKey: string, fingerprint: string): Promise<void> {
    const all = await loadIgnored();
    const list = all[documentKey] ?? [];
    if (list.includes(fingerprint)) return;
    const updated = { ...all, [documentKey]: [...list, fingerprint] };
    this.ignoredLists = Promise.resolve(updated);
    await ignoredItem.setValue(updated);
  }
}
