// Leaves this extension's own id where the page-world script can read it (the page world cannot ask the browser).
// Registered by the worker only while trustlint is on for Google Docs (lib/docs-id-script.ts), so it sets the id
// at once: Docs reads it while it boots.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionIdAttribute } from '../adapters/google-docs-bridge.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  registration: 'runtime',
  main() {
    document.documentElement.setAttribute(extensionIdAttribute, browser.runtime.id);
  },
});
