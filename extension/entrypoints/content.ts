// Runs in every http(s) frame; stays small: reading, marks and the card. The engine lives in the worker.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageEditors } from '../content/page.ts';
import { answerMessages, type ContentRequest, type PageRequest } from '../lib/messages.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Editors such as TinyMCE edit inside an about:blank frame of the page; the script must run there too.
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const page = new PageEditors();
    let running = false;
    // Settings come from the worker (content scripts cannot read extension storage): is this tab's site on?
    const follow = async () => {
      const enabled = (await browser.runtime.sendMessage({ type: 'site-enabled' } satisfies PageRequest).catch(() => false)) === true;
      if (enabled && !running) page.start();
      if (!enabled && running) page.stop();
      running = enabled;
    };
    answerMessages<ContentRequest>((request) => {
      if (request.type === 'settings-changed') return follow().then(() => (running ? page.handle({ type: 'relint' }) : undefined));
      if (request.type === 'top-url') return window === window.top ? Promise.resolve(location.href) : undefined;
      return running ? page.handle(request) : undefined;
    });
    await follow();
    ctx.onInvalidated(() => {
      // WXT invalidates on a "newer copy of this script started" event, which any page can forge; a real update
      // also takes the old copy's extension context away, so only that is believed.
      if (browser.runtime?.id !== undefined) return;
      page.stop();
    });
  },
});
