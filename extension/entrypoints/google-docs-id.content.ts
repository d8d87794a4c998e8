// Leaves this extension's own id where the page-world script can read it (the page world cannot ask the browser),
// so that Docs can offer its annotated text; only while trustlint is on for Google Docs (not paused, site on).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionIdAttribute } from '../adapters/google-docs-bridge.ts';
import type { PageRequest } from '../lib/messages.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  async main() {
    const enabled = await browser.runtime.sendMessage({ type: 'site-enabled' } satisfies PageRequest).catch(() => false);
    if (enabled === true) document.documentElement.setAttribute(extensionIdAttribute, browser.runtime.id);
  },
});
