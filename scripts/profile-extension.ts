// `node scripts/run-ts.mjs scripts/profile-extension.ts [trace.json]`: a Chrome trace of edits at the end of a 25k-word
// textarea in the built extension (BENCH_EXTENSION=dir, else a fresh build), every process and thread with JavaScript
// samples — the page, the service worker, the offscreen document, the engine worker. Open it in DevTools' Performance
// panel; the `input` and `marked` marks bound each edit. How the figures of `npm run bench:extension` were explained.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildExtension, startHarness } from '../test/e2e/harness.ts';
import { draftOf } from './lib/draft.ts';

const out = process.argv[2] ?? '.output/extension-trace.json';
const port = 9333;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const prebuilt = process.env.BENCH_EXTENSION;
const extension = prebuilt ? join(mkdtempSync(join(tmpdir(), 'trustlint-profile-')), 'chrome-mv3') : buildExtension();
if (prebuilt) cpSync(prebuilt, extension, { recursive: true });
const harness = await startHarness(
  extension,
  {
    '/long.html': `<!doctype html><meta charset="utf-8"><textarea id="draft" style="width:100%;height:90vh">${escape(draftOf(25_000))}</textarea>`,
  },
  {},
  [`--remote-debugging-port=${port}`],
);
try {
  const cdp = await (await chromium.connectOverCDP(`http://127.0.0.1:${port}`)).newBrowserCDPSession();
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/long.html`);
  await page.locator('#draft').focus();
  await page.waitForFunction(() => (document.querySelector('trustlint-ui')?.shadowRoot?.querySelectorAll('.mark').length ?? 0) > 0);
  await page.waitForTimeout(5000);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories, 'disabled-by-default-v8.cpu_profiler', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  for (let index = 0; index < 4; index++) {
    await page.evaluate(
      (text) =>
        new Promise<void>((done) => {
          const area = document.querySelector<HTMLTextAreaElement>('#draft')!;
          const shadow = document.querySelector('trustlint-ui')!.shadowRoot!;
          const before = shadow.querySelectorAll('.mark').length;
          const observer = new MutationObserver(() => {
            if (shadow.querySelectorAll('.mark').length <= before) return;
            observer.disconnect();
            performance.mark('marked');
            done();
          });
          observer.observe(shadow, { childList: true, subtree: true });
          area.setSelectionRange(area.value.length, area.value.length);
          area.addEventListener('input', () => performance.mark('input'), { once: true });
          document.execCommand('insertText', false, text);
        }),
      `\n\nOfficers may ask drivers about their immigration status during stop ${index}.`,
    );
    await page.waitForTimeout(500);
  }
  await cdp.send('Tracing.end');
  await complete;
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log(`trace of 4 edits written to ${out}`);
} finally {
  await harness.close();
}
