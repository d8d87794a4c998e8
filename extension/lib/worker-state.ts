// The service worker's state: every checked editor of each tab (by frame and editor), which of them the user is in,
// and the engine that checks them (one session per editor).
import type { DocumentKind } from '../../core/types.ts';
import type { DocumentState, LintRequest } from './messages.ts';
import { CheckFailure, type Engine, type EngineResult } from './engine.ts';
import { packFindingsJSON, unpackFindingsJSON } from './packed-findings.ts';
import { ReceivedTexts } from './text-change.ts';
import { maxTextChars } from './requests.ts';
import { ignoredItem, loadIgnored, loadSettings, parseIgnored, toConfig, withIgnored, type Settings } from './settings.ts';

/** An editor within its tab: frame and document key (two frames may hold editors with the same key). */
const editorId = (frameId: number, documentKey: string) => `${frameId}|${documentKey}`;
/** The engine's session for an editor. */
const sessionKeyOf = (frameId: number, documentKey: string) => `${frameId}:${documentKey}`;

/** Where an editor is, as the worker knows it from the browser, and whether the user is in it. */
export interface CheckedWhere {
  pageHost?: string | undefined;
  frameOrigin?: string | undefined;
  focus?: boolean;
  /** The review page: every edit (an Apply) gets a first answer (engine.ts). */
  partialAfterEdits?: boolean;
}

interface TabState {
  editors: Map<string, DocumentState>;
  /** The editor the user was in last (focus or typing); the panel shows it first. */
  focused: string;
}

export class WorkerState {
  private readonly tabs = new Map<number, TabState>();
  /** Per tab and editor: the number of its latest check. Checks finish out of order (a stopped worker, a check
   * answered with a newer one's result); only the latest stores its document. */
  private readonly latestCheck = new Map<string, number>();
  private checks = 0;
  /** Per tab and editor: the number of the check whose document is stored (a first answer older than it is stale). */
  private readonly storedCheck = new Map<string, number>();
  /** The engine's packed findings of a document, when the ignore list left them all (they need no packing again). */
  private readonly packedAsChecked = new WeakMap<DocumentState, string>();
  /** The last text each editor sent, which its next may be a change against. */
  private readonly received = new ReceivedTexts();
  /** Kinds chosen in the panel, per document; otherwise the default kind or the engine's guess. */
  private readonly chosenKinds = new Map<string, DocumentKind>();
  private current: Promise<Settings> = loadSettings();
  /** The ignore lists, read once and kept in step with storage (another window or the options page may change them). */
  private ignoredLists: Promise<Record<string, string[]>> = loadIgnored();

  /**
   * `engine` runs the checks: stoppable workers for the service worker, a LocalEngine on the review page. Not a
   * default: the service worker's bundle would then carry the engine it never runs.
   */
  constructor(private readonly engine: Engine) {
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
    this.tabs.delete(tabId);
    this.received.forgetAll(`${tabId}:`);
    for (const key of this.storedCheck.keys()) if (key.startsWith(`${tabId}:`)) this.storedCheck.delete(key);
    this.engine.forget(tabId);
  }

  /** The editor the user is in (or was in last) in a tab. */
  document(tabId: number): DocumentState | undefined {
    const tab = this.tabs.get(tabId);
    return tab?.editors.get(tab.focused);
  }

  /** Every checked editor of a tab, the focused one first, then in the order they were first checked. */
  documents(tabId: number): DocumentState[] {
    const focused = this.document(tabId);
    const others = [...(this.tabs.get(tabId)?.editors.values() ?? [])].filter((document) => document !== focused);
    return focused ? [focused, ...others] : others;
  }

  editor(tabId: number, frameId: number, documentKey: string): DocumentState | undefined {
    return this.tabs.get(tabId)?.editors.get(editorId(frameId, documentKey));
  }

  /** The user entered an editor that was checked before: it becomes the tab's focused one. False if unknown. */
  focus(tabId: number, frameId: number, documentKey: string): boolean {
    const tab = this.tabs.get(tabId);
    const id = editorId(frameId, documentKey);
    if (!tab?.editors.has(id)) return false;
    tab.focused = id;
    return true;
  }

  /** An editor left its page: it is dropped, and the panel moves on to the newest of the others. */
  forget(tabId: number, frameId: number, documentKey: string): boolean {
    const tab = this.tabs.get(tabId);
    const id = editorId(frameId, documentKey);
    // A check still running for it would store it again when it finishes.
    const running = this.latestCheck.delete(`${tabId}:${id}`);
    this.storedCheck.delete(`${tabId}:${id}`);
    this.received.forget(`${tabId}:${id}`);
    this.engine.forget(tabId, sessionKeyOf(frameId, documentKey));
    if (!tab?.editors.delete(id)) return running;
    if (tab.focused === id) tab.focused = [...tab.editors.keys()].at(-1) ?? '';
    return true;
  }

