// The service worker: runs the engine for every tab and keeps the panel in step with the page.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerMessages, type BackgroundRequest, type ContentRequest, type DocumentState, type PanelUpdate } from '../lib/messages.ts';
import { WorkerState } from '../lib/worker-state.ts';
import { ruleDocUrl } from '../lib/rule-doc.ts';
import { parseSettings, settingsItem, siteEnabled } from '../lib/settings.ts';

export default defineBackground(() => {
  const state = new WorkerState();
  const panels = new Map<Browser.runtime.Port, number>();
  let lastRulePage = 0;

  const publish = (tabId: number, document: DocumentState | null) => {
    const update: PanelUpdate = { type: 'state', state: document };
    for (const [port, watched] of panels) if (watched === tabId) port.postMessage(update);
  };

  /** Sends fresh findings to the frame that holds the document, and to the panels. */
  const refresh = async (tabId: number) => {
    const document = await state.relint(tabId);
    if (!document) return;
    const request: ContentRequest = {
      type: 'findings',
      documentKey: document.documentKey,
      text: document.text,
      findings: document.findings,
    };
    await browser.tabs.sendMessage(tabId, request, { frameId: document.frameId }).catch(() => undefined);
    publish(tabId, document);
  };

  answerMessages<BackgroundRequest>((request, sender) => {
    switch (request.type) {
      case 'lint': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return (async () => {
          // A page can ask just before it learns its site was turned off; it gets nothing to show.
          // The answer leaves the text out: the page has it, and a long draft is costly to copy back.
          if (!siteEnabled(await state.settings(), new URL(request.url).hostname)) return { findings: [] };
          const document = await state.lint(request, tabId, sender.frameId ?? 0);
          publish(tabId, document);
          return { findings: document.findings };
        })();
      }
      case 'get-state':
        return Promise.resolve(state.document(request.tabId) ?? null);
      case 'set-kind': {
        const document = state.document(request.tabId);
        if (!document) return Promise.resolve(null);
        state.chooseKind(document.documentKey, request.kind);
        return refresh(request.tabId).then(() => state.document(request.tabId) ?? null);
      }
      case 'open-rule': {
        // At most one rule page a second: a page that forges the request cannot open tabs without end.
        if (Date.now() - lastRulePage < 1000) return Promise.resolve(undefined);
        lastRulePage = Date.now();
        return browser.tabs.create({ url: ruleDocUrl(request.ruleId) }).then(() => undefined);
      }
      case 'ignore': {
        const tabId = request.tabId ?? sender.tab?.id;
        return state.ignore(request.documentKey, request.fingerprint).then(() => (tabId === undefined ? undefined : refresh(tabId)));
      }
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'panel') return;
    port.onMessage.addListener((message: { tabId: number }) => {
      panels.set(port, message.tabId);
      port.postMessage({ type: 'state', state: state.document(message.tabId) ?? null } satisfies PanelUpdate);
      // A panel opened on a tab the worker has not seen since it started asks the page to check again.
      if (!state.document(message.tabId))
        void browser.tabs.sendMessage(message.tabId, { type: 'relint' } satisfies ContentRequest).catch(() => undefined);
    });
    port.onDisconnect.addListener(() => panels.delete(port));
  });

  browser.tabs.onRemoved.addListener((tabId) => state.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    state.forgetTab(tabId);
    publish(tabId, null);
  });

  settingsItem.watch(async (value) => {
    const settings = parseSettings(value);
    state.settingsChanged(settings);
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const document = state.document(tab.id);
      if (document && !siteEnabled(settings, new URL(document.url).hostname)) {
        state.forgetTab(tab.id);
        publish(tab.id, null);
      }
      void browser.tabs.sendMessage(tab.id, { type: 'relint' } satisfies ContentRequest).catch(() => undefined);
    }
  });
});
