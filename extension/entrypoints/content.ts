// Runs in every http(s) frame; stays small: reading, marks and the card. The engine lives in the worker.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageEditors, listenToExtension } from '../content/page.ts';
import { loadSettings, parseSettings, settingsItem, siteEnabled, type Settings } from '../lib/settings.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Editors such as TinyMCE edit inside an about:blank frame of the page; the script must run there too.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const page = new PageEditors();
    let running = false;
    const apply = (settings: Settings) => {
      const enabled = siteEnabled(settings, location.hostname);
      if (enabled && !running) page.start();
      if (!enabled && running) page.stop();
      running = enabled;
    };
    listenToExtension(page);
    apply(await loadSettings());
    const unwatch = settingsItem.watch((value) => apply(parseSettings(value)));
    ctx.onInvalidated(() => {
      unwatch();
      page.stop();
    });
  },
});