  /**
   * The text a page's request stands for (a change applied to the editor's last text); undefined when the change
   * is not against the text this worker has, and the page must send the whole text.
   */
  receive(tabId: number, frameId: number, request: LintRequest): string | undefined {
    return this.received.receive(`${tabId}:${editorId(frameId, request.documentKey)}`, request, maxTextChars);
  }

  /**
   * Checks an editor's text; a check that fails gives a document with no findings and says why in `failure`.
   * `where.focus`: the check comes from the editor the user is in, which the panel then shows first. `docx`: the
   * review page's .docx as opened, checked from its bytes (the request's text is then not used). `onPartial` gets a
   * long text's first answer (engine.ts), unless this check's whole answer or a newer check's document came first;
   * it is not stored. (A newer check of the same text, asked meanwhile, may wait for this one's answers.)
   */
  async lint(
    request: LintRequest,
    tabId: number,
    frameId: number,
    where: CheckedWhere = {},
    docx?: Uint8Array,
    onPartial?: (partial: DocumentState) => void,
  ): Promise<DocumentState> {
    const kind = this.chosenKinds.get(request.documentKey);
    const id = editorId(frameId, request.documentKey);
    const check = ++this.checks;
    this.latestCheck.set(`${tabId}:${id}`, check);
    const { type: _type, focused: _focused, version: _version, change: _change, ...rest } = request;
    const { pageHost, frameOrigin, focus = true } = where;
    const linted = { ...rest, ...(pageHost === undefined ? {} : { pageHost }), ...(frameOrigin === undefined ? {} : { frameOrigin }) };
    const latest = () => this.latestCheck.get(`${tabId}:${id}`) === check;
    let answered = false;
    const partialStale = () => answered || (this.storedCheck.get(`${tabId}:${id}`) ?? 0) > check;
    const stateOf = async (result: EngineResult): Promise<DocumentState> => {
      const all = unpackFindingsJSON(result.findings);
      if (!all) throw new CheckFailure('the engine gave a malformed answer');
      const ignored = new Set((await this.ignoredLists)[request.documentKey]);
      const findings = all.filter((finding) => !ignored.has(finding.fingerprint));
      const state: DocumentState = {
        ...linted,
        tabId,
        frameId,
        text: result.text ?? request.text,
        format: result.format,
        kind: result.kind,
        kindChosen: kind !== undefined,
        kindReason: result.kindReason,
        findings,
        ignored: all.length - findings.length,
      };
      if (state.ignored === 0) this.packedAsChecked.set(state, result.findings);
      return state;
    };
    const partial = onPartial
      ? (result: EngineResult) =>
          void stateOf(result).then(
            (state) => partialStale() || onPartial(state),
            () => undefined,
          )
      : undefined;
    let state: DocumentState;
    try {
      const result = await this.engine.check(
        tabId,
        {
          sessionKey: sessionKeyOf(frameId, request.documentKey),
          text: request.text,
          format: request.format,
          config: toConfig(await this.current, kind),
          ...(kind ? { kind } : {}),
          ...(docx ? { docx } : {}),
          ...(request.focus === undefined ? {} : { focus: request.focus }),
          ...(where.partialAfterEdits ? { partialAfterEdits: true } : {}),
        },
        partial,
      );
      answered = true;
      state = await stateOf(result);
    } catch (error) {
      answered = true;
      // A stopped or failed check is shown (on the page and in the panel), never only logged. The kind shown
      // with no findings is only a placeholder; the panel does not offer it.
      const failure = error instanceof Error ? error.message : String(error);
      state = {
        ...linted,
        tabId,
        frameId,
        kind: kind ?? 'general-order',
        kindChosen: kind !== undefined,
        kindReason: '',
        findings: [],
        ignored: 0,
        failure,
      };
    }
    if (!latest()) return state;
    this.latestCheck.delete(`${tabId}:${id}`);
    this.storedCheck.set(`${tabId}:${id}`, check);
    const tab = this.tabs.get(tabId) ?? { editors: new Map(), focused: id };
    tab.editors.set(id, state);
    // With no editor in focus (the one that was has left the page), the first one checked takes the panel.
    if (focus || !tab.editors.has(tab.focused)) tab.focused = id;
    this.tabs.set(tabId, tab);
    return state;
  }

  /** A document's findings, packed as JSON for a page. */
  packed(document: DocumentState): string {
    return this.packedAsChecked.get(document) ?? packFindingsJSON(document.findings);
  }

  /** Re-checks an editor with its last text (after a kind change or an ignore); by default the focused one. */
  async relint(tabId: number, editor = this.document(tabId)): Promise<DocumentState | undefined> {
    if (!editor) return undefined;
    const { failure: _failure, ...request } = editor;
    const { pageHost, frameOrigin } = editor;
    return this.lint({ ...request, type: 'lint' }, tabId, editor.frameId, { pageHost, frameOrigin, focus: false });
  }

  chooseKind(documentKey: string, kind: DocumentKind | 'auto'): void {
    if (kind === 'auto') this.chosenKinds.delete(documentKey);
    else this.chosenKinds.set(documentKey, kind);
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
