// The script that names this extension to Google Docs runs only while trustlint is on for Docs: it is registered
// with the browser when the settings allow it and unregistered when they do not, so the setting holds from the
// first moment of the next Docs page (a script that asked first would answer after Docs had booted).
import { browser } from 'wxt/browser';
import { siteEnabled, type Settings } from './settings.ts';

const scriptId = 'google-docs-id';
export const docsHost = 'docs.google.com';

let queue: Promise<unknown> = Promise.resolve();

/** Registers or unregisters the Docs id script to match `settings`; calls run one after another. */
export function followDocsSetting(settings: Settings): Promise<void> {
  const next = queue.then(() => apply(siteEnabled(settings, docsHost)));
  queue = next.catch(() => undefined);
  return next;
}

async function apply(wanted: boolean): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId] })).length > 0;
  if (wanted && !registered)
    await browser.scripting.registerContentScripts([
      {
        id: scriptId,
        js: ['content-scripts/google-docs-id.js'],
        matches: [`https://${docsHost}/document/*`],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  if (!wanted && registered) await browser.scripting.unregisterContentScripts({ ids: [scriptId] });
}
