// Leaves this extension's own id where the page-world script can read it (the page world cannot ask the browser).
// At once, not after asking whether the site is on: Docs reads the id while it boots, before any answer could arrive;
// when trustlint is off for Docs the content script reads nothing, so the id only changes how Docs draws its canvas.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionIdAttribute } from '../adapters/google-docs-bridge.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  main() {
    document.documentElement.setAttribute(extensionIdAttribute, browser.runtime.id);
  },
});
