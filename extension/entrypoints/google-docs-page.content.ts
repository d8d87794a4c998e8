// In the Google Docs page's own world, before Docs loads: names this extension to Docs and answers the content
// script's bridge (read the annotated text, select, type a fix). Without Docs' API the adapter reads exports instead.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../adapters/google-docs-page.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startPageBridge(window);
  },
});
