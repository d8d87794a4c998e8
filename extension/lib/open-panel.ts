// Opens the Problems view for a tab: Chrome's side panel, Firefox's sidebar, else a tab.
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export async function openProblemsPanel(tabId: number): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel) return apis.sidePanel.open({ tabId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  await browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}?tabId=${tabId}` });
}
