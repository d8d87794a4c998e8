// The service worker: checks every tab's editors (in stoppable workers) and keeps the panel in step with the page.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ContentRequest, DocumentState, LintReply, PanelUpdate } from '../lib/messages.ts';
import { packFindings, packFindingsJSON } from '../lib/packed-findings.ts';
import { WorkerState } from '../lib/worker-state.ts';
import { ruleDocUrl } from '../lib/rule-doc.ts';
import { parseSettings, settingsItem, siteEnabled } from '../lib/settings.ts';
import { EnginePool, engineWorkerUrl } from '../lib/engine-pool.ts';
import { OffscreenEngine } from '../lib/offscreen-engine.ts';
import { originOf, parseExtensionRequest, parsePageRequest, parsePanelHello, type Origin } from '../lib/requests.ts';
import { followDocsSetting } from '../lib/docs-id-script.ts';

const topFrameAttempts = 20;
const topFrameRetryMs = 250;

export default defineBackground(() => {
  // Firefox's background page can start workers; Chrome's service worker cannot, so an offscreen document does.
  const engine = typeof Worker === 'function' ? new EnginePool(engineWorkerUrl()) : new OffscreenEngine();
  engine.prepare();
  const state = new WorkerState(engine);
  const panels = new Map<Browser.runtime.Port, number>();
  void state.settings().then(followDocsSetting);
  let lastRulePage = 0;
  const extensionOrigin = browser.runtime.getURL('/');
  const origin = (sender: Browser.runtime.MessageSender): Origin | undefined => originOf(sender, browser.runtime.id, extensionOrigin);

  // Content scripts get settings by message (site-enabled), never from storage. Chrome only; Firefox has no such switch.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  const update = (tabId: number): PanelUpdate => ({
    type: 'state',
    focused: state.document(tabId) !== undefined,
    documents: state.documents(tabId).map((document) => ({ ...document, findings: packFindings(document.findings) })),
  });
  const publish = (tabId: number) => {
    for (const [port, watched] of panels) if (watched === tabId) port.postMessage(update(tabId));
  };

  /** Re-checks an editor (by default the focused one); sends its findings to its frame, and to the panels. */
  const refresh = async (tabId: number, editor?: DocumentState) => {
    const document = await state.relint(tabId, editor);
    if (!document) return;
    const request: ContentRequest = {
      type: 'findings',
      documentKey: document.documentKey,
      text: document.text,
      findings: state.packed(document),
      ...(document.failure === undefined ? {} : { failure: document.failure }),
    };
    await browser.tabs.sendMessage(tabId, request, { frameId: document.frameId }).catch(() => undefined);
    publish(tabId);
  };

  /** The host of each tab's top-level page, as its own frame reported it (cleared when the tab navigates). */
  const topHosts = new Map<number, string>();
  /**
   * The host of the tab's top-level page: the site switch follows it, whatever frame an editor is in. A frame may
   * ask before the top frame's script has started, so the top frame is asked a few times.
   */
  const topHost = async (tabId: number, sender: Browser.runtime.MessageSender): Promise<string | undefined> => {
    if (sender.frameId === 0 && sender.url) topHosts.set(tabId, new URL(sender.url).hostname);
    for (let attempt = 0; !topHosts.has(tabId) && attempt < topFrameAttempts; attempt++) {
      const url = await askTopFrame(tabId);
      if (url) topHosts.set(tabId, new URL(url).hostname);
      else await new Promise((resolve) => setTimeout(resolve, topFrameRetryMs));
    }
    return topHosts.get(tabId);
  };
  const askTopFrame = (tabId: number) =>
    browser.tabs
      .sendMessage(tabId, { type: 'top-url' } satisfies ContentRequest, { frameId: 0 })
      .then((url: unknown) => (typeof url === 'string' && /^https?:/.test(url) ? url : undefined))
      .catch(() => undefined);
  const enabledOn = async (host: string | undefined) => host !== undefined && siteEnabled(await state.settings(), host);

  const answerPage = (raw: unknown, tabId: number, frameId: number, sender: Browser.runtime.MessageSender) => {
    const request = parsePageRequest(raw);
    if (!request) return undefined;
    switch (request.type) {
      case 'site-enabled':
        return topHost(tabId, sender).then(enabledOn);
      case 'lint': {
        // Taken in as it arrives, before any wait: the page's next text may be a change against this one.
        const text = state.receive(tabId, frameId, request);
        if (text === undefined) return Promise.resolve({ resend: true } satisfies LintReply);
        return (async () => {
          // A page can ask just before it learns its site was turned off; it gets nothing to show.
          // The answer leaves the text out: the page has it, and a long draft is costly to copy back.
          const host = await topHost(tabId, sender);
          if (!(await enabledOn(host))) return { findings: packFindingsJSON([]) } satisfies LintReply;
          const frameOrigin = frameOriginOf(sender);
          const { documentKey, version } = request;
          // A long text's first answer goes to the page as it comes, numbered with the page's text it is for.
          const onPartial =
            version === undefined
              ? undefined
              : (partial: DocumentState) => {
                  const message: ContentRequest = { type: 'partial', documentKey, version, findings: state.packed(partial) };
                  void browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
                };
          const where = { pageHost: host, frameOrigin, focus: request.focused === true };
          const document = await state.lint({ ...request, text }, tabId, frameId, where, undefined, onPartial);
          publish(tabId);
          return {
            findings: state.packed(document),
            ...(document.failure === undefined ? {} : { failure: document.failure }),
          } satisfies LintReply;
        })();
      }
      case 'ignore': {
        // Only for an editor this frame has sent: a page cannot edit the ignore lists of other sites' documents.
        const editor = state.editor(tabId, frameId, request.documentKey);
        if (!editor) return undefined;
        return state.ignore(request.documentKey, request.fingerprint).then(() => refresh(tabId, editor));
      }
      case 'focus':
        if (!state.focus(tabId, frameId, request.documentKey)) return undefined;
        publish(tabId);
        return Promise.resolve(true);
      case 'forget':
        if (!state.forget(tabId, frameId, request.documentKey)) return undefined;
        publish(tabId);
        return Promise.resolve(true);
      case 'open-rule':
        return browser.tabs.create({ url: ruleDocUrl(request.ruleId) }).then(() => undefined);
    }
  };

  const answerExtension = (raw: unknown) => {
    const request = parseExtensionRequest(raw);
    if (!request) return undefined;
    switch (request.type) {
      case 'get-state':
        return Promise.resolve(state.document(request.tabId) ?? null);
      case 'set-kind': {
        const document = state.document(request.tabId);
        if (!document) return Promise.resolve(null);
        state.chooseKind(document.documentKey, request.kind);
        return refresh(request.tabId).then(() => state.document(request.tabId) ?? null);
      }
      case 'ignore': {
        const editor = state.documents(request.tabId).find((document) => document.documentKey === request.documentKey);
        return state.ignore(request.documentKey, request.fingerprint).then(() => refresh(request.tabId, editor));
      }
      case 'open-rule': {
        // At most one rule page a second: a page that forges the request cannot open tabs without end.
        if (Date.now() - lastRulePage < 1000) return Promise.resolve(undefined);
        lastRulePage = Date.now();
        return browser.tabs.create({ url: ruleDocUrl(request.ruleId) }).then(() => undefined);
      }
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const from = origin(sender);
    if (!from) return false;
    const answer = from.from === 'page' ? answerPage(raw, from.tabId, from.frameId, sender) : answerExtension(raw);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own panel may watch a tab: a content script could otherwise stream another tab's typing.
    if (port.name !== 'panel' || origin(port.sender ?? {})?.from !== 'extension') return;
    port.onMessage.addListener((message: unknown) => {
      const tabId = parsePanelHello(message);
      if (tabId === undefined) return;
      panels.set(port, tabId);
      port.postMessage(update(tabId));
      // A panel opened on a tab the worker has not seen since it started asks the page to check again.
      if (!state.document(tabId)) void browser.tabs.sendMessage(tabId, { type: 'relint' } satisfies ContentRequest).catch(() => undefined);
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    state.forgetTab(tabId);
    topHosts.delete(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    state.forgetTab(tabId);
    topHosts.delete(tabId);
    publish(tabId);
  });

  settingsItem.watch(async (value) => {
    const settings = parseSettings(value);
    state.settingsChanged(settings);
    void followDocsSetting(settings);
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const document = state.document(tab.id);
      if (document?.pageHost !== undefined && !siteEnabled(settings, document.pageHost)) {
        state.forgetTab(tab.id);
        publish(tab.id);
      }
      // Every frame asks again whether its site is on, then checks its editors.
      void browser.tabs.sendMessage(tab.id, { type: 'settings-changed' } satisfies ContentRequest).catch(() => undefined);
    }
  });
});

/**
 * The site a frame's content belongs to. An about:blank or srcdoc frame (TinyMCE's editing frame) has the origin of
 * the page that made it, which Chrome gives as `sender.origin`; its URL alone would say "null".
 */
function frameOriginOf(sender: Browser.runtime.MessageSender): string | undefined {
  for (const candidate of [sender.origin, sender.url]) {
    if (!candidate) continue;
    const origin = URL.canParse(candidate) ? new URL(candidate).origin : 'null';
    if (origin !== 'null') return origin;
  }
  return undefined;
}
